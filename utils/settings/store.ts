// The settings item in extension storage, with defaults filled in and a version for migrations.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, resolveTimeZone, type Settings } from './model';
import { applySettingsChange, normaliseSettings } from './validate';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** Validates and stores a change; throws SettingsError naming the bad field, storing nothing. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = applySettingsChange(await loadSettings(), change);
  await settingsItem.setValue(next);
  return next;
}

/** The zone due times are computed in: the setting, or the browser's own. */
export { resolveTimeZone } from './model';

/** Calls back with fresh settings whenever they change, until the signal aborts. */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void {
  const unwatch = settingsItem.watch((value) => onChange(normaliseSettings(value)));
  signal.addEventListener('abort', unwatch, { once: true });
}

export interface SettingsCache {
  /** The settings as `loadSettings` reads them, from memory while they have not changed. */
  load(): Promise<Settings>;
  /** Drops what is in memory: the next `load` reads storage (after a write of one's own). */
  forget(): void;
}

/**
 * The background's settings, read once and kept in memory until they change: every message and
 * every reminders check needs them, and reading storage each time costs more than the rest of a
 * small message. Any change to the stored item (from any context: storage.onChanged) drops them;
 * so does `forget`, which the background calls after its own writes, before their change event.
 * Each caller gets its own copy.
 */
export function createSettingsCache(signal?: AbortSignal): SettingsCache {
  let cached: Promise<Settings> | null = null;
  const forget = () => {
    cached = null;
  };
  const unwatch = settingsItem.watch(forget);
  signal?.addEventListener('abort', unwatch, { once: true });
  return {
    async load() {
      if (!cached) {
        const reading = loadSettings();
        cached = reading;
        // A failed read is not kept: the next call tries again.
        reading.catch(() => {
          if (cached === reading) cached = null;
        });
      }
      return structuredClone(await cached);
    },
    forget,
  };
}

/** How long the background trusts the browser's time zone it asked Intl for. */
export const BROWSER_ZONE_TTL_MS = 60_000;

/**
 * `resolveTimeZone` for the background: the browser's own zone (when the settings name none) is
 * asked of Intl at most once a minute, as building a formatter for it costs more than the rest of
 * tracking a request.
 */
export function createTimeZoneResolver(now: () => number = Date.now): (settings: Pick<Settings, 'timeZone'>) => string {
  let browserZone: { zone: string; at: number } | null = null;
  return (settings) => {
    if (settings.timeZone) return settings.timeZone;
    const at = now();
    if (!browserZone || at - browserZone.at >= BROWSER_ZONE_TTL_MS || at < browserZone.at) {
      browserZone = { zone: resolveTimeZone({ timeZone: '' }), at };
    }
    return browserZone.zone;
  };
}
