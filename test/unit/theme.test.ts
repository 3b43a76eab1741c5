// The theme setting: validated like every setting, applied to Ackly's pages through data-theme, and
// in a webmail page resolved to light or dark from the setting, the page's own look or the system.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { applySettingsChange, normaliseSettings, SettingsError } from '@/utils/settings/validate';
import { applyTheme } from '@/utils/theme';
import { pageSettings, pageTheme } from '@/utils/webmail/controller';

describe('theme', () => {
  afterEach(() => {
    document.body.style.background = '';
    delete document.documentElement.dataset.theme;
  });

  it('is a setting: system by default, light or dark, anything else refused', () => {
    expect(DEFAULT_SETTINGS.theme).toBe('system');
    expect(applySettingsChange(DEFAULT_SETTINGS, { theme: 'dark' }).theme).toBe('dark');
    expect(() => applySettingsChange(DEFAULT_SETTINGS, { theme: 'purple' as never })).toThrow(SettingsError);
    expect(normaliseSettings({ theme: 'purple' }).theme).toBe('system');
    expect(pageSettings({ theme: 'light' }).theme).toBe('light');
    expect(pageSettings({ theme: 42 }).theme).toBe('system');
  });

  it('puts data-theme on the page, or leaves the system to decide', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('follows the webmail’s own background unless the setting says otherwise', () => {
    document.body.style.background = 'rgb(32, 33, 36)';
    expect(pageTheme('system')).toBe('dark');
    expect(pageTheme('light')).toBe('light');
    document.body.style.background = 'rgb(255, 255, 255)';
    expect(pageTheme('system')).toBe('light');
    expect(pageTheme('dark')).toBe('dark');
  });
});
