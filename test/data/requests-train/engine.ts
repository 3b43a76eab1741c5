// Shared engine of the sentence-set generator (see ../README.md): fills templates from slot lists
// with a seeded random generator, so the same run always writes the same lines.
export type Entry = Record<string, string>;

export interface LanguageSpec {
  lang: 'en' | 'nl' | 'de' | 'pl' | 'nb';
  /** Documents and deliverables: every verb below fits every one of them. */
  objects: Entry[];
  /** Verb patterns; `{a}`, `{g}`, `{n}` take the object's forms, `{dl}` a deadline (or nothing). */
  verbs: Entry[];
  /** Deadline phrases with their leading space. */
  deadlines: string[];
  slots: Record<string, string[]>;
  /** Templates of sentences that ask the reader for something: [template, how many fills]. */
  requests: [string, number][];
  /** Templates of sentences that ask the reader nothing. */
  none: [string, number][];
  /** Hand-written sentences, one per line. */
  handRequests: string[];
  handNone: string[];
}

export interface Line {
  id: string;
  lang: string;
  text: string;
  label: 'request' | 'none';
  source: string;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generate(spec: LanguageSpec, seed: number): Line[] {
  const rand = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  const seen = new Set<string>();
  const out: Line[] = [];
  const add = (text: string, label: 'request' | 'none', source: string) => {
    const clean = text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.?!:])/g, '$1')
      .trim();
    const key = clean.toLowerCase();
    if (!clean || seen.has(key)) return;
    seen.add(key);
    out.push({
      id: `${spec.lang}-train-${String(out.length + 1).padStart(4, '0')}`,
      lang: spec.lang,
      text: clean,
      label,
      source,
    });
  };
  const fill = (template: string): string => {
    const o = pick(spec.objects);
    const v = pick(spec.verbs);
    const dl = rand() < 0.45 ? pick(spec.deadlines) : '';
    let s = template.replace(/\{V\.(\w+)\}/g, (_, k: string) => v[k] ?? '');
    s = s.replace(/\{O\.(\w+)\}/g, (_, k: string) => (/^[A-Z]/.test(k) ? cap(o[k.toLowerCase()] ?? '') : (o[k] ?? '')));
    s = s.replace(/\{(a|g|n|d)\}/g, (_, k: string) => o[k] ?? o.a ?? '');
    s = s.replace(/\{dl\}/g, dl);
    s = s.replace(/\{([A-Z]+)\}/g, (_, k: string) => pick(spec.slots[k] ?? ['']));
    return cap(s);
  };
  for (const t of spec.handRequests) add(t, 'request', 'hand');
  for (const t of spec.handNone) add(t, 'none', 'hand');
  const run = (templates: [string, number][], label: 'request' | 'none') => {
    for (const [template, n] of templates)
      for (let i = 0, left = n; i < n * 8 && left > 0; i++) {
        const before = out.length;
        add(fill(template), label, 'template');
        if (out.length > before) left--;
      }
  };
  run(spec.requests, 'request');
  run(spec.none, 'none');
  // Shuffle, so that folds of a cross-validation mix templates and hand-written lines.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.map((l, i) => ({ ...l, id: `${spec.lang}-train-${String(i + 1).padStart(4, '0')}` }));
}
