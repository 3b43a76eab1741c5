// Fills a template with the values of one email; dropped pieces leave no "Hi ," and no stray blank lines.
import type { Lang } from '../languages';
import { parseTemplate } from './syntax';
import type { InlinePart, TemplateError } from './syntax';

export interface TemplateVars {
  firstName?: string | null;
  senderName?: string | null;
  myName?: string | null;
  subject?: string | null;
  dueDate?: Date | null;
  requestSummary?: string | null;
  /** When the colleague gave no deadline: a sentence asking by when they need it. */
  deadlineAsk?: string | null;
  /** When the colleague mentioned an attachment that did not come: a sentence saying so. */
  attachmentNote?: string | null;
  /** When the request asks for something to send (a file, figures): a marked place for it in the answer. */
  toSend?: string | null;
}

export interface RenderOptions {
  /** IANA time zone for {dueDate}; the runtime's zone when absent. */
  timeZone?: string;
}

export interface RenderResult {
  text: string;
  /** Unknown variable names (left in the text as written, so the user sees them). */
  unknown: string[];
  /** Known variables that had no value and no fallback. */
  missing: string[];
  errors: TemplateError[];
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', nl: 'nl', de: 'de', pl: 'pl', nb: 'nb' };

export function formatDueDate(date: Date, lang: Lang, options: RenderOptions = {}): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  const base: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  const locale = LOCALES[lang] ?? 'en-GB';
  try {
    return new Intl.DateTimeFormat(locale, options.timeZone ? { ...base, timeZone: options.timeZone } : base).format(
      date,
    );
  } catch {
    // An unknown time zone must not break a reply; fall back to the runtime's zone.
    return new Intl.DateTimeFormat(locale, base).format(date);
  }
}

// Marks where something was dropped; removed by tidy(). Stripped from input first.
const GAP = '\u0000';

function valueOf(name: string, vars: TemplateVars, lang: Lang, options: RenderOptions): string {
  let v: unknown;
  switch (name) {
    case 'dueDate':
      return vars.dueDate ? formatDueDate(vars.dueDate, lang, options) : '';
    case 'firstName':
    case 'senderName':
    case 'myName':
    case 'subject':
    case 'requestSummary':
    case 'deadlineAsk':
    case 'attachmentNote':
    case 'toSend':
      v = vars[name];
      return typeof v === 'string' ? v.split(GAP).join('').replace(/\s+/g, ' ').trim() : '';
    default:
      return '';
  }
}

export function renderTemplate(
  body: string,
  vars: TemplateVars,
  lang: Lang,
  options: RenderOptions = {},
): RenderResult {
  const parsed = parseTemplate(typeof body === 'string' ? body.split(GAP).join('') : '');
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const cache = new Map<string, string>();
  const get = (name: string): string => {
    let v = cache.get(name);
    if (v === undefined) {
      v = valueOf(name, vars, lang, options);
      cache.set(name, v);
    }
    return v;
  };
  const out: string[] = [];

  // Returns false when a known variable without fallback is empty.
  const complete = (alt: InlinePart[]): boolean =>
    alt.every((p) => p.type === 'text' || !p.known || p.fallback !== undefined || get(p.name) !== '');

  const emit = (p: InlinePart): void => {
    if (p.type === 'text') {
      out.push(p.value);
      return;
    }
    if (!p.known) {
      unknown.add(p.name);
      out.push(`{${p.name}${p.fallback !== undefined ? '|' + p.fallback : ''}}`);
      return;
    }
    const v = get(p.name);
    if (v) out.push(v);
    else if (p.fallback !== undefined) out.push(p.fallback);
    else {
      missing.add(p.name);
      out.push(GAP);
    }
  };

  for (const part of parsed.parts) {
    if (part.type !== 'section') {
      emit(part);
      continue;
    }
    const chosen = part.alternatives.find(complete);
    for (const alt of part.alternatives)
      for (const p of alt) {
        if (p.type !== 'var') continue;
        if (!p.known) unknown.add(p.name);
        else if (!chosen && p.fallback === undefined && get(p.name) === '') missing.add(p.name);
      }
    if (chosen) chosen.forEach(emit);
    else out.push(GAP);
  }
  return { text: tidy(out.join('')), unknown: [...unknown], missing: [...missing], errors: parsed.errors };
}

