// Times analyzeEmail over generated emails in all five languages (synthetic text, no real mail):
// ~5 KB emails one at a time, hostile 1 MB bodies, 100,000 generated emails of mixed sizes, the
// cost per KB from 1 KB to 1 MB, and the whole analysis against chrono-node's own parse.
// The detector timed is the one the extension ships: bundled and minified as the build does
// (shippedDetector), not tsx's file-by-file transform of the sources, which wraps every function
// made in a call to keep its name (analyzeEmail makes a dozen per email).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import { analyzeEmail as analyzeSource } from '../utils/detect';
import type { AnalysisContext } from '../utils/detect/types';
import type { MessageSnapshot } from '../utils/webmail/types';

const PARTS: Record<string, { greet: string; filler: string[]; ask: string[]; sign: string; quote: string }> = {
  en: {
    greet: 'Hi Alex,',
    filler: [
      'The warehouse team finished the stock count on the second floor yesterday afternoon.',
      'We moved the pallet racks closer to the loading bay, which should save some walking time.',
      'The new scanners arrived and most of them are already configured for the night shift.',
    ],
    ask: [
      'Could you send me the updated supplier list by Friday 3pm?',
      'Please check the invoice totals before the end of the week.',
    ],
    sign: 'Best regards,\nSam',
    quote: 'On Mon, 2 Mar 2026 at 09:12, Alex Morgan <alex@example.com> wrote:\n> Thanks, noted.',
  },
  nl: {
    greet: 'Hoi Joost,',
    filler: [
      'Het team heeft gisteren de voorraadtelling op de tweede verdieping afgerond.',
      'We hebben de stellingen dichter bij het laadperron gezet, dat scheelt loopwerk.',
      'De nieuwe scanners zijn binnen en de meeste zijn al ingesteld voor de nachtploeg.',
    ],
    ask: [
      'Kun je me de bijgewerkte leverancierslijst vóór donderdag 12.00 uur sturen?',
      'Graag de facturen controleren voor het einde van de week.',
    ],
    sign: 'Groeten,\nDaan',
    quote: 'Op ma 2 mrt 2026 om 09:12 schreef Joost de Vries <joost@example.nl>:\n> Dank, genoteerd.',
  },
  de: {
    greet: 'Hallo Katrin,',
    filler: [
      'Das Lagerteam hat gestern Nachmittag die Inventur im zweiten Stock abgeschlossen.',
      'Wir haben die Regale näher an die Laderampe gestellt, das spart Laufwege.',
      'Die neuen Scanner sind angekommen und größtenteils für die Nachtschicht eingerichtet.',
    ],
    ask: [
      'Kannst du mir bis Mittwoch, 14 Uhr die aktuelle Lieferantenliste schicken?',
      'Bitte prüfe die Rechnungen bis Ende der Woche.',
    ],
    sign: 'Viele Grüße\nJan',
    quote: 'Am Mo., 2. März 2026 um 09:12 Uhr schrieb Katrin Vogel <katrin@example.de>:\n> Danke, notiert.',
  },
  pl: {
    greet: 'Cześć Magda,',
    filler: [
      'Zespół magazynu zakończył wczoraj po południu inwentaryzację na drugim piętrze.',
      'Przesunęliśmy regały bliżej rampy załadunkowej, co oszczędzi trochę chodzenia.',
      'Nowe skanery już dotarły i większość jest skonfigurowana dla nocnej zmiany.',
    ],
    ask: [
      'Czy mogłabyś przesłać mi aktualną listę dostawców do piątku do 15:00?',
      'Proszę o sprawdzenie faktur do końca tygodnia.',
    ],
    sign: 'Pozdrawiam,\nRobert',
    quote: 'W dniu 2.03.2026 o 09:12, Magdalena Zielińska <magda@example.pl> napisała:\n> Dzięki, przyjęłam.',
  },
  nb: {
    greet: 'Hei Erik,',
    filler: [
      'Lagerteamet ble ferdig med varetellingen i andre etasje i går ettermiddag.',
      'Vi har flyttet pallreolene nærmere lasterampen, det sparer litt gåing.',
      'De nye skannerne har kommet, og de fleste er allerede satt opp for nattskiftet.',
    ],
    ask: [
      'Kan du sende meg den oppdaterte leverandørlisten innen torsdag kl. 14?',
      'Sjekk fakturaene i løpet av uken.',
    ],
    sign: 'Hilsen\nMagnus',
    quote: 'Den man. 2. mars 2026 kl. 09:12 skrev Erik Larsen <erik@example.no>:\n> Takk, notert.',
  },
};

