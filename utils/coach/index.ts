// The please/thank-you coach: hints on the user's own draft while they write it. Pure: no browser
// API, no DOM, no clock. It runs on every (debounced) keystroke, so the work is linear in the
// length of the draft and capped at COACH_MAX_CHARS.
//
// Reused from detection (pure modules only, so the coach stays small enough for a content script):
// language identification, quote/signature stripping and sentence splitting (utils/detect/text),
// the request cues, greetings and date words of each language's lexicon (utils/detect/lang).
// The coach's own words are in ./words.ts.
import { isLang, LANGUAGES, type Lang } from '../languages';
import { LEXICONS } from '../detect/lang';
import { detectLanguage } from '../detect/language';
import { linesOf, quoteStart, sentencesOf, signatureStart, type Sentence } from '../detect/text';
import { alternativesOf, unicodeRegExp } from '../detect/unicode';
import { COACH_WORDS } from './words';

export type CoachCode = 'please' | 'thanks' | 'date' | 'attachment' | 'unanswered';

export interface CoachSpan {
  /** Offsets into draft.text (UTF-16 code units, like String.prototype.slice). */
  start: number;
  end: number;
}

export interface CoachFix {
  kind: 'insert';
  /** Offset into draft.text where `text` goes. */
  at: number;
  text: string;
}

export interface CoachHint {
  code: CoachCode;
  /** The part of the draft the hint is about, when there is one. */
  span?: CoachSpan;
  /** Key of the interface string (public/_locales): coachPlease, coachThanks, … */
  messageKey: string;
  /** Substitutions for the message's placeholders, in order ($1, $2): only coachUnanswered has them. */
  params?: string[];
  /** A one-click fix, where one is clear. */
  fix?: CoachFix;
}

export interface CoachDraft {
  /** The user's new text; a quoted history at its end is cut off here too. */
  text: string;
  hasAttachments: boolean;
  /** The message this draft replies to (its body as read from the page, quoted history included or not). */
  replyTo?: { bodyText: string } | null;
  /** The draft's language; detected from the text when absent. */
  lang?: Lang;
}

/** Only this much of a draft (and of the message replied to) is looked at. */
export const COACH_MAX_CHARS = 20_000;
const MAX_SENTENCES = 300;
const MAX_SENTENCE = 1000;
const MAX_REPLY_SENTENCES = 120;
const QUOTED_LOOK = 5000;

const MESSAGE_KEYS: Record<CoachCode, string> = {
  please: 'coachPlease',
  thanks: 'coachThanks',
  date: 'coachDate',
  attachment: 'coachAttachment',
  unanswered: 'coachUnanswered',
};

// ---------------------------------------------------------------------------------------------
// Compiled patterns, per language, built on first use.

interface Compiled {
  lang: Lang;
  /** The lexicon's request cues, without the sentence-initial imperative one (the coach has its own). */
  requests: RegExp[];
  notRequests: RegExp[];
  please: RegExp;
  politeForm: RegExp;
  softAsk: RegExp;
  infoVerbs: RegExp;
  notImperative: RegExp;
  imperative: RegExp;
  pronounRun: RegExp;
  greeting: RegExp;
  noRush: RegExp;
  answerStart: RegExp;
  yesNoStart: RegExp;
  thanks: RegExp;
  stop: Set<string>;
}

const NEEDS_UNICODE = new Set<Lang>(['pl', 'nb', 'de']);
const cache = new Map<Lang, Compiled>();

/** A lexicon regex for lower-cased text: no 'i' flag (slow with 'u'), Unicode word boundaries. */
function lowerCue(re: RegExp, lang: Lang): RegExp {
  const plain = new RegExp(re.source, re.flags.replace(/[igy]/g, ''));
  return NEEDS_UNICODE.has(lang) ? unicodeRegExp(plain) : plain;
}

/** A coach pattern (source with \b) for lower-cased text. */
function pattern(source: string): RegExp {
  return unicodeRegExp(new RegExp(source, 'u'));
}

