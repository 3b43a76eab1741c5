// JavaScript's \b only knows ASCII letters, so "mógłbyś" or "før" would never end a word.
// Lexicons are written with \b for readability; this rewrites them to Unicode-aware boundaries.
// A \b before a letter marks a word start; after a letter or a group that ends in one, a word end.
// One lookaround each is much cheaper than a full two-sided boundary, which only a \b that may be
// either ("lukt het (?:je|u)?\b") gets.
const WORD = '[\\p{L}\\p{N}_]';
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;
const EITHER = `(?:(?<=${WORD})${END}|${START}(?=${WORD}))`;

export function unicodeRegExp(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === 'b') {
      out += boundaryAt(out, src.slice(i + 2));
      i++;
    } else if (src[i] === '\\') {
      out += src[i]! + (src[i + 1] ?? '');
      i++;
    } else {
      out += src[i];
    }
  }
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  return new RegExp(out, flags);
}

/** The Unicode form of a \b that `before` (already rewritten) precedes and `after` follows. */
function boundaryAt(before: string, after: string): string {
  // A letter next: the boundary can only be a word start.
  if (/^[\p{L}\p{N}]/u.test(after)) return START;
  const prev = before.length > 0 ? before[before.length - 1]! : '';
  // After a quantifier, look at what it repeats: whitespace or "." ("\s+\b", ".{0,25}\b",
  // ".*\b") leave us at a word start, word characters at a word end. A repeated class or an
  // optional group ("[^?]*\b", "(?:je|u)?\b") may end on either side: keep both.
  if (prev === '*' || prev === '+' || prev === '?' || prev === '}') {
    let at = before.length - 1;
    if (prev === '}') at = before.lastIndexOf('{', at);
    const atom = before.slice(Math.max(0, at - 2), at);
    if (atom.endsWith('.') || atom === '\\s') return START;
    if (atom.endsWith(']') || atom.endsWith(')')) return EITHER;
  }
  if (prev === ')') return endsInWord(lastGroup(before)) ? END : EITHER;
  return /[\p{L}\p{N}\]}?*+]/u.test(prev) ? END : START;
}

/** The inside of the group that closes at the end of `source`, without "(?:" or "(". */
function lastGroup(source: string): string {
  const open: number[] = [];
  let inClass = false;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') open.push(i);
    else if (ch === ')') last = open.pop() ?? 0;
  }
  const inside = source.slice(last + 1, -1);
  return inside.startsWith('?:') ? inside.slice(2) : inside;
}

/** Whether every way through `source` ends on a letter or digit ("foo|ba(?:r|z)": yes, "a|b ": no). */
function endsInWord(source: string): boolean {
  return alternativesOf(source).every((alternative) => {
    const last = alternative[alternative.length - 1] ?? '';
    if (last === ')') return endsInWord(lastGroup(alternative));
    return /[\p{L}\p{N}]/u.test(last) && alternative[alternative.length - 2] !== '\\';
  });
}

export const B = START;
export const E = END;

/** Whether a code point is of a class, each code point tested once. */
function classOf(characterClass: string, flags: string): (code: number) => boolean {
  const one = new RegExp(`^${characterClass}$`, flags);
  const known = new Map<number, boolean>();
  return (code) => {
    let is = known.get(code);
    if (is === undefined) {
      is = one.test(String.fromCodePoint(code));
      known.set(code, is);
    }
    return is;
  };
}

const isWordBeyondAscii = classOf(WORD, 'u');

/** Whether a code point is one of WORD (ASCII at once). */
function isWordCharacter(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return isWordBeyondAscii(code);
}

/** An expression that opens with a lookbehind for one character not of a class: the rest of it, and the class. */
export interface AfterLookbehind {
  /** The rest of the expression, global (for execAfterWordStart). */
  rest: RegExp;
  /** Whether a code point is of the class the lookbehind rules out. */
  ruledOut: (code: number) => boolean;
}

/** A leading "(?<![…])" or "(?<!\p{…})" of a source: the class, and the length of the lookbehind. */
const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:\\.|[^\]\\])+\]|\\[pP]\{[\w=]+\})\)/;

/**
 * For an expression with the 'u' flag that opens with a lookbehind for one character not of a class
 * (START, "(?<![\p{L}])"), the rest of it and that class (see execAfterWordStart); null for any other.
 */
export function afterWordStart(pattern: RegExp): AfterLookbehind | null {
  if (!pattern.unicode || pattern.multiline) return null;
  const lead = LEADING_LOOKBEHIND.exec(pattern.source);
  // Not "(?<!x)a|b": the lookbehind is the first alternative's only.
  if (!lead || alternativesOf(pattern.source).length > 1) return null;
  const flags = pattern.flags.replace(/[gy]/g, '');
  const rest = new RegExp(pattern.source.slice(lead[0].length), flags + 'g');
  return { rest, ruledOut: lead[1] === WORD ? isWordCharacter : classOf(lead[1]!, flags) };
}

