// The user's data in their own hands: export everything, import all-or-nothing, wipe; and the
// templates as the user sees them (built-ins with the user's edits, and their own).
import type { Repository } from '@/utils/db/repository';
import type { TemplateRow } from '@/utils/db/types';
import { planImport } from '@/utils/data/merge';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExport, type ExportFile } from '@/utils/data/schema';
import type { Handlers } from '@/utils/messaging/server';
import { intentItem } from '@/utils/messaging/intent';
import { insightsCache } from './insights-handlers';
import type { Settings } from '@/utils/settings/model';
import { BUILTIN_TEMPLATES, parseTemplate } from '@/utils/templates';

export interface DataDeps {
  repo: Repository;
  now: () => number;
  loadSettings: () => Promise<Settings>;
  /** Replaces all settings (already validated). */
  storeSettings: (settings: Settings) => Promise<void>;
  clearSettings: () => Promise<void>;
  onChange: () => void;
}

const BUILTINS = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

/** A stored built-in that only counts uses (same text as shipped) follows the shipped text. */
function isEdited(stored: TemplateRow, builtin: TemplateRow): boolean {
  return stored.title !== builtin.title || stored.body !== builtin.body;
}

export function mergeTemplates(stored: TemplateRow[]): TemplateRow[] {
  const byId = new Map(stored.map((t) => [t.id, t]));
  const builtins = BUILTIN_TEMPLATES.map((b) => {
    const s = byId.get(b.id);
    if (!s) return b;
    return isEdited(s, b) ? s : { ...b, uses: s.uses, updatedAt: s.updatedAt };
  });
  const own = stored.filter((t) => !BUILTINS.has(t.id));
  return [...builtins, ...own];
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

export function dataHandlers(
  deps: DataDeps,
): Pick<
  Handlers,
  'data.export' | 'data.import' | 'data.wipe' | 'templates.list' | 'template.save' | 'template.delete'
> {
  const { repo, now } = deps;
  const { db } = repo;

  return {
    async 'data.export'() {
      const file: ExportFile = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        requests: await db.requests.orderBy('id').toArray(),
        events: await db.events.orderBy('id').toArray(),
        templates: await db.templates.orderBy('id').toArray(),
        settings: await deps.loadSettings(),
      };
      return file;
    },

    async 'data.import'({ file }) {
      // Everything is checked before anything is written.
      const parsed = parseExport(file);
      const plan = await db.transaction('rw', db.requests, db.events, db.templates, async () => {
        const [requests, events, templates] = await Promise.all([
          db.requests.toArray(),
          db.events.toArray(),
          db.templates.toArray(),
        ]);
        const stored = { requests, events, templates };
        const p = planImport(stored, parsed);
        // Every row has its id: the three stores are written at once, so the database works on the
        // requests while the events are still being handed over. The event of the import itself
        // takes the next free id, so it goes in after the others.
        await Promise.all([
          db.requests.bulkPut(p.requests),
          db.events.bulkAdd(p.events),
          db.templates.bulkPut(p.templates),
        ]);
        await db.events.add({
          requestId: null,
          type: 'imported',
          at: now(),
          detail: `${p.counts.requestsAdded} added`,
        });
        return p;
      });
      await deps.storeSettings(parsed.settings);
      // Imported rows may keep older change times than the insights' copy: it is read anew.
      await insightsCache.clear(db);
      deps.onChange();
      return plan.counts;
    },

    async 'data.wipe'({ confirm }) {
      if (confirm !== 'WIPE') throw new RangeError('Wiping all data needs the confirmation "WIPE"');
      // The insights' cache holds subjects and names too: it goes in the same transaction.
      await db.transaction('rw', db.requests, db.events, db.templates, db.cache, async () => {
        await Promise.all([db.requests.clear(), db.events.clear(), db.templates.clear(), db.cache.clear()]);
      });
      await deps.clearSettings();
      await intentItem.setValue(null);
      deps.onChange();
      return null;
    },

    async 'templates.list'() {
      return mergeTemplates(await repo.templates());
    },

    async 'template.save'({ template }) {
      const parsed = parseTemplate(template.body);
      if (parsed.errors.length > 0) {
        throw new TemplateError(
          parsed.errors
            .slice(0, 3)
            .map((e) => e.message)
            .join('; '),
        );
      }
      if (!template.title.trim()) throw new TemplateError('A template needs a title');
      const existingId = template.id ?? null;
      const builtin = existingId ? BUILTINS.get(existingId) : undefined;
      if (existingId && !builtin && !existingId.startsWith('user:'))
        throw new TemplateError(`Unknown template ${existingId}`);
      const previous = existingId ? await db.templates.get(existingId) : undefined;
      const row: TemplateRow = {
        id: existingId ?? `user:${crypto.randomUUID()}`,
        kind: builtin?.kind ?? template.kind,
        language: builtin?.language ?? template.language,
        title: template.title.trim().slice(0, 200),
        body: template.body.slice(0, 20_000),
        builtin: Boolean(builtin),
        uses: previous?.uses ?? 0,
        updatedAt: now(),
      };
      await repo.putTemplate(row);
      return row;
    },

    async 'template.delete'({ id }) {
      // A built-in cannot be deleted: removing the stored row resets it to the shipped text.
      await repo.deleteTemplate(id);
      return null;
    },
  };
}