const L = '\\p{L}\\p{N}';
const AMBIGUOUS_DAY_WORDS = new Set(['sun', 'sat', 'man', 'ons', 'mar', 'may', 'wed', 'fre', 'son']);
const SAFE_DATE_KEYS = ['today', 'endOfDay', 'tomorrow', 'endOfWeek', 'nextWeek', 'endOfMonth', 'asap'] as const;

/** Date, time and "by when" words: all of the draft's own language, the unambiguous ones of the others. */
function datePattern(own: Lang): RegExp {
  const parts: string[] = [
    '\\d{4}-\\d{1,2}-\\d{1,2}',
    '\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?',
    '\\d{1,2}:\\d{2}',
    '\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|uur|h)(?![\\p{L}])',
    '(?:kl|klokka|klokken|godz|godzina|godziny|godzinie|um|om)\\.?\\s*\\d{1,2}(?![\\d/])',
    '\\d{1,2}(?:st|nd|rd|th|ste|de|e|go|ego)(?![\\p{L}])',
    '(?:week|wk|kw|uke|tydzień|tygodniu)\\s*\\d{1,2}',
  ];
  for (const lang of LANGUAGES) {
    const d = LEXICONS[lang].dates;
    const isOwn = lang === own;
    for (const key of SAFE_DATE_KEYS) {
      let src = d[key];
      // Dutch "direct" (at once) is an everyday English adjective.
      if (!isOwn) src = src.replace(/\|direct(?=[|)])/g, '');
      parts.push(src);
    }
    if (d.noon) parts.push(d.noon);
    const numbers = Object.keys(d.numberWords).join('|');
    parts.push(d.inDays.replace('N', `(?:\\d{1,3}|${numbers})`));
    for (const day of d.weekdays) {
      const alts = alternativesOf(day);
      parts.push(alts[0]!);
      if (isOwn)
        parts.push(
          ...alts.slice(1).filter((a) => a.replace(/[^\p{L}]/gu, '').length >= 3 && !AMBIGUOUS_DAY_WORDS.has(a)),
        );
    }
    for (const month of d.months) {
      const alts = alternativesOf(month);
      const full = alts[0]!;
      // Full month names stand alone ("by the end of March"), except English "may".
      if (full !== 'may' && (isOwn || full.length >= 5)) parts.push(full);
      const all = alts.join('|');
      parts.push(`(?:${all})\\.?\\s*\\d{1,2}(?!\\d)`, `\\d{1,2}\\.?\\s*(?:${all})`);
    }
  }
  parts.push(COACH_WORDS[own].noRush.replace(/\\b/g, ''));
  // "Friday's presentation" names a thing, not a deadline (see dayAdjective).
  return new RegExp(`(?<![${L}])(?:${parts.join('|')})(?![${L}])(?!['’]s(?![${L}]))`, 'u');
}

/** "before tomorrow's meeting", "przed jutrzejszym spotkaniem", "vor dem morgigen Termin". */
function dayAdjectivePattern(lang: Lang): RegExp {
  const prep = LEXICONS[lang].dates.deadlinePrep;
  return new RegExp(
    `(?<![${L}])(?:${prep})(?![${L}])[^.!?\\n]{0,20}?(?<![${L}])(?:${COACH_WORDS[lang].dayAdjective})(?![${L}])`,
    'u',
  );
}

interface Cues {
  please: RegExp;
  politeForm: RegExp;
  imperative: RegExp;
  greeting: RegExp;
  thanks: RegExp;
}

const cueCache = new Map<Lang, Cues>();