/**
 * A ~5 KB email as they come: new text of 0.4–4.5 KB (most short), a signature, and the quoted
 * earlier messages making up the rest.
 */
export function makeEmail(lang: string, seed: number, targetBytes = 5000): MessageSnapshot {
  const p = PARTS[lang]!;
  const lines: string[] = [p.greet, ''];
  let i = seed;
  let size = 0;
  const newBytes = [400, 700, 1000, 1500, 2500, 4500][seed % 6]!;
  const askAt = 1 + (seed % 4);
  let n = 0;
  while (size < newBytes) {
    const s = n === askAt ? p.ask[seed % p.ask.length]! : p.filler[i++ % p.filler.length]!;
    lines.push(s);
    if (n % 3 === 2) lines.push('');
    size += s.length + 1;
    n++;
  }
  lines.push('', p.sign, '', p.quote);
  size = lines.join('\n').length;
  while (size < targetBytes) {
    const s = '> ' + p.filler[i++ % p.filler.length]!;
    lines.push(s);
    size += s.length + 1;
  }
  return {
    messageId: `bench-${lang}-${seed}`,
    threadId: `bench-${lang}-${seed}`,
    from: { name: 'Colleague', email: 'colleague@example.com' },
    to: [{ name: 'Reader', email: 'reader@example.com' }],
    cc: [],
    sentAt: '2026-03-02T10:00:00+01:00',
    subject: 'Bench',
    bodyText: lines.join('\n'),
    hasAttachments: false,
    isFromMe: false,
  };
}

function percentile(sorted: number[], q: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx]!;
}

const round = (x: number) => Math.round(x * 10000) / 10000;
const LANGS = Object.keys(PARTS);
const CONTEXT: AnalysisContext = {
  now: new Date('2026-03-02T10:00:00+01:00'),
  myAddresses: ['reader@example.com'],
  myName: 'Reader',
  orgDomains: [],
};

function message(bodyText: string, id = 'bench'): MessageSnapshot {
  return {
    messageId: id,
    threadId: id,
    from: { name: 'Colleague', email: 'colleague@example.com' },
    to: [{ name: 'Reader', email: 'reader@example.com' }],
    cc: [],
    sentAt: '2026-03-02T10:00:00+01:00',
    subject: 'Bench',
    bodyText,
    hasAttachments: false,
    isFromMe: false,
  };
}

const MB = 1 << 20;
/** `unit` repeated to exactly `bytes` characters. */
const fill = (unit: string, bytes = MB) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
/** Lines from `line(i)` up to `bytes` characters. */
function lines(line: (i: number) => string, bytes = MB): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}

const ALL_ASKS = LANGS.flatMap((l) => PARTS[l]!.ask);
const ALL_FILLER = LANGS.flatMap((l) => PARTS[l]!.filler);

/**
 * 1 MB bodies built to be slow: one line, deep quoting, dates, sentence ends, invisible and
 * right-to-left characters, HTML, repeated requests, and inputs aimed at the backtracking of the
 * detector's expressions (reply headers, addresses, greetings, lead-ins, obligations per language).
 */
