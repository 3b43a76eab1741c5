// Typed operations on tracked requests and their event log. Every state change goes through
// `transition`, which validates it, stamps the time and writes an event in the same transaction.
import Dexie from 'dexie';
import type { AcklyDatabase } from './database';
import type { EventRow, RequestState, TemplateRow, TrackedRequest } from './types';
import { OWED_STATES } from './types';
import { nextState, type Action } from '../requests/lifecycle';

export type TrackInput = Omit<
  TrackedRequest,
  | 'id'
  | 'state'
  | 'stateBeforeSnooze'
  | 'createdAt'
  | 'updatedAt'
  | 'timestamps'
  | 'snoozedUntil'
  | 'overdueNotifiedAt'
  | 'note'
> & { state?: 'new' | 'waiting' | 'dismissed'; note?: string };

export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
  constructor(
    readonly what: string,
    readonly id: number | string,
  ) {
    super(`No ${what} with id ${id}`);
  }
}

export interface TransitionOptions {
  snoozedUntil?: number;
  detail?: string;
}

export function createRepository(db: AcklyDatabase) {
  async function logEvent(event: Omit<EventRow, 'id'>): Promise<void> {
    await db.events.add(event);
  }

  /**
   * Rows in any of `states`, in the order of the state index. One read of the index per state:
   * IndexedDB hands over each range at once (getAll), where Dexie's `anyOf` walks a cursor row by
   * row, which takes seconds with thousands of rows in a busy browser.
   */
  async function inStates(states: readonly RequestState[]): Promise<TrackedRequest[]> {
    // All ranges in one read transaction: each transaction costs more than a small read in it.
    const lists = await db.transaction('r', db.requests, () =>
      Promise.all([...new Set(states)].sort().map((state) => db.requests.where('state').equals(state).toArray())),
    );
    return lists.flat();
  }

  async function byThread(webmail: TrackedRequest['webmail'], threadId: string): Promise<TrackedRequest[]> {
    const rows = await db.requests.where('threadId').equals(threadId).toArray();
    return rows.filter((r) => r.webmail === webmail).sort((a, b) => a.receivedAt - b.receivedAt);
  }

  let owedCache: { version: number; rows: readonly TrackedRequest[] } | null = null;

  /**
   * The write counter around one write of the repository's own (see `requestsVersion`): `after`
   * is `before + 2` only when no other write to `requests` started or ended meanwhile.
   */
  type Written = { before: number; after: number };
  async function put(write: () => Promise<unknown>): Promise<Written> {
    const before = db.requestsVersion;
    await write();
    return { before, after: db.requestsVersion };
  }

  /**
   * Puts `row` among the owed rows in memory where a fresh read (inStates) has it: by state, then by
   * id. The list then reads the same before and after the service worker is restarted, whatever
   * was written in between.
   */
  function placeOwed(rows: TrackedRequest[], row: TrackedRequest): void {
    const before = (a: TrackedRequest, b: TrackedRequest) =>
      a.state < b.state || (a.state === b.state && (a.id ?? 0) < (b.id ?? 0));
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(rows[mid]!, row)) low = mid + 1;
      else high = mid;
    }
    rows.splice(low, 0, row);
  }

  /**
   * After the repository's own write of `row` has committed: the owed rows in memory still hold,
   * with that row added, replaced or dropped, when they were current just before the write and
   * nothing else was written since. Tracking one request then costs one row, not a re-read of all
   * owed rows by the badge, the inbox markers and the popup. Anything else reads them anew.
   */
  function keepOwed(written: Written | null, row: TrackedRequest): void {
    // Inside a caller's transaction nothing has committed yet.
    if (!written || Dexie.currentTransaction || owedCache?.version !== written.before) return;
    if (written.after !== written.before + 2 || db.requestsVersion !== written.after) return;
    const rows = owedCache.rows.filter((r) => r.id !== row.id);
    if (OWED_STATES.includes(row.state)) placeOwed(rows, Object.freeze({ ...row }));
    owedCache = { version: written.after, rows };
  }

  /**
   * The owed rows in memory brought up to date without reading them all: only the rows written
   * since (the database lists their ids) are read again. Null when those writes are not known or
   * do not settle (the caller then reads everything). A steady stream of tracking, with the badge
   * and the inbox markers reading in between, then never re-reads thousands of rows.
   */
  async function patchOwed(cache: { version: number; rows: readonly TrackedRequest[] }) {
    // Inside a caller's transaction its writes have not committed yet.
    if (Dexie.currentTransaction) return null;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const version = db.requestsVersion;
      const written = db.requestsWrittenSince(cache.version);
      if (!written) return null;
      // A write still running: its rows are known once it ends (a tracking write takes milliseconds).
      if ('running' in written) {
        await written.running;
        continue;
      }
      const { ids } = written;
      const fresh = ids.size === 0 ? [] : await db.transaction('r', db.requests, () => db.requests.bulkGet([...ids]));
      // Written again meanwhile: try again (the base is still the rows in memory).
      if (db.requestsVersion !== version) continue;
      const rows = cache.rows.filter((r) => r.id === undefined || !ids.has(r.id));
      for (const row of fresh) if (row && OWED_STATES.includes(row.state)) placeOwed(rows, Object.freeze(row));
      owedCache = { version, rows };
      return rows;
    }
    return null;
  }

  return {
    db,

    /** Tracks a message once; tracking it again returns the existing row unchanged. */
    async track(input: TrackInput, now: number): Promise<{ request: TrackedRequest; created: boolean }> {
      let written: Written | null = null;
      const result = await db.transaction('rw', db.requests, db.events, async () => {
        const existing = await db.requests
          .where('[webmail+messageId]')
          .equals([input.webmail, input.messageId])
          .first();
        if (existing) return { request: existing, created: false };
        const state = input.state ?? 'new';
        const row: TrackedRequest = {
          ...input,
          state,
          stateBeforeSnooze: null,
          createdAt: now,
          updatedAt: now,
          timestamps: { [state]: now },
          snoozedUntil: null,
          overdueNotifiedAt: null,
          note: input.note ?? '',
        };
        let id = 0;
        written = await put(async () => (id = (await db.requests.add(row)) as number));
        await logEvent({ requestId: id, type: 'tracked', at: now, to: state });
        return { request: { ...row, id }, created: true };
      });
      if (result.created) keepOwed(written, result.request);
      return result;
    },

    async get(id: number): Promise<TrackedRequest | undefined> {
      return db.requests.get(id);
    },

    async require(id: number): Promise<TrackedRequest> {
      const row = await db.requests.get(id);
      if (!row) throw new MissingRecordError('request', id);
      return row;
    },

    async byMessage(webmail: TrackedRequest['webmail'], messageId: string) {
      return db.requests.where('[webmail+messageId]').equals([webmail, messageId]).first();
    },

    byThread,

    /**
     * What tracking a thread starts from, in one read transaction: the thread's rows (as `byThread`)
     * and the row of each of `messageIds` wherever it is filed (as `byMessage`; absent when untracked).
     */
    async threadRows(
      webmail: TrackedRequest['webmail'],
      threadId: string,
      messageIds: readonly string[],
    ): Promise<{ rows: TrackedRequest[]; byMessage: Map<string, TrackedRequest> }> {
      return db.transaction('r', db.requests, async () => {
        const ids = [...new Set(messageIds)];
        const [rows, found] = await Promise.all([
          byThread(webmail, threadId),
          Promise.all(ids.map((id) => db.requests.where('[webmail+messageId]').equals([webmail, id]).first())),
        ]);
        const byMessage = new Map<string, TrackedRequest>();
        for (const row of found) if (row) byMessage.set(row.messageId, row);
        return { rows, byMessage };
      });
    },

    async listByState(states: readonly RequestState[]): Promise<TrackedRequest[]> {
      return inStates(states);
    },

    /**
     * Requests the user still owes a reply to. The badge, the popup and the inbox markers all read
     * them after every change, so the rows are kept until the next write to `requests`.
     */
    async owed(): Promise<TrackedRequest[]> {
      const version = db.requestsVersion;
      if (owedCache?.version === version) return [...owedCache.rows];
      const patched = owedCache && (await patchOwed(owedCache));
      if (patched) return [...patched];
      const rows = await inStates(OWED_STATES);
      // Shared between callers: a caller that tried to change a row would corrupt the cache.
      for (const row of rows) Object.freeze(row);
      // Also when written meanwhile (not inside a caller's transaction): the read saw every write that
      // had ended before it began, and the next call reads the rows of the others again (patchOwed).
      if (db.requestsVersion === version || !Dexie.currentTransaction) owedCache = { version, rows };
      return [...rows];
    },

    async countOwed(): Promise<number> {
      const counts = await Promise.all(OWED_STATES.map((state) => db.requests.where('state').equals(state).count()));
      return counts.reduce((sum, n) => sum + n, 0);
    },

    /**
     * Applies a lifecycle action. Repeating an action that already holds changes nothing and
     * logs nothing; an action the state does not allow throws TransitionError.
     */
    async transition(
      id: number,
      action: Action,
      now: number,
      options: TransitionOptions = {},
    ): Promise<TrackedRequest> {
      let written: Written | null = null;
      const result = await db.transaction('rw', db.requests, db.events, async () => {
        const row = await db.requests.get(id);
        if (!row) throw new MissingRecordError('request', id);
        const to = nextState(row.state, action, row.stateBeforeSnooze);
        const snoozedUntil = action === 'snooze' ? (options.snoozedUntil ?? null) : null;
        if (to === row.state && action !== 'snooze') return row;
        if (action === 'snooze' && (snoozedUntil === null || snoozedUntil <= now)) {
          throw new RangeError('A snooze needs a time in the future');
        }
        const updated: TrackedRequest = {
          ...row,
          state: to,
          stateBeforeSnooze: action === 'snooze' ? (row.state === 'snoozed' ? row.stateBeforeSnooze : row.state) : null,
          snoozedUntil,
          updatedAt: now,
          timestamps: { ...row.timestamps, [to]: now },
        };
        written = await put(() => db.requests.put(updated));
        await logEvent({
          requestId: id,
          type: 'transition',
          at: now,
          from: row.state,
          to,
          ...(options.detail ? { detail: options.detail } : {}),
        });
        return updated;
      });
      keepOwed(written, result);
      return result;
    },

    /** Changes fields that are not the state (due times, note, notification stamp). */
    async patch(
      id: number,
      changes: Partial<Pick<TrackedRequest, 'ackDueAt' | 'replyDueAt' | 'standard' | 'note' | 'overdueNotifiedAt'>>,
      now: number,
    ): Promise<TrackedRequest> {
      const row = await db.requests.get(id);
      if (!row) throw new MissingRecordError('request', id);
      const updated = { ...row, ...changes, updatedAt: now };
      keepOwed(await put(() => db.requests.put(updated)), updated);
      return updated;
    },

    async events(requestId: number): Promise<EventRow[]> {
      return db.events.where('requestId').equals(requestId).sortBy('at');
    },

    /** The events of each request (as `events`), all in one read transaction. */
    async eventsOf(requestIds: readonly number[]): Promise<Map<number, EventRow[]>> {
      const ids = [...new Set(requestIds)];
      if (ids.length === 0) return new Map();
      const lists = await db.transaction('r', db.events, () =>
        Promise.all(ids.map((id) => db.events.where('requestId').equals(id).sortBy('at'))),
      );
      return new Map(ids.map((id, i) => [id, lists[i]!]));
    },

    async logEvent(event: Omit<EventRow, 'id'>): Promise<void> {
      await logEvent(event);
    },

    async templates(): Promise<TemplateRow[]> {
      return db.templates.toArray();
    },

    async putTemplate(template: TemplateRow): Promise<void> {
      await db.templates.put(template);
    },

    /** Counts a use of a stored template and logs it against the request it answered. */
    async recordTemplateUse(id: string, requestId: number | null, now: number): Promise<void> {
      await db.transaction('rw', db.templates, db.events, async () => {
        await db.templates
          .where('id')
          .equals(id)
          .modify((t) => {
            t.uses += 1;
          });
        await logEvent({ requestId, type: 'template-used', at: now, detail: id });
      });
    },

    async deleteTemplate(id: string): Promise<void> {
      await db.templates.delete(id);
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;
