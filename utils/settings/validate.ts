// Settings from storage or from the options page, made whole and checked. Reading never fails:
// a missing or corrupt field falls back to its default. Saving names the first bad field.
import { isLang } from '../languages';
import { isValidTimeZone } from '../schedule/time-zone';
import { parseTimeOfDay } from '../schedule/working-time';
import { DEFAULT_SETTINGS, type ServiceStandard, type Settings, type StandardOverride } from './model';

export class SettingsError extends Error {
  override name = 'SettingsError';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

const MAX_MINUTES = 60 * 24 * 365;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const EMAIL = /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/;

type Check<T> = (value: unknown, field: string) => T;

const bool: Check<boolean> = (v, f) => {
  if (typeof v !== 'boolean') throw new SettingsError(f, 'must be true or false');
  return v;
};

const text =
  (max: number): Check<string> =>
  (v, f) => {
    if (typeof v !== 'string') throw new SettingsError(f, 'must be text');
    if (v.length > max) throw new SettingsError(f, `must be at most ${max} characters`);
    return v.trim();
  };

const minutes: Check<number> = (v, f) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0 || v > MAX_MINUTES) {
    throw new SettingsError(f, 'must be a whole number of minutes above 0');
  }
  return v;
};

function list<T>(check: Check<T>, max: number): Check<T[]> {
  return (v, f) => {
    if (!Array.isArray(v)) throw new SettingsError(f, 'must be a list');
    if (v.length > max) throw new SettingsError(f, `must have at most ${max} entries`);
    return v.map((item, i) => check(item, `${f}[${i}]`));
  };
}

const domain: Check<string> = (v, f) => {
  const d = text(253)(v, f).toLowerCase().replace(/^@/, '');
  if (!DOMAIN.test(d)) throw new SettingsError(f, `"${d}" is not a domain like example.com`);
  return d;
};

const email: Check<string> = (v, f) => {
  const e = text(320)(v, f).toLowerCase();
  if (!EMAIL.test(e)) throw new SettingsError(f, 'is not an email address');
  return e;
};

const holiday: Check<string> = (v, f) => {
  const d = text(10)(v, f);
  if (!ISO_DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)))
    throw new SettingsError(f, 'must be a date YYYY-MM-DD');
  return d;
};

const standard: Check<ServiceStandard> = (v, f) => {
  if (typeof v !== 'object' || v === null) throw new SettingsError(f, 'must be a service standard');
  const s = v as Record<string, unknown>;
  const ack = minutes(s.ackWithinMinutes, `${f}.ackWithinMinutes`);
  const reply = minutes(s.replyWithinMinutes, `${f}.replyWithinMinutes`);
  if (ack > reply) throw new SettingsError(`${f}.ackWithinMinutes`, 'must not be longer than the time to answer');
  return { ackWithinMinutes: ack, replyWithinMinutes: reply };
};

const override: Check<StandardOverride> = (v, f) => {
  const s = standard(v, f);
  const match = text(320)((v as Record<string, unknown>).match, `${f}.match`).toLowerCase();
  if (match.includes('@')) email(match, `${f}.match`);
  else domain(match, `${f}.match`);
  return { match, ...s };
};

const CHECKS: { [K in keyof Settings]: Check<Settings[K]> } = {
  version: () => 1,
  myName: text(200),
  myAddresses: list(email, 50),
  timeZone: (v, f) => {
    const zone = text(100)(v, f);
    if (zone && !isValidTimeZone(zone)) throw new SettingsError(f, `"${zone}" is not a known time zone`);
    return zone;
  },
  workingHours: (v, f) => {
    if (typeof v !== 'object' || v === null) throw new SettingsError(f, 'must be working hours');
    const w = v as Record<string, unknown>;
    const days = list((d, df) => {
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6)
        throw new SettingsError(df, 'must be a day 0–6');
      return d;
    }, 7)(w.days, `${f}.days`);
    const start = text(5)(w.start, `${f}.start`);
    const end = text(5)(w.end, `${f}.end`);
    const s = parseTimeOfDay(start);
    const e = parseTimeOfDay(end);
    if (s === null) throw new SettingsError(`${f}.start`, 'must be a time like 09:00');
    if (e === null) throw new SettingsError(`${f}.end`, 'must be a time like 17:00');
    if (e <= s) throw new SettingsError(`${f}.end`, 'must be after the start');
    return { days: [...new Set(days)].sort(), start, end };
  },
  holidays: list(holiday, 400),
  standard,
  overrides: list(override, 200),
  orgDomains: list(domain, 50),
  trackExternal: bool,
  acknowledgeBehaviour: (v, f) => {
    if (v !== 'fill' && v !== 'send') throw new SettingsError(f, 'must be "fill" or "send"');
    return v;
  },
  autoDoneOnReply: bool,
  notifications: bool,
  followUpWorkingDays: (v, f) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 30) {
      throw new SettingsError(f, 'must be a whole number of working days from 1 to 30');
    }
    return v;
  },
  suggestProgress: bool,
  coach: bool,
  quietOutsideWorkingHours: bool,
  uiLanguage: (v, f) => {
    if (v !== 'auto' && !isLang(v)) throw new SettingsError(f, 'must be auto, en, nl, de, pl or nb');
    return v;
  },
  defaultLanguage: (v, f) => {
    if (!isLang(v)) throw new SettingsError(f, 'must be en, nl, de, pl or nb');
    return v;
  },
  theme: (v, f) => {
    if (v !== 'system' && v !== 'light' && v !== 'dark') throw new SettingsError(f, 'must be system, light or dark');
    return v;
  },
};

const KEYS = Object.keys(CHECKS) as (keyof Settings)[];

/** Settings from storage: every field checked; a bad or missing one takes its default. Never throws. */
export function normaliseSettings(stored: unknown): Settings {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const result = structuredClone(DEFAULT_SETTINGS) as Record<keyof Settings, unknown>;
  for (const key of KEYS) {
    if (!Object.hasOwn(source, key)) continue;
    try {
      result[key] = (CHECKS[key] as Check<unknown>)(source[key], key);
    } catch {
      // keep the default
    }
  }
  return result as Settings;
}

/** Applies a change from the user; throws SettingsError naming the first bad field. */
export function applySettingsChange(current: Settings, change: Partial<Settings>): Settings {
  const next = { ...current } as Record<keyof Settings, unknown>;
  for (const [key, value] of Object.entries(change)) {
    if (!Object.hasOwn(CHECKS, key)) throw new SettingsError(key, 'is not a setting');
    next[key as keyof Settings] = (CHECKS[key as keyof Settings] as Check<unknown>)(value, key);
  }
  return next as Settings;
}
