// Runs request detection over labeled JSONL files (whole emails or single sentences) and prints
// the figures; the last line is one JSON object. Usage: npm run eval -- [FILE.jsonl …] [--verbose]
// Without a file it reads the held-out sets in test/data (written blind; test/data/README.md says which were tuned on since),
// prints each file's figures and ends with the figures over all of them.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeEmail } from '../utils/detect';
import { isLang, LANGUAGES, type Lang } from '../utils/languages';
import type { MessageSnapshot, Person } from '../utils/webmail/types';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const DATA = join(import.meta.dirname, '..', 'test', 'data');
const named = args.filter((a) => !a.startsWith('-'));
const files =
  named.length > 0
    ? named
    : readdirSync(DATA)
        .filter((f) => /^emails-heldout.*\.jsonl$/.test(f))
        .sort()
        .map((f) => join(DATA, f));

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });

/** Everything counted over one file, or over all of them. */
interface Tally {
  total: Counts;
  perLang: Map<string, Counts>;
  autoN: number;
  autoOk: number;
  dueN: number;
  dueOk: number;
  sawEmails: boolean;
  /** Quoted spans of true requests, and how many of them overlap a labeled request span. */
  spanShown: number;
  spanShownOk: number;
  /** Labeled request spans of requests, and how many of them some quoted span overlaps. */
  spanGold: number;
  spanGoldOk: number;
  spanLang: Map<string, { shown: number; shownOk: number; gold: number; goldOk: number }>;
  sawSpans: boolean;
}
const newTally = (): Tally => ({
  total: empty(),
  perLang: new Map(),
  autoN: 0,
  autoOk: 0,
  dueN: 0,
  dueOk: 0,
  sawEmails: false,
  spanShown: 0,
  spanShownOk: 0,
  spanGold: 0,
  spanGoldOk: 0,
  spanLang: new Map(),
  sawSpans: false,
});
let skipped = 0;

function person(email: string, name = ''): Person {
  return { name, email };
}

function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? '';
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join(' ');
}