/** The few patterns language identification also needs (cheap to build for all five languages). */
function cues(lang: Lang): Cues {
  let q = cueCache.get(lang);
  if (q) return q;
  const w = COACH_WORDS[lang];
  const lead = `(?:(?:${w.lead})[,:]?\\s+)*`;
  const address = `(?:[\\p{L}'.-]{2,25},\\s+)?`;
  const courtesy = `(?:(?:${w.pleaseLead})[,:]?\\s+)?`;
  // "Dann buche ich ihn", "Top, dan boek ik hem": a verb before its subject is no imperative.
  const notSubject = w.subjectAfterVerb ? `(?!\\s+(?:${w.subjectAfterVerb})(?![${L}]))` : '';
  q = {
    please: pattern(w.please),
    politeForm: pattern(w.politeForm),
    imperative:
      lang === 'pl'
        ? new RegExp(`(?<![${L}])(${w.imperatives})(?![${L}'’:-])`, 'u')
        : new RegExp(`^${lead}${address}${lead}${courtesy}${lead}(${w.imperatives})(?![${L}'’:-])${notSubject}`, 'u'),
    greeting: new RegExp(`^\\s*(?:${LEXICONS[lang].greeting})(?![\\p{L}])`, 'u'),
    thanks: pattern(w.thanks),
  };
  cueCache.set(lang, q);
  return q;
}

function compiled(lang: Lang): Compiled {
  let c = cache.get(lang);
  if (c) return c;
  const lex = LEXICONS[lang];
  const w = COACH_WORDS[lang];
  const q = cues(lang);
  // The lexicon's own sentence-initial imperative cue is replaced by the coach's, which knows
  // where the verb is (for the fix) and which imperatives are only wishes ("take care").
  const probe = `${w.imperatives.split('|')[0]!} x`;
  const requests = lex.requests.map((r) => lowerCue(r.re, lang)).filter((re) => !re.test(probe));
  c = {
    lang,
    requests,
    notRequests: lex.notRequests.map((re) => lowerCue(re, lang)),
    ...q,
    softAsk: pattern(w.softAsk),
    infoVerbs: pattern(w.infoVerbs),
    notImperative: pattern(w.notImperative),
    pronounRun: new RegExp(`^(?:[ \\t]+(?:${w.pronouns})(?![${L}]))*`, 'u'),
    noRush: pattern(w.noRush),
    answerStart: new RegExp(`^(?:${w.answerWords})(?![${L}])`, 'u'),
    yesNoStart: new RegExp(`^(?:${w.yesNoStart})(?![${L}])`, 'u'),
    stop: new Set([...lex.commonWords, ...w.stopWords]),
  };
  cache.set(lang, c);
  return c;
}

const dates = new Map<Lang, [RegExp, RegExp]>();
/** Does the text say by when, in the draft's language (or an unambiguous date word of another)? */
function saysWhen(low: string, lang: Lang): boolean {
  let res = dates.get(lang);
  if (!res) {
    res = [datePattern(lang), dayAdjectivePattern(lang)];
    dates.set(lang, res);
  }
  return res[0].test(low) || res[1].test(low);
}

/**
 * A hint for language identification, which cannot tell short drafts apart ("Stuur me het
 * bestand." has one Dutch and one English common word): the language whose imperatives,
 * greeting, please- and thank-words the opening uses. Wins only a tie in detectLanguage.
 */
