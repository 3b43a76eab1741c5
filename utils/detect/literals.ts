// Literal prefilters for unions of regular expressions. Most sentences match none of a language's
// hundreds of cue expressions, and a regular expression engine tries every alternative at every
// position to find that out. Nearly every alternative needs some plain text to match ("could you",
// "bitte", "proszę"), so one pass over the text, looking up pieces of it in a table of those
// literals, says which alternatives may match; only those are tried. The literals are read from the expressions
// themselves, so a union filtered this way matches exactly the texts the expressions do.
import { alternativesOf, anyOf, partsOf, type Tester } from './unicode';

/** The most strings a set of exact matches is kept to before it is given up. */
const MAX_EXACT = 48;

/**
 * What a piece of an expression tells about the text it matches: `exact`, every string it can
 * match (null when there are too many or they are unknown); `some`, strings of which every match
 * contains at least one (null when nothing is known).
 */
interface Info {
  exact: string[] | null;
  some: string[] | null;
}

const NOTHING: Info = { exact: null, some: null };
const EMPTY: Info = { exact: [''], some: null };

/** How good a set of literals is as a filter: the shortest literal's length, then fewer literals. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a || a.includes('')) return b && !b.includes('') ? b : null;
  if (!b || b.includes('')) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** The best set of literals a piece gives: its exact strings, or the strings every match contains. */
function literalsOf(info: Info): string[] | null {
  return better(info.exact, info.some);
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function sequence(items: Info[]): Info {
  let run: string[] | null = [''];
  let best: string[] | null = null;
  let allExact = true;
  for (const item of items) {
    if (item.exact) {
      const joined: string[] | null = run ? product(run, item.exact) : null;
      if (joined) run = joined;
      else {
        best = better(best, run);
        run = item.exact;
        allExact = false;
      }
    } else {
      best = better(better(best, run), item.some);
      run = [''];
      allExact = false;
    }
  }
  if (allExact) return { exact: run, some: null };
  return { exact: null, some: better(best, run) };
}

function alternation(branches: Info[]): Info {
  if (branches.length === 1) return branches[0]!;
  if (branches.every((b) => b.exact)) {
    const all = new Set(branches.flatMap((b) => b.exact!));
    if (all.size <= MAX_EXACT) return { exact: [...all], some: null };
  }
  const some: string[] = [];
  for (const b of branches) {
    const literals = literalsOf(b);
    if (!literals) return NOTHING;
    some.push(...literals);
  }
  return { exact: null, some: [...new Set(some)] };
}

/** The characters of a class such as "[iyaeo]" or "[\-.]", or null for ranges, negation, escapes of sets. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '\\') {
      const next = body[i + 1] ?? '';
      if (!/^[-\\.\][^$*+?(){}|/,:'"]$/.test(next)) return null;
      ch = next;
      i++;
    } else if (ch === '-' && i > 0 && i < body.length - 1) return null;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    chars.push(ch);
  }
  return chars.length > 0 && chars.length <= 12 ? chars : null;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** Reads a regular expression source; `at` walks through it. */
class Reader {
  at = 0;
  constructor(private readonly src: string) {}

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private atom(): Info {
    const src = this.src;
    const ch = src[this.at]!;
    if (ch === '(') {
      this.at++;
      let lookaround = false;
      if (src.startsWith('?:', this.at)) this.at += 2;
      else if (src.startsWith('?=', this.at) || src.startsWith('?!', this.at)) {
        this.at += 2;
        lookaround = true;
      } else if (src.startsWith('?<=', this.at) || src.startsWith('?<!', this.at)) {
        this.at += 3;
        lookaround = true;
      } else if (src.startsWith('?<', this.at)) this.at = src.indexOf('>', this.at) + 1;
      const inner = this.alternation();
      if (src[this.at] !== ')') throw new Error('unbalanced group');
      this.at++;
      return lookaround ? EMPTY : inner;
    }
    if (ch === '[') {
      let i = this.at + 1;
      if (src[i] === '^') i++;
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      const body = src.slice(this.at + 1, i);
      this.at = i + 1;
      const chars = classChars(body);
      return chars ? { exact: chars, some: null } : NOTHING;
    }
    if (ch === '\\') {
      const next = src[this.at + 1] ?? '';
      this.at += 2;
      if (next === 'b' || next === 'B') return EMPTY;
      if (SIMPLE_ESCAPES[next] !== undefined) return { exact: [SIMPLE_ESCAPES[next]], some: null };
      if (next === 'p' || next === 'P') {
        this.at = src.indexOf('}', this.at) + 1;
        return NOTHING;
      }
      if (next === 'u' || next === 'x') {
        const hex = next === 'x' ? src.slice(this.at, this.at + 2) : src.slice(this.at, this.at + 4);
        if (next === 'u' && src[this.at] === '{') return NOTHING;
        if (!/^[0-9a-fA-F]+$/.test(hex)) return NOTHING;
        this.at += hex.length;
        const code = parseInt(hex, 16);
        return code >= 0xd800 && code <= 0xdfff ? NOTHING : { exact: [String.fromCharCode(code)], some: null };
      }
      // \d, \s, \w and the like, backreferences, \c…: no literal.
      if (/[0-9a-zA-Z]/.test(next)) {
        if (next === 'k') this.at = src.indexOf('>', this.at) + 1;
        if (next === 'c') this.at++;
        return NOTHING;
      }
      return { exact: [next], some: null };
    }
    this.at++;
    // A character outside the Basic Multilingual Plane is one atom (a quantifier repeats all of it).
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < src.length) return { exact: [ch + src[this.at++]!], some: null };
    if (ch === '.') return NOTHING;
    if (ch === '^' || ch === '$') return EMPTY;
    return { exact: [ch], some: null };
  }

  private quantified(item: Info): Info {
    const src = this.src;
    let min: number;
    let max: number;
    const ch = src[this.at];
    if (ch === '*' || ch === '+' || ch === '?') {
      this.at++;
      [min, max] = ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at, this.at + 20));
      if (!m) return item;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return item;
    if (src[this.at] === '?') this.at++;
    if (min === 1 && max === 1) return item;
    if (min === 0) {
      return max === 1 && item.exact && item.exact.length < MAX_EXACT
        ? { exact: [...new Set(['', ...item.exact])], some: null }
        : NOTHING;
    }
    return { exact: null, some: literalsOf(item) };
  }
}