export function hostileBodies(): Record<string, string> {
  const zw = '\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202e\u2066\u2067\u2068\u2069\u061c';
  return {
    one_huge_line: fill(ALL_ASKS.concat(ALL_FILLER).join(' ') + ' '),
    one_huge_word: fill('a'),
    nested_quotes: lines((i) => '> '.repeat(1 + (i % 400)) + ALL_ASKS[i % ALL_ASKS.length]),
    quote_marks: fill('> > > >>>> '),
    dates_times: fill(
      'by Friday 25:99 by by by 12.12. 2026-13-45 12/05 tomorrow at 10 bis 15 Uhr morgen bis 12 Uhr jutro do 10:00 innen kl. 14 i morgen vóór vrijdag 12.00 uur in 3 working days end of day Friday the 15th bis zum 15. do 20.11 noon ',
    ),
    dates_lines: lines((i) => `by Friday ${i % 30}:${i % 99} by by 1.${i % 13}. do ${i % 40}.${i % 14}`),
    digits_dots: fill('1.1.1.12/12/12-12-12 '),
    question_marks: fill('?'),
    sentence_ends: fill('? . ! ?! .. '),
    abbreviations: fill('e.g. z. B. a. b. nr. 4. januar '),
    zero_width_rtl: fill(zw),
    zero_width_rtl_words: fill(`please${zw} kan du\u202e sende\u2069 \u200fمرحبا שלום bitte${zw}? `),
    html_soup: lines(
      (i) =>
        `<div class="c${i}"><p>Could you <b>send</b> it?</p><br/><a href="https://example.com/${i}?a=b&c=d">link</a>&nbsp;<span style="x">${ALL_FILLER[i % ALL_FILLER.length]}</span></div>`,
    ),
    html_one_line: fill('<div><span>&nbsp;</span><a href="http://x.com/a?b=c">x</a></div>'),
    requests_mixed_lines: lines((i) => ALL_ASKS[i % ALL_ASKS.length]!),
    requests_mixed_one_line: fill(ALL_ASKS.join(' ') + ' '),
    blank_lines: fill('\n'),
    crlf_lines: fill('\r\n'),
    whitespace: fill(' \t\n \u00a0\u2028'),
    header_lines: lines(
      (i) => ['From: x', 'Sent: y', 'To: z', 'On Monday Alex wrote:', '-----Original Message-----'][i % 5]!,
    ),
    // EMAIL_THEN_VERB: a long local part and domain on every line.
    address_lines: lines(() => 'a'.repeat(64) + '@' + 'b'.repeat(300)),
    // QUOTE_INTRO / QUOTE_VERB_END: reply intros with many verbs and no end.
    reply_intro_lines: lines(() => 'On ' + 'wrote schrieb napisał skrev schreef '.repeat(10) + 'x'),
    reply_intro_wrapped: 'On Monday, Alex\n' + fill('wrote: ' + ' '.repeat(200)),
    greeting_names: 'Hi ' + fill('Tom and Anna og Erik i Ola, '),
    name_only_line: fill('Tom Berg and Anna og Erik i Ola & '),
    lead_ins: fill('Re the cracks on stair 2: '),
    colons: fill(':'),
    at_signs: fill('a@'),
    urls: fill('https://example.com/a?b=c '),
    rsvp: fill('accept | decline | yes | no '),
    bullets: lines((i) => `${i % 99}) - * • Please check item ${i}`),
    obligations_de: fill('alle müssen sollen jeder müssen werden '),
    obligations_nb: fill('må ' + 'x'.repeat(50) + ' '),
    obligations_pl: fill('musi być zostać należy '),
    obligations_en: fill('all staff must it would help who would have let me know if any '),
    out_of_office: fill('I am out of the office on leave automatic reply '),
    mixed_scripts: fill('Привет 你好 こんにちは 안녕하세요 नमस्ते Ĳsselmeer Straße zażółć 😀 👩‍👩‍👧‍👦 '),
    lone_surrogates: fill('\ud800a\udc00 '),
    // White space that two neighbouring \s* could share out in every possible way.
    forward_marker_spaces: lines(() => ' '.repeat(398) + '-x'),
    header_from_spaces: lines(() => ' '.repeat(390) + 'From: '),
    forward_marker_tail: lines(() => '-----Original Message' + ' '.repeat(370) + 'x'),
    deadline_then_spaces: lines(() => 'Please send it by Friday' + ' '.repeat(2400) + 'x?'),
    reply_intro_long: lines(() => 'On ' + 'x'.repeat(290) + ' wrote ' + ' '.repeat(90) + ':'),
    reply_intro_split: lines((i) => (i % 2 ? 'wrote: x' : 'On Monday')),
  };
}

