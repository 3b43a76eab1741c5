// Numbers of the insights page as people read them, in the interface language.
import type { Translate } from '../i18n/t';
import type { ResolvedRange } from './types';

const numberFormats = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    const safe = Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : 'en';
    f = new Intl.NumberFormat(safe, options);
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, locale: string): string {
  return nf(locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatShare(share: number | null, locale: string): string {
  return share === null ? '–' : nf(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Working time: "45 min" under an hour, else hours ("2.5 hr"). */
export function formatMinutes(minutes: number | null, locale: string): string {
  if (minutes === null) return '–';
  // Within the minute (an acknowledgement sent right away): "< 1 min", never "0 min".
  if (minutes < 1) return `< ${nf(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(1)}`;
  if (minutes < 60) return nf(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 }).format(minutes);
  return nf(locale, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 }).format(minutes / 60);
}

/** Working hours as a plain number with one decimal (for tables and CSV). */
export function hours(minutes: number | null): number | null {
  return minutes === null ? null : Math.round((minutes / 60) * 10) / 10;
}

/** A share as a percentage with one decimal (for tables and CSV). */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** "this week", "in the last 4 weeks"… as it fits in a sentence. */
export function periodPhrase(range: Pick<ResolvedRange, 'kind'>, t: Translate): string {
  switch (range.kind) {
    case 'week':
      return t('insightsPhraseWeek');
    case '4weeks':
      return t('insightsPhrase4Weeks');
    case 'quarter':
      return t('insightsPhraseQuarter');
    default:
      return t('insightsPhraseCustom');
  }
}

/** "24 Nov 2026" for an ISO date. */
export function formatIsoDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const safe = Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
  return new Intl.DateTimeFormat(safe, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
