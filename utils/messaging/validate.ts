// Checks the data of every message at the background's door, before any handler reads it: a
// message from a page or content script that does not have its protocol shape gets a
// ValidationError naming the message and the field, never a crash deeper in. Background only
// (zod stays out of content-script bundles).
import * as z from 'zod/mini';
import { LANGUAGES } from '../languages';
import { TEMPLATE_KINDS } from '../db/types';
import { MAX_IMPORT_BYTES } from '../data/schema';
import { COACH_MAX_CHARS } from '../coach';
import type { MessageName, RequestOf } from './protocol';

import { someText, text, ZOD_CONFIG } from '../data/zod';

z.config(ZOD_CONFIG);

export class ValidationError extends TypeError {
  override name = 'ValidationError';
}

const webmail = z.enum(['gmail', 'outlook']);
const id = z.int().check(z.positive());
const none = z.object({});
// Limits are generous: page text arrives untrimmed (the handlers cut it); they only stop absurd sizes.
const person = z.object({ name: text(100_000), email: text(100_000) });
const lang = z.enum(LANGUAGES);
const kind = z.enum(TEMPLATE_KINDS);
const action = z.enum(['acknowledge', 'done', 'snooze', 'unsnooze', 'dismiss', 'reopen', 'answered']);
const shownCount = z.int().check(z.gte(0), z.lte(100_000));

/** Messages whose handlers check part of the data themselves (see below): looser than the protocol's type. */
type CheckedFurther = 'thread.analyze' | 'coach.draft' | 'insights.get';

/**
 * The shape each message's data must have, typed against the protocol so the two cannot drift; the
 * handlers check meaning (ownership, states) further. Each is built on its message's first arrival:
 * building them all cost the worker several milliseconds at every start, before its first answer.
 */
const SCHEMAS: {
  [K in MessageName]: () => K extends CheckedFurther ? z.ZodMiniType : z.ZodMiniType<RequestOf<K>>;
} = {
  // Only the envelope of a snapshot: validateThread (tracking.ts) checks and trims every message.
  'thread.analyze': () => z.looseObject({ webmail, threadId: someText(100_000), messages: z.array(z.unknown()) }),
  'thread.state': () => z.object({ webmail, threadId: someText(100_000) }),
  'request.act': () => z.object({ id, action, snoozedUntil: z.optional(z.number()) }),
  'request.history': () => z.object({ id }),
  'templates.list': () => none,
  'template.used': () => z.object({ id: someText(500), requestId: z.optional(id) }),
  'schedule.check': () => none,
  'request.openThread': () => z.object({ id, intent: z.enum(['view', 'acknowledge', 'nudge']) }),
  'data.export': () => none,
  'data.import': () =>
    z.object({
      file: z.union([text(MAX_IMPORT_BYTES), z.looseObject({})]),
    }),
  'data.wipe': () => z.object({ confirm: text(100) }),
  'template.save': () =>
    z.object({
      template: z.object({
        id: z.optional(someText(500)),
        kind,
        language: lang,
        title: text(10_000),
        body: text(100_000),
      }),
    }),
  'template.delete': () => z.object({ id: someText(500) }),
  'owed.list': () => none,
  'owed.page': () =>
    z.object({
      query: text(1_000),
      shown: z.object({ overdue: shownCount, today: shownCount, upcoming: shownCount, snoozed: shownCount }),
    }),
  'coach.draft': () =>
    z.object({
      // The handler reads only the first COACH_MAX_CHARS; the rest of a long draft is allowed and cut.
      text: text(COACH_MAX_CHARS * 500),
      // Optional here: the handler takes a missing one as false.
      hasAttachments: z.optional(z.boolean()),
      replyTo: z.optional(z.nullable(z.object({ bodyText: text(COACH_MAX_CHARS * 500) }))),
      lang: z.optional(lang),
    }),
  'waiting.list': () => z.object({ limit: z.optional(id) }),
  'service.summary': () => none,
  'template.compose': () =>
    z.object({
      kind,
      webmail,
      requestId: z.optional(id),
      to: z.optional(z.nullable(person)),
      subject: z.optional(text(1_000_000)),
      me: z.optional(z.nullable(person)),
    }),
  'request.snoozePreset': () => z.object({ id, preset: z.enum(['1h', 'tomorrow', 'nextWeek']) }),
  'i18n.messages': () => z.object({ lang }),
  'ui.styles': () => none,
  'owed.threads': () => z.object({ webmail }),
  'insights.get': () =>
    z.object({
      // Which periods exist (and whether a custom one's dates read) the handler says, with a RangeError.
      range: z.object({
        kind: text(40),
        from: z.optional(text(40)),
        to: z.optional(text(40)),
      }),
    }),
};

const BUILT = new Map<MessageName, z.ZodMiniType>();

/** The message's data in its protocol shape (unknown fields dropped), or a ValidationError. */
export function validateRequest<K extends MessageName>(name: K, data: unknown): RequestOf<K> {
  let schema = BUILT.get(name);
  if (!schema) BUILT.set(name, (schema = SCHEMAS[name]()));
  const result = schema.safeParse(data);
  if (result.success) return result.data as RequestOf<K>;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'data';
  throw new ValidationError(`${name}: ${where} ${issue?.message ?? 'is malformed'}`.slice(0, 300));
}
