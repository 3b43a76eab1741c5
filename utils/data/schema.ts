// The export file: one versioned JSON document with everything Ackly stores. Import checks every
// field before anything is written; errors say where and what was wrong.
import * as z from 'zod/mini';
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

import { someText, text, ZOD_CONFIG } from './zod';

z.config(ZOD_CONFIG);

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

/** The whole file's schema, built on the first import: the worker need not build it at every start. */
function buildFileSchema() {
  const time = z.int().check(z.gte(0), z.lte(8.64e15));
  const id = z.int().check(z.positive());
  const state = z.enum(REQUEST_STATES);
  const person = z.strictObject({ name: text(500), email: text(320) });

  const analysis = z.strictObject({
    isRequest: z.boolean(),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    kind: z.enum(['question', 'action', 'approval', 'meeting', 'info', 'thanks', 'none']),
    requestSentences: z.array(text(5000)).check(z.maxLength(50)),
    dueAt: z.nullable(time),
    dueText: z.nullable(text(500)),
    urgent: z.boolean(),
    automated: z.boolean(),
    fromColleague: z.boolean(),
    attachmentHint: z.nullable(z.enum(['requested', 'missing'])),
  });

  const request = z.strictObject({
    id: z.optional(id),
    webmail: z.enum(['gmail', 'outlook']),
    messageId: someText(500),
    threadId: someText(500),
    threadUrl: text(4000),
    sender: person,
    subject: text(2000),
    language: z.enum(LANGUAGES),
    analysis,
    state,
    stateBeforeSnooze: z.nullable(state),
    receivedAt: time,
    createdAt: time,
    updatedAt: time,
    timestamps: z.partialRecord(state, time),
    standard: z.nullable(
      z.strictObject({
        ackWithinMinutes: id,
        replyWithinMinutes: id,
        source: z.enum(['default', 'domain', 'person']),
      }),
    ),
    ackDueAt: z.nullable(time),
    replyDueAt: z.nullable(time),
    snoozedUntil: z.nullable(time),
    overdueNotifiedAt: z.nullable(time),
    note: text(10_000),
  });

  const event = z.strictObject({
    id: z.optional(id),
    requestId: z.nullable(id),
    type: z.enum(EVENT_TYPES),
    at: time,
    from: z.optional(z.nullable(state)),
    to: z.optional(z.nullable(state)),
    detail: z.optional(text(1000)),
  });

  const templateId = z.string().check(
    z.regex(
      /^(builtin:(en|nl|de|pl|nb):(acknowledge|please|thanks|progress|closing|nudge)|user:[A-Za-z0-9-]{1,100})$/,
      {
        message: 'must be builtin:<lang>:<kind> or user:<id>',
      },
    ),
  );

  const template = z.strictObject({
    id: templateId,
    kind: z.enum(TEMPLATE_KINDS),
    language: z.enum(LANGUAGES),
    title: someText(200),
    body: text(20_000),
    builtin: z.boolean(),
    uses: z.int().check(z.gte(0)),
    updatedAt: time,
  });

  return z.strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.number(),
    exportedAt: text(40),
    requests: z.array(request).check(z.maxLength(200_000)),
    events: z.array(event).check(z.maxLength(2_000_000)),
    templates: z.array(template).check(z.maxLength(2_000)),
    settings: z.record(z.string(), z.unknown()),
  });
}

let fileSchema: ReturnType<typeof buildFileSchema> | null = null;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Text in which a forbidden key could be written: one of the words, or any \u escape (which can spell one). */
const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

/** JSON.parse that refuses keys which could pollute prototypes, wherever they appear. */
function parseJsonSafely(json: string): unknown {
  // A reviver runs for every value and makes the parse several times slower (a 10,000-request
  // export: about twice as long); text that cannot hold a forbidden key needs none.
  if (!MAY_HOLD_FORBIDDEN_KEY.test(json)) return JSON.parse(json);
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
  const result = (fileSchema ??= buildFileSchema()).safeParse(data);
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