function cueLanguage(head: string, preferred: Lang): Lang {
  let best = preferred;
  let bestHits = 0;
  for (const lang of [preferred, ...LANGUAGES.filter((l) => l !== preferred)]) {
    const c = cues(lang);
    const firstLine = head.replace(c.greeting, '').trimStart();
    const hits =
      (c.imperative.test(firstLine) ? 1 : 0) +
      (c.greeting.test(head) ? 1 : 0) +
      (c.please.test(head) ? 1 : 0) +
      (c.thanks.test(head) ? 1 : 0) +
      (c.politeForm.test(head) ? 1 : 0);
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}

let unions: { thanks: RegExp; giving: RegExp; attachedSays: RegExp; attachedTheirs: RegExp } | null = null;

/** Patterns that hold in every language at once: a Danish-style "takk" in an English draft still thanks. */
function union() {
  if (!unions) {
    const join = (pick: (w: (typeof COACH_WORDS)['en']) => string) =>
      pattern(LANGUAGES.map((l) => `(?:${pick(COACH_WORDS[l])})`).join('|'));
    unions = {
      thanks: join((w) => w.thanks),
      giving: join((w) => w.giving),
      attachedSays: join((w) => w.attachedSays),
      attachedTheirs: join((w) => w.attachedTheirs),
    };
  }
  return unions;
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/** Zero-width and bidi control characters: invisible, and they break words apart. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

interface Cleaned {
  text: string;
  /** Offset in the original text of each character of `text`, plus one entry for the end. */
  map: Int32Array | null;
}

function clean(raw: string): Cleaned {
  if (!INVISIBLE.test(raw)) return { text: raw, map: null };
  const map = new Int32Array(raw.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (INVISIBLE.test(ch)) continue;
    out += ch;
    map[n++] = i;
  }
  map[n] = raw.length;
  return { text: out, map: map.subarray(0, n + 1) };
}

function original(c: Cleaned, at: number): number {
  return c.map ? c.map[Math.max(0, Math.min(at, c.map.length - 1))]! : at;
}

/** toLowerCase that keeps every offset ("İ" lower-cases to two code units). */
function lower(s: string): string {
  const low = s.toLowerCase();
  if (low.length === s.length) return low;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const BULLET = /^(?:[-*•·–>]|\d{1,2}[.)])\s+/u;
const QUESTION_END = /\?[^\p{L}\p{N}]*$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Greeting {
  /** Where the content after the greeting starts. */
  contentStart: number;
  /** The greeting stands on a line of its own. */
  alone: boolean;
  /** End of the greeting's line. */
  lineEnd: number;
}

const NAME_ONLY = /^\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?\s*[,!:]\s*$/u;

function readGreeting(text: string, low: string, to: number, c: Compiled): Greeting | null {
  const head = text.slice(0, Math.min(to, 400));
  const line = linesOf(head).find((l) => l.text.trim() !== '');
  if (!line || line.end > to) return null;
  const lowLine = low.slice(line.start, line.end);
  const g = c.greeting.exec(lowLine);
  const skipBlank = (from: number) => {
    let i = from;
    while (i < to && /\s/.test(text[i]!)) i++;
    return i;
  };
  if (!g) {
    if (!NAME_ONLY.test(line.text) || line.text.length > 40) return null;
    return { contentStart: skipBlank(line.end), alone: true, lineEnd: line.end };
  }
  const rest = lowLine.slice(g[0].length);
  const punct = rest.slice(0, 60).search(/[,!:]/);
  if (punct >= 0) {
    const after = line.start + g[0].length + punct + 1;
    if (low.slice(after, line.end).trim() === '')
      return { contentStart: skipBlank(line.end), alone: true, lineEnd: line.end };
    return { contentStart: skipBlank(after), alone: false, lineEnd: line.end };
  }
  // "Hi Tom" on its own line, or "Hi can you…" running on.
  if (rest.trim().split(/\s+/).length <= 3 && line.text.length <= 40)
    return { contentStart: skipBlank(line.end), alone: true, lineEnd: line.end };
  return { contentStart: skipBlank(line.start + g[0].length), alone: false, lineEnd: line.end };
}

// ---------------------------------------------------------------------------------------------
// Sentences.

interface Judged {
  s: Sentence;
  /** Lower-cased text of the sentence, bullet removed. */
  low: string;
  /** Offset of `low` within the text. */
  at: number;
  request: boolean;
  polite: boolean;
  soft: boolean;
  /** Asks for something to be done (not only for an answer): wants a "by when". */
  action: boolean;
  /** Offsets (into the text) of the imperative verb, when the request is one. */
  verb: { start: number; end: number } | null;
}

function judge(s: Sentence, lowText: string, c: Compiled): Judged {
  let at = s.start;
  let low = lowText.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
  const bullet = BULLET.exec(low);
  if (bullet) {
    at += bullet[0].length;
    low = low.slice(bullet[0].length);
  }
  const none: Judged = { s, low, at, request: false, polite: false, soft: false, action: false, verb: null };
  if (c.notRequests.some((re) => re.test(low))) return none;
  let verb: Judged['verb'] = null;
  if (!c.notImperative.test(low)) {
    const m = c.imperative.exec(low);
    if (m) {
      const start = at + m.index + m[0].length - m[1]!.length;
      verb = { start, end: start + m[1]!.length };
    }
  }
  const request = verb !== null || c.requests.some((re) => re.test(low));
  if (!request) return none;
  const politeForm = c.politeForm.test(low);
  const polite = politeForm || QUESTION_END.test(low) || c.please.test(low) || union().thanks.test(low);
  // "Let me know…", "Gib mir Bescheid…", "Daj znać…": an ask for an answer, courteous enough as it
  // is, unless a real imperative comes first ("Send me the file and let me know").
  const softAt = low.search(c.softAsk);
  const soft = softAt >= 0 && (verb === null || softAt <= verb.start - at);
  const action = verb !== null ? !soft : politeForm ? !c.infoVerbs.test(low) : !polite && !soft;
  return { s, low, at, request, polite, soft, action, verb };
}

// ---------------------------------------------------------------------------------------------
// The message replied to.

interface ReplyFacts {
  lang: Lang;
  /** The colleague handed something over ('sent') or answered the user's question ('answer'). */
  gave: 'sent' | 'answer' | null;
  /** Distinct things asked of the reader: the lower-cased sentence and its content words. */
  asked: { low: string; words: string[] }[];
}

function contentWords(low: string, stop: Set<string>, extraStop?: Set<string>): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(low); m !== null; m = WORD.exec(low)) {
    const w = m[0].replace(/['’-]+$/u, '');
    const digits = /\d/.test(w);
    if (!digits && w.length < 3) continue;
    if (stop.has(w) || extraStop?.has(w)) continue;
    out.push(w);
  }
  return out;
}

function readReply(bodyText: unknown, fallback: Lang): ReplyFacts | null {
  if (typeof bodyText !== 'string' || bodyText.trim() === '') return null;
  const { text } = clean(bodyText.slice(0, COACH_MAX_CHARS));
  const qAt = quoteStart(text);
  const newText = text.slice(0, qAt);
  const sigAt = signatureStart(newText);
  const core = newText.slice(0, sigAt);
  if (!/[\p{L}\p{N}]/u.test(core)) return null;
  const lang = detectLanguage(core, fallback);
  const c = compiled(lang);
  const low = lower(newText);
  const g = readGreeting(newText, low, sigAt, c);
  const start = g ? g.contentStart : 0;
  const judged = sentencesOf(newText, start, sigAt)
    .slice(0, MAX_REPLY_SENTENCES)
    .map((s) => judge(s, low, c));

  const { giving } = union();
  let gave: ReplyFacts['gave'] = null;
  // Handing over: "here is…", "anbei…", "vedlagt…" in a sentence that does not ask for something
  // ("Please find attached" is not a request).
  if (judged.some((j) => giving.test(j.low) && (!j.request || !j.action || j.s.text.length < 25))) gave = 'sent';
  if (!gave) {
    const first = low.slice(start, sigAt).trimStart();
    const statements = judged.filter((j) => !j.request && j.low.split(/\s+/).length >= 2).length;
    const asks = judged.filter((j) => j.request).length;
    let quotedAsked = false;
    if (qAt < text.length) {
      const quoted = lower(text.slice(qAt, qAt + QUOTED_LOOK)).replace(/^[ \t]*>[ \t>]*/gm, '');
      quotedAsked = sentencesOf(quoted, 0, quoted.length)
        .slice(0, 60)
        .some((s) => judge(s, quoted, c).request);
    }
    if ((c.answerStart.test(first) && asks <= statements) || (quotedAsked && statements > 0 && asks < statements))
      gave = 'answer';
  }

  const asked: ReplyFacts['asked'] = [];
  const seen = new Set<string>();
  for (const j of judged) {
    if (!j.request) continue;
    const words = contentWords(j.low, c.stop, compiled(fallback).stop);
    if (words.length === 0) continue;
    const key = [...new Set(words)].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    asked.push({ low: j.low, words });
  }
  return { lang, gave, asked };
}

/** Does the draft take up this word? Same word, or the same stem (shared first five letters, or a 4+ letter prefix). */
function mentions(word: string, draftWords: Set<string>, prefixes5: Set<string>, shortWords: Set<string>): boolean {
  if (draftWords.has(word)) return true;
  if (word.length >= 5 && prefixes5.has(word.slice(0, 5))) return true;
  if (word.length === 4 && prefixes5.has('4:' + word)) return true;
  if (word.length >= 5 && shortWords.has(word.slice(0, 4))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------

export function coachDraft(draft: CoachDraft): CoachHint[] {
  try {
    return coach(draft);
  } catch {
    // A coach must never break typing; a hint less is the safe fallback.
    return [];
  }
}

function coach(draft: CoachDraft): CoachHint[] {
  const raw = typeof draft?.text === 'string' ? draft.text.slice(0, COACH_MAX_CHARS) : '';
  const cleaned = clean(raw);
  const full = cleaned.text;
  const newEnd = quoteStart(full);
  const text = full.slice(0, newEnd);
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const sigAt = signatureStart(text);
  const core = text.slice(0, sigAt);
  const low = lower(text);

  const replyBody = draft.replyTo && typeof draft.replyTo === 'object' ? draft.replyTo.bodyText : null;
  const explicit = isLang(draft.lang) ? draft.lang : null;
  const reply = readReply(replyBody, explicit ?? 'en');
  const sample = core.trim() ? core : text;
  const lang: Lang =
    explicit ?? detectLanguage(sample, cueLanguage(lower(sample.slice(0, 300)).trimStart(), reply?.lang ?? 'en'));
  const c = compiled(lang);
  const words = COACH_WORDS[lang];
  const u = union();

  const greeting = readGreeting(text, low, sigAt, c);
  const contentStart = greeting ? greeting.contentStart : text.search(/\S/);
  const judged = sentencesOf(text, Math.max(0, contentStart), sigAt)
    .slice(0, MAX_SENTENCES)
    .map((s) => judge(s, low, c));
  const requests = judged.filter((j) => j.request);
  const span = (start: number, end: number): CoachSpan => ({
    start: original(cleaned, start),
    end: original(cleaned, end),
  });
  const hints: CoachHint[] = [];
  const hint = (code: CoachCode, extra: Omit<CoachHint, 'code' | 'messageKey'> = {}) =>
    hints.push({ code, messageKey: MESSAGE_KEYS[code], ...extra });

  // please: a bare request, and no courtesy anywhere in the draft.
  const thanked = u.thanks.test(low);
  const courteous = thanked || c.please.test(low) || (lang !== 'en' && compiled('en').please.test(low));
  const direct = requests.find((j) => !j.polite && !j.soft);
  if (direct && !courteous && !requests.some((j) => j.polite)) {
    const fix = pleaseFix(direct, text, lang);
    if (fix) fix.at = original(cleaned, fix.at);
    hint('please', { span: span(direct.s.start, direct.s.end), ...(fix ? { fix } : {}) });
  }

  // date: something to be done, and no "by when" anywhere.
  const action = requests.find((j) => j.action);
  if (action && !saysWhen(low.slice(Math.max(0, contentStart)), lang)) {
    hint('date', { span: span(action.s.start, action.s.end) });
  }

  // attachment: says something is attached, nothing is.
  if (!draft.hasAttachments) {
    for (const s of sentencesOf(text, 0, text.length).slice(0, MAX_SENTENCES)) {
      const sLow = low.slice(s.start, Math.min(s.end, s.start + MAX_SENTENCE));
      if (QUESTION_END.test(sLow) || u.attachedTheirs.test(sLow)) continue;
      const m = u.attachedSays.exec(sLow);
      if (m) {
        hint('attachment', { span: span(s.start + m.index, s.start + m.index + m[0].length) });
        break;
      }
    }
  }

  // thanks: they gave what was asked, the draft thanks nobody.
  if (reply?.gave && !thanked) {
    const sentence = reply.gave === 'sent' ? words.thanksForSent : words.thanksForAnswer;
    hint('thanks', { fix: thanksFix(text, greeting, judged, sentence, cleaned) });
  }

  // unanswered: two or more things asked, not all of them taken up.
  if (reply && reply.asked.length >= 2) {
    const stop = new Set([...c.stop, ...compiled(reply.lang).stop]);
    const draftWords = new Set(contentWords(low.slice(Math.max(0, contentStart), sigAt), stop));
    const prefixes5 = new Set<string>();
    const shortWords = new Set<string>();
    for (const w of draftWords) {
      if (w.length >= 5) prefixes5.add(w.slice(0, 5));
      if (w.length >= 4) prefixes5.add('4:' + w.slice(0, 4));
      if (w.length === 4) shortWords.add(w);
    }
    const answered = reply.asked.map((a) => a.words.some((w) => mentions(w, draftWords, prefixes5, shortWords)));
    // "Yes, …" answers one yes/no question that no word of the draft took up.
    const opening = low.slice(Math.max(0, contentStart)).trimStart();
    if (c.answerStart.test(opening)) {
      const yesNo = compiled(reply.lang).yesNoStart;
      const i = reply.asked.findIndex((a, k) => !answered[k] && yesNo.test(a.low));
      if (i >= 0) answered[i] = true;
    }
    const m = answered.filter(Boolean).length;
    if (m < reply.asked.length && draftWords.size > 0) {
      hint('unanswered', { params: [String(reply.asked.length), String(m)] });
    }
  }
  return hints;
}

/** Where the please-word goes (offsets into the cleaned text). */
function pleaseFix(j: Judged, text: string, lang: Lang): CoachFix | undefined {
  const c = compiled(lang);
  if (lang === 'en') {
    if (j.verb) {
      const startsSentence = j.verb.start === j.at && /\p{Lu}/u.test(text[j.verb.start] ?? '');
      if (!startsSentence) return { kind: 'insert', at: j.verb.start, text: 'please ' };
    }
    // "Send me the file, please." / "I need the figures by Friday, please."
    let end = j.s.end;
    while (end > j.s.start && /[.!\s]/.test(text[end - 1]!)) end--;
    return { kind: 'insert', at: end, text: ', please' };
  }
  if (!j.verb) return undefined;
  // After the verb's first word and the object pronouns that follow it: "Schick mir bitte…",
  // "Stuur me graag…", "Wyślij mi proszę…", "Send meg gjerne…", "Se gjerne over…".
  const verbText = text.slice(j.verb.start, j.verb.end);
  const firstWord = verbText.search(/\s/);
  let at = firstWord > 0 ? j.verb.start + firstWord : j.verb.end;
  const run = c.pronounRun.exec(text.slice(at, at + 80).toLowerCase());
  if (run) at += run[0].length;
  const word = lang === 'nl' && /^(?:vergeet|denk)/i.test(verbText) ? 'alsjeblieft' : COACH_WORDS[lang].pleaseWord;
  return { kind: 'insert', at, text: ' ' + word };
}

function thanksFix(
  text: string,
  greeting: Greeting | null,
  judged: Judged[],
  sentence: string,
  cleaned: Cleaned,
): CoachFix {
  const at = (n: number) => original(cleaned, n);
  if (greeting && !greeting.alone) {
    // "Hi Tom, the numbers look good." → "… look good. Thanks for sending this!"
    const first = judged[0];
    if (first) return { kind: 'insert', at: at(first.s.end), text: ' ' + sentence };
    return { kind: 'insert', at: at(greeting.lineEnd), text: ' ' + sentence };
  }
  if (greeting) {
    if (greeting.contentStart >= text.length || text.slice(greeting.contentStart).trim() === '')
      return { kind: 'insert', at: at(greeting.lineEnd), text: '\n' + sentence };
    return { kind: 'insert', at: at(greeting.contentStart), text: sentence + ' ' };
  }
  const start = Math.max(0, text.search(/\S/));
  return { kind: 'insert', at: at(start), text: sentence + ' ' };
}
