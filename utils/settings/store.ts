// The settings item in extension storage, with defaults filled in and a version for migrations.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './model';
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
