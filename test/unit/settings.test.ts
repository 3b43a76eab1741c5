import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { applySettingsChange, normaliseSettings, SettingsError } from '@/utils/settings/validate';
import {
  BROWSER_ZONE_TTL_MS,
  createSettingsCache,
  createTimeZoneResolver,
  loadSettings,
  resolveTimeZone,
  saveSettings,
  settingsItem,
} from '@/utils/settings/store';

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces corrupt stored fields by their defaults and keeps good ones', () => {
    const s = normaliseSettings({
      myName: 'Ana',
      workingHours: { days: [1, 2], start: '18:00', end: '09:00' },
      standard: 'fast',
      holidays: ['2026-12-25', 'tomorrow'],
      uiLanguage: 'pl',
      __proto__: { trackExternal: true },
    });
    expect(s.myName).toBe('Ana');
    expect(s.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect(s.standard).toEqual(DEFAULT_SETTINGS.standard);
    expect(s.holidays).toEqual([]);
    expect(s.uiLanguage).toBe('pl');
    expect(s.trackExternal).toBe(false);
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ workingHours: { days: [1], start: '17:00', end: '09:00' } }, 'workingHours.end: must be after the start'],
    [{ standard: { ackWithinMinutes: 0, replyWithinMinutes: 60 } }, 'standard.ackWithinMinutes'],
    [{ standard: { ackWithinMinutes: 600, replyWithinMinutes: 60 } }, 'must not be longer than the time to answer'],
    [{ orgDomains: ['acme.example', 'not a domain'] }, 'orgDomains[1]'],
    [{ holidays: ['25-12-2026'] }, 'holidays[0]: must be a date YYYY-MM-DD'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ acknowledgeBehaviour: 'shout' }, 'acknowledgeBehaviour'],
    [{ overrides: [{ match: 'x', ackWithinMinutes: 5, replyWithinMinutes: 10 }] }, 'overrides[0].match'],
    [{ colour: 'red' }, 'colour: is not a setting'],
  ])('refuses %j and names the field', (change, message) => {
    expect(() => applySettingsChange(DEFAULT_SETTINGS, change as never)).toThrow(SettingsError);
    expect(() => applySettingsChange(DEFAULT_SETTINGS, change as never)).toThrow(message);
  });

  it('saves a valid change and stores nothing on a bad one', async () => {
    await saveSettings({ orgDomains: ['ACME.example'], trackExternal: true });
    expect(await loadSettings()).toMatchObject({ orgDomains: ['acme.example'], trackExternal: true });
    await expect(saveSettings({ orgDomains: ['nope'] })).rejects.toThrow(SettingsError);
    expect((await loadSettings()).orgDomains).toEqual(['acme.example']);
  });

  it('survives a corrupt value in storage', async () => {
    await settingsItem.setValue('corrupt' as never);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('resolves the time zone from the setting or the browser', () => {
    expect(resolveTimeZone({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Oslo' })).toBe('Europe/Oslo');
    expect(resolveTimeZone(DEFAULT_SETTINGS)).toBeTruthy();
  });
});

describe('the background’s settings in memory', () => {
  it('reads storage once, then answers from memory with a copy each caller may change', async () => {
    await saveSettings({ myName: 'Ana' });
    const cache = createSettingsCache();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const first = await cache.load();
    expect(first).toEqual(await loadSettings());
    get.mockClear();
    first.myName = 'changed by a caller';
    expect((await cache.load()).myName).toBe('Ana');
    expect(get).not.toHaveBeenCalled();
  });

  it('follows a change written by another page (storage.onChanged) and its own writes (forget)', async () => {
    const cache = createSettingsCache();
    expect((await cache.load()).myName).toBe(DEFAULT_SETTINGS.myName);
    // The options page saves: the change event reaches the background.
    await saveSettings({ myName: 'Bea' });
    await vi.waitFor(async () => expect((await cache.load()).myName).toBe('Bea'));
    // The background's own write, before its change event has arrived.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, myName: 'Cas' });
    cache.forget();
    expect((await cache.load()).myName).toBe('Cas');
    await settingsItem.removeValue();
    cache.forget();
    expect(await cache.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('stops following changes when its signal aborts', async () => {
    const controller = new AbortController();
    const cache = createSettingsCache(controller.signal);
    await cache.load();
    controller.abort();
    await saveSettings({ myName: 'Dirk' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await cache.load()).myName).toBe(DEFAULT_SETTINGS.myName);
  });

  it('asks Intl for the browser’s zone at most once a minute; a zone in the settings wins', () => {
    let now = 1_000_000;
    const resolve = createTimeZoneResolver(() => now);
    const format = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      expect(resolve({ timeZone: '' })).toBe(resolveTimeZone({ timeZone: '' }));
      expect(resolve({ timeZone: 'Asia/Tokyo' })).toBe('Asia/Tokyo');
      const asked = format.mock.calls.length;
      now += BROWSER_ZONE_TTL_MS - 1;
      resolve({ timeZone: '' });
      expect(format.mock.calls.length).toBe(asked);
      now += 1;
      resolve({ timeZone: '' });
      expect(format.mock.calls.length).toBe(asked + 1);
    } finally {
      format.mockRestore();
    }
  });
});