/**
 * What the whole expression's `exec(text)` gives, sooner, from `after = afterWordStart(it)`: V8
 * tries a leading lookbehind at every position of the text before anything else, most of a
 * search's time, while the rest searched alone skips to where its first letters fit. The
 * lookbehind is then checked where the rest matches, and the search goes on past a place it rules
 * out: the leftmost place where both hold, with the same match there, as the whole expression finds it.
 */
export function execAfterWordStart(after: AfterLookbehind, text: string): RegExpExecArray | null {
  const { rest, ruledOut } = after;
  rest.lastIndex = 0;
  for (;;) {
    const m = rest.exec(text);
    if (!m) return null;
    const at = m.index;
    if (at === 0) return m;
    // The character before, a whole code point as the lookbehind reads it.
    const low = text.charCodeAt(at - 1);
    const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
    const pair = (low & 0xfc00) === 0xdc00 && (high & 0xfc00) === 0xd800;
    if (!ruledOut(pair ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : low)) return m;
    // On past the place by a whole code point, as a search with the 'u' flag steps.
    const first = text.charCodeAt(at);
    rest.lastIndex = at + ((first & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  }
}

/** Each expression's rest after its leading lookbehind, null for one without (see afterWordStart). */
const AFTER = new WeakMap<RegExp, AfterLookbehind | null>();

function afterOf(re: RegExp): AfterLookbehind | null {
  let after = AFTER.get(re);
  if (after === undefined) {
    after = afterWordStart(re);
    AFTER.set(re, after);
  }
  return after;
}

/** `re.exec(text)`, sooner for an expression that opens with a lookbehind (see execAfterWordStart). */
export function fastExec(re: RegExp, text: string): RegExpExecArray | null {
  const after = afterOf(re);
  return after === null ? re.exec(text) : execAfterWordStart(after, text);
}

/** `re.test(text)`, the same way. */
export function fastTest(re: RegExp, text: string): boolean {
  const after = afterOf(re);
  return after === null ? re.test(text) : execAfterWordStart(after, text) !== null;
}

/** The top-level alternatives of a regex source: `a|(b|c)|[|]` → `a`, `(b|c)`, `[|]`. */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Leading boundaries that many cue alternatives share, longest first. */
const SHARED_STARTS = [START, '(?:^|\\s)', '\\b', '^'];

/** What `anyOf` gives: one expression, or a few tried in turn. */
export interface Tester {
  test(text: string): boolean;
  /** The expressions tried in turn, when there are several. */
  parts?: RegExp[];
}

/**
 * The longest expression source V8 optimises (its kRegExpTooLargeToOptimize, 20 KB): a longer one
 * is compiled without the quick checks that skip alternatives, and tried in full at every position,
 * several times slower. A union is split below it, with a little room.
 */
export const MAX_OPTIMISED_SOURCE = 20_000;

/**
 * What matches a text if and only if one of `sources` does, for `test()` only (the match found and
 * its groups may differ). Alternatives that open with the same boundary are grouped behind one copy
 * of it: the engine then checks the boundary once per position instead of once per alternative,
 * and can skip positions where no alternative's first letter fits. One expression while its source
 * stays within MAX_OPTIMISED_SOURCE; otherwise a few, each within it, tried in turn.
 */
export function anyOf(sources: string[], flags: string, limit = MAX_OPTIMISED_SOURCE): Tester {
  const grouped = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of sources.flatMap(alternativesOf)) {
    const shared = SHARED_STARTS.find((s) => alternative.startsWith(s));
    // A quantifier after the boundary ("(?:^|\s)*") belongs to it: leave such an alternative whole.
    if (shared === undefined || /^[*+?{]/.test(alternative.slice(shared.length))) rest.push(alternative);
    else grouped.set(shared, [...(grouped.get(shared) ?? []), alternative.slice(shared.length)]);
  }
  // Each group in as few parts as fit the limit, then the parts packed into expressions.
  const parts: string[] = [];
  for (const [shared, tails] of grouped) {
    let part: string[] = [];
    let size = shared.length + 4;
    for (const tail of tails.map((t) => `(?:${t})`)) {
      if (part.length > 0 && size + tail.length + 1 > limit) {
        parts.push(`${shared}(?:${part.join('|')})`);
        part = [];
        size = shared.length + 4;
      }
      part.push(tail);
      size += tail.length + 1;
    }
    if (part.length > 0) parts.push(`${shared}(?:${part.join('|')})`);
  }
  parts.push(...rest.map((r) => `(?:${r})`));
  const sourcesOut: string[] = [];
  for (const part of parts) {
    const last = sourcesOut.length - 1;
    if (last >= 0 && sourcesOut[last]!.length + part.length + 1 <= limit) sourcesOut[last] += `|${part}`;
    else sourcesOut.push(part);
  }
  const expressions = sourcesOut.map((source) => new RegExp(source, flags));
  if (expressions.length === 1) return expressions[0]!;
  return { test: (text) => expressions.some((re) => re.test(text)), parts: expressions };
}

/** The expressions a union from `anyOf` is made of. */
export function partsOf(union: Tester): RegExp[] {
  return union instanceof RegExp ? [union] : (union.parts ?? []);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const CLASS_CACHE = [new Map<number, boolean>(), new Map<number, boolean>()];
const NEAR = 0x3000;
const NEAR_CLASS = [new Uint8Array(NEAR), new Uint8Array(NEAR)];

/** Which characters make up a token: ASCII a-z, 0-9 and "'"; letters, digits and "'"; letters and "'". */
export type TokenChars = 'ascii' | 'letters-digits' | 'letters';

/** The length (1 or 2 code units) of the token character at `i`, or 0 when there is none. */
function tokenCharAt(text: string, i: number, chars: TokenChars): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || c === 39) return 1;
    if (c >= 48 && c <= 57) return chars === 'letters' ? 0 : 1;
    return chars !== 'ascii' && c >= 65 && c <= 90 ? 1 : 0;
  }
  if (chars === 'ascii') return 0;
  let cp = c;
  let width = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      width = 2;
    }
  }
  const letters = chars === 'letters' ? 1 : 0;
  // Below U+3000 (Latin, Greek, Cyrillic, punctuation) a table of bytes, 0 while not yet looked at.
  if (cp < NEAR) {
    const table = NEAR_CLASS[letters]!;
    let known = table[cp]!;
    if (known === 0) {
      known = (letters ? LETTER : LETTER_OR_DIGIT).test(String.fromCharCode(cp)) ? 2 : 1;
      table[cp] = known;
    }
    return known === 2 ? width : 0;
  }
  const cache = CLASS_CACHE[letters]!;
  let is = cache.get(cp);
  if (is === undefined) {
    is = (letters ? LETTER : LETTER_OR_DIGIT).test(String.fromCodePoint(cp));
    cache.set(cp, is);
  }
  return is ? width : 0;
}