const PUNCT_AFTER = new Set([',', '.', ';', ':', '!', '?', ')', '…']);
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Removes GAP marks with the spaces and lines they leave behind. Linear: each char is pushed/popped once. */
function tidy(s: string): string {
  if (!s.includes(GAP)) return s;
  const buf: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s[i] as string;
    if (c !== GAP) {
      buf.push(c);
      i++;
      continue;
    }
    let spaceBefore = false;
    while (isBlank(buf[buf.length - 1])) {
      buf.pop();
      spaceBefore = true;
    }
    let k = i;
    let spaceAfter = false;
    while (k < n && (s[k] === GAP || isBlank(s[k]))) {
      if (s[k] !== GAP) spaceAfter = true;
      k++;
    }
    const last = buf[buf.length - 1];
    const atLineStart = last === undefined || last === '\n';
    const atLineEnd = k === n || s[k] === '\n' || s[k] === '\r';
    if (atLineStart && atLineEnd) {
      // The whole line was dropped: remove it, and do not leave a doubled blank line behind.
      if (k < n) {
        k += s[k] === '\r' && s[k + 1] === '\n' ? 2 : 1;
        const prevBlank =
          buf.length === 0 || (buf[buf.length - 1] === '\n' && (buf.length < 2 || buf[buf.length - 2] === '\n'));
        if (prevBlank) while (k < n && (s[k] === '\n' || s[k] === '\r')) k++;
      } else {
        while (buf.length && (buf[buf.length - 1] === '\n' || buf[buf.length - 1] === '\r')) buf.pop();
      }
    } else if (!atLineStart && !atLineEnd && !PUNCT_AFTER.has(s[k] as string) && (spaceBefore || spaceAfter)) {
      buf.push(' ');
    }
    i = k;
  }
  return buf.join('');
}

const GENERIC_MAILBOXES = new Set([
  'info',
  'noreply',
  'no',
  'support',
  'admin',
  'office',
  'contact',
  'sales',
  'hello',
  'team',
  'mail',
  'post',
  'kontakt',
  'biuro',
  'postmaster',
  'service',
  'help',
  'billing',
  'hr',
  'jobs',
  'donotreply',
]);
const TITLES = /^(dr|mr|mrs|ms|prof|dhr|mevr|mw|hr|fr|herr|frau|pan|pani|ing|ir|drs|mag)\.?$/i;

function capitalize(word: string): string {
  if (!word) return '';
  const lower = word === word.toLowerCase() || word === word.toUpperCase() ? word.toLowerCase() : word;
  return lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
}

/** The first name to greet someone by: "Piet de Vries", "de Vries, Piet", "anna.kowalska@x.pl" → "Piet"/"Piet"/"Anna". */
export function firstNameOf(displayName: string | null | undefined, email?: string | null): string {
  let name = typeof displayName === 'string' ? displayName.slice(0, 300) : '';
  name = name
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/["'“”‘’«»]/g, ' ')
    .trim();
  if (name && !name.includes('@')) {
    const comma = name.indexOf(',');
    const given = comma >= 0 ? name.slice(comma + 1) : name;
    const words = given.split(/\s+/).filter((w) => w && !TITLES.test(w));
    const first = words[0] ?? '';
    const cleaned = first.replace(/^[^\p{L}]+|[^\p{L}-]+$/gu, '');
    if (/\p{L}/u.test(cleaned))
      return cleaned === cleaned.toUpperCase() && cleaned.length > 1 ? capitalize(cleaned) : cleaned;
  }
  const addr = typeof email === 'string' ? email : name.includes('@') ? name : '';
  const at = addr.indexOf('@');
  if (at <= 0) return '';
  const local = addr.slice(0, at).trim().toLowerCase();
  const piece = local.split(/[._+-]/)[0] ?? '';
  if (!/^\p{L}{2,}$/u.test(piece) || GENERIC_MAILBOXES.has(piece) || GENERIC_MAILBOXES.has(local.replace(/[._-]/g, '')))
    return '';
  // "jsmith@" cannot be split reliably: greeting no one beats greeting "Jsmith".
  if (piece === local) return '';
  return capitalize(piece);
}
