// Deadlines: finds date and time expressions in one language and resolves them against the
// sent time, following the team's resolution table (weekday → next such day 17:00, …).
// The grammar is a set of parsers in chrono-node's shape (a pattern and an extract function each)
// built from each language's lexicon, so Polish and Norwegian get the same machinery as English.
// They run under a small driver of our own (runParsers), which does what chrono's parse loop does
// without chrono's generic results: those (objects for every date component, implied values, a
// Date for each) cost more than the patterns, and a parser with nothing to look for is skipped.
import type { Lang } from '../languages';
import type { DateLexicon } from './lexicon';
import { LEXICONS } from './lang';
import { plainDatesOf } from './plain';
import { LiteralUnion } from './literals';
import { B, E, fastExec } from './unicode';

export interface WallClock {
  /** Milliseconds of the wall-clock time treated as UTC (so getUTC* gives local fields). */
  wall: number;
  /** Offset of the sent time's zone, minutes east of UTC. */
  offsetMinutes: number;
  /** The mail was typed without its language's letters (see plain.ts): date words match their plain spellings too. */
  plain?: boolean;
}

export interface DeadlineCandidate {
  index: number;
  end: number;
  text: string;
  due: Date;
  /** Introduced by "by", "bis", "do", "innen", … */
  hasPrep: boolean;
  /** Relative words ("today", "this week") that are deadlines even without a preposition. */
  relative: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function wallClockOf(sentAt: string, fallback: Date): WallClock {
  const m = ISO.exec(sentAt.trim());
  if (!m) {
    const t = fallback.getTime();
    return { wall: Number.isFinite(t) ? t : 0, offsetMinutes: 0 };
  }
  let offset = 0;
  const z = m[7];
  if (z && z !== 'Z') {
    const sign = z.startsWith('-') ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (!Number.isFinite(wall)) return { wall: fallback.getTime() || 0, offsetMinutes: 0 };
  return { wall, offsetMinutes: offset };
}

function at(ref: number, dayShift: number, hour: number, minute: number): number {
  const d = new Date(ref);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + dayShift, hour, minute);
}

/** 17:00 on the `n`th working day (Monday to Friday) after the sent date. */
function afterWorkingDays(ref: number, n: number): number {
  let shift = 0;
  for (let left = n; left > 0;) {
    shift += 1;
    const day = new Date(at(ref, shift, 0, 0)).getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return at(ref, shift, 17, 0);
}

/**
 * "20.11" after a deadline word: a day and month rather than a clock time, unless the minutes
 * look like a time (:00, :15, :30, :45) or the month cannot be one.
 */
function looksLikeDayMonth(day: number, month: string): boolean {
  const mon = Number(month);
  return day >= 1 && day <= 31 && mon >= 1 && mon <= 12 && !['00', '15', '30', '45'].includes(month.padStart(2, '0'));
}

/** A word that says a clock time follows ("um", "kl.", "godz.", "om", "at", "o"), unlike "bis" or "vóór". */
const CLOCK_WORD = /^(?:um|gegen|kl|klokka|klokken|godz|godziny|godzinie|om|rond|at|around|o)\b|(?:kl|godz)\.?$/iu;

interface Found {
  wall: number;
  hasPrep: boolean;
  relative: boolean;
}

/** "from 9", "ab 6 Uhr", "vanaf 8", "od 10", "fra kl. 8": a time something starts at. */
const FROM_TIME = /(?<![\p{L}])(?:ab|from|vanaf|od|fra)\s/iu;

/** "last", "vorige", "letzten", "zeszły", "forrige" right before a weekday: one gone by. */
const LAST_WEEKDAY =
  /(?<![\p{L}])(?:last|previous|vorige|afgelopen|letzte[nmrs]?|vergangene[nmrs]?|zeszł[yąa]|zeszłym|ubiegł[yąa]|ubiegłym|forrige|sist)\s+$/iu;

/** How far back a date without its year is still read as past rather than next year's (90 days). */
const RECENT_PAST_MS = 90 * 86_400_000;

/** Side channel from the parsers to this module, filled during one synchronous parse. */
let collected: Map<string, Found> = new Map();

/** What a parser sees: the text and the time the mail was sent (as wall-clock UTC). */
interface ParseContext {
  text: string;
  refDate: Date;
}

/**
 * A pattern, whether a text can hold what it reads at all (`when`, a quick look; missing: any text
 * can), and what a match of it means.
 */
interface DateParser {
  when?(context: ParseContext): boolean;
  re: RegExp;
  extract(context: ParseContext, match: RegExpExecArray): Found | null;
}

/**
 * A language's parsers, and their patterns as one union (see literals.ts): one pass over a text says
 * which patterns have the words they need in it, and only those are run (a pattern's code is large,
 * and run among the hundreds of other expressions of an analysis it is slow to start).
 */
interface Engine {
  parsers: DateParser[];
  union: LiteralUnion;
  /** Which parsers may match the text at hand (see LiteralUnion.mayMatch). */
  may: Uint8Array;
}

/** A match that a parser read as a date. */
interface Parsed {
  index: number;
  text: string;
}
/** Set before each parse: parsers that need a number skip texts without one. */
let textHasDigit = true;

function alt(list: string[]): string {
  return list.map((s) => `(?:${s})`).join('|');
}

interface TimeParts {
  hour: number;
  minute: number;
}

function readTime(
  prep: string | undefined,
  h: string | undefined,
  mi: string | undefined,
  suffix: string | undefined,
): TimeParts | null {
  if (h === undefined) return null;
  if (!prep && mi === undefined && !suffix) return null;
  let hour = Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  if (hour > 23 || minute > 59) return null;
  const s = (suffix ?? '').toLowerCase().replace(/\./g, '');
  // "do 5 rano": the morning said after the hour, as "am" is.
  const morning = s === 'am' || s === 'rano';
  if (s === 'pm' && hour < 12) hour += 12;
  else if (morning && hour === 12) hour = 0;
  else if (!morning && hour >= 1 && hour <= 6) hour += 12;
  return { hour, minute };
}

function buildParsers(lex: DateLexicon): DateParser[] {
  const prep = `(?:(${lex.deadlinePrep})\\s+(?:(?:am|zum|zur|den|dem|der|the|on|op|w|dnia|på|de|het|dniu)\\s+)?)?`;
  const time = `(?:\\s*,?\\s*(?:(${lex.timePrep})\\s*)?(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?(?!\\/\\d)\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?${E})?`;
  const weekday = alt(lex.weekdays);
  const month = alt(lex.months);
  // Each pattern is compiled once per language; the expressions made in the extract functions are
  // found again by their place in the code (a template's strings are the same object every time),
  // so their sources are not rebuilt and looked up on every parse.
  const compiledAt = new WeakMap<TemplateStringsArray, RegExp>();
  const rx = (strings: TemplateStringsArray, ...values: string[]): RegExp => {
    let re = compiledAt.get(strings);
    if (!re) {
      re = new RegExp(String.raw({ raw: strings }, ...values), 'iu');
      compiledAt.set(strings, re);
    }
    return re;
  };
  /** A whole word that is one of the language's deadline words ("by", "bis", "do", "innen"). */
  const isDeadlinePrep = (word: string) => rx`^(?:${lex.deadlinePrep})$`.test(word);
  const inDays = `${B}(${lex.inDays.replace('N', `(\\d{1,2}|${Object.keys(lex.numberWords).join('|')})`)})${E}`;
  const dayWordMap = lex.dayWords ?? {};
  const dayWords = Object.keys(dayWordMap)
    .sort((a, b) => b.length - a.length)
    .join('|');
  const dayValue = (word: string | undefined): number => dayWordMap[(word ?? '').toLowerCase()] ?? 0;
  let weekdayWords: RegExp[] | null = null;
  let monthWords: RegExp[] | null = null;
  let workingDay: RegExp | null = null;

  const weekdayIndex = (word: string): number => {
    const w = word.toLowerCase();
    weekdayWords ??= lex.weekdays.map((src) => new RegExp(`^(?:${src})$`, 'iu'));
    return weekdayWords.findIndex((re) => re.test(w));
  };
  const monthIndex = (word: string): number => {
    const w = word.toLowerCase().replace(/\.$/, '');
    monthWords ??= lex.months.map((src) => new RegExp(`^(?:${src})$`, 'iu'));
    return monthWords.findIndex((re) => re.test(w));
  };

  /** Keeps what a match means for findDeadlines (the side channel); null when it is no date. */
  const record = (context: ParseContext, match: RegExpMatchArray, found: Found | null): Found | null => {
    if (!found) return null;
    collected.set(`${match.index ?? 0}:${match[0].length}`, found);
    return found;
  };
  const ref = (context: ParseContext) => context.refDate.getTime();
  /** Day `day` of the month, 17:00: the next such day on or after the sent date (a month without it is skipped). */
  const nextDayOfMonth = (context: ParseContext, match: RegExpMatchArray, day: number) => {
    const r = new Date(ref(context));
    for (let add = 0; add < 3; add++) {
      const month = r.getUTCMonth() + add + (day < r.getUTCDate() ? 1 : 0);
      const wall = Date.UTC(r.getUTCFullYear(), month, day, 17, 0);
      if (new Date(wall).getUTCDate() === day) return record(context, match, { wall, hasPrep: true, relative: false });
    }
    return null;
  };

  // Parsers built around a kind of word skip texts without any (a plain scan is much cheaper
  // than a parser's pattern with its word boundaries at every position).
  const REL = new RegExp(`${lex.today}|${lex.tomorrow}|${lex.endOfDay}`, 'i');
  const midNextWeek = lex.midNextWeek ?? '(?!)';
  const dayAfterTomorrow = lex.dayAfterTomorrow ? new RegExp(lex.dayAfterTomorrow, 'i') : null;
  const WEEK = new RegExp(`${lex.endOfWeek}|${lex.nextWeek}|${lex.endOfMonth}|${midNextWeek}`, 'i');
  const WEEKDAY = new RegExp(alt(lex.weekdays), 'i');
  const MONTH = new RegExp(alt(lex.months), 'i');
  let seen: string | null = null;
  let has = { rel: true, week: true, weekday: true, month: true };
  const present = (context: ParseContext) => {
    if (context.text !== seen) {
      seen = context.text;
      has = { rel: REL.test(seen), week: WEEK.test(seen), weekday: WEEKDAY.test(seen), month: MONTH.test(seen) };
    }
    return has;
  };

  const dateFromDM = (
    refWall: number,
    day: number,
    mon: number,
    yearText: string | undefined,
    t: TimeParts | null,
    prep = true,
  ): number | null => {
    if (mon < 0 || mon > 11 || day < 1 || day > 31) return null;
    const r = new Date(refWall);
    let year = r.getUTCFullYear();
    if (yearText) {
      year = Number(yearText);
      if (year < 100) year += 2000;
    } else {
      const sentDay = Date.UTC(r.getUTCFullYear(), r.getUTCMonth(), r.getUTCDate());
      const thisYear = Date.UTC(year, mon, day);
      // "je onkostennota … van 13 november", written on 1 December: without a deadline word, a date
      // a few weeks gone is that date, past, not the same day next year (with one, "do 2 marca",
      // the next such day is meant).
      if (!prep && thisYear < sentDay && sentDay - thisYear <= RECENT_PAST_MS) return null;
      if (thisYear < sentDay) year += 1;
    }
    const out = Date.UTC(year, mon, day, t ? t.hour : 17, t ? t.minute : 0);
    if (new Date(out).getUTCDate() !== day) return null;
    return out;
  };

  const parsers: DateParser[] = [
    {
      // "by 10am tomorrow", "bis 12 Uhr morgen"
      when: () => textHasDigit,
      re: rx`${B}(?:(${lex.deadlinePrep}|${lex.timePrep})\\s*)(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?\\s+(${lex.tomorrow}|${lex.today})${E}`,
      extract: (context, m) => {
        const t = readTime(m[1], m[2], m[3], m[4]);
        if (!t) return null;
        const tomorrow = rx`^(?:${lex.tomorrow})$`.test(m[5] ?? '');
        return record(context, m, {
          wall: at(ref(context), tomorrow ? 1 : 0, t.hour, t.minute),
          hasPrep: true,
          relative: true,
        });
      },
    },
    {
      // the day after tomorrow, 17:00
      when: (context) => dayAfterTomorrow?.test(context.text) === true,
      re: rx`${B}${prep}(${lex.dayAfterTomorrow ?? '(?!)'})${E}`,
      extract: (context, m) =>
        record(context, m, { wall: at(ref(context), 2, 17, 0), hasPrep: Boolean(m[1]), relative: true }),
    },
    {
      // a time before the weekday: "by 3pm on Friday", "by noon Friday", "bis 12 Uhr am Freitag",
      // "do 12:00 w piątek", "innen kl. 12 på fredag"
      when: (context) => textHasDigit && present(context).weekday,
      re: rx`${B}(${lex.deadlinePrep}|${lex.timePrep})\\s*(?:(${lex.timePrep})\\s*)?(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?,?\\s+(?:(?:on|this|next|am|op|w|we|på|den|dem)\\s+)?(${weekday})${E}`,
      extract: (context, m) => {
        const idx = weekdayIndex(m[6] ?? '');
        if (idx < 0 || (m[6] ?? '').length <= 3) return null;
        if (m[4] === undefined && !m[5] && !m[2]) return null;
        const t = readTime(m[1], m[3], m[4], m[5]);
        if (!t) return null;
        const r = new Date(ref(context));
        const shift = (idx - r.getUTCDay() + 7) % 7 || 7;
        return record(context, m, { wall: at(ref(context), shift, t.hour, t.minute), hasPrep: true, relative: false });
      },
    },
    {
      // a time before the date: "by 3pm on 12 June", "by noon on the 12th of June", "bis 12 Uhr am
      // 15. Juni", "vóór 12.00 uur op 3 maart", "innen kl. 12 den 4. januar", "by 10am on 12/05"
      when: () => textHasDigit,
      re: rx`${B}(${lex.deadlinePrep}|${lex.timePrep})\\s*(?:(${lex.timePrep})\\s*)?(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?,?\\s+(?:(?:on|am|op|w|we|på|den|dem|dnia)\\s+)?(?:(?:${weekday})[,.]?\\s+)?(?:(?:the|den|dem)\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(${month})(?:\\.(?!\\s*(?:$|\\p{Lu})))?${E}|\\.(\\d{1,2})\\.|\\/(\\d{1,2})(?![\\p{N}]|\\/\\d))`,
      extract: (context, m) => {
        if (m[4] === undefined && !m[5] && !m[2]) return null;
        const t = readTime(m[1], m[3], m[4], m[5]);
        if (!t) return null;
        const mon = m[7] !== undefined ? monthIndex(m[7]) : Number(m[8] ?? m[9]) - 1;
        const wall = dateFromDM(ref(context), Number(m[6]), mon, undefined, t);
        return record(context, m, wall === null ? null : { wall, hasPrep: true, relative: false });
      },
    },
    {
      // today / end of day / tomorrow, with an optional time
      when: (context) => present(context).rel,
      re: rx`${B}${prep}(${lex.endOfDay}|${lex.tomorrow}|${lex.today})${E}(?:\\s+(${lex.tomorrow})${E})?${time}`,
      extract: (context, m) => {
        const word = m[2] ?? '';
        const tomorrow = rx`^(?:${lex.tomorrow})$`.test(word) || Boolean(m[3]);
        const eod = rx`^(?:${lex.endOfDay})$`.test(word);
        // "morgen ab 6 Uhr": the hour something starts, not when it is due.
        const t = eod || FROM_TIME.test(`${m[4] ?? ''} `) ? null : readTime(m[4], m[5], m[6], m[7]);
        // "tomorrow morning", "first thing tomorrow", "morgen früh": the start of the working day.
        const index = m.index ?? 0;
        const around = context.text.slice(Math.max(0, index - 15), index + m[0].length + 12);
        const morning = !t && tomorrow && rx`${B}(?:${lex.morning})${E}`.test(around);
        return record(context, m, {
          wall: at(ref(context), tomorrow ? 1 : 0, t ? t.hour : morning ? 9 : 17, t ? t.minute : 0),
          // A clock time with its own "by"/"do"/"bis" is a stated deadline too; "morgenochtend om
          // 6.00 uur", "tomorrow at 9" is when something happens.
          hasPrep: Boolean(m[1]) || Boolean(t && m[4] && isDeadlinePrep(m[4])),
          relative: true,
        });
      },
    },
    {
      // "jutro do 10:00", "morgen bis 10 Uhr", "i morgen innen kl. 10", "today before 3pm"
      when: () => textHasDigit,
      re: rx`${B}(${lex.tomorrow}|${lex.today})${E}\\s+(${lex.deadlinePrep}|${lex.timePrep})\\s*(?:(${lex.timePrep})\\s*)?(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?${E}`,
      extract: (context, m) => {
        const t = readTime('by', m[4], m[5], m[6]);
        if (!t || (m[5] === undefined && !m[6] && !m[3] && Number(m[4]) < 7)) return null;
        // "morgen ab 6 Uhr", "tomorrow from 9": when something starts, not a deadline.
        if (FROM_TIME.test(m[0] ?? '')) return null;
        const tomorrow = rx`^(?:${lex.tomorrow})$`.test(m[1] ?? '');
        // "jutro do 10:00" is a deadline; "morgenochtend om 6.00 uur" is when something happens.
        const due = [m[2], m[3]].some((w) => w !== undefined && isDeadlinePrep(w));
        return record(context, m, {
          wall: at(ref(context), tomorrow ? 1 : 0, t.hour, t.minute),
          hasPrep: due,
          relative: true,
        });
      },
    },
    {
      // "do 20.11", "bis 15.10": day and month without the closing dot, after a deadline word
      when: () => textHasDigit,
      re: rx`${B}(${lex.deadlinePrep})\\s+(?:(?:the|den|dem|dnia|de|het)\\s+)?(\\d{1,2})\\.(\\d{1,2})(?![\\p{L}\\p{N}]|[.:]\\d|\\s*(?:${lex.hourSuffix})${E})${time}`,
      extract: (context, m) => {
        const day = Number(m[2]);
        if (!looksLikeDayMonth(day, m[3] ?? '')) return null;
        if (lex.dottedDayMonthDigits === 2 && ((m[2] ?? '').length < 2 || (m[3] ?? '').length < 2)) return null;
        const wall = dateFromDM(ref(context), day, Number(m[3]) - 1, undefined, readTime(m[4], m[5], m[6], m[7]));
        return record(context, m, wall === null ? null : { wall, hasPrep: true, relative: false });
      },
    },
    {
      // the day of the month alone: "before the 15th", "vóór de 15e", "bis zum 15.", "do 15-go", "før den 15."
      when: () => textHasDigit,
      re: rx`${B}(${lex.deadlinePrep})\\s+(?:(?:the|den|dem|de|het|dnia)\\s+)?(\\d{1,2})(?:${lex.ordinal})(?![\\p{L}\\p{N}]|[.:/]\\d|\\s*(?:of\\s+)?(?:${month})${E})`,
      extract: (context, m) => {
        const day = Number(m[2]);
        if (day < 1 || day > 31) return null;
        return nextDayOfMonth(context, m, day);
      },
    },
    {
      // the day of the month spelled out, ending its clause: "przed piętnastym", "do dwudziestego
      // piątego." (not "do drugiego piętra", nor a date with its month)
      when: () => dayWords !== '',
      re: rx`${B}(${lex.deadlinePrep})\\s+(?:(?:the|den|dem|de|het|dnia)\\s+)?(${dayWords})(?:\\s+(${dayWords}))?(?=\\s*(?:[,.;:!?()–—-]|$))`,
      extract: (context, m) => {
        const first = dayValue(m[2]);
        const second = m[3] === undefined ? 0 : dayValue(m[3]);
        // "dwudziestego piątego" is 25; two words otherwise are not one day.
        const day = second === 0 ? first : first % 10 === 0 && first >= 20 && second < 10 ? first + second : 0;
        if (day < 1 || day > 31) return null;
        return nextDayOfMonth(context, m, day);
      },
    },
    {
      // "EOD Friday", "by close of business Thursday": that weekday, 17:00
      when: (context) => present(context).rel && present(context).weekday,
      re: rx`${B}${prep}(?:${lex.endOfDay})\\s+(?:on\\s+)?(${weekday})${E}`,
      extract: (context, m) => {
        const idx = weekdayIndex(m[2] ?? '');
        if (idx < 0) return null;
        const r = new Date(ref(context));
        const shift = (idx - r.getUTCDay() + 7) % 7 || 7;
        return record(context, m, { wall: at(ref(context), shift, 17, 0), hasPrep: true, relative: false });
      },
    },
    {
      // numeric dates: 24.12.(2026) 12/05(/2026) 2026-12-24 24-12
      when: () => textHasDigit,
      re: rx`${B}${prep}(?:(?:${weekday})[,.]?\\s+(?:den\\s+|the\\s+|dem\\s+)?)?(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:\\.(\\d{1,2})\\.(\\d{2,4})?|[/-](\\d{1,2})(?:[/-](\\d{2,4}))?))(?![\\p{L}\\p{N}]|[.:/]\\d)${time}`,
      extract: (context, m) => {
        const t = readTime(m[10], m[11], m[12], m[13]);
        let wall: number | null;
        if (m[2]) wall = dateFromDM(ref(context), Number(m[4]), Number(m[3]) - 1, m[2], t, Boolean(m[1]));
        else {
          let day = Number(m[5]);
          let mon = Number(m[6] ?? m[8]);
          // "12/25" may be month first; "10.30." never is (it is half past ten), nor "12-18" (a range:
          // "aisles 12-18").
          if (m[8] !== undefined && mon > 12 && day <= 12 && m[0].includes('/')) [day, mon] = [mon, day];
          wall = dateFromDM(ref(context), day, mon - 1, m[7] ?? m[9], t, Boolean(m[1]));
        }
        return record(context, m, wall === null ? null : { wall, hasPrep: Boolean(m[1]), relative: false });
      },
    },
    {
      // 30 October (2026), 4. januar, 15 grudnia
      when: (context) => textHasDigit && present(context).month,
      re: rx`${B}${prep}(?:(?:${weekday})[,.]?\\s+(?:the\\s+|den\\s+)?)?(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?(${month})(?:\\.(?!\\s*(?:$|\\p{Lu})))?${E}(?:,?\\s+(\\d{4}))?${time}`,
      extract: (context, m) => {
        const t = readTime(m[5], m[6], m[7], m[8]);
        const wall = dateFromDM(ref(context), Number(m[2]), monthIndex(m[3] ?? ''), m[4], t, Boolean(m[1]));
        return record(context, m, wall === null ? null : { wall, hasPrep: Boolean(m[1]), relative: false });
      },
    },
    {
      // October 30(th)(, 2026)
      when: (context) => textHasDigit && present(context).month,
      re: rx`${B}${prep}(?:(?:${weekday})[,.]?\\s+)?(${month})(?:\\.(?!\\s*(?:$|\\p{Lu})))?\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(\\d{4}))?${time}`,
      extract: (context, m) => {
        const t = readTime(m[5], m[6], m[7], m[8]);
        const wall = dateFromDM(ref(context), Number(m[3]), monthIndex(m[2] ?? ''), m[4], t, Boolean(m[1]));
        return record(context, m, wall === null ? null : { wall, hasPrep: Boolean(m[1]), relative: false });
      },
    },
    {
      // weekday with optional time: next such day strictly after the sent date; with "next week"
      // before or after it (round 56), that day of the following week
      when: (context) => present(context).weekday,
      re: rx`${B}${prep}(?:(?:this|next|coming|komende|aanstaande|deze|volgende|kommenden?|diesen|nächsten?|w|we|ten|najbliższ[yąa]|på|nå|neste|førstkommende|am|op)\\s+)?(?:(${lex.weekOfNext})\\s+(?:(?:am|op|på|w|we)\\s+)?)?(${weekday})(?:\\s+(?:(?:in|of|der|i)\\s+)?(${lex.weekOfNext}))?${E}${time}`,
      extract: (context, m) => {
        const idx = weekdayIndex(m[3] ?? '');
        if (idx < 0) return null;
        // Short forms ("do", "man", "fre") are only weekdays after a preposition.
        if ((m[3] ?? '').length <= 3 && !m[1]) return null;
        // "which was due last Friday", "seit letztem Montag": a weekday gone by.
        if (!m[1] && LAST_WEEKDAY.test(context.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0))) return null;
        // "re-run the volumes on Tuesday's flight data": a weekday's thing, not a day (round 65).
        if (!m[1] && /^['’]s(?![\p{L}])/u.test(context.text.slice((m.index ?? 0) + m[0].length))) return null;
        const r = new Date(ref(context));
        let shift = (idx - r.getUTCDay() + 7) % 7;
        if (shift === 0) shift = 7;
        // Monday of the following week, then the weekday in it.
        if (m[2] || m[4]) shift = 7 - ((r.getUTCDay() + 6) % 7) + ((idx + 6) % 7);
        const t = readTime(m[5], m[6], m[7], m[8]);
        // "stagehands voor de zaterdag": Dutch "voor" with an article says for which day, not before it.
        const forTheDay = /^voor\s+(?:de|het)\s/i.test(m[0]);
        return record(context, m, {
          wall: at(ref(context), shift, t ? t.hour : 17, t ? t.minute : 0),
          // "maandag vóór 9.00 uur", "Montag bis 12 Uhr": the time's own deadline word counts.
          hasPrep: (Boolean(m[1]) && !forTheDay) || Boolean(t && m[5] && isDeadlinePrep(m[5])),
          relative: false,
        });
      },
    },
    {
      // end of week / this week, mid next week, next week, end of month
      when: (context) => present(context).week,
      re: rx`${B}${prep}(${midNextWeek}|${lex.endOfWeek}|${lex.nextWeek}|${lex.endOfMonth})${E}`,
      extract: (context, m) => {
        const word = m[2] ?? '';
        const r = new Date(ref(context));
        let wall: number;
        if (rx`^(?:${lex.endOfMonth})$`.test(word)) {
          wall = Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0, 17, 0);
        } else {
          const toFriday = 5 - ((r.getUTCDay() + 6) % 7) - 1 + 0;
          // Mid next week is its Wednesday, two days before its Friday.
          const mid = rx`^(?:${midNextWeek})$`.test(word);
          const next = mid || rx`^(?:${lex.nextWeek})$`.test(word) ? 7 : 0;
          wall = at(ref(context), toFriday + next - (mid ? 2 : 0), 17, 0);
        }
        // "i løpet av uken", "innen slutten av uka": a week word that opens with a deadline word has
        // its "by" (round 64).
        const hasPrep = Boolean(m[1]) || rx`^(?:${lex.deadlinePrep})\\s`.test(word);
        return record(context, m, { wall, hasPrep, relative: true });
      },
    },
    {
      // in N days
      re: rx`${inDays}`,
      extract: (context, m) => {
        const n = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : lex.numberWords[(m[2] ?? '').toLowerCase()];
        if (n === undefined || n > 60) return null;
        // "verdeeld over drie dagen", "spread over three days": how long, not when (round 68).
        const before = context.text.slice(Math.max(0, (m.index ?? 0) - 24), (m.index ?? 0) + 1);
        if (SPREAD_OVER.test(before)) return null;
        const working = (workingDay ??= new RegExp(lex.workingDay, 'iu')).test(m[0]);
        const wall = working ? afterWorkingDays(ref(context), n) : at(ref(context), n, 17, 0);
        return record(context, m, { wall, hasPrep: true, relative: true });
      },
    },
    {
      // a time alone after a deadline word: "before 3pm", "vor 15 Uhr", "før kl. 15" (not a share:
      // "goes up by around 4%")
      when: () => textHasDigit,
      re: rx`${B}(${lex.deadlinePrep})\\s+(?:(${lex.timePrep})\\s*)?(\\d{1,2})(?:[:.](\\d{2})(?!\\d|\\.\\d))?\\s*(${lex.hourSuffix}|am|pm|a\\.m\\.|p\\.m\\.)?${E}(?!\\s?%)`,
      extract: (context, m) => {
        if (m[4] === undefined && !m[5] && !m[2]) return null;
        // "do 20.11", "spätestens bis 17.04." are the 20th of November and the 17th of April (the
        // day-and-month parsers read them), unless a clock word leads ("um 17.04", "kl. 12.05").
        if (!m[5] && m[4] !== undefined && (!m[2] || !CLOCK_WORD.test(m[2])) && looksLikeDayMonth(Number(m[3]), m[4]))
          return null;
        const t = readTime(m[2] ?? m[1], m[3], m[4], m[5]);
        if (!t) return null;
        // "przed południem" written at 16:20: a time already past when the mail was sent is the next day's.
        const today = at(ref(context), 0, t.hour, t.minute);
        const wall = today <= ref(context) ? at(ref(context), 1, t.hour, t.minute) : today;
        return record(context, m, { wall, hasPrep: true, relative: true });
      },
    },
  ];
  return parsers;
}

/**
 * Every parser's matches in `text`, in order of where they start: chrono-node's parse loop (a
 * failed match is tried again from the next character, on the rest of the text; a match read as a
 * date is skipped past), for parsers that ask for nothing else of it.
 */
function runParsers({ parsers, union, may }: Engine, text: string, refDate: Date): Parsed[] {
  const context: ParseContext = { text, refDate };
  const results: Parsed[] = [];
  union.mayMatch(text, may);
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i]!;
    if (may[i] === 0 || (parser.when && !parser.when(context))) continue;
    const pattern = parser.re;
    let rest = text;
    let match = fastExec(pattern, rest);
    while (match) {
      const index = match.index + text.length - rest.length;
      match.index = index;
      const read = parser.extract(context, match) !== null;
      rest = text.substring(read ? index + match[0].length : index + 1);
      if (read) results.push({ index, text: match[0] });
      match = fastExec(pattern, rest);
    }
  }
  return results.sort((a, b) => a.index - b.index);
}