/** ASCII and the Latin letters of U+00C0–U+017E but "ı", "×" and "÷". */
function foldsLikeLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 || (c >= 0xc0 && c <= 0x17e && c !== 0x131 && c !== 0xd7 && c !== 0xf7);
}

/**
 * Strings of which every match of `source` contains at least one, or null when the expression
 * needs no particular text ("\p{Lu}\w+", ".*"). With `ignoreCase`, lower-cased, and null when a
 * literal has a character whose case-insensitive matches lower-casing does not find.
 */
export function requiredLiterals(source: string, ignoreCase = false): string[] | null {
  let literals: string[] | null;
  try {
    const reader = new Reader(source);
    const info = reader.alternation();
    if (reader.at !== source.length) return null;
    literals = literalsOf(info);
  } catch {
    return null;
  }
  if (!literals || literals.length === 0) return null;
  if (ignoreCase) {
    // Latin letters only: for them lower-casing the text and the literal finds every
    // case-insensitive match (not for "ſ", "µ" or Greek letters, whose cases fold otherwise).
    if (literals.some((l) => ![...l].every(foldsLikeLowerCase))) return null;
    literals = [...new Set(literals.map((l) => l.toLowerCase()))];
  }
  return literals;
}

/** The rarer a character in mail text, the higher (space and common letters lowest). */
const COMMON = ' etaoinsrhldcumfpgwybvkjxqz';
function rarity(piece: string): number {
  let r = 0;
  for (const ch of piece) {
    const at = COMMON.indexOf(ch);
    r += at === -1 ? COMMON.length : at;
  }
  return r;
}