/**
 * Calls `visit(start, end)` for each of the first `max` tokens of `text`, exactly as a global search
 * for /[a-z0-9']+|[?!]/g ('ascii'), /[\p{L}\p{N}']+|[?!]/gu ('letters-digits') or /[\p{L}']+/gu
 * ('letters', without `marks`) finds them, "?" and "!" each a token of their own when `marks`;
 * without the cost of the expression, and without cutting the tokens out.
 */
export function forEachToken(
  text: string,
  chars: TokenChars,
  marks: boolean,
  max: number,
  visit: (start: number, end: number) => void,
): number {
  const n = text.length;
  let count = 0;
  for (let i = 0; i < n && count < max;) {
    let w = tokenCharAt(text, i, chars);
    if (w > 0) {
      let j = i + w;
      while (j < n && (w = tokenCharAt(text, j, chars)) > 0) j += w;
      visit(i, j);
      count++;
      i = j;
    } else {
      const c = text.charCodeAt(i);
      if (marks && (c === 63 || c === 33)) {
        visit(i, i + 1);
        count++;
      }
      i++;
    }
  }
  return count;
}

/** The first `max` tokens of `text` (see forEachToken). */
export function tokensOf(text: string, chars: TokenChars, marks: boolean, max: number): string[] {
  const out: string[] = [];
  forEachToken(text, chars, marks, max, (start, end) => out.push(text.slice(start, end)));
  return out;
}

/**
 * Words found by their place in a text without cutting them out: an open-addressing table of their
 * hashes (FNV-1a over the characters), each hit compared in place.
 */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly words: readonly string[]) {
    let size = 16;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    words.forEach((word, index) => {
      let slot = WordTable.hash(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== -1) {
        if (words[this.slots[slot]!] === word) return;
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = index;
    });
  }

  private static hash(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
  }

  /** The index of the word that is `text` from `start` to `end`, or -1. */
  find(text: string, start: number, end: number): number {
    const length = end - start;
    let slot = WordTable.hash(text, start, end) & this.mask;
    for (;;) {
      const index = this.slots[slot]!;
      if (index === -1) return -1;
      const word = this.words[index]!;
      if (word.length === length && text.startsWith(word, start)) return index;
      slot = (slot + 1) & this.mask;
    }
  }
}
