// Ackly's IndexedDB database. Opened only in the background (the extension's own origin);
// other contexts reach it through utils/messaging. Versions are append-only.
import Dexie, { type EntityTable } from 'dexie';
import type { EventRow, TemplateRow, TrackedRequest } from './types';

export const DB_NAME = 'ackly';

export class AcklyDatabase extends Dexie {
  requests!: EntityTable<TrackedRequest, 'id'>;
  templates!: EntityTable<TemplateRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      // One row per (webmail, message): tracking the same message twice changes nothing.
      requests: '++id, &[webmail+messageId], state, threadId, receivedAt, replyDueAt, updatedAt',
      templates: 'id, kind, language',
      events: '++id, requestId, at, type',
    });
  }
}
