// The export file: one versioned JSON document with everything Ackly stores. Import checks every
// field before anything is written; errors say where and what was wrong.
import { z } from 'zod';
import { LANGUAGES } from '../languages';
import {
  EVENT_TYPES,
  REQUEST_STATES,
  TEMPLATE_KINDS,
  type EventRow,
  type TemplateRow,
  type TrackedRequest,
} from '../db/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { applySettingsChange, SettingsError } from '../settings/validate';

// Extension pages forbid eval (Manifest V3's content security policy). Without this, zod's first
// parse probes whether `Function('')` works, which the browser blocks and reports in its console.
z.config({ jitless: true });

export const EXPORT_FORMAT = 'ackly-export';
export const EXPORT_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  requests: TrackedRequest[];
  events: EventRow[];
  templates: TemplateRow[];
  settings: Settings;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

const text = (max: number) => z.string().max(max);
const time = z.number().int().min(0).max(8.64e15);
const id = z.number().int().positive();
const state = z.enum(REQUEST_STATES);
const person = z.strictObject({ name: text(500), email: text(320) });

const analysis = z.strictObject({
  isRequest: z.boolean(),
  confidence: z.number().min(0).max(1),
  kind: z.enum(['question', 'action', 'approval', 'meeting', 'info', 'thanks', 'none']),
  requestSentences: z.array(text(5000)).max(50),
  dueAt: time.nullable(),
  dueText: text(500).nullable(),
  urgent: z.boolean(),
  automated: z.boolean(),
  fromColleague: z.boolean(),
  attachmentHint: z.enum(['requested', 'missing']).nullable(),
});

const request = z.strictObject({
  id: id.optional(),
  webmail: z.enum(['gmail', 'outlook']),
  messageId: text(500).min(1),
  threadId: text(500).min(1),
  threadUrl: text(4000),
  sender: person,
  subject: text(2000),
  language: z.enum(LANGUAGES),
  analysis,
  state,
  stateBeforeSnooze: state.nullable(),
  receivedAt: time,
  createdAt: time,
  updatedAt: time,
  timestamps: z.partialRecord(state, time),
  standard: z
    .strictObject({
      ackWithinMinutes: z.number().int().positive(),
      replyWithinMinutes: z.number().int().positive(),
      source: z.enum(['default', 'domain', 'person']),
    })
    .nullable(),
  ackDueAt: time.nullable(),
  replyDueAt: time.nullable(),
  snoozedUntil: time.nullable(),
  overdueNotifiedAt: time.nullable(),
  note: text(10_000),
});

const event = z.strictObject({
  id: id.optional(),
  requestId: id.nullable(),
  type: z.enum(EVENT_TYPES),
  at: time,
  from: state.nullable().optional(),
  to: state.nullable().optional(),
  detail: text(1000).optional(),
});

const templateId = z
  .string()
  .regex(/^(builtin:(en|nl|de|pl|nb):(acknowledge|please|thanks|progress|closing|nudge)|user:[A-Za-z0-9-]{1,100})$/, {
    message: 'must be builtin:<lang>:<kind> or user:<id>',
  });

const template = z.strictObject({
  id: templateId,
  kind: z.enum(TEMPLATE_KINDS),
  language: z.enum(LANGUAGES),
  title: text(200).min(1),
  body: text(20_000),
  builtin: z.boolean(),
  uses: z.number().int().min(0),
  updatedAt: time,
});

const file = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: text(40),
  requests: z.array(request).max(200_000),
  events: z.array(event).max(2_000_000),
  templates: z.array(template).max(2_000),
  settings: z.record(z.string(), z.unknown()),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys which could pollute prototypes, wherever they appear. */
function parseJsonSafely(json: string): unknown {
  return JSON.parse(json, (key, value) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`The file contains a forbidden key "${key}"`);
    return value;
  });
}

function where(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
      '',
    ) || 'file'
  );
}

/** Checks an export file completely. Throws ImportError with a readable message; never returns half a file. */
export function parseExport(input: string | unknown): ExportFile {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_IMPORT_BYTES) throw new ImportError('The file is too large to import (over 50 MB)');
    try {
      data = parseJsonSafely(input);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError('The file is not valid JSON (it may be truncated or not an Ackly export)');
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportError('The file is not an Ackly export');
  }
  const header = data as Record<string, unknown>;
  if (header.format !== EXPORT_FORMAT)
    throw new ImportError('The file is not an Ackly export (format is missing or wrong)');
  if (header.version !== EXPORT_VERSION) {
    throw new ImportError(`The file has version ${String(header.version)}; this Ackly reads version ${EXPORT_VERSION}`);
  }
  const result = file.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((i) => `${where(i.path)}: ${i.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more problems)` : '';
    throw new ImportError(`The file has errors: ${issues.join('; ')}${more}`);
  }
  let settings: Settings;
  try {
    const { version: _version, ...rest } = result.data.settings;
    settings = applySettingsChange(DEFAULT_SETTINGS, rest as Partial<Settings>);
  } catch (error) {
    if (error instanceof SettingsError) throw new ImportError(`The file has errors: settings.${error.message}`);
    throw error;
  }
  const requests = result.data.requests as TrackedRequest[];
  const keys = new Set<string>();
  for (const [i, r] of requests.entries()) {
    const key = `${r.webmail}\u0000${r.messageId}`;
    if (keys.has(key))
      throw new ImportError(`The file has errors: requests[${i}] repeats message ${i} of another entry`);
    keys.add(key);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: result.data.exportedAt,
    requests,
    events: result.data.events as EventRow[],
    templates: result.data.templates as TemplateRow[],
    settings,
  };
}