/** The longest piece of a literal looked up; literals shorter than two characters are not. */
const PIECE = 4;
export const SHORTEST_LITERAL = 2;

/** The piece of a literal looked up: itself when short, else its rarest four characters. */
function pieceOf(literal: string): string {
  if (literal.length <= PIECE) return literal;
  let best = literal.slice(0, PIECE);
  for (let i = 1; i + PIECE <= literal.length; i++) {
    const piece = literal.slice(i, i + PIECE);
    if (rarity(piece) > rarity(best)) best = piece;
  }
  return best;
}

/** A character folded to one byte: itself below 256, else its two bytes mixed (collisions only cost a look). */
const fold = (code: number) => (code ^ (code >>> 8)) & 0xff;
const BITS = 1 << 16;
const bitOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;

interface Entry {
  id: number;
  literal: string;
}

/**
 * Finds which of many sets of literals occur in a text, in one pass. Each literal is looked up by
 * a piece of it (itself when it has two to four characters, else its rarest four), the last
 * characters of the text held as a key of four bytes; a table of bits by the key's hash fails
 * most positions at once, and only where a piece may be is its literal looked for whole.
 */
export class LiteralFilter {
  /** By the length of the piece (2–4): the bits of the keys' hashes, and the literals by key. */
  private readonly bits: (Uint32Array | null)[] = [null, null, null, null, null];
  private readonly byKey: Map<number, Entry[]>[] = [0, 1, 2, 3, 4].map(() => new Map());

  constructor(sets: readonly (readonly string[])[]) {
    sets.forEach((literals, id) => {
      for (const literal of new Set(literals)) {
        if (literal.length < SHORTEST_LITERAL) throw new Error(`literal too short: ${JSON.stringify(literal)}`);
        const piece = pieceOf(literal);
        let key = 0;
        for (let i = 0; i < piece.length; i++) key = (key << 8) | fold(piece.charCodeAt(i));
        const n = piece.length;
        const bits = (this.bits[n] ??= new Uint32Array(BITS / 32));
        const bit = bitOf(key);
        bits[bit >>> 5]! |= 1 << (bit & 31);
        const entries = this.byKey[n]!.get(key);
        if (entries) entries.push({ id, literal });
        else this.byKey[n]!.set(key, [{ id, literal }]);
      }
    });
  }

  /**
   * Marks `found[id]` for each set with a literal in `text` and lists its number in `ids` (in the
   * order found).
   */
  scan(text: string, found: Uint8Array, ids: number[]): void {
    const b2 = this.bits[2] ?? null;
    const b3 = this.bits[3] ?? null;
    const b4 = this.bits[4] ?? null;
    let key = 0;
    for (let i = 0; i < text.length; i++) {
      key = (key << 8) | fold(text.charCodeAt(i));
      if (b4 !== null && i >= 3) {
        const bit = bitOf(key);
        if ((b4[bit >>> 5]! >>> (bit & 31)) & 1) this.look(4, key, text, found, ids);
      }
      if (b3 !== null && i >= 2) {
        const k = key & 0xffffff;
        const bit = bitOf(k);
        if ((b3[bit >>> 5]! >>> (bit & 31)) & 1) this.look(3, k, text, found, ids);
      }
      if (b2 !== null && i >= 1) {
        const k = key & 0xffff;
        const bit = bitOf(k);
        if ((b2[bit >>> 5]! >>> (bit & 31)) & 1) this.look(2, k, text, found, ids);
      }
    }
  }

  private look(n: number, key: number, text: string, found: Uint8Array, ids: number[]): void {
    const entries = this.byKey[n]!.get(key);
    if (entries === undefined) return;
    for (let k = 0; k < entries.length; k++) {
      const { id, literal } = entries[k]!;
      if (found[id] === 0 && text.includes(literal)) {
        found[id] = 1;
        ids.push(id);
      }
    }
  }
}