const engines = new Map<string, Engine>();
const noonPatterns = new Map<Lang, RegExp>();

const noonWords = new Map<Lang, RegExp>();

/** Any noon word at all (no boundaries): the quick test before the replacement below. */
function noonWord(lang: Lang, words: string): RegExp {
  let re = noonWords.get(lang);
  if (!re) {
    re = new RegExp(words, 'i');
    noonWords.set(lang, re);
  }
  return re;
}

/**
 * A noon word alone ("noon", "Mittag", "w południe"), after its hour ("12 noon": all of it becomes
 * "12:00") or glued to a weekday ("Donnerstagmittag", captured: the weekday stays, the noon word
 * becomes " 12:00").
 */
function noonPattern(lang: Lang, words: string): RegExp {
  let re = noonPatterns.get(lang);
  if (!re) {
    const weekdays = LEXICONS[lang].dates.weekdays.map((w) => `(?:${w})`).join('|');
    re = new RegExp(`${B}(?:(${weekdays})(?=(?:${words})${E})|12\\s?(?=(?:${words})${E}))?(?:${words})${E}`, 'giu');
    noonPatterns.set(lang, re);
  }
  return re;
}
const asapPatterns = new Map<string, RegExp>();

function engineFor(lang: Lang, plain = false): Engine {
  const key = plain ? `${lang}-plain` : lang;
  let engine = engines.get(key);
  if (!engine) {
    const parsers = buildParsers(plain ? plainDatesOf(lang) : LEXICONS[lang].dates);
    // Short words count too ("do", "ma", "om"): a parser looked for by them is still run less often
    // than one run on every text.
    const union = new LiteralUnion(
      parsers.map((p) => p.re),
      '',
      false,
      2,
    );
    engine = { parsers, union, may: new Uint8Array(parsers.length) };
    engines.set(key, engine);
  }
  return engine;
}

