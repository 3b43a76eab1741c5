// Literal prefilters for unions of regular expressions. Most sentences match none of a language's
// hundreds of cue expressions, and a regular expression engine tries every alternative at every
// position to find that out. Nearly every alternative needs some plain text to match ("could you",
// "bitte", "proszę"), so one pass over the text, looking up pieces of it in a table of those
// literals, says which alternatives may match; only those are tried. The literals are read from the
// expressions themselves, so a union filtered this way matches exactly the texts the expressions do.
import { alternativesOf, anyOf, fastTest, partsOf, type Tester } from './unicode';

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
  /**
   * A piece repeated at least once ("\s+", "(?:ab){2,}"): what its first copies match (`head`) and
   * its last (`tail`), which the pieces before and after it touch.
   */
  repeated?: { head: string[]; tail: string[] };
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
    if (item.repeated) {
      const joined: string[] | null = run ? product(run, item.repeated.head) : null;
      best = better(best, joined ?? run);
      if (!joined) best = better(best, item.repeated.head);
      best = better(best, item.some);
      run = item.repeated.tail;
      allExact = false;
    } else if (item.exact) {
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
      if (next === 's' || SIMPLE_ESCAPES[next] !== undefined) ch = next === 's' ? ' ' : SIMPLE_ESCAPES[next]!;
      else if (/^[-\\.\][^$*+?(){}|/,:'"]$/.test(next)) ch = next;
      else return null;
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
      // Any white space: the look sees every one as a space (see `fold`).
      if (next === 's') return { exact: [' '], some: null };
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
    if (item.exact && item.exact.length ** min <= MAX_EXACT) {
      let head = item.exact;
      for (let k = 1; k < min; k++) head = product(head, item.exact)!;
      return { exact: null, some: literalsOf(item), repeated: { head, tail: item.exact } };
    }
    return { exact: null, some: literalsOf(item) };
  }
}

/** ASCII and the Latin letters of U+00C0–U+017E but "İ", "ı", "×" and "÷". */
function foldsLikeLowerCase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 0x80 || (c >= 0xc0 && c <= 0x17e && c !== 0x130 && c !== 0x131 && c !== 0xd7 && c !== 0xf7);
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
  literals = [...new Set(literals.map((l) => folded(l, false)))];
  if (ignoreCase) {
    // Latin letters only: for them lower-casing the text and the literal (see `fold`) finds
    // every case-insensitive match (not for "µ" or Greek letters, whose cases fold otherwise).
    if (literals.some((l) => ![...l].every(foldsLikeLowerCase))) return null;
    literals = [...new Set(literals.map((l) => folded(l, true)))];
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
const SHORTEST_PIECE = 2;

/** Where in a literal its piece looked up starts: the whole when short, else its rarest four characters. */
function pieceAt(literal: string): number {
  if (literal.length <= PIECE) return 0;
  let best = 0;
  for (let i = 1; i + PIECE <= literal.length; i++) {
    if (rarity(literal.slice(i, i + PIECE)) > rarity(literal.slice(best, best + PIECE))) best = i;
  }
  return best;
}

/** The white space of "\s" above U+017F. */
const SPACES = [0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
for (let c = 0x2000; c <= 0x200a; c++) SPACES.push(c);
const isSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;

/** The characters up to U+017F as the look sees them: white space as a space. */
const AS_IS = Uint16Array.from({ length: 0x180 }, (_, c) => (isSpace(c) ? 0x20 : c));
/**
 * The same, in lower case as case-insensitive matching sees them: "ſ" as "s", "İ" as "i" (a look
 * that finds more than the expression would only costs a try).
 */
const LOWER = Uint16Array.from({ length: 0x180 }, (_, c) =>
  isSpace(c) ? 0x20 : c === 0x17f ? 0x73 : c === 0x130 ? 0x69 : String.fromCharCode(c).toLowerCase().charCodeAt(0),
);
/** Above U+017F: white space, and the characters whose case folds into that range (Kelvin, Ångström, capital sharp s). */
const ABOVE = new Map(SPACES.map((c) => [c, 0x20]));
const FOLDS_INTO = new Map([...ABOVE, [0x212a, 0x6b], [0x212b, 0xe5], [0x1e9e, 0xdf]]);

/** A character as the look sees it: white space as a space, and in lower case with `ignoreCase`. */
function fold(c: number, ignoreCase: boolean): number {
  if (c < 0x180) return ignoreCase ? LOWER[c]! : AS_IS[c]!;
  return (ignoreCase ? FOLDS_INTO : ABOVE).get(c) ?? c;
}

/** A literal as the look sees it. */
function folded(literal: string, ignoreCase: boolean): string {
  let out = '';
  for (let i = 0; i < literal.length; i++) out += String.fromCharCode(fold(literal.charCodeAt(i), ignoreCase));
  return out;
}

/** A character folded to one byte: itself below 256, else its two bytes mixed (collisions only cost a look). */
const toByte = (code: number) => (code ^ (code >>> 8)) & 0xff;
/** AS_IS and LOWER as the byte of a key (see toByte), for one look per character in the scan. */
const AS_IS_BYTE = Uint8Array.from(AS_IS, (c) => toByte(c));
const LOWER_BYTE = Uint8Array.from(LOWER, (c) => toByte(c));
const BITS = 1 << 16;
const bitOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;

interface Entry {
  id: number;
  literal: string;
  /** Where the piece starts in the literal. */
  at: number;
}

/**
 * Finds which of many sets of literals occur in a text, in one pass. Each literal is looked up by
 * a piece of it (itself when it has two to four characters, else its rarest four), the last
 * characters of the text held as a key of four bytes; a table of bits by the key's hash fails
 * most positions at once, and only where a piece may be is its literal compared, in place.
 * `ignoreCase`: literals in lower case, found in a text of any case.
 */
export class LiteralFilter {
  /** By the length of the piece (2–4): the bits of the keys' hashes, and the literals by key. */
  private readonly bits: (Uint32Array | null)[] = [null, null, null, null, null];
  private readonly byKey: Map<number, Entry[]>[] = [0, 1, 2, 3, 4].map(() => new Map());
  /**
   * By the last two bytes of a key: which lengths of piece (bit 0: two characters, 1: three, 2:
   * four) end in them. Most places in a text end none, and one look says so.
   */
  private readonly ends = new Uint8Array(1 << 16);

  constructor(
    sets: readonly (readonly string[])[],
    private readonly ignoreCase = false,
  ) {
    sets.forEach((literals, id) => {
      for (const literal of new Set(literals)) {
        if (literal.length < SHORTEST_PIECE) throw new Error(`literal too short: ${JSON.stringify(literal)}`);
        const at = pieceAt(literal);
        const n = Math.min(PIECE, literal.length);
        let key = 0;
        for (let i = at; i < at + n; i++) key = (key << 8) | toByte(literal.charCodeAt(i));
        this.ends[key & 0xffff]! |= 1 << (n - 2);
        const bits = (this.bits[n] ??= new Uint32Array(BITS / 32));
        const bit = bitOf(key);
        bits[bit >>> 5]! |= 1 << (bit & 31);
        const entries = this.byKey[n]!.get(key);
        if (entries) entries.push({ id, literal, at });
        else this.byKey[n]!.set(key, [{ id, literal, at }]);
      }
    });
  }

  /**
   * Marks `found[id]` for each set with a literal in `text` and writes its number to `ids` from
   * `count` on (in the order found); returns the new count.
   */
  scan(text: string, found: Uint8Array, ids: Int32Array, count: number): number {
    const b2 = this.bits[2] ?? null;
    const b3 = this.bits[3] ?? null;
    const b4 = this.bits[4] ?? null;
    const bytes = this.ignoreCase ? LOWER_BYTE : AS_IS_BYTE;
    const above = this.ignoreCase ? FOLDS_INTO : ABOVE;
    const ends = this.ends;
    const length = text.length;
    let key = 0;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      key = (key << 8) | (c < 0x180 ? bytes[c]! : toByte(above.get(c) ?? c));
      const end = ends[key & 0xffff]!;
      if (end === 0) continue;
      if (end & 4 && b4 !== null && i >= 3) {
        const bit = bitOf(key);
        if ((b4[bit >>> 5]! >>> (bit & 31)) & 1) count = this.look(4, key, text, i, found, ids, count);
      }
      if (end & 2 && b3 !== null && i >= 2) {
        const k = key & 0xffffff;
        const bit = bitOf(k);
        if ((b3[bit >>> 5]! >>> (bit & 31)) & 1) count = this.look(3, k, text, i, found, ids, count);
      }
      if (end & 1 && b2 !== null && i >= 1) {
        const k = key & 0xffff;
        const bit = bitOf(k);
        if ((b2[bit >>> 5]! >>> (bit & 31)) & 1) count = this.look(2, k, text, i, found, ids, count);
      }
    }
    return count;
  }

  /** The literals whose piece of `n` characters may end at `end`, compared there. */
  private look(
    n: number,
    key: number,
    text: string,
    end: number,
    found: Uint8Array,
    ids: Int32Array,
    count: number,
  ): number {
    const entries = this.byKey[n]!.get(key);
    if (entries === undefined) return count;
    for (let k = 0; k < entries.length; k++) {
      const { id, literal, at } = entries[k]!;
      if (found[id] === 0 && this.isAt(text, end - n + 1 - at, literal)) {
        found[id] = 1;
        ids[count++] = id;
      }
    }
    return count;
  }

  private isAt(text: string, start: number, literal: string): boolean {
    if (start < 0 || start + literal.length > text.length) return false;
    for (let i = 0; i < literal.length; i++) {
      if (fold(text.charCodeAt(start + i), this.ignoreCase) !== literal.charCodeAt(i)) return false;
    }
    return true;
  }
}

/**
 * The shortest literals worth looking up: an alternative with shorter ones ("?", "ok") is tried on
 * every text, as is one anchored to the start with literals shorter than ANCHORED_SHORTEST.
 */
const SHORTEST_LITERAL = 3;
const ANCHORED_SHORTEST = 3;
/** The most texts a union remembers what it found in. */
const MEMO_SIZE = 512;

/**
 * A union of expressions that tries only the alternatives whose literals are in the text (see the
 * top of this file). `test` says whether any of them matches, `matching` which of them do; the
 * alternatives without literals good enough to look up (none, "?", an anchored "ik") are tried on
 * every text.
 */
export class LiteralUnion implements Tester {
  private readonly owners: number[] = [];
  private readonly sources: string[] = [];
  private readonly flagsOf: string[] = [];
  /** Each alternative's expression, made when first tried (and tried with fastTest). */
  private readonly regExps: (RegExp | undefined)[];
  private readonly filter: LiteralFilter;
  private readonly found: Uint8Array;
  private readonly ids: Int32Array;
  private readonly hit: Uint8Array;
  /** The alternatives tried on every text: all in one tester (by flags), and by expression. */
  private readonly always: Tester[];
  private readonly alwaysOf: [number, RegExp][];
  /** How many expressions. */
  readonly size: number;
  /** The candidates of the texts looked at lately (see `remember`). */
  private readonly memo: Map<string, Int32Array> | null;

  /**
   * `expressions`: sources, with `flags`, or expressions with their own flags. `remember`: keep
   * what the look found in the texts of late, for a union asked about the same text twice.
   */
  constructor(
    expressions: readonly (string | RegExp)[],
    flags = '',
    remember = false,
    shortestLiteral = SHORTEST_LITERAL,
  ) {
    this.size = expressions.length;
    this.memo = remember ? new Map() : null;
    const all = expressions.map((e) =>
      typeof e === 'string'
        ? { source: e, flags: flags.replace(/[gy]/g, '') }
        : { source: e.source, flags: e.flags.replace(/[gy]/g, '') },
    );
    // Without 'u', "\\p{L}" reads as the letters "p{L}": such an expression would never match.
    const unreadable = all.find((e) => !e.flags.includes('u') && /\\[pP]\{/.test(e.source));
    if (unreadable) throw new Error(`A Unicode property escape needs the u flag: ${unreadable.source.slice(0, 80)}`);
    // One case-insensitive expression makes the look case-insensitive for all: a text holding a
    // literal holds it in lower case too.
    const ignoreCase = all.some((e) => e.flags.includes('i'));
    const sets: string[][] = [];
    const always = new Map<number, string[]>();
    all.forEach((expression, owner) => {
      const anchors = !expression.flags.includes('m');
      const foldCase = expression.flags.includes('i');
      for (const alternative of alternativesOf(expression.source)) {
        const found = requiredLiterals(alternative, foldCase);
        const literals = found && ignoreCase && !foldCase ? found.map((l) => folded(l, true)) : found;
        const shortest = literals ? Math.min(...literals.map((l) => l.length)) : 0;
        const anchored = anchors && alternative.startsWith('^');
        if (shortest < (anchored ? ANCHORED_SHORTEST : shortestLiteral)) {
          always.set(owner, [...(always.get(owner) ?? []), alternative]);
          continue;
        }
        this.owners.push(owner);
        this.sources.push(alternative);
        this.flagsOf.push(expression.flags);
        sets.push(literals!);
      }
    });
    this.filter = new LiteralFilter(sets, ignoreCase);
    this.found = new Uint8Array(sets.length);
    this.ids = new Int32Array(sets.length);
    this.hit = new Uint8Array(all.length);
    const byFlags = new Map<string, string[]>();
    for (const [owner, alternatives] of always) {
      const f = all[owner]!.flags;
      byFlags.set(f, [...(byFlags.get(f) ?? []), ...alternatives]);
    }
    this.always = [...byFlags].map(([f, alternatives]) => anyOf(alternatives, f));
    this.alwaysOf = [...always].map(([owner, alternatives]) => [
      owner,
      new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), all[owner]!.flags),
    ]);
    this.regExps = new Array<RegExp | undefined>(sets.length);
  }

  /** The expressions tried on every text (for the tests of their size). */
  get parts(): RegExp[] {
    return this.always.flatMap(partsOf);
  }

  /** Whether one of expressions `from` … `to` - 1 matches `text`. */
  test(text: string, from = 0, to = this.size): boolean {
    for (const id of this.candidates(text)) {
      const owner = this.owners[id]!;
      if (owner >= from && owner < to && this.tries(id, text)) return true;
    }
    // Most texts match none of the alternatives tried on every text: one expression says so.
    if (!this.always.some((re) => re.test(text))) return false;
    if (from === 0 && to === this.size) return true;
    return this.alwaysOf.some(([owner, re]) => owner >= from && owner < to && re.test(text));
  }

  /** The numbers of the expressions `from` … `to` - 1 that match `text`, in their order. */
  matching(text: string, from = 0, to = this.size): number[] {
    const hit = this.hit;
    const out: number[] = [];
    for (const id of this.candidates(text)) {
      const owner = this.owners[id]!;
      if (owner >= from && owner < to && hit[owner] === 0 && this.tries(id, text)) {
        hit[owner] = 1;
        out.push(owner);
      }
    }
    // Most texts match none of the alternatives tried on every text: one expression says so.
    const always = this.alwaysOf.length > 0 && this.always.some((re) => re.test(text));
    for (const [owner, re] of always ? this.alwaysOf : []) {
      if (owner >= from && owner < to && hit[owner] === 0 && re.test(text)) {
        hit[owner] = 1;
        out.push(owner);
      }
    }
    for (const owner of out) hit[owner] = 0;
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /**
   * Which expressions may match `text`, without trying them: `may[i]` is 1 for those with an
   * alternative whose literals are in it and those tried on every text, else 0.
   */
  mayMatch(text: string, may: Uint8Array): Uint8Array {
    may.fill(0);
    for (const id of this.candidates(text)) may[this.owners[id]!] = 1;
    for (const [owner] of this.alwaysOf) may[owner] = 1;
    return may;
  }

  /** The alternatives whose literals are in `text`. */
  private candidates(text: string): Int32Array {
    const known = this.memo?.get(text);
    if (known) return known;
    const count = this.filter.scan(text, this.found, this.ids, 0);
    for (let k = 0; k < count; k++) this.found[this.ids[k]!] = 0;
    if (!this.memo) return this.ids.subarray(0, count);
    // A few hundred sentences: those of the mail at hand and the last ones.
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    const found = this.ids.slice(0, count);
    this.memo.set(text, found);
    return found;
  }

  /** Whether alternative `id` matches `text`. */
  private tries(id: number, text: string): boolean {
    return fastTest((this.regExps[id] ??= new RegExp(this.sources[id]!, this.flagsOf[id])), text);
  }
}