/** A short body under 1 MB of sender name, sender address, recipients and subject. */
function hugeHeaders(): MessageSnapshot {
  const big = 'a'.repeat(MB);
  return {
    ...message('Hi Tom,\nCan you send me the figures by Friday?'),
    from: { name: big, email: big + '@' + fill('b.', MB) },
    to: [{ name: 'Tom ' + big, email: big + '@example.com' }],
    cc: [{ name: big, email: big }],
    subject: 'Automatic reply' + fill(' '),
    sentAt: fill(' ') + '2026-03-02T10:00:00+01:00',
  };
}

/** Median of three timed analyses, after one untimed. */
function timeOne(mail: MessageSnapshot): number {
  analyzeEmail(mail, CONTEXT);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyzeEmail(mail, CONTEXT);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[1]!;
}

/** A small seeded generator, so every run times the same emails. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = [
  ' ',
  '\n',
  '\n\n',
  '> ',
  'https://example.com/x ',
  'by Friday 3pm ',
  '12.03. ',
  '?',
  'ASAP ',
  '\u200b',
  'ł',
  'ø',
  '😀',
  ':',
  '-- \n',
  'Thanks!\n',
];

/**
 * A generated email of about `bytes` characters: a greeting, new text of sentences from the five
 * languages with noise between them (requests among them), a sign-off, and quoted text for the rest.
 */
export function generatedEmail(random: () => number, bytes: number, id: string): MessageSnapshot {
  const lang = LANGS[Math.floor(random() * LANGS.length)]!;
  const p = PARTS[lang]!;
  const parts: string[] = [p.greet, '\n\n'];
  let size = p.greet.length + 2;
  const newBytes = bytes * (0.2 + random() * 0.6);
  while (size < newBytes) {
    const r = random();
    const s =
      r < 0.1
        ? ALL_ASKS[Math.floor(random() * ALL_ASKS.length)]!
        : r < 0.2
          ? NOISE[Math.floor(random() * NOISE.length)]!
          : r < 0.3
            ? ALL_FILLER[Math.floor(random() * ALL_FILLER.length)]!
            : p.filler[Math.floor(random() * p.filler.length)]!;
    parts.push(s, random() < 0.3 ? '\n' : ' ');
    size += s.length + 1;
  }
  parts.push('\n\n', p.sign, '\n\n', p.quote, '\n');
  size += p.sign.length + p.quote.length + 5;
  while (size < bytes) {
    const s = '> ' + p.filler[Math.floor(random() * p.filler.length)]! + '\n';
    parts.push(s);
    size += s.length;
  }
  return message(parts.join('').slice(0, bytes), id);
}

/** Total time of 100,000 generated emails (200 B to 20 KB, most of them small). */
function benchGenerated(count: number): { total: number; bytes: number } {
  const random = rng(100_000);
  let total = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.round(200 * Math.pow(100, random()));
    const mail = generatedEmail(random, size, `gen-${i}`);
    const t0 = performance.now();
    analyzeEmail(mail, CONTEXT);
    total += performance.now() - t0;
    bytes += mail.bodyText.length;
  }
  return { total, bytes };
}