/** An alternative shorter to try at every text than to look up: anchored, with literals this short. */
const ANCHORED_SHORTEST = 3;

/**
 * A union of expressions that tries only the alternatives whose literals are in the text (see the
 * top of this file). `test` says whether any of them matches, `matching` which of them do; the
 * alternatives without literals good enough to look up (none, "?", an anchored "ik") are tried on
 * every text.
 */
export class LiteralUnion implements Tester {
  private readonly owners: number[] = [];
  private readonly sources: string[] = [];
  private readonly regExps: (RegExp | undefined)[] = [];
  private readonly filter: LiteralFilter;
  private readonly found: Uint8Array;
  private readonly ids: number[] = [];
  private readonly hit: Uint8Array;
  /** The alternatives tried on every text: all in one tester, and by expression. */
  private readonly always: Tester | null;
  private readonly alwaysOf: [number, RegExp][];
  private readonly flags: string;
  private readonly ignoreCase: boolean;

  constructor(expressions: readonly string[], flags: string) {
    this.flags = flags.replace(/[gy]/g, '');
    this.ignoreCase = flags.includes('i');
    const anchors = !flags.includes('m');
    const sets: string[][] = [];
    const always = new Map<number, string[]>();
    expressions.forEach((expression, owner) => {
      for (const alternative of alternativesOf(expression)) {
        const literals = requiredLiterals(alternative, this.ignoreCase);
        const shortest = literals ? Math.min(...literals.map((l) => l.length)) : 0;
        const anchored = anchors && alternative.startsWith('^');
        if (shortest < (anchored ? ANCHORED_SHORTEST : SHORTEST_LITERAL)) {
          always.set(owner, [...(always.get(owner) ?? []), alternative]);
          continue;
        }
        this.owners.push(owner);
        this.sources.push(alternative);
        sets.push(literals!);
      }
    });
    this.filter = new LiteralFilter(sets);
    this.found = new Uint8Array(sets.length);
    this.hit = new Uint8Array(expressions.length);
    const all = [...always.values()].flat();
    this.always = all.length > 0 ? anyOf(all, this.flags) : null;
    this.alwaysOf = [...always].map(([owner, alternatives]) => [
      owner,
      new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), this.flags),
    ]);
    this.regExps = new Array<RegExp | undefined>(sets.length);
  }

  /** The expressions tried on every text (for the tests of their size). */
  get parts(): RegExp[] {
    return this.always ? partsOf(this.always) : [];
  }

  test(text: string): boolean {
    for (const id of this.candidates(text)) if (this.regExpOf(id).test(text)) return true;
    return this.always?.test(text) === true;
  }

  /** The numbers of the expressions that match `text`, in their order. */
  matching(text: string): number[] {
    const hit = this.hit;
    const out: number[] = [];
    for (const id of this.candidates(text)) {
      const owner = this.owners[id]!;
      if (hit[owner] === 0 && this.regExpOf(id).test(text)) {
        hit[owner] = 1;
        out.push(owner);
      }
    }
    for (const [owner, re] of this.alwaysOf) {
      if (hit[owner] === 0 && re.test(text)) {
        hit[owner] = 1;
        out.push(owner);
      }
    }
    for (const owner of out) hit[owner] = 0;
    return out.sort((a, b) => a - b);
  }

  /** The alternatives whose literals are in `text` (valid until the next call). */
  private candidates(text: string): number[] {
    const ids = this.ids;
    ids.length = 0;
    const scanned = this.ignoreCase ? text.toLowerCase().replace(/ſ/g, 's') : text;
    this.filter.scan(scanned, this.found, ids);
    for (const id of ids) this.found[id] = 0;
    return ids;
  }

  private regExpOf(id: number): RegExp {
    return (this.regExps[id] ??= new RegExp(this.sources[id]!, this.flags));
  }
}
