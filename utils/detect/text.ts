// Finds the new text of a message: cuts quoted replies, forwarded parts and signatures, and
// splits what is left into sentences with offsets into the original body.
import { LANGUAGES } from '../languages';
import { LEXICONS } from './lang';

/** Only this much of a body is looked at; the new text of a real email is far shorter. */
export const MAX_BODY = 200_000;
export const MAX_NEW_TEXT = 10_000;

const all = (pick: (l: (typeof LEXICONS)['en']) => string) => LANGUAGES.map((l) => pick(LEXICONS[l])).join('|');

const QUOTE_INTRO = new RegExp(
  `^\\s*(?:${all((l) => l.quoteIntro)})(?![\\p{L}]).{0,300}?(?:${all((l) => l.quoteVerb)})(?![\\p{L}])[^\\n]{0,80}$`,
  'iu',
);
const QUOTE_VERB_END = new RegExp(`(?:${all((l) => l.quoteVerb)})(?![\\p{L}])[^\\n]{0,60}:\\s*$`, 'iu');
const QUOTE_INTRO_START = new RegExp(`^\\s*(?:${all((l) => l.quoteIntro)})(?![\\p{L}])`, 'iu');
// An address right before the verb: "<anna@firma.example> wrote:". Written as one character of
// the local part before the "@": the same lines match as with the whole local part (up to 64
// characters), but a line full of long addresses is read once instead of once per character.
/** Typographic apostrophes (right and left single quotation marks, the modifier letter). */
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * Whether `text` ends in "?" and white space, as /\?\s*$/ says, read from its end (the expression is
 * tried at every character of the sentence).
 */
export function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 63;
}

/** A list bullet or number at the start of a line or sentence ("- ", "• ", "2. ", "3) "). */
export const BULLET = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+/u;

/**
 * Whether `text` opens with a list bullet or number, as BULLET says. Most sentences do not, which
 * their first character after white space tells without the expression.
 */
export function hasBullet(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  const may = c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x2013 || (c >= 0x30 && c <= 0x39);
  return may && BULLET.test(text);
}

/** `text` without its list bullet or number. */
export function withoutBullet(text: string): string {
  return hasBullet(text) ? text.replace(BULLET, '') : text;
}

/** The characters of \s. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * "Isn’t", "I’ll", "can’t" with the straight apostrophe the cues are written with: one character
 * for one, so every offset into the text holds. The analysis and the trainer read text this way.
 */
export function straightApostrophes(text: string): string {
  return text.replace(CURLY_APOSTROPHE, "'");
}

export const EMAIL_THEN_VERB = new RegExp(
  `[^\\s<>@]@[^\\s<>@]{1,255}>?\\s*(?:${all((l) => l.quoteVerb)}):?\\s*$`,
  'iu',
);
// "-----Original Message-----", "---------- Forwarded message ---------". Each run of white space
// is matched by one \s* only (not "\s*:?\s*"), so a line of spaces cannot be split between two of
// them in every possible way: the same lines match, in time linear in the line's length.
export const FORWARD = new RegExp(
  `^\\s*(?:(?:-{2,}|_{2,}|\\*{2,})\\s*)?(?:${all((l) => l.forwardMarker)})\\s*(?::\\s*)?(?:(?:-{2,}|_{2,})\\s*)?$`,
  'iu',
);
const RULE = /^\s*_{8,}\s*$/;
const HEADER_CHARS = /[:@>_*-]/;
const FIELD_NAMES = all((l) => l.headerFields);
const HEADER_FROM = new RegExp(`^\\s*\\*?(?:from|van|von|od|fra|de)\\*?\\s*:\\s*\\S`, 'iu');
const HEADER_FIELD = new RegExp(`^\\s*\\*?(?:${FIELD_NAMES})\\*?\\s*:`, 'iu');
/** A pattern of plain words matching either case, letter by letter, so that the rest may need capitals. */
function caseless(source: string): string {
  let out = '';
  for (const ch of source) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper && upper.length === 1 && lower.length === 1 ? `[${lower}${upper}]` : ch;
  }
  return out;
}
/** A signature's name after the sign-off word: up to three words with capitals ("Ola", "Jo F.", "Eva Lund"). */
const SIGN_OFF_NAME = `(?:[\\s,.!:;-]*(?:\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2})?)?[\\s,.!]*$`;
// The sign-off in either case, then a name in capitals: "Danke, Ola", not "Danke, ist alles angekommen."
// (round 84: with the 'i' flag "\p{Lu}" took any word for a name).
const SIGN_OFF_ONLY = new RegExp(`^\\s*(?:${caseless(all((l) => l.signOff))})${SIGN_OFF_NAME}`, 'u');
/** The same with the 'i' flag, which takes any word for the name: the quick first look, which most lines fail. */
const SIGN_OFF_LOOSE = new RegExp(`^\\s*(?:${all((l) => l.signOff)})${SIGN_OFF_NAME}`, 'iu');
const THANKS_LINE =
  /^\s*(?:thanks|thank you|many thanks|danke|vielen dank|bedankt|dank je|dzięki|dziękuję|takk|tusen takk)[\s,.!]*$/iu;
