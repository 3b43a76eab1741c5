// Ackly's IndexedDB database. Opened only in the background (the extension's own origin);
// other contexts reach it through utils/messaging. Versions are append-only.
import Dexie, { type DBCoreMutateRequest, type DBCoreMutateResponse, type EntityTable } from 'dexie';
import type { CacheRow, EventRow, TemplateRow, TrackedRequest } from './types';

export const DB_NAME = 'ackly';

/** One write to `requests`: the version it ended at (null while it runs) and the ids it touched (null: not known). */
interface RequestsWrite {
  ended: number | null;
  ids: readonly number[] | null;
  /** Resolves when the write has ended, whether it succeeded or not. */
  settled: Promise<void>;
}

const MAX_LOGGED_WRITES = 1000;

/** The primary keys a write touched, when its request and response name them all. */
function touchedIds(request: DBCoreMutateRequest, response: DBCoreMutateResponse): number[] | null {
  if (response.numFailures > 0 || request.type === 'deleteRange') return null;
  let keys: unknown[];
  if (request.type === 'delete') keys = request.keys;
  else if (!response.results) return null;
  else {
    const updated = request.type === 'put' ? (request.updates?.keys ?? []) : [];
    keys = [...response.results, ...(request.keys ?? []), ...updated];
  }
  return keys.every((k): k is number => typeof k === 'number') ? keys : null;
}

export class AcklyDatabase extends Dexie {
  requests!: EntityTable<TrackedRequest, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  /** Derived data kept between service-worker runs (the insights' copy of the rows). */
  cache!: EntityTable<CacheRow, 'key'>;
  /**
   * Moves on when a write to `requests` starts and again when it ends: a read that saw the same
   * value before and after cannot have missed a write (the repository caches owed rows with it).
   */
  requestsVersion = 0;
  /** The latest writes to `requests`, oldest first (see `requestsWrittenSince`). */
  private requestsWrites: RequestsWrite[] = [];
  /** Writes that ended at or before this version may have left the list. */
  private requestsWritesFloor = 0;

  constructor(name: string = DB_NAME) {
    super(name);
    this.use({
      stack: 'dbcore',
      name: 'requestsVersion',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'requests') return table;
          return {
            ...table,
            mutate: async (request) => {
              this.requestsVersion += 1;
              let settle = () => {};
              const settled = new Promise<void>((resolve) => (settle = resolve));
              const write: RequestsWrite = { ended: null, ids: null, settled };
              this.logRequestsWrite(write);
              try {
                const response = await table.mutate(request);
                write.ids = touchedIds(request, response);
                return response;
              } finally {
                this.requestsVersion += 1;
                write.ended = this.requestsVersion;
                settle();
              }
            },
          };
        },
      }),
    });
    this.version(1).stores({
      // One row per (webmail, message): tracking the same message twice changes nothing.
      requests: '++id, &[webmail+messageId], state, threadId, receivedAt, replyDueAt, updatedAt',
      templates: 'id, kind, language',
      events: '++id, requestId, at, type',
    });
    // 2: a cache of derived data, so the first insights after the browser started need not read
    // every row. Nothing existing changes.
    this.version(2).stores({
      cache: 'key',
    });
    // 3: drops the indexes no query uses (requests by receivedAt and replyDueAt, events by time).
    // Every index is one more write per row: a bulk import or re-scan writes about a third fewer
    // index entries. The rows themselves do not change.
    this.version(3).stores({
      requests: '++id, &[webmail+messageId], state, threadId, updatedAt',
      events: '++id, requestId, type',
    });
  }

  /**
   * The ids of the requests written since `version` (a value `requestsVersion` had), once those
   * writes have all ended (a read started then sees each of them); while one still runs, a promise
   * of its end. Null when not known: a write of a whole range (a wipe), one that failed, or one too
   * old to be listed.
   */
  requestsWrittenSince(version: number): { ids: Set<number> } | { running: Promise<void> } | null {
    if (version < this.requestsWritesFloor) return null;
    const ids = new Set<number>();
    for (const write of this.requestsWrites) {
      if (write.ended !== null && write.ended <= version) continue;
      if (write.ended === null) return { running: write.settled };
      if (write.ids === null) return null;
      for (const id of write.ids) ids.add(id);
    }
    return { ids };
  }

  private logRequestsWrite(write: RequestsWrite): void {
    const writes = this.requestsWrites;
    writes.push(write);
    if (writes.length <= MAX_LOGGED_WRITES) return;
    // Ended writes leave from the front; their versions then count as unknown.
    while (writes.length > MAX_LOGGED_WRITES / 2 && writes[0]!.ended !== null) {
      this.requestsWritesFloor = Math.max(this.requestsWritesFloor, writes.shift()!.ended!);
    }
  }
}