/** "verdeeld over", "spread over", "verteilt auf", "rozłożone na", "fordelt over": a span, not a time from now. */
const SPREAD_OVER =
  /(?<![\p{L}])(?:verdeeld|verspreid|spread|split|verteilt|aufgeteilt|rozłożon\p{L}*|podzielon\p{L}*|fordelt|spredt)\s*(?:\S+\s*)?$/iu;

/** The evening or afternoon named with an hour ("8 uur vanavond", "7 heute Abend", "8 tonight"). */
const EVENING: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:tonight|this evening|this afternoon|in the evening|in the afternoon)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:vanavond|vanmiddag|'s avonds|'s middags)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:abends|nachmittags|heute abend|heute nachmittag|am abend|am nachmittag)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:wieczorem|po południu|po poludniu)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:i kveld|i ettermiddag|om kvelden|om ettermiddagen)(?![\p{L}])/u,
};

/**
 * "the balance as at 31 March", "de stand per 1 juli", "die Zählerstände zum Stichtag 31.12.",
 * "według stanu na 30 czerwca", "avstemmingen per 30.11.": the date a figure is taken at, never a
 * deadline, nor the start of a period ("zum Stichtag 31.12. bis zum 8. Januar").
 */
const AS_AT: Record<Lang, RegExp> = {
  en: /\b(?:as (?:at|of)|dated)\s*$/i,
  nl: /(?<![\p{L}])(?:per|peildatum|stand op)\s*$/iu,
  de: /(?<![\p{L}])(?:per|stichtag|stand vom|stand)\s*$/iu,
  pl: /(?<![\p{L}])(?:na dzień|stan na|stanu na)\s*$/iu,
  nb: /(?<![\p{L}])(?:per|pr\.|skjæringsdato)\s*$/iu,
};

