// Ackly's IndexedDB database. Opened only in the background (the extension's own origin);
// other contexts reach it through utils/messaging. Versions are append-only.
import Dexie, { type EntityTable } from 'dexie';
import type { CacheRow, EventRow, TemplateRow, TrackedRequest } from './types';

export const DB_NAME = 'ackly';

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
              try {
                return await table.mutate(request);
              } finally {
                this.requestsVersion += 1;
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
  }
}
