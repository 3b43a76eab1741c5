// The user's settings: service standards, working time, who counts as a colleague, how Ackly acts.
// Stored with WXT storage (see ./store.ts); this file is the pure model and its defaults.
import type { Lang } from '../languages';

/** Minutes of working time, counted inside working hours on working days. */
export interface ServiceStandard {
  /** Acknowledge within this many working minutes (e.g. 4 working hours = 240). */
  ackWithinMinutes: number;
  /** Answer within this many working minutes (e.g. 2 working days = 2 × the working day length). */
  replyWithinMinutes: number;
}

/** A standard that applies to one sender domain ("example.com") or one person ("ana@example.com"). */
export interface StandardOverride extends ServiceStandard {
  match: string;
}

export interface WorkingHours {
  /** 0 = Sunday … 6 = Saturday */
  days: number[];
  /** "09:00" */
  start: string;
  /** "17:00" */
  end: string;
}

export interface Settings {
  version: 1;
  /** The user's name as it should appear in templates ({myName}). */
  myName: string;
  /** The user's own addresses, besides the one the webmail page shows. */
  myAddresses: string[];
  /** IANA time zone, e.g. "Europe/Amsterdam". Empty: the browser's. */
  timeZone: string;
  workingHours: WorkingHours;
  /** ISO dates "2026-12-25". */
  holidays: string[];
  standard: ServiceStandard;
  overrides: StandardOverride[];
  /** Organisation domains; empty: the user's own domain unless it is a consumer mail domain. */
  orgDomains: string[];
  /** Track requests from people outside the organisation too. */
  trackExternal: boolean;
  /** Acknowledge fills the reply draft only, or fills and sends it. */
  acknowledgeBehaviour: 'fill' | 'send';
  /** When the user's own reply appears after an acknowledgement, mark the request done. */
  autoDoneOnReply: boolean;
  notifications: boolean;
  /** When nobody answered the user's own request and it named no deadline: follow up after this many working days. */
  followUpWorkingDays: number;
  /** Suggest a progress update halfway to the promised answer when it is more than a working day away. */
  suggestProgress: boolean;
  /** Hints while writing (please, thanks, by when, attachment, unanswered questions). */
  coach: boolean;
  /** No notifications outside working hours. */
  quietOutsideWorkingHours: boolean;
  /** Interface language: 'auto' follows the browser. */
  uiLanguage: 'auto' | Lang;
  /** Template language when the email's language cannot be told. */
  defaultLanguage: Lang;
  /** Colours of Ackly's pages and sidebar: 'system' follows the system (and, in the sidebar, the webmail). */
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  myName: '',
  myAddresses: [],
  timeZone: '',
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  holidays: [],
  standard: { ackWithinMinutes: 4 * 60, replyWithinMinutes: 2 * 8 * 60 },
  overrides: [],
  orgDomains: [],
  trackExternal: false,
  acknowledgeBehaviour: 'fill',
  autoDoneOnReply: true,
  notifications: true,
  followUpWorkingDays: 2,
  suggestProgress: true,
  coach: true,
  quietOutsideWorkingHours: true,
  uiLanguage: 'auto',
  defaultLanguage: 'en',
  theme: 'system',
};

/** The time zone the schedule runs in: the setting, or the browser's. */
export function resolveTimeZone(settings: Pick<Settings, 'timeZone'>): string {
  return settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
