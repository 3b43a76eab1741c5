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
const EMAIL_THEN_VERB = new RegExp(
  `<?[^\\s<>@]{1,64}@[^\\s<>@]{1,255}>?\\s*(?:${all((l) => l.quoteVerb)}):?\\s*$`,
  'iu',
);
const FORWARD = new RegExp(
  `^\\s*(?:-{2,}|_{2,}|\\*{2,})?\\s*(?:${all((l) => l.forwardMarker)})\\s*:?\\s*(?:-{2,}|_{2,})?\\s*$`,
  'iu',
);
const RULE = /^\s*_{8,}\s*$/;
const HEADER_CHARS = /[:@>_*-]/;
const FIELD_NAMES = all((l) => l.headerFields);
const HEADER_FROM = new RegExp(`^\\s*\\*?(?:from|van|von|od|fra|de)\\*?\\s*:\\s*\\S`, 'iu');
const HEADER_FIELD = new RegExp(`^\\s*\\*?(?:${FIELD_NAMES})\\*?\\s*:`, 'iu');
const SIGN_OFF_ONLY = new RegExp(
  `^\\s*(?:${all((l) => l.signOff)})(?:[\\s,.!:;-]*(?:\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2})?)?[\\s,.!]*$`,
  'iu',
);
const THANKS_LINE =
  /^\s*(?:thanks|thank you|many thanks|danke|vielen dank|bedankt|dank je|dzięki|dziękuję|takk|tusen takk)[\s,.!]*$/iu;
const MOBILE = new RegExp(`^\\s*(?:${all((l) => l.mobileFooter)})`, 'iu');

export interface Line {
  start: number;
  end: number;
  text: string;
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

/** Where the quoted part begins (offset into text), or text.length when there is none. */
export function quoteStart(text: string): number {
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t.length > 400) continue;
    if (!HEADER_CHARS.test(t)) {
      // Only a reply intro wrapped onto the next line can start on a line without these marks.
      const next = lines[i + 1]?.text ?? '';
      if (next.includes(':') && QUOTE_INTRO_START.test(t) && QUOTE_VERB_END.test(t + ' ' + next)) return line.start;
      continue;
    }
    if (/^\s*>/.test(t)) return line.start;
    if (FORWARD.test(t) || RULE.test(t)) return line.start;
    if (QUOTE_INTRO.test(t) && (QUOTE_VERB_END.test(t) || EMAIL_THEN_VERB.test(t) || /:\s*$/.test(t)))
      return line.start;
    if (QUOTE_INTRO_START.test(t) && i + 1 < lines.length) {
      const joined = t + ' ' + lines[i + 1]!.text;
      if (joined.length < 500 && QUOTE_VERB_END.test(joined)) return line.start;
    }
    if (EMAIL_THEN_VERB.test(t)) return line.start;
    if (HEADER_FROM.test(t)) {
      let fields = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (HEADER_FIELD.test(lines[j]!.text)) fields++;
      if (fields >= 1) return line.start;
    }
  }
  return text.length;
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
    if (seenContent && t.length < 60 && SIGN_OFF_ONLY.test(t)) {
      // "Thanks!" followed by a full sentence is not the end of the message.
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
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
export function sentencesOf(text: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(s, i);
      s = i + 1;
    } else if ((c === 46 || c === 33 || c === 63) && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 9) {
        // keep abbreviations and ordinals ("e.g. ", "z. B. ", "4. januar") together
        const prev = text.slice(Math.max(from, i - 4), i);
        if (
          c === 46 &&
          /(?:^|[\s(])(?:\p{L}|\d{1,2}|ca|nr|tel|godz|kl|ul|ok|np|tj|bzw|usw|inkl|evt|ca|dvs|mvh|dr|mr|ms|mrs|st|jr|sr|prof)$/iu.test(
            prev,
          )
        )
          continue;
        // A two-letter word before the full stop ("e.g", "op", "up") ends the sentence only when
        // the next one starts like a sentence.
        if (c === 46 && /(?:^|[\s(])\p{L}{2}$/u.test(prev) && !/[\p{Lu}@"'«„(]/u.test(text[i + 2] ?? '')) continue;
        push(s, i + 1);
        s = i + 1;
      }
    }
  }
  push(s, to);
  return out;
}