/** Mean time per KB of body at 1 KB, 10 KB, 100 KB and 1 MB. */
function benchBySize(): { perKb: Record<string, number>; perEmail: Record<string, number> } {
  const sizes: [string, number, number][] = [
    ['1kb', 1024, 2000],
    ['10kb', 10 * 1024, 500],
    ['100kb', 100 * 1024, 60],
    ['1mb', 1024 * 1024, 12],
  ];
  const perKb: Record<string, number> = {};
  const perEmail: Record<string, number> = {};
  for (const [name, bytes, count] of sizes) {
    const random = rng(bytes);
    const mails = Array.from({ length: count }, (_, i) => generatedEmail(random, bytes, `${name}-${i}`));
    for (const m of mails.slice(0, 20)) analyzeEmail(m, CONTEXT);
    const t0 = performance.now();
    for (const m of mails) analyzeEmail(m, CONTEXT);
    const ms = (performance.now() - t0) / count;
    perEmail[name] = round(ms);
    perKb[name] = round(ms / (bytes / 1024));
  }
  return { perKb, perEmail };
}

/** Our whole analysis against chrono-node's own parse (its default English parser) of the same bodies. */
function benchAgainstChrono(emails: MessageSnapshot[]): number {
  const ref = CONTEXT.now;
  for (const e of emails.slice(0, 50)) chrono.parse(e.bodyText, ref);
  let ours = 0;
  let theirs = 0;
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    for (const e of emails) analyzeEmail(e, CONTEXT);
    ours += performance.now() - t0;
    t0 = performance.now();
    for (const e of emails) chrono.parse(e.bodyText, ref);
    theirs += performance.now() - t0;
  }
  return ours / theirs;
}

/** The detector as the extension's build makes it: one bundle, minified, without kept names. */
export async function shippedDetector(): Promise<typeof analyzeSource> {
  const dir = mkdtempSync(join(tmpdir(), 'ackly-detect-'));
  try {
    const outfile = join(dir, 'detect.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '..', 'utils', 'detect', 'index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile,
      logLevel: 'silent',
    });
    return ((await import(pathToFileURL(outfile).href)) as { analyzeEmail: typeof analyzeSource }).analyzeEmail;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What is timed: the shipped detector once benchDetect has built it, the sources before. */
let analyzeEmail = analyzeSource;

export async function benchDetect(): Promise<Record<string, number | Record<string, number>>> {
  analyzeEmail = await shippedDetector();
  // The same code, so the same verdicts: checked on the emails timed.
  const check = Array.from({ length: 100 }, (_, i) => makeEmail(LANGS[i % LANGS.length]!, i));
  for (const e of check) {
    if (JSON.stringify(analyzeEmail(e, CONTEXT)) !== JSON.stringify(analyzeSource(e, CONTEXT)))
      throw new Error(`the shipped detector differs from the sources on ${e.messageId}`);
  }
  const emails = Array.from({ length: 500 }, (_, i) => makeEmail(LANGS[i % LANGS.length]!, i));
  for (let r = 0; r < 6; r++) for (const e of emails) analyzeEmail(e, CONTEXT);
  const times: number[] = [];
  for (let r = 0; r < 4; r++) {
    for (const e of emails) {
      const t0 = performance.now();
      analyzeEmail(e, CONTEXT);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);

  const hostile: Record<string, number> = {};
  for (const [name, body] of Object.entries(hostileBodies())) hostile[name] = round(timeOne(message(body)));
  hostile.huge_headers = round(timeOne(hugeHeaders()));

  const generated = benchGenerated(100_000);
  const bySize = benchBySize();
  return {
    analyze_ms_per_email_p50: round(percentile(times, 0.5)),
    analyze_ms_per_email_p99: round(percentile(times, 0.99)),
    analyze_ms_hostile_1mb: Math.max(...Object.values(hostile)),
    analyze_ms_hostile_1mb_by_input: hostile,
    analyze_fuzz_100k_ms: Math.round(generated.total),
    analyze_fuzz_100k_mb: round(generated.bytes / MB),
    analyze_ms_per_kb_by_size: bySize.perKb,
    analyze_ms_by_size: bySize.perEmail,
    analyze_vs_chrono_ratio: round(benchAgainstChrono(emails)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDetect()));
}
