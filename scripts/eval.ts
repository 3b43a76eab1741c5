// Runs request detection over a labeled JSONL file (whole emails or single sentences) and prints
// the figures; the last line is one JSON object. Usage: npm run eval -- FILE.jsonl [--verbose]
import { readFileSync } from 'node:fs';
import { analyzeEmail } from '../utils/detect';
import { isLang, LANGUAGES, type Lang } from '../utils/languages';
import type { MessageSnapshot, Person } from '../utils/webmail/types';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-'));
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl [--verbose]');
  process.exit(2);
}

interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
const total = empty();
const perLang = new Map<string, Counts>();
let autoN = 0;
let autoOk = 0;
let dueN = 0;
let dueOk = 0;
let sawEmails = false;
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

const lines = readFileSync(file, 'utf8').split('\n');
lines.forEach((line, i) => {
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
    sawEmails = true;
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
  const c = perLang.get(lang) ?? empty();
  perLang.set(lang, c);
  for (const k of [total, c]) {
    k.n++;
    if (gold && got) k.tp++;
    else if (!gold && got) k.fp++;
    else if (gold && !got) k.fn++;
    else k.tn++;
  }
  const mistakes: string[] = [];
  if (gold !== got) mistakes.push(`label ${label} got ${got ? 'request' : 'none'}`);
  if (isEmail && typeof item.automated === 'boolean') {
    autoN++;
    if (item.automated === analysis.automated) autoOk++;
    else mistakes.push(`automated ${String(item.automated)} got ${String(analysis.automated)}`);
  }
  if (isEmail && gold) {
    dueN++;
    const want = typeof item.due === 'string' ? new Date(item.due).getTime() : null;
    const have = analysis.due ? analysis.due.getTime() : null;
    const ok = want === null ? have === null : have !== null && Math.abs(want - have) <= 3_600_000;
    if (ok) dueOk++;
    else
      mistakes.push(
        `due ${String(item.due)} got ${analysis.due ? analysis.due.toISOString() : 'null'} (${analysis.dueText ?? ''})`,
      );
  }
  if (verbose && mistakes.length > 0) {
    console.log(`${id} [${analysis.language}] ${mistakes.join('; ')}`);
    if (args.includes('--text'))
      console.log(`   ${isEmail ? String(item.body).slice(0, 300).replace(/\n/g, ' / ') : String(item.text)}`);
  }
});

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
const per_lang: Record<string, { n: number; precision: number | null; recall: number | null; f1: number | null }> = {};
for (const l of [...LANGUAGES, ...[...perLang.keys()].filter((k) => !(LANGUAGES as readonly string[]).includes(k))]) {
  const k = perLang.get(l);
  if (k) per_lang[l] = { n: k.n, ...prf(k) };
}
if (skipped > 0) console.error(`${skipped} line(s) skipped`);
console.log(
  JSON.stringify({
    n: total.n,
    accuracy: ratio(total.tp + total.tn, total.n),
    ...prf(total),
    automated_accuracy: sawEmails ? ratio(autoOk, autoN) : null,
    due_accuracy: sawEmails ? ratio(dueOk, dueN) : null,
    per_lang,
  }),
);
