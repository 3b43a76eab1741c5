// Merging an import into what is stored: by key, without duplicates, the newer row winning.
// Pure: takes the stored rows and the file, returns exactly what to write.
import type { EventRow, TemplateRow, TrackedRequest } from '../db/types';
import type { ExportFile } from './schema';

export interface ImportPlan {
  /** Rows to put; `id` set means overwrite that row (or keep the file's id where it is free). */
  requests: TrackedRequest[];
  events: EventRow[];
  templates: TemplateRow[];
  counts: {
    requestsAdded: number;
    requestsUpdated: number;
    requestsKept: number;
    eventsAdded: number;
    templates: number;
  };
}

const requestKey = (r: Pick<TrackedRequest, 'webmail' | 'messageId'>) => `${r.webmail}\u0000${r.messageId}`;
const eventKey = (e: EventRow) =>
  JSON.stringify([e.requestId, e.type, e.at, e.from ?? null, e.to ?? null, e.detail ?? null]);

/** Largest number in both lists (spreading a huge list into Math.max would overflow the stack). */
function maxOf(a: Iterable<number>, b: Iterable<number>): number {
  let max = 0;
  for (const n of a) if (n > max) max = n;
  for (const n of b) if (n > max) max = n;
  return max;
}

export function planImport(
  stored: { requests: TrackedRequest[]; events: EventRow[]; templates: TemplateRow[] },
  file: ExportFile,
): ImportPlan {
  const byKey = new Map(stored.requests.map((r) => [requestKey(r), r]));
  const usedIds = new Set(stored.requests.map((r) => r.id!));
  let nextId =
    maxOf(
      usedIds,
      file.requests.map((r) => r.id ?? 0),
    ) + 1;
  /** The file's request id → the id it has after the import. */
  const idMap = new Map<number, number>();
  const requests: TrackedRequest[] = [];
  const counts = { requestsAdded: 0, requestsUpdated: 0, requestsKept: 0, eventsAdded: 0, templates: 0 };

  for (const incoming of file.requests) {
    const existing = byKey.get(requestKey(incoming));
    let id: number;
    if (existing) {
      id = existing.id!;
      if (incoming.updatedAt > existing.updatedAt) {
        requests.push({ ...incoming, id });
        counts.requestsUpdated += 1;
      } else counts.requestsKept += 1;
    } else {
      id = incoming.id !== undefined && !usedIds.has(incoming.id) ? incoming.id : nextId++;
      usedIds.add(id);
      requests.push({ ...incoming, id });
      counts.requestsAdded += 1;
    }
    if (incoming.id !== undefined) idMap.set(incoming.id, id);
  }

  const seen = new Set(stored.events.map(eventKey));
  const usedEventIds = new Set(stored.events.map((e) => e.id!));
  let nextEventId =
    maxOf(
      usedEventIds,
      file.events.map((e) => e.id ?? 0),
    ) + 1;
  const events: EventRow[] = [];
  for (const incoming of file.events) {
    // An event about a request that is not in the file and not stored has nothing to belong to.
    const requestId = incoming.requestId === null ? null : (idMap.get(incoming.requestId) ?? null);
    if (incoming.requestId !== null && requestId === null) continue;
    const event: EventRow = { ...incoming, requestId };
    const key = eventKey(event);
    if (seen.has(key)) continue;
    seen.add(key);
    // Every event gets an explicit id: the file's where it is free, else a fresh one.
    if (event.id === undefined || usedEventIds.has(event.id)) event.id = nextEventId++;
    usedEventIds.add(event.id);
    events.push(event);
    counts.eventsAdded += 1;
  }

  const storedTemplates = new Map(stored.templates.map((t) => [t.id, t]));
  const templates = file.templates.filter((t) => {
    const existing = storedTemplates.get(t.id);
    return (
      !existing || t.updatedAt > existing.updatedAt || (t.updatedAt === existing.updatedAt && t.uses > existing.uses)
    );
  });
  counts.templates = templates.length;
  return { requests, events, templates, counts };
}