/** Every date/time expression in `text`, resolved; overlapping matches keep the longest. */
export function findDeadlines(text: string, lang: Lang, clock: WallClock): DeadlineCandidate[] {
  if (text.length === 0) return [];
  collected = new Map();
  let results: Parsed[];
  // "noon"/"midday" become a clock time of the same length, so offsets stay valid.
  const noon = LEXICONS[lang].dates.noon;
  const parsed =
    noon && noonWord(lang, noon).test(text)
      ? text.replace(noonPattern(lang, noon), (w, glued: string | undefined) =>
          glued
            ? `${glued} ${'12:00'.padEnd(w.length - glued.length - 1, ' ')}`
            : (w.length >= 5 ? '12:00' : '12pm').padEnd(w.length, ' '),
        )
      : text;
  try {
    textHasDigit = /\d/.test(parsed);
    results = runParsers(engineFor(lang, clock.plain === true), parsed, new Date(clock.wall));
  } catch {
    return [];
  }
  const found: DeadlineCandidate[] = [];
  for (const r of results) {
    const meta = collected.get(`${r.index}:${r.text.length}`);
    if (!meta) continue;
    // A sent time near the end of the representable range (±8.64e15 ms) can push the deadline
    // past it: that is no date at all, not an Invalid Date in the result.
    // "voor 8 uur vanavond", "bis 7 heute Abend": a morning hour the evening after it puts at night.
    const hour = new Date(meta.wall).getUTCHours();
    const wall =
      hour >= 1 && hour < 12 && EVENING[lang].test(text.slice(r.index, r.index + r.text.length + 16).toLowerCase())
        ? meta.wall + 12 * 3_600_000
        : meta.wall;
    const due = new Date(wall - clock.offsetMinutes * 60_000);
    if (!Number.isFinite(due.getTime())) continue;
    found.push({
      index: r.index,
      end: r.index + r.text.length,
      text: text.slice(r.index, r.index + r.text.length).trim(),
      due,
      hasPrep: meta.hasPrep,
      relative: meta.relative,
    });
  }
  // Dates that name a period ("21 September to today", "van 24 december t/m 3 januari", "od 6:00
  // do 14:00", "the week of 14 December") say when something happens, not by when it is due; they
  // go before the overlaps are settled, so a deadline they swallowed ("… before 3pm") comes back.
  const periodWords = periodPatternsOf(lang, clock.plain === true);
  // The date a figure is taken at is no deadline and opens no period: it is blanked for that check.
  const asAt = AS_AT[lang];
  const asAtDates = found.filter((d) => asAt.test(text.slice(Math.max(0, d.index - 30), d.index)));
  let periodText = text;
  for (const d of asAtDates)
    periodText = periodText.slice(0, d.index) + ' '.repeat(d.end - d.index) + periodText.slice(d.end);
  const dated = found.filter((d) => !asAtDates.includes(d) && !inPeriod(periodText, d, periodWords));
  dated.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: DeadlineCandidate[] = [];
  for (const c of dated) {
    const last = kept[kept.length - 1];
    if (last && c.index < last.end) {
      if (c.end - c.index > last.end - last.index) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/** A word that links the two ends of a period: "to", "–", "t/m", "bis", "do", "til". */
const RANGE_LINK = '(?:–|—|-|to|through|thru|until|till|t/m|tot en met|tot|bis|do|til|inkl\\.?)';
/** The link word of a period after its first end: a word, a dash between two numbers ("7.00–16.00", "1 – 18"). */
const LINK_AFTER =
  '(?:\\s*(?:to|through|thru|until|till|t/m|tot en met|tot|bis|do|til)\\s+|[–—-]\\s*|\\s+[–—-]\\s*(?=\\d))';
/** The end of a span after a link word: "the end of", "końca", "Ende des", "het einde van", "slutten av". */
const END_OF_SPAN =
  '(?:(?:the )?end of (?:the |this |next )?(?:day|week|month|year|quarter|term|season|summer|period)|końca (?:tego |bieżącego |przyszłego )?(?:dnia|tygodnia|miesiąca|roku|kwartału|sezonu|lata|okresu)|ende (?:des|der|dieses|dieser) (?:tages|woche|monats|jahres|quartals|saison)|monatsende|(?:het )?eind(?:e)? van (?:de|het|deze|dit) (?:dag|week|maand|jaar|kwartaal|seizoen)|(?:slutten|utgangen) av (?:dagen|uka|uken|måneden|året|kvartalet|sesongen))';
/** The word that opens a period: "from", "van", "von", "od", "fra", and "between" in each language. */
const FROM_WORD = '(?:from|between|van|tussen|von|vom|zwischen|od|między|fra|mellom)';
/** "ca. 6 bis 14 Uhr", "about 9 to 5": an approximate hour opens a period too (round 62). */
const ABOUT_WORD = '(?:ca\\.?|circa|etwa|ungefähr|approx\\.?|about|around|omstreeks|rond|około|ok\\.|cirka)';
/** "the week of 14 December", "de week van", "die Woche vom", "tydzień od", "uken fra": a period. */
const PERIOD_OPENER =
  /(?:(?<![\p{L}])(?:the )?week (?:of|commencing|beginning|starting)|(?<![\p{L}])w\/c|(?<![\p{L}])week van|(?<![\p{L}])woche (?:vom|ab)|(?<![\p{L}])tydzie[nń] od|(?<![\p{L}])tygodni[ua] od|(?<![\p{L}])uk(?:en|a|e) (?:fra|som starter))\s*$/iu;
interface PeriodPatterns {
  /** A date word, then a link word, at the end of the text before a date: the date ends a period. */
  linkedFrom: RegExp;
  /**
   * The same before a date that starts with a word ("i morgen", "Friday"): only a day ends such a
   * period ("Monday – Friday"), not an hour ("innen kl. 16 – i morgen har vi kundemøtet").
   */
  linkedFromDay: RegExp;
  /** A clock time, a dotted date or a date word at the end of the text before "do 14:00", "t/m vr". */
  strictFrom: RegExp;
  /** A link word and the period's far end right after a date. */
  linkedTo: RegExp;
  /** The same with a number at the far end only: after a clock time a day word starts a new clause. */
  linkedToNumber: RegExp;
  /** A date whose own deadline word is a link word ("do 14:00", "bis 15.12.", "t/m vr"). */
  opens: RegExp;
}
const periodPatterns = new Map<string, PeriodPatterns>();

function periodPatternsOf(lang: Lang, plain: boolean): PeriodPatterns {
  const key = plain ? `${lang}-plain` : lang;
  let p = periodPatterns.get(key);
  if (!p) {
    const dates = plain ? plainDatesOf(lang) : LEXICONS[lang].dates;
    const words = [...dates.weekdays, ...dates.months].map((w) => `(?:${w})`).join('|');
    // A weekday, or a day with its month ("24 december"); a month alone ("za marzec do 3 kwietnia",
    // "für Juli bis September bis Monatsende") names what the ask is about.
    const weekdays = dates.weekdays.map((w) => `(?:${w})`).join('|');
    const months = dates.months.map((w) => `(?:${w})`).join('|');
    const word = `(?:(?<![\\p{L}])(?:${weekdays})|(?<![\\p{N}])\\d{1,2}\\.?\\s+(?:${months}))\\.?`;
    const strict = `(?:(?<![\\p{N}])\\d{1,2}(?:[:.]\\d{2}|\\.\\d{1,2}\\.?)|${word})`;
    const point = `(?:(?<![\\p{N}])\\d{1,2}\\.?|${strict})`;
    const day = `(?:(?<![\\p{N}])\\d{1,2}\\.\\d{1,2}\\.?|${word})`;
    p = {
      linkedFrom: new RegExp(`${point},?\\s*${RANGE_LINK}\\s*$`, 'iu'),
      linkedFromDay: new RegExp(`${day},?\\s*${RANGE_LINK}\\s*(?:the\\s+)?$`, 'iu'),
      // Also a bare hour or day after "from": "von 16 bis 19 Uhr", "from 9 to 11am", "vom 13. bis 31. Juli";
      // round 57: with its hour word ("van 19u tot 1u", "von 16 Uhr bis 19 Uhr").
      strictFrom: new RegExp(
        `(?:${strict}|(?<![\\p{L}])(?:${FROM_WORD}|${ABOUT_WORD})\\s+(?<![\\p{N}])\\d{1,2}(?:[:.]\\d{2})?\\s*(?:${dates.hourSuffix}|am|pm)?\\.?),?\\s*$`,
        'iu',
      ),
      // Round 104: also to the end of a span ("od 20 maja do końca miesiąca", "from 20 May to the end of …").
      linkedTo: new RegExp(
        `^${LINK_AFTER}(?:\\d|(?:${words}|${dates.today}|${dates.tomorrow}|${END_OF_SPAN})(?![\\p{L}]))`,
        'iu',
      ),
      linkedToNumber: new RegExp(`^${LINK_AFTER}\\d`, 'iu'),
      opens: new RegExp(`^${RANGE_LINK}(?![\\p{L}])`, 'iu'),
    };
    periodPatterns.set(key, p);
  }
  return p;
}

/** A drawing's scale just before a date: "scale 1:10", "skali 1:10", "Maßstab 1:50", "schaal 1:20". */
const SCALE_BEFORE =
  /(?<![\p{L}])(?:scale(?: of)?|skali|skala|skalę|maßstab|massstab|schaal|målestokk|målestokken|m)\s*1\s*:\s*\d+\s*$/iu;

/** A period that ends just before: "1–20 stycznia", "1.–20. Januar", "3-7/2", then at most a comma. */
const RANGE_CLOSED =
  /(?<![\p{N}])\d{1,2}\.?\s*[–—-]\s*\d{1,2}(?:\.\s*\p{L}+|\.\d{1,2}\.?|\/\d{1,2}|\s+\p{L}+)\.?,?\s*$/u;

/** A date that ends in a clock time ("innen kl. 16", "bis 16 Uhr", "by 4pm", "przed 15:00"). */
const CLOCK_TIME_END =
  /(?:(?<![\p{L}])(?:kl|klokka|klokken|godz|um|om|at|o)\.?\s*\d{1,2}(?:[:.]\d{2})?|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:uhr|uur|am|pm|h))\s*$/iu;

/**
 * Whether a found date is one end of a period ("24 december t/m 3 januari") or opens one ("the week
 * of …"). Round 55: an hour and a day word are no period's ends ("innen kl. 16 – i morgen kl. 9 har
 * vi kundemøtet").
 */
function inPeriod(text: string, d: DeadlineCandidate, p: PeriodPatterns): boolean {
  const before = text.slice(Math.max(0, d.index - 30), d.index);
  if (PERIOD_OPENER.test(before)) return true;
  if ((CLOCK_TIME_END.test(d.text) ? p.linkedToNumber : p.linkedTo).test(text.slice(d.end, d.end + 30))) return true;
  // "w skali 1:10 do 15 maja", "im Maßstab 1:50 bis 15. Mai" (round 82): a scale is no clock time.
  // Round 104: nor the far end of a period already closed ("za okres 1–20 stycznia do końca dnia").
  if (p.opens.test(d.text))
    return p.strictFrom.test(before) && !SCALE_BEFORE.test(before) && !RANGE_CLOSED.test(before);
  return (/^\d/.test(d.text) ? p.linkedFrom : p.linkedFromDay).test(before);
}

/** "ASAP"-type urgency: no date, but the words are kept as dueText. */
export function findUrgency(text: string, lang: Lang, plain = false): string | null {
  const key = plain ? `${lang}-plain` : lang;
  let re = asapPatterns.get(key);
  if (!re) {
    re = new RegExp(`${B}(?:${(plain ? plainDatesOf(lang) : LEXICONS[lang].dates).asap})${E}`, 'iu');
    asapPatterns.set(key, re);
  }
  const m = re.exec(text);
  if (!m) return null;
  const end = m.index + m[0].length;
  // "Ist nicht dringend, aber …", "Det haster ikke" (round 108): urgency denied is none; one said
  // later may still be.
  const denied =
    NOT_URGENT_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index)) || NOT_URGENT_AFTER.test(text.slice(end));
  return denied ? findUrgency(text.slice(end), lang, plain) : m[0];
}

/** "not urgent", "nicht dringend", "niet heel dringend": urgency denied (rounds 108, 110). */
const NOT_URGENT_BEFORE =
  /(?<![\p{L}])(?:not|nothing|no|nicht|nichts|kein|keine|niet|niks|geen|nie|ikke|ingenting)\s+(?:(?:so|that|too|really|very|all that|particularly|at all|zo|erg|echt|heel|super|wirklich|besonders|sehr|allzu|aż tak|tak|bardzo|szczególnie|så|veldig|spesielt|særlig|noe)\s+)?$/iu;
/** "det haster ikke": Norwegian denies after the verb. */
const NOT_URGENT_AFTER = /^\s+(?:ikke|ikkje)(?![\p{L}])/iu;