const MOBILE = new RegExp(`^\\s*(?:${all((l) => l.mobileFooter)})`, 'iu');

export interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * The line of a quoted message that says who wrote it: an Outlook block's From line ("Von: Eva
 * Lund"), else its first filled line that is no separator ("Am … schrieb Eva Lund <…>:"); '' when
 * there is none. Not the block's To line, nor the quoted greeting or signature.
 */
export function quotedAuthorLine(quoted: string): string {
  const lines = quoted.slice(0, 400).split('\n', 6);
  return (
    lines.find((line) => HEADER_FROM.test(line)) ??
    lines.find((line) => line.trim() !== '' && !FORWARD.test(line)) ??
    ''
  );
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    lines.push({ start, end, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

/** Where the line that starts at `start` ends: its "\n", or the end of the text. */
function newlineFrom(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl === -1 ? text.length : nl;
}

/** The text of the line from `start` to the newline at `nl`, without a closing "\r" (as linesOf). */
function lineText(text: string, start: number, nl: number): string {
  const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return text.slice(start, end);
}

/**
 * Where the quoted part begins (offset into text), or text.length when there is none. Reads the
 * lines one by one (the same lines as linesOf) without collecting them: a body may have 200,000.
 */
export function quoteStart(text: string): number {
  for (let start = 0, nl = newlineFrom(text, 0); start <= text.length;) {
    const t = lineText(text, start, nl);
    // The next line, as linesOf has it: none (-1) after the last line.
    const nextStart = nl + 1;
    const nextNl = nl < text.length ? newlineFrom(text, nextStart) : -1;
    if (t.length <= 400 && isQuoteStart(text, t, nextStart, nextNl)) return start;
    start = nextStart;
    nl = nextNl;
  }
  return text.length;
}

/** Whether line `t` starts the quoted part; the line after it runs from nextStart to nextNl. */
function isQuoteStart(text: string, t: string, nextStart: number, nextNl: number): boolean {
  if (!HEADER_CHARS.test(t)) {
    // Only a reply intro wrapped onto the next line can start on a line without these marks.
    const next = nextNl === -1 ? '' : lineText(text, nextStart, nextNl);
    return next.includes(':') && QUOTE_INTRO_START.test(t) && QUOTE_VERB_END.test(t + ' ' + next);
  }
  if (/^\s*>/.test(t)) return true;
  if (FORWARD.test(t) || RULE.test(t)) return true;
  if (QUOTE_INTRO.test(t) && (QUOTE_VERB_END.test(t) || EMAIL_THEN_VERB.test(t) || /:\s*$/.test(t))) return true;
  if (QUOTE_INTRO_START.test(t) && nextNl !== -1) {
    const joined = t + ' ' + lineText(text, nextStart, nextNl);
    if (joined.length < 500 && QUOTE_VERB_END.test(joined)) return true;
  }
  if (EMAIL_THEN_VERB.test(t)) return true;
  if (HEADER_FROM.test(t)) {
    // A header block: at least one more header field in the next five lines.
    for (let j = 0, start = nextStart, nl = nextNl; j < 5 && nl !== -1; j++) {
      if (HEADER_FIELD.test(lineText(text, start, nl))) return true;
      start = nl + 1;
      nl = nl < text.length ? newlineFrom(text, start) : -1;
    }
  }
  return false;
}

/** The first line of `text` that is not blank, as linesOf would give it. */
export function firstFilledLine(text: string): Line | undefined {
  for (let start = 0; start <= text.length;) {
    const nl = newlineFrom(text, start);
    const t = lineText(text, start, nl);
    if (t.trim() !== '') return { start, end: start + t.length, text: t };
    start = nl + 1;
  }
  return undefined;
}

/** Where the signature begins within the new text: the sign-off line, "-- ", or a mobile footer. */
export function signatureStart(text: string): number {
  const lines = linesOf(text);
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t.trim() === '') continue;
    if (/^\s*--\s*$/.test(t) || MOBILE.test(t)) return line.start;
    if (seenContent && t.length < 60 && SIGN_OFF_LOOSE.test(t) && SIGN_OFF_ONLY.test(t)) {
      // "Thanks!" followed by a full sentence is not the end of the message.
      let next: Line | undefined;
      for (let j = i + 1; j < lines.length && !next; j++) if (lines[j]!.text.trim() !== '') next = lines[j];
      if (!(THANKS_LINE.test(t) && next && next.text.trim().length >= 40)) return line.start;
    }
    seenContent = true;
  }
  return text.length;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences within [from, to) of text: split at line breaks and at . ! ? followed by space. */
/** Adds text[s, e) to `out` without the white space around it, unless nothing is left. */
function pushTrimmed(out: Sentence[], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** A month name of any language at the start ("Januar", "März"): an ordinal's full stop goes on before it. */
const MONTH_AFTER = new RegExp(
  `^(?:${LANGUAGES.flatMap((l) => LEXICONS[l].dates.months).join('|')})(?![\\p{L}])`,
  'iu',
);

/** A German article or contraction right before a number ("der 1", "zum 2"): the number is an ordinal. */
const ORDINAL_ARTICLE = /(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines|im|zum|zur|vom)\s+\d{1,2}$/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  let s = from;
  // Brackets open on the current line: "(Carex sect. Phacocystis)" does not end a sentence.
  let open = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      pushTrimmed(out, text, s, i);
      s = i + 1;
      open = 0;
    } else if (c === 40) {
      // ":(" and ":-(" are faces, not brackets.
      const before = i > from ? text.charCodeAt(i - 1) : 0;
      if (before !== 58 && before !== 59 && before !== 45) open++;
    } else if (c === 41) open = Math.max(0, open - 1);
    else if ((c === 46 || c === 33 || c === 63) && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 9) {
        if (open > 0 && c === 46) continue;
        // A date or number before the full stop and a lower-case word after it ("bis 15.12.
        // abzuschließen", "do 3. grudnia") go on with the same sentence; not a code or order
        // number ("fuer auftrag 26-0418. brauch die heute noch", round 74).
        if (
          c === 46 &&
          i > from &&
          isDigit(text.charCodeAt(i - 1)) &&
          /^[ \t]\p{Ll}/u.test(text.slice(i + 1, i + 3)) &&
          /(?:^|[\s(–—/])(?:\d{1,2}\.?[–—-]\d{1,2}|(?:\d{1,4}\.)*\d{1,4})$/u.test(text.slice(Math.max(from, i - 16), i))
        )
          continue;
        // A dotted abbreviation before a lower-case word ("art. 233 k.p.c. w zakresie", "d.h. wir")
        // goes on with the same sentence.
        if (
          c === 46 &&
          /(?:^|[\s(])\p{L}{1,3}(?:\.\p{L}{1,3})+$/u.test(text.slice(Math.max(from, i - 12), i)) &&
          /^[ \t]\p{Ll}/u.test(text.slice(i + 1, i + 3))
        )
          continue;
        // "in der Gartenstr. 2-18": a street's abbreviation before its number goes on.
        if (c === 46 && /str$/i.test(text.slice(Math.max(from, i - 3), i)) && isDigit(text.charCodeAt(i + 2))) continue;
        // keep abbreviations and ordinals ("e.g. ", "z. B. ", "4. januar", "am 4. Januar", "fam.
        // Thorsen") together;
        // a number before a capital that is no month ends the sentence ("at 10. Everyone …")
        const prev = text.slice(Math.max(from, i - 4), i);
        if (
          c === 46 &&
          /(?:^|[\s(])(?:\p{L}|\d{1,2}|ca|nr|tel|godz|kl|ul|ok|np|tj|bzw|usw|inkl|evt|evtl|ggf|ggfs|bspw|zzgl|vllt|bijv|tzn|fam|dvs|mvh|dr|mr|ms|mrs|st|jr|sr|prof|art|ust|pkt|poz|abs|ziff|vgl|sygn|zob|tys|mln|mld|tzw|wg|oddz|max|św)$/iu.test(
            prev,
          ) &&
          !(
            /^[ \t]\p{Lu}/u.test(text.slice(i + 1, i + 3)) &&
            // "at 11.2 m. We will …": a unit's letter after a number before a capital ends it too.
            (/\d[ \t]?\p{Ll}$/u.test(prev) ||
              (isDigit(text.charCodeAt(i - 1)) &&
                !MONTH_AFTER.test(text.slice(i + 2, i + 16)) &&
                // "3. Die Fläche …": the number of a list item, not the end of a sentence.
                !/^\s*\d{1,2}$/.test(text.slice(s, i)) &&
                // "mit der 1. Klasse", "ab dem 3. Quartal", "im 2. Stock": a German ordinal after its
                // article, before its noun.
                !ORDINAL_ARTICLE.test(text.slice(Math.max(from, i - 12), i))))
          )
        )
          continue;
        // A two-letter word before the full stop ("e.g", "op", "up") ends the sentence only when
        // the next one starts like a sentence, or when it is a pronoun no abbreviation spells ("…
        // just rang me. need you to …", typed without capitals).
        if (
          c === 46 &&
          /(?:^|[\s(])\p{L}{2}$/u.test(prev) &&
          !/[\p{Lu}@"'«„(]/u.test(text[i + 2] ?? '') &&
          !/(?:^|[\s(])(?:me|it|us|es)$/.test(prev)
        )
          continue;
        pushTrimmed(out, text, s, i + 1);
        s = i + 1;
      }
    }
  }
  pushTrimmed(out, text, s, to);
  return out;
}