/** Analyses one labeled line and counts the outcome into each tally. */
function evaluateLine(line: string, i: number, tallies: Tally[]): void {
  if (line.trim() === '') return;
  let item: Record<string, unknown>;
  try {
    item = JSON.parse(line) as Record<string, unknown>;
    if (typeof item !== 'object' || item === null) throw new Error('not an object');
  } catch {
    skipped++;
    console.error(`line ${i + 1}: not valid JSON, skipped`);
    return;
  }
  const id = String(item.id ?? `line-${i + 1}`);
  const label = item.label;
  if (label !== 'request' && label !== 'none') {
    skipped++;
    console.error(`${id}: no label, skipped`);
    return;
  }
  const lang = isLang(item.lang) ? item.lang : 'en';
  const isEmail = typeof item.body === 'string';
  let message: MessageSnapshot;
  let reader: string;
  let now: Date;
  if (isEmail) {
    for (const t of tallies) t.sawEmails = true;
    reader = String(item.reader_email ?? '').toLowerCase();
    const sentAt = String(item.sent_at ?? '');
    now = new Date(sentAt);
    if (Number.isNaN(now.getTime())) now = new Date(0);
    const list = (v: unknown) => (Array.isArray(v) ? v.map((e) => person(String(e))) : []);
    message = {
      messageId: id,
      threadId: id,
      from: person(String(item.from_email ?? ''), String(item.from_name ?? '')),
      to: list(item.to),
      cc: list(item.cc),
      sentAt,
      subject: String(item.subject ?? ''),
      bodyText: String(item.body),
      hasAttachments: false,
      isFromMe: false,
    };
  } else if (typeof item.text === 'string') {
    reader = 'reader@example-org.com';
    now = new Date('2026-01-05T09:00:00+01:00');
    message = {
      messageId: id,
      threadId: id,
      from: person('colleague@example-org.com', 'Colleague'),
      to: [person(reader)],
      cc: [],
      sentAt: '2026-01-05T09:00:00+01:00',
      subject: '',
      bodyText: item.text,
      hasAttachments: false,
      isFromMe: false,
    };
  } else {
    skipped++;
    console.error(`${id}: neither body nor text, skipped`);
    return;
  }
  let analysis;
  try {
    analysis = analyzeEmail(message, {
      now,
      myAddresses: [reader],
      myName: nameFromAddress(reader),
      orgDomains: [],
      defaultLanguage: lang as Lang,
    });
  } catch (e) {
    skipped++;
    console.error(`${id}: analysis failed (${(e as Error).name})`);
    return;
  }
  const gold = label === 'request';
  const got = analysis.isRequest;
  for (const t of tallies) {
    const c = t.perLang.get(lang) ?? empty();
    t.perLang.set(lang, c);
    for (const k of [t.total, c]) {
      k.n++;
      if (gold && got) k.tp++;
      else if (!gold && got) k.fp++;
      else if (gold && !got) k.fn++;
      else k.tn++;
    }
  }
  const mistakes: string[] = [];
  if (gold !== got) mistakes.push(`label ${label} got ${got ? 'request' : 'none'}`);
  if (isEmail && typeof item.automated === 'boolean') {
    const ok = item.automated === analysis.automated;
    for (const t of tallies) {
      t.autoN++;
      if (ok) t.autoOk++;
    }
    if (!ok) mistakes.push(`automated ${String(item.automated)} got ${String(analysis.automated)}`);
  }
  if (isEmail && gold) {
    const want = typeof item.due === 'string' ? new Date(item.due).getTime() : null;
    const have = analysis.due ? analysis.due.getTime() : null;
    const ok = want === null ? have === null : have !== null && Math.abs(want - have) <= 3_600_000;
    for (const t of tallies) {
      t.dueN++;
      if (ok) t.dueOk++;
    }
    if (!ok)
      mistakes.push(
        `due ${String(item.due)} got ${analysis.due ? analysis.due.toISOString() : 'null'} (${analysis.dueText ?? ''})`,
      );
  }
  // Quoted sentences against the labeled request spans (exact substrings of the body): a quoted
  // span is right when it overlaps a labeled span; a labeled span is found when a quoted one
  // overlaps it. Precision is taken over the spans quoted for true requests, recall over the
  // labeled spans of every labeled request (a missed request quotes nothing).
  if (isEmail && gold && Array.isArray(item.request_spans) && item.request_spans.length > 0) {
    const body = String(item.body);
    const goldRanges: [number, number][] = [];
    let from = 0;
    for (const g of item.request_spans) {
      const text = String(g);
      let at = body.indexOf(text, from);
      if (at < 0) at = body.indexOf(text);
      if (at < 0) continue;
      goldRanges.push([at, at + text.length]);
      from = at + text.length;
    }
    const shown: [number, number][] = got ? analysis.requestSpans.map((r) => [r.start, r.end]) : [];
    const overlaps = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;
    const shownOk = shown.filter((r) => goldRanges.some((g) => overlaps(r, g))).length;
    const goldOk = goldRanges.filter((g) => shown.some((r) => overlaps(r, g))).length;
    for (const t of tallies) {
      t.sawSpans = true;
      const l = t.spanLang.get(lang) ?? { shown: 0, shownOk: 0, gold: 0, goldOk: 0 };
      t.spanLang.set(lang, l);
      t.spanShown += shown.length;
      t.spanShownOk += shownOk;
      t.spanGold += goldRanges.length;
      t.spanGoldOk += goldOk;
      l.shown += shown.length;
      l.shownOk += shownOk;
      l.gold += goldRanges.length;
      l.goldOk += goldOk;
    }
    if (shownOk < shown.length)
      mistakes.push(
        `quoted ${shown
          .filter((r) => !goldRanges.some((g) => overlaps(r, g)))
          .map((r) => JSON.stringify(body.slice(r[0], r[1])))
          .join(' ')}`,
      );
    if (got && goldOk < goldRanges.length)
      mistakes.push(
        `not quoted ${goldRanges
          .filter((g) => !shown.some((r) => overlaps(r, g)))
          .map((g) => JSON.stringify(body.slice(g[0], g[1])))
          .join(' ')}`,
      );
  }
  if (verbose && mistakes.length > 0) {
    console.log(`${id} [${analysis.language}] ${mistakes.join('; ')}`);
    if (args.includes('--text'))
      console.log(`   ${isEmail ? String(item.body).slice(0, 300).replace(/\n/g, ' / ') : String(item.text)}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);
function prf(k: Counts) {
  const precision = ratio(k.tp, k.tp + k.fp);
  const recall = ratio(k.tp, k.tp + k.fn);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? Math.round(((2 * precision * recall) / (precision + recall)) * 10000) / 10000
      : k.tp + k.fp + k.fn === 0
        ? null
        : 0;
  return { precision, recall, f1 };
}
function summary(t: Tally) {
  const per_lang: Record<
    string,
    {
      n: number;
      precision: number | null;
      recall: number | null;
      f1: number | null;
      span_precision: number | null;
      span_recall: number | null;
    }
  > = {};
  const langs = [...LANGUAGES, ...[...t.perLang.keys()].filter((k) => !(LANGUAGES as readonly string[]).includes(k))];
  for (const l of langs) {
    const k = t.perLang.get(l);
    const sp = t.spanLang.get(l);
    if (k)
      per_lang[l] = {
        n: k.n,
        ...prf(k),
        span_precision: sp ? ratio(sp.shownOk, sp.shown) : null,
        span_recall: sp ? ratio(sp.goldOk, sp.gold) : null,
      };
  }
  return {
    n: t.total.n,
    accuracy: ratio(t.total.tp + t.total.tn, t.total.n),
    ...prf(t.total),
    automated_accuracy: t.sawEmails ? ratio(t.autoOk, t.autoN) : null,
    due_accuracy: t.sawEmails ? ratio(t.dueOk, t.dueN) : null,
    span_precision: t.sawSpans ? ratio(t.spanShownOk, t.spanShown) : null,
    span_recall: t.sawSpans ? ratio(t.spanGoldOk, t.spanGold) : null,
    per_lang,
  };
}

if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [--verbose] (no held-out sets found in test/data)');
  process.exit(2);
}
const overall = newTally();
for (const file of files) {
  const tally = newTally();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => evaluateLine(line, i, [tally, overall]));
  if (files.length > 1) console.log(`${basename(file)}: ${JSON.stringify(summary(tally))}`);
}
if (skipped > 0) console.error(`${skipped} line(s) skipped`);
console.log(JSON.stringify(summary(overall)));
