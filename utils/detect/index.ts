// Request detection: does the new text of an email ask the reader for something, what, and by when.
// Pure: rule-based cues per language (lang/<code>/lexicon.ts), plus a small offline-trained model
// per language (model/) that weighs each sentence the cues point at.
import type { Lang } from '../languages';
import type { MessageSnapshot, Person } from '../webmail/types';
import { findDeadlines, findUrgency, wallClockOf, type DeadlineCandidate, type WallClock } from './deadline';
import { LEXICONS } from './lang';
import type { LanguageLexicon, RequestCue } from './lexicon';
import { detectLanguage } from './language';
import { mayBeVariant, plainRegExp, plainWord, typedPlain, variantRegExp, variantWord } from './plain';
import { isAutomated, isColleague } from './senders';
import {
  endsWithQuestion,
  firstFilledLine,
  hasBullet,
  MAX_BODY,
  MAX_NEW_TEXT,
  quotedAuthorLine,
  quoteStart,
  sentencesOf,
  signatureStart,
  straightApostrophes,
  type Sentence,
  withoutBullet,
} from './text';
import type { Analysis, AnalysisContext, RequestKind, TextSpan } from './types';
import { fastTest, partsOf, unicodeRegExp as toUnicode } from './unicode';
import { LiteralUnion } from './literals';
import { modelOf } from './model/weights';
import { sentenceScore, vocabularyRestorer } from './model/features';

export type { Analysis, AnalysisContext, RequestKind, TextSpan } from './types';
export { detectLanguage } from './language';
export { isAutomated, isColleague, organisationDomains } from './senders';
export { findDeadlines, findUrgency, wallClockOf } from './deadline';
export { quoteStart, signatureStart, sentencesOf } from './text';

interface CompiledLexicon {
  lex: LanguageLexicon;
  /** Compiled for mail typed without the language's letters (see plain.ts). */
  plain: boolean;
  requests: RequestCue[];
  notRequests: RegExp[];
  outOfOffice: RegExp;
  /** The same, global: for walking its every match (see ownAbsence). */
  outOfOfficeAll: RegExp;
  attachmentMention: RegExp;
  attachmentRequest: RegExp;
  meeting: RegExp;
  greeting: RegExp;
  titles: RegExp;
  groupWords: RegExp;
  commonWords: Set<string>;
  ownTask: RegExp;
  restatement: RegExp | null;
  prep: RegExp;
  /**
   * Any cue at all: `requests`, `notRequests`, `meeting`, `ownTask` in that order (`cues` of them),
   * then the asks looked for after the model (see afterModelAsks); `matching` says which of them
   * fire in one pass, and each sentence is looked at once for both.
   */
  any: LiteralUnion;
  cues: number;
  /** Where in `any` the after-model asks end (AFTER_MODEL_ASKS), and NEED_BY and PASSIVE_DUTY are (-1: none). */
  after: { asks: number; needBy: number; duty: number };
}

const COMPILED = new Map<string, CompiledLexicon>();
/** Stands in for the unions while a lexicon is compiled. */
const NO_CUES = new LiteralUnion([], '');
const JUDGE_HEAD = 2500;
const JUDGE_TAIL = 800;
const NEEDS_UNICODE_BOUNDARIES = new Set<Lang>(['pl', 'nb', 'de']);

/**
 * A language's cues compiled; `typed` 'plain' for mail typed without the language's letters, whose
 * cues also match their plain spellings (see plain.ts).
 */
function compiled(lang: Lang, typed: 'letters' | 'plain' = 'letters'): CompiledLexicon {
  const key = typed === 'plain' ? `${lang}-plain` : lang;
  let c = COMPILED.get(key);
  if (!c) {
    const lex = LEXICONS[lang];
    // Unicode-aware word boundaries cost a lookbehind at every position; only languages whose cue
    // words start or end in non-ASCII letters need them.
    // Sentences are lower-cased once, so the cues run without the (slow, with 'u') 'i' flag.
    const spell = typed === 'plain' ? (re: RegExp) => plainRegExp(re, lang) : (re: RegExp) => variantRegExp(re, lang);
    const plain = (re: RegExp) => spell(new RegExp(re.source, re.flags.replace('i', '')));
    const unicodeRegExp = NEEDS_UNICODE_BOUNDARIES.has(lang) ? (re: RegExp) => plain(toUnicode(re)) : plain;
    const outOfOffice = unicodeRegExp(lex.outOfOffice);
    c = {
      lex,
      plain: typed === 'plain',
      requests: lex.requests.map((r) => ({
        re: unicodeRegExp(r.re),
        kind: r.kind,
        decisive: r.decisive,
        direct: r.direct,
      })),
      notRequests: lex.notRequests.map(unicodeRegExp),
      outOfOffice,
      outOfOfficeAll: new RegExp(outOfOffice.source, outOfOffice.flags.replace('g', '') + 'g'),
      attachmentMention: unicodeRegExp(lex.attachmentMention),
      attachmentRequest: unicodeRegExp(lex.attachmentRequest),
      meeting: unicodeRegExp(lex.meeting),
      greeting: spell(new RegExp(`^\\s*(?:${lex.greeting})(?![\\p{L}])[\\s,]*`, 'iu')),
      titles: spell(new RegExp(`^(?:${lex.titles})$`, 'iu')),
      groupWords: spell(new RegExp(`^(?:${lex.groupWords})$`, 'iu')),
      commonWords: new Set(lex.commonWords),
      ownTask: unicodeRegExp(lex.ownTask),
      restatement: lex.restatement ? spell(new RegExp(lex.restatement.source, 'iu')) : null,
      any: NO_CUES,
      cues: 0,
      after: { asks: 0, needBy: -1, duty: -1 },
      prep: spell(new RegExp(`(?<![\\p{L}])(?:${lex.dates.deadlinePrep})(?![\\p{L}])`, 'iu')),
    };
    const all = [...c.requests.map((r) => r.re), ...c.notRequests, c.meeting, c.ownTask];
    const flags = NEEDS_UNICODE_BOUNDARIES.has(lang) ? 'u' : '';
    const after = afterModelAsks(lang);
    c.any = new LiteralUnion([...all.map((re) => re.source), ...after.expressions], flags, true);
    c.cues = all.length;
    const at = (i: number) => (i < 0 ? -1 : all.length + i);
    c.after = { asks: all.length + after.asks, needBy: at(after.needBy), duty: at(after.duty) };
    COMPILED.set(key, c);
  }
  return c;
}

/** Splits "piet.devries@x" or "Piet de Vries" into lower-case name parts. */
function nameParts(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((p) => p.length >= 2);
}

/**
 * A recipient that is one person ("Tom Berg", tom.berg@…, t.berg@…), not a list ("mitglieder@",
 * "team-north@", "Headteachers"): only people can be the "someone else" a greeting names.
 */
function isPersonLike(p: Person): boolean {
  const name = String(p?.name ?? '').trim();
  if (name) return /^\p{Lu}[\p{L}'-]*\s+\p{Lu}/u.test(name) || /[,]/.test(name);
  const local = String(p?.email ?? '').split('@')[0] ?? '';
  return /^\p{L}[\p{L}'-]*[._]\p{L}[\p{L}'-]+$/u.test(local);
}

function firstNameOf(p: Person): string {
  const fromName = nameParts(p.name ?? '')[0];
  if (fromName) return fromName;
  const local = (p.email ?? '').split('@')[0] ?? '';
  return nameParts(local)[0] ?? '';
}

/** The first letter of a name without its accents ("Łukasz" → "l", "Øystein" → "o"), as an address writes it. */
function foldedInitial(name: string): string {
  return asAddressSpells(name.charAt(0).toLowerCase(), false).charAt(0);
}

/**
 * The letters the reader's first name starts with, when something says: a name of two words
 * ("Mark Devlin", "M. Devlin") or an address of a first name or initial and a surname
 * ("m.devlin@", "mark.devlin@"). Empty when nothing does ("devlin@", "info@").
 */
function initialsOf(myName: string, addresses: string[], viaList: boolean): string[] {
  const initials = new Set<string>();
  const words = myName.split(/[\s.]+/u).filter((w) => /^\p{L}/u.test(w));
  if (words.length >= 2) initials.add(foldedInitial(words[0]!));
  for (const a of addresses) {
    const local = a.split('@')[0] ?? '';
    if (/^\p{L}[\p{L}'-]*[._]\p{L}{2,}$/u.test(local)) initials.add(foldedInitial(local));
    // Round 124: on a mail to a list, a first name alone ("mo@", "jonas@"), not a shared mailbox ("info@",
    // "werf@").
    else if (viaList && /^\p{L}{2,12}$/u.test(local) && !SHARED_MAILBOX.test(local)) initials.add(foldedInitial(local));
  }
  return [...initials];
}

/** The local part of a shared mailbox, not a person's ("info@", "kantoor@", "biuro@", "post@"). */
const SHARED_MAILBOX =
  /^(?:info|office|admin|sales|team|contact|support|hello|hallo|hei|mail|post|kantoor|buero|büro|biuro|kontor|werf|service|bookings?|booking|reception|receptie|empfang|recepcja|resepsjon|orders?|bestellingen|bestellung|zamowienia|ordre|jobs|hr|it|finance|accounts|billing|noreply|no|enquiries|inquiries|events|press|pers|presse|prasa|shop|winkel|sklep|butikk|ops|planning|planung|dispatch|lager|magazyn|verkoop|verkauf|sprzedaz|salg|kundeservice|klantenservice|kundenservice|rezerwacje|reservations?|reservering|reservierung|bestilling|members|leden|mitglieder|czlonkowie|medlem|medlemmer|staff|personeel|personal|ansatte|alle|all|everyone|iedereen|wszyscy)$/u;

/** Words that open a sentence with a comma as a name would ("Oh, and could you …", "Słuchaj, …"), in the five languages. */
const INTERJECTION =
  /^(?:o|oh|ohh|ah|ahh|aha|ach|och|oj|åh?|hmm?|um|uh|uff|wow|well|look|listen|okay|ok|oké|okej|okei|right|sure|yes|yeah|yep|no|nope|great|perfect|cool|fine|alright|anyway|sorry|again|now|so|plus|honestly|actually|brilliant|lovely|excellent|awesome|super|supert|cheers|morning|evening|hey|hi|hello|nou|ja|jo|nee|nein|nei|nie|tak|na|he|hé|zeg|luister|kijk|tja|prima|top|mooi|goed|fijn|gut|klasse|toll|genau|stimmt|mensch|moin|hör|schau|sag|dobra|dobrze|słuchaj|słuchajcie|patrz|wiesz|przepraszam|acha|halo|hej|cześć|flott|bra|greit|fint|hør|altså)$/u;

/** Capitalised words that follow a lower-case word ("… und Jonas bauen"): names, in most languages. */
function capitalisedInside(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(/(?<=\p{Ll}[,;]? )\p{Lu}\p{Ll}+(?!\p{L})/gu), (m) => m[0]));
}

/**
 * ", das Landratsamt will die Mengenmeldung bis morgen früh haben", ", the client needs the deck by
 * …": a clause after a comma whose subject, someone other than the sender, wants a thing (not ", so I
 * need them by …").
 */
const OTHERS_WANT_CLAUSE =
  /^[,;]\s+(?!(?:so|then|and|but|because|as|since|dann|denn|weil|und|aber|dus|want|en|maar|omdat|więc|bo|ale|i|a|så|og|men|fordi)\s)(?:(?:the|das|der|die|de|het|den|det)\s+)?(?!(?:i|we|ich|wir|ik|wij|ja|my|jeg|vi|you|du|sie|je|jij|u|ty|pan|pani|dere)\s)\p{L}+(?:\s+\p{L}+){0,2}?\s+(?:wants?|needs?|requires?|expects?|would like|will|braucht|benötigt|möchte|erwartet|wil|wilt|verwacht|chce|potrzebuje|oczekuje|vil ha|trenger|ønsker|må ha)(?![\p{L}])/iu;

/** Someone's need or wish relayed, in the five languages ("needs", "braucht", "heeft … nodig", "potrzebuje", "trenger"). */
const RELAYED_NEED =
  /(?<![\p{L}])(?:needs?|wants?|requires?|expects?|would like|nodig|wil|wilt|verwacht|braucht|benötigt|möchte|will|erwartet|potrzebuje|chce|oczekuje|trenger|vil ha|ønsker|må ha)(?![\p{L}])/u;

/** A line that opens by turning to a name: "Sanne, kun jij …", "- Bram: …". */
const VOCATIVE_LINE = /(?:^|\n)[ \t]*(?:[-*•·–][ \t]*)?(\p{Lu}\p{Ll}{2,})[ \t]*(?:,|:|[–—-][ \t])/gu;

/** Everyday first-name forms of every language, to the formal name. */
const NICKNAMES = new Map<string, string>(
  Object.values(LEXICONS).flatMap((lex) => Object.entries(lex.nicknames ?? {})),
);

const VOWEL_END = /[aeiouyą]$/u;

/** Same person's name, allowing for Polish vocatives and short forms ("Tomku" ~ "Tomasz", "Magda" ~ "Magdalena"). */
function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const formalA = NICKNAMES.get(a) ?? a;
  const formalB = NICKNAMES.get(b) ?? b;
  if (formalA !== a || formalB !== b) return formalA === formalB || sameName(formalA, formalB);
  const n = Math.min(a.length, b.length, 4);
  if (n >= 3 && a.slice(0, Math.max(3, n - 1)) === b.slice(0, Math.max(3, n - 1))) return true;
  // "Ewo," for ewa@, "Olu," for ola@: a Polish short name called by its vowel-ended vocative.
  if (a.length === 3 && b.length === 3 && a.slice(0, 2) === b.slice(0, 2) && VOWEL_END.test(a) && VOWEL_END.test(b))
    return true;
  // "Jørgen" ~ jorgen@, "Łukasz" ~ lukasz@, "Jürgen" ~ juergen@ or jurgen@: addresses spell names
  // without their accents.
  if (/[^a-z]/.test(a) || /[^a-z]/.test(b)) {
    const [fa, fb] = [asAddressSpells(a, false), asAddressSpells(b, false)];
    const [ga, gb] = [asAddressSpells(a, true), asAddressSpells(b, true)];
    if ((fa !== a || fb !== b) && sameName(fa, fb)) return true;
    if ((ga !== a || gb !== b) && (ga !== fa || gb !== fb) && sameName(ga, gb)) return true;
  }
  return false;
}

/** A name as an address writes it: accents dropped ("jørgen" → "jorgen"), or German umlauts spelled out ("jürgen" → "juergen"). */
function asAddressSpells(name: string, umlauts: boolean): string {
  const spelled = umlauts ? name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue') : name;
  return spelled
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

interface Greeting {
  /** Offset just after the greeting (into text). */
  end: number;
  names: string[];
  group: boolean;
}

/**
 * "Kasia i Tomek,", "Tom, Priya -", "Jon Are,": names (of one or two words) alone on the line before a
 * comma, a colon or a dash.
 */
const NAME_ONLY_LINE =
  /^\s*(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?(?:(?:\s*,\s*|\s+(?:og|and|und|en|i|&)\s*)\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)*)\s*(?:[,!:]|\s[-–—])\s*$/u;
/** "Pani Joanno,", "Frau Dr. Brückner,", "Mevrouw Bakker:": a title and a name alone on the line (the title checked after). */
const TITLED_NAME_LINE = /^\s*((\p{Lu}\p{Ll}*)\.?\s+(?:\p{Lu}\p{Ll}*\.\s+)?\p{Lu}[\p{L}'-]+)\s*[,!:]\s*$/u;

/** The rest of a greeting line after its first name: only more names ("Jake,", "Ola og Mette!"). */
const MORE_NAMES =
  /^\s*\p{Lu}[\p{L}'-]+(?:\s*(?:,|&|\s(?:and|og|und|en|i|oraz|a)\s)\s*\p{Lu}[\p{L}'-]+){0,4}\s*[,!:.]?\s*$/u;

/** Whether the words after a greeting word can be whom it greets ("Tom and Anna", "team", "jamie"). */
function namesLike(text: string, c: CompiledLexicon): boolean {
  if (/[?]/.test(text)) return false;
  const words = text.split(/[\s,&]+/u).filter((w) => w.length > 0);
  if (words.length <= 1) return true;
  return words.every(
    (w) =>
      /^\p{Lu}/u.test(w) ||
      /^(?:og|and|und|en|i|a|oraz|&|dear|all|zusammen|allemaal|alle|sammen|wszyscy|van|de|der|den|von|la|le)$/iu.test(
        w,
      ) ||
      c.groupWords.test(w) ||
      c.titles.test(w),
  );
}

/** "and" in each language. */
const AND_WORD = String.raw`(?:and|en|und|i|oraz|og)`;

/** "and" before a second greeting on the line ("Hei Lars, og hei Ingrid,"). */
const GREETING_AND = new RegExp(String.raw`^\s*${AND_WORD}\s+`, 'iu');

/** A clause after a greeted name that says who the person is ("… og hei Ingrid som jeg har satt på kopi,"). */
const WHO_CLAUSE = /\s(?:who|whom|die|der|welche|który|która|którą|którego|som)\s.*$/isu;

function readGreeting(text: string, from: number, to: number, c: CompiledLexicon): Greeting | null {
  const first = firstFilledLine(text.slice(from, to));
  if (!first) return null;
  const t = first.text;
  let namesText: string | null = null;
  let end = from + first.end;
  const g = c.greeting.exec(t);
  if (g) {
    const rest = t.slice(g[0].length);
    // The names end at a comma, "!", ":" or a spaced dash ("Morning Martin – all done, …").
    const mark = /[,!:]|\s[–—-]\s|$/u.exec(rest)!;
    let comma = mark.index;
    let markLength = Math.max(1, mark[0].length);
    // "Hi Helen, Jake,", "Hei Kari, Ola og Mette!": the rest of the line names more people.
    if (comma < rest.length && MORE_NAMES.test(rest.slice(comma + 1))) {
      comma = rest.length;
      markLength = 1;
    }
    namesText = rest.slice(0, comma);
    // "Hallo Frau Obermaier, hallo Herr Yilmaz,", "Hallo Petra, hallo Murat, hallo Lena,": more
    // greetings on the same line greet more people.
    const more: string[] = [];
    for (let after = comma < rest.length ? rest.slice(comma + 1) : ''; after;) {
      // "Hei Lars, og hei Ingrid som jeg har satt på kopi," (round 91): "and" before the next greeting,
      // and a clause after its name that says who she is.
      const and = GREETING_AND.exec(after)?.[0].length ?? 0;
      const again = c.greeting.exec(after.slice(and));
      // "hallo Frau Dr. Brückner,": a title's dot before a space does not end the name.
      const part = again
        ? /^((?:[^,!:?.]|\.(?=\s)){1,60})(?:[,!:]\s*|$)/u.exec(after.slice(and + again[0].length))
        : null;
      const name = part ? part[1]!.replace(WHO_CLAUSE, '').trim() : '';
      if (!again || !part || name.length > 40 || !namesLike(name, c)) break;
      more.push(name);
      after = after.slice(and + again[0].length + part[0].length);
      if (after.trim() === '') {
        namesText += ` ${more.join(' ')}`;
        comma = rest.length;
        markLength = 1;
        break;
      }
    }
    if (comma < rest.length - 1 && rest.slice(comma + markLength).trim().length > 0)
      end = from + first.start + g[0].length + comma + markLength;
    // "hey can u send me the readings before 2pm", "hej mozesz wrzucic ten hotfix …?": no names
    // after the greeting word but the message itself, which starts right after it.
    if (namesText.length > 60 || !namesLike(namesText, c)) {
      namesText = '';
      end = from + first.start + g[0].length;
    }
    // "Sehr geehrte Damen und Herren,\nliebe Frau Bruns,", "Dear all,\ndear Tom,": a second
    // greeting line right after the first greets more people.
    if (end === from + first.end) {
      const next = text.slice(from + first.end + 1, Math.min(to, from + first.end + 62));
      const line = next.split('\n', 1)[0]!;
      const g2 = line.length <= 60 ? c.greeting.exec(line) : null;
      const more = g2 ? /^((?:[^,!:?.]|\.(?=\s))*)[,!:]?\s*$/u.exec(line.slice(g2[0].length)) : null;
      if (more && more[1]!.trim() !== '') {
        namesText += ` ${more[1]}`;
        end = from + first.end + 1 + line.length;
      }
    }
  } else {
    const titled = TITLED_NAME_LINE.exec(t);
    const m = NAME_ONLY_LINE.exec(t) ?? (titled && c.titles.test(titled[2]!) ? titled : null);
    if (!m) return null;
    namesText = m[1] ?? '';
  }
  const words = namesText.split(/[\s,&]+/u).filter((w) => w.length > 0);
  let group = false;
  const names: string[] = [];
  for (const w of words) {
    if (c.titles.test(w)) continue;
    if (c.groupWords.test(w) || /^(?:og|and|und|en|i|dear|all)$/i.test(w)) {
      if (c.groupWords.test(w) || w.toLowerCase() === 'all') group = true;
      continue;
    }
    if (/^\p{Lu}/u.test(w)) names.push(w.toLowerCase());
  }
  return { end, names, group };
}

/**
 * Round 99. First names that are also common words ("Will, can you make sure …?", "May, could you …?"):
 * a name when written with a capital and turned to with a comma.
 */
const WORD_NAMES = new Set([
  'will',
  'mark',
  'bill',
  'may',
  'june',
  'april',
  'grace',
  'hope',
  'joy',
  'rose',
  'pat',
  'sue',
  'jack',
  'frank',
  'ray',
  'rob',
  'drew',
  'max',
  'wade',
  'dawn',
  'eve',
  'summer',
  'sandy',
  'rich',
  'gene',
  'art',
  'jan',
  'ben',
  'bob',
]);

/**
 * Words that open a line like a name would ("Note:", "Update –") but are labels; round 10 also
 * connectives before a colon ("Uansett: kan du …?", "Jedenfalls: …", "Zatem: …"); round 13 the
 * fields of a request ("Termin: 15 maja", "Frist: fredag", "Wann: Montag", "Ort: Halle 3").
 */
const LABEL_WORDS = new Set(
  [
    'termin termijn frist fristen abgabe abgabetermin due datum data dato date zeit tid time ort sted',
    'miejsce plaats locatie location place venue wann wo when where kiedy gdzie wanneer waar når hvor',
    'kontakt contact koszt kosten cost pris price prijs preis cena budget budżet budsjett format',
    'formaat forma umfang omfang zakres omvang scope ziel doel mål cel goal aim note notes update',
    'reminder deadline action actions status fyi ps question questions todo re fw fwd subject',
    'herinnering erinnerung przypomnienie påminnelse',
    'important info hinweis wichtig achtung uwaga ważne merk obs viktig edit betreff temat emne',
    'onderwerp belangrijk let tip agenda summary context background tldr next vraag frage pytanie',
    'spørsmål also and but so ok okay sorry thanks danke bedankt dzięki takk hey hi hallo hei dear',
    'today tomorrow heute morgen vandaag dziś jutro i in forresten apropos übrigens uebrigens',
    'trouwens btw anyway zresztą przy nb kort kurz kurzfrage quick vraagje pytanko dessuten außerdem',
    'verder bovendien ponadto poza finally lastly first second third firstly zuletzt eerst sist',
    'ellers sonst anders inaczej otherwise meanwhile intussen inzwischen tymczasem imens aktualizacja',
    'oppdatering p.s kurze kleine korte krótkie szybkie rask lite short small one eine een jedno ett',
    'uansett likevel altså jedenfalls egal trotzdem dennoch allerdings jednak zatem więc',
    'keine kein keinen geen ingen no deshalb daher darum somit folglich daarom kortom therefore hence dlatego derfor',
    // Round 93: the days of a week plan ("- Mittwoch: Anlieferung Eichenholz …" read by m.opitz@ is
    // no line turned to her by her initial).
    'monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag',
    'zaterdag zondag montag dienstag mittwoch donnerstag freitag samstag sonntag poniedziałek wtorek',
    'środa czwartek piątek sobota niedziela mandag tirsdag onsdag torsdag fredag lørdag søndag',
    // Round 71: "Andere Sache: weißt du, ob …?", "Ander punt:", "Inna sprawa:", "Annen sak:" (a topic
    // changed, not a person turned to).
    'andere anderes sache thema punkt anliegen ander punt zaak another thing matter point inna sprawa rzecz annen sak',
    // The headings of minutes and incident notes: cause, decision, tasks, actions, risks, steps.
    'cause reason result results outcome decision decisions task tasks risks risk issue issues problem',
    'solution impact steps plan timeline details overview purpose oorzaak reden resultaat uitkomst',
    'besluit besluiten taken taak acties actie risico probleem oplossing vervolg stappen planning',
    'overzicht doel achtergrond ursache grund ergebnis ergebnisse entscheidung entscheidungen aufgaben',
    'aufgabe maßnahmen maßnahme risiken risiko lösung auswirkung schritte planung überblick zweck',
    'hintergrund przyczyna powód wynik wyniki decyzja decyzje zadania zadanie działania działanie',
    'ryzyko ryzyka rozwiązanie wpływ kroki harmonogram szczegóły podsumowanie cel tło årsak grunn',
    'resultat resultater beslutning beslutninger oppgaver oppgave tiltak konsekvens steg detaljer',
    'oversikt formål bakgrunn først deretter',
    // Round 34: a heading of admin notes ("Housekeeping: …") and a preposition that opens a topic
    // ("Zur Dachsanierung: …", "Wegen der Rechnung: …"), never a name.
    'housekeeping admin organisatorisches organisatorisch praktisch praktisk praktisches huishoudelijk',
    'zur zum für wegen bezüglich betreffend bzgl betreft inzake omtrent regarding concerning odnośnie',
    'dotyczy angående vedrørende ang',
    // Round 74: a word that only calls for attention ("Słuchaj, a wiesz może, czy …?", "Listen, …",
    // "Luister, …", "Hør, …").
    'słuchaj słuchajcie posłuchaj posłuchajcie listen look luister zeg hör hør du',
    // Round 112: an ease before a colon ("Ohne Eile: Könntest du …?", "Spokojnie: wrzuć …",
    // "Whenever: could you …?"), never a name turned to.
    'ohne eile stress zonder haast bez pośpiechu spokojnie uten hast rolig whenever',
  ]
    .join(' ')
    .split(' '),
);
/** Whether a word that opens a line like a name is one of LABEL_WORDS (any case). */
const isLabelWord = (word: string): boolean => LABEL_WORDS.has(word.toLowerCase());
/** Out-of-office auto-text speaks in the first person about being away, or thanks for the message. */
const FIRST_PERSON_AWAY =
  /(?:\bi am\b|\bi'm\b|\bi will be\b|\bich bin\b|\bik ben\b|\bjestem\b|\bbędę\b|\bjeg er\b|\bjeg vil være\b|thank you for your (?:e-?mail|message)|danke für ihre|vielen dank für ihre|bedankt voor (?:je|uw)|dziękuję za (?:wiadomość|e-?mail)|takk for (?:din |e-?posten|henvendelsen))/iu;
/**
 * "while Hannah's on leave", "as Tom is on holiday this week": someone else's absence named just
 * before the away phrase, which is the reason for a mail, not an auto-reply. Only languages listed.
 */
const OTHERS_AWAY: Partial<Record<Lang, RegExp>> = {
  en: /(?:\b(?:he|she|they)(?:'s|'re| is| are| was| were| will be)?|\b[\p{L}-]+'s|\b(?!i\b)[\p{L}-]+ (?:is|are|was|were|will be))\s+(?:(?:currently|still|now|also|away|off|both)\s+)?$/u,
};

/**
 * "I'm on leave from Friday, so can I ask you to run the cleanse?": a question to the reader, which
 * no auto-reply asks, makes a mail that mentions the sender's absence a person's mail.
 */
const URGENT_HELP =
  /urgent|emergenc|immediate|help|assistance|dringend|eilig|spoed|hulp|pilne|pilna|pomoc|haster|hjelp|akutt/u;

function asksReader(head: string, lang: Lang): boolean {
  const you = SECOND_PERSON[lang];
  if (!you || !head.includes('?')) return false;
  // Not the auto-reply's own offer: "Is it urgent? Do you need help before then?"
  return head.split(/(?<=[.!?])\s+/).some((s) => endsWithQuestion(s) && you.test(s) && !URGENT_HELP.test(s));
}

/** Whether the away phrase of an out-of-office text is said of the sender, not only of someone else. */
function ownAbsence(text: string, c: CompiledLexicon): boolean {
  const others = OTHERS_AWAY[c.lex.lang];
  if (!others) return c.outOfOffice.test(text);
  for (const m of text.matchAll(c.outOfOfficeAll))
    if (!others.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
/** "Pani Basiu, proszę …", "Tom, could you …": a name (after a title) and its comma opening the first line. */
const FIRST_LINE_VOCATIVE = /^\s*(?:(\p{Lu}\p{Ll}*)\.?\s+)?(\p{Lu}[\p{L}'-]+)\s*,\s*\S/u;
const AUTO_REPLY_SUBJECT =
  /^(?:automatic reply|auto(?:matic)?[- ]?reply|out of office|automatisch antwoord|afwezig|automatische antwort|abwesenheitsnotiz|odpowiedź automatyczna|automatyczna odpowiedź|automatisk svar|fravær|fraværende|abwesend|abwesenheit|nieobecność|out of the office)\s*:/i;
/** A sentence without its list bullet or number, trimmed, lower case: what the sentence-level patterns read. */
function bareLower(text: string): string {
  return withoutBullet(text).trim().toLowerCase();
}
/** "@Tom": a mention (the sentence starts with "@"). */
const AT_NAME = /^@(\p{L}+)/u;
/**
 * "Tom –", "Frau Weber,", "Jo F –": a name (and surname or initial) before a dash, colon or comma (not
 * the colon of a German gender form: "Jede:r von euch muss …", round 60).
 */
const ADDRESSED =
  /^@?(\p{Lu}[\p{L}'-]+)\.?(?:\s+(\p{Lu}(?:[\p{L}'-]+|\.)?))?(?:\s*\([^()]{1,40}\))?\s*(?:[–—]|:(?!\p{L})|-\s|,)\s*/u;
/** The name `text` opens by turning to: a mention ("@Tom …", see AT_NAME) or an address (see ADDRESSED). */
function nameTurnedTo(text: string): RegExpExecArray | null {
  return (text.charCodeAt(0) === 64 ? AT_NAME.exec(text) : null) ?? ADDRESSED.exec(text);
}
/** A sentence saying someone is copied for information only, in the five languages. */
const CC_FOR_INFO =
  /(?:\bcc\b|\bkopi|\bcopied|\bcopy\b|\bin kopie\b|\bter info(?:rmatie)?(?![\p{L}])|\bzur info(?:rmation)?(?![\p{L}])|\bfor (?:visibility|info|your information)|\bfyi\b|\bdo wiadomości|\binformacyjnie|\btil orientering|\btil info(?:rmasjon)?(?![\p{L}])|\bnur zur kenntnis|\bcopying you\b|\bcc'?ing you\b|\bso you know\b|\bnothing (?:needed|required|to do) (?:from|for) you\b|\bno action (?:needed|required) (?:from|for|on) you\b|\bw kopii\b|\bdodaję cię do wiadomości|\bniets nodig van (?:je|jou|u)\b|\bnichts zu tun\b|\bingenting (?:du må gjøre|å gjøre for deg))/iu;
/** A reason given for a copy ("because he has time too", "omdat hij …", "weil …", "bo …", "fordi …"). */
const COPY_REASON = /(?<![\p{L}])(?:because|since|omdat|aangezien|weil|da|bo|ponieważ|gdyż|fordi|siden)(?![\p{L}])/u;
/** A copy said to be for information, in so many words. */
const INFO_PURPOSE =
  /(?<![\p{L}])(?:ter info(?:rmatie)?|for (?:visibility|info|your information)|fyi|zur (?:info(?:rmation)?|kenntnis)|do wiadomości|informacyjnie|til orientering|til info(?:rmasjon)?|so you know|no action|niets nodig|nichts zu tun|ingenting å gjøre)(?![\p{L}])/u;

/** "not only for information", "nicht nur zur Info", "nie tylko informacyjnie": a copy that is more. */
const NOT_ONLY_FOR_INFO =
  /(?<![\p{L}])(?:not (?:just|only|merely)|niet (?:alleen|enkel|zomaar)|nicht nur|nicht bloß|nie tylko|nie jedynie|ikke bare|ikke kun)(?:\s+\S+){0,2}?\s+(?:for (?:info|visibility|your information)|fyi|ter info(?:rmatie)?|zur (?:info(?:rmation)?|kenntnis)|informativ|informacyjnie|do wiadomości|til orientering|til info(?:rmasjon)?)(?![\p{L}])/u;

/** A short lead-in before a name: "Re the cracks on stair 2: Tomek, …", "Quick one for tonight's close: @Tyler …" (round 67). */
const LEAD_IN = /^[^:\n]{3,80}:\s+(?=\p{Lu}|@\p{L})/u;
/**
 * "…: Zugänge, Vermittlungen, Rückgaben und Todesfälle?": after the lead-in, a list of things (German
 * nouns in capitals), not a name turned to (round 65).
 */
const LISTED_AFTER =
  /^\p{Lu}\p{L}*,\s*(?:\p{L}+(?:\s+\p{L}+)?,\s*)*\p{L}+(?:\s+\p{L}+)?\s+(?:und|oder|and|or|en|of|og|eller|i|lub|albo|oraz)\s/u;
/**
 * "Update stroom: de aggregaten komen donderdag binnen …", "Status Halle 2: …": news announced by a
 * label; the label's word is no imperative.
 */
const NEWS_LABEL =
  /^(?:(?:just\s+)?(?:a\s+)?(?:quick\s+)?(?:to\s+)?update(?:\s+you)?\s+on(?:\s+[^\s:]+){1,3}:\s|(?:update|updates|status|stand van zaken|stand|nieuws|news|neuigkeiten|info|fyi|aktualizacja|oppdatering|nytt)(?:\s+[^\s:]+){0,2}:\s)/iu;
/** The names in brackets before a colon: "Everyone who went to Mechelen (Joost, Anouk, Evert-Jan): …". */
const BRACKET_NAMES = /\(((?:\p{Lu}[\p{L}'-]+(?:,\s*|\s+(?:and|en|und|i|og|&)\s+))*\p{Lu}[\p{L}'-]+)\)\s*:\s/u;

/** A group opening the line, not a name ("Bartek (Wola): sprawdź …" turns to Bartek). */
const GROUP_BEFORE_NAMES =
  /^(?:[-•*–]\s*)?(?:everyone|everybody|all|the|those|anyone|iedereen|allen|alle|de|het|die|wie|jeder|jede|der|wer|wszyscy|wszystkie|każdy|każda|ci|te|osoby|kto|hver|dere)\s[^():]*\(/u;

/**
 * Round 120. "Iedereen die mee was naar het congres in Mechelen (Joost, Anouk, Evert-Jan): lever je
 * bonnetjes … in": the people a line's lead-in names in brackets are the ones it asks; read by
 * someone none of those names is, it asks someone else.
 */
function namesOthersInBrackets(raw: string, people: People): boolean {
  const names =
    raw.includes('(') && people.readerNames.length > 0 && GROUP_BEFORE_NAMES.test(raw.toLowerCase())
      ? BRACKET_NAMES.exec(raw)
      : null;
  if (!names) return false;
  const listed = names[1]!.split(/,\s*|\s+(?:and|en|und|i|og|&)\s+/u).map((n) => n.toLowerCase());
  return !listed.some((n) => people.readerNames.some((r) => sameName(r, n) || sameName(r, n.split('-')[0]!)));
}

/** A short lead-in before anything: "And finally: hand in …". */
/** A lead-in that tells what someone said or asked (see judgeWithLeadIn). */
const SAID_LEAD =
  /(?<![\p{L}])(?:said|asked|asks|wrote|says|told|zei|vroeg|vraagt|schreef|sagte|fragte|fragt|schrieb|powiedział\p{L}*|zapytał\p{L}*|pytał\p{L}*|napisał\p{L}*|sa|spurte|spør|skrev)(?![\p{L}])/u;
const ANY_LEAD_IN = /^[^:\n]{3,60}:\s+(?=\S)/u;
/** "the transport crew are asking whether …", "vraagt of", "fragt, ob", "pyta, czy", "spør om": a third party's question passed on. */
const RELAYED_QUESTION: Record<Lang, RegExp> = {
  en: /\b(?:is|are|was|were)\s+asking\s+(?:whether|if|when|how|what|which)\b|\b(?:asks|asked|wants to know|want to know|wanted to know)\s+(?:whether|if|when|how|what|which)\b/,
  nl: /(?<![\p{L}])(?:vraagt|vragen|vroeg|vroegen|wil weten|willen weten)\s+(?:of|wanneer|hoe|wat|welke)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:fragt|fragen|fragte|fragten|will wissen|wollen wissen|möchte wissen)\s*,?\s+(?:ob|wann|wie|was|welche)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:pyta|pytają|pytał\p{L}*|chce wiedzieć|chcą wiedzieć)\s*,?\s+(?:czy|kiedy|jak|co|który|która|które)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:spør|spurte|vil vite|lurer på)\s+(?:om|når|hvordan|hva|hvilke)(?![\p{L}])/u,
};

/** "They need to know by 10am tomorrow", "Ze moeten het … weten", "Muszą to wiedzieć …", "De må vite det …". */
const THEY_MUST_KNOW: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)\s+)?(?:they|he|she)\s+(?:need|needs|have|has|must)\s+(?:to\s+)?(?:know|have an answer|have the answer|hear back)\b/,
  nl: /^(?:(?:en|dus)\s+)?(?:ze|zij|hij)\s+(?:moet|moeten|willen|wil)\s+(?:\S+\s+){0,5}?(?:weten|horen)(?![\p{L}])/u,
  de: /^(?:(?:und|also)\s+)?(?:sie|er)\s+(?:müssen|muss|wollen|will|brauchen|braucht)\s+(?:\S+\s+){0,5}?(?:wissen|hören)(?![\p{L}])/u,
  pl: /^(?:(?:i|a)\s+)?(?:oni\s+|ona\s+|on\s+)?(?:muszą|musi|chcą|chce)\s+(?:to\s+)?(?:wiedzieć|znać odpowiedź|mieć odpowiedź)(?![\p{L}])/u,
  nb: /^(?:(?:og|så)\s+)?(?:de|han|hun)\s+(?:må|trenger å|vil)\s+(?:vite|ha svar)(?![\p{L}])/u,
};

/** A lead-in that is a label: "Quick one before term starts:", "Heads up:", "One more thing:". */
const LABEL_LEAD = /^(?:quick|just|one|another|small|heads|fyi|update|note|re|btw|by the way|also|and|ps|p\.s\.)\b/;
/** An aside in brackets, with the space before it. */
const ASIDE = /\s*\([^()]{1,120}\)/gu;
/** "Quick update – I'll send you …", "Kurzes Update – ich schicke …": a label of a few words before a dash. */
const DASH_LEAD_IN = /^(?:[\p{L}']+\s+){0,3}[\p{L}']+\s+[–—-]\s+(?=\S)/u;

interface SentenceVerdict {
  kind: RequestKind | null;
  /** Addressed to a named person who is not the reader. */
  other: boolean;
  /** How sure the sentence model is (a decisive cue counts as sure); absent without a model. */
  score?: number;
  /** An explicit ask cue fired (see RequestCue.direct). */
  direct?: boolean;
  /** Addressed to someone the mail went to or names elsewhere (not only a word before a colon). */
  person?: boolean;
}

/**
 * Whether the first ":" of `s` could close a lead-in of 3 to `letters` characters (a code point may
 * take two code units): checked before the lead-in expressions, which most sentences fail.
 */
function colonWithin(s: string, letters: number): boolean {
  const colon = s.indexOf(':');
  return colon >= 3 && colon <= 2 * letters;
}

/**
 * "Please do not reply", "Bitte nicht antworten", "Niet op deze mail reageren", "Prosimy nie
 * odpowiadać", "Ikke svar på denne": asks for nothing.
 */
const DO_NOT_REPLY =
  /^(?:please )?(?:do not|don't|no need to) (?:reply|respond|answer)\b|^(?:bitte )?nicht (?:auf diese (?:e-?mail|nachricht) )?(?:antworten|zurückschreiben)\b|^(?:bitte )?(?:antworte|antworten sie) nicht\b|^(?:graag )?niet (?:op deze (?:e-?mail|mail) )?(?:reageren|beantwoorden|antwoorden)\b|^(?:proszę |prosimy )?nie odpowiadaj(?:ać|cie)?(?![\p{L}])|^(?:vennligst )?ikke svar(?: på denne)?(?![\p{L}])/u;

/**
 * "Let me know if you want to come over for a look", "Give me a shout if you'd like a copy", "Let me
 * know if you want me to sit in": an offer the reader may take up, not an ask. Only languages listed.
 */
const OFFER_TO_READER: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|just|also|so),? )?(?:let me know|let us know|give me a shout|shout|drop me a line|ping me|tell me) (?:if|in case) (?:you|anyone|any of you)(?:'d| would)? (?:want|wants|like|fancy|fancies|wish|are keen|'re keen|feel like) (?:to )?(?:come|pop|drop|swing|stop|join|visit|see|have|take|tag|sit|meet|chat|a|an|some|me|us)\b[^?]*$/,
};

/**
 * "Call me on 07700 900123 if anything is unclear", "Bel of app me gerust", "Melde dich bei mir, falls
 * etwas unklar ist", "Ta kontakt med meg om noe er uklart": an offer to be reached should the reader
 * have a question, a doubt or a problem, not an ask. The sender (or "us") is the one to reach and the
 * line goes on to ask nothing else. Checked before the sentence models, like the offers above. Round
 * 107: also "Gi meg gjerne et rop hvis du vil ha tallene brutt ned" (more if she wants it, no time).
 */
const COURTESY_CONTACT: Partial<Record<Lang, RegExp>> = {
  // "Drop me a line if anything's unclear", "Feel free to ping me if you get stuck"; not "Call the
  // supplier if anything is missing", nor a line that goes on to ask ("…, and please send…").
  en: /^(?:(?:and|or|but|just|please|also|otherwise|do|feel free to|don't hesitate to|do not hesitate to),?\s+)*(?:(?:call|ring|phone|text|email|e-mail|message|ping|whatsapp|contact|teams|find|grab|catch)\s+(?:me|us)|get in touch(?: with (?:me|us))?|reach out(?: to (?:me|us))?|give (?:me|us) a (?:call|ring|shout|buzz|bell|nudge|tinkle)|drop (?:me|us) (?:a line|a note|an email|an e-mail|a message|a text|a quick \S+))\b[^?]{0,60}?\b(?:if|should|in case|whenever)\b[^?]{0,50}?\b(?:unclear|not clear|questions?|quer(?:y|ies)|stuck|help|problems?|issues?|concerns?|confus\w*|doubts?|unsure|uncertain)\b(?![^?]*(?:\bplease\b|\bkindly\b|,\s*(?:and|but|then)\s))[^?]*$/,
  // "Bel me op 06-12345678 als er iets onduidelijk is", "Neem contact met me op als …", "Mail me gerust
  // als je vragen hebt", "Bel of app me gerust.", "Laat het gerust weten."
  nl: /^(?:(?:en|of|maar),?\s+)?laat (?:(?:het|me|mij|ons|dan|maar|even)\s+)*gerust (?:(?:even|maar)\s+)?(?:weten|horen)[\s.!]*$|^(?:(?:en|of|maar|anders|verder|ook),?\s+)*(?:(?:bel|app|mail|sms|whatsapp|contacteer|stuur)(?:\s+(?:of|en)\s+(?:bel|app|mail|sms|whatsapp))?\s+(?:me|mij|ons)|neem (?:gerust |even |dan )?contact (?:met (?:me|mij|ons) )?op|neem (?:gerust |even |dan )?contact met (?:me|mij|ons))(?![a-zà-ÿ])[^?]{0,60}?(?:(?<![a-zà-ÿ])gerust[\s.!]*$|(?<![a-zà-ÿ])(?:als|indien|mocht|mochten|wanneer|bij)(?![a-zà-ÿ])[^?]{0,50}?(?:onduidelijk|niet duidelijk|vragen|vraag|hulp|problemen|probleem|vastloopt|vast loopt|vastzit|vast zit|twijfel|onzeker)(?![^?]*(?:(?<![a-zà-ÿ])graag(?![a-zà-ÿ])|,\s*(?:en|maar|dan)\s))[^?]*$)|^(?:(?:en|of|maar),?\s+)?(?:mocht|mochten|als|indien)\s[^?]{3,140},\s*(?:dan\s+)?(?:hoor|horen|verneem|vernemen)\s+(?:ik|wij|we)\s+(?:dat|het|dit)\s+(?:\S+\s+)?graag[\s.!]*$/,
  // "Ruf mich unter 0171 2345678 an, wenn etwas unklar ist", "Schreib mir kurz, wenn du Hilfe brauchst".
  de: /^(?:(?:und|oder|aber|sonst|ansonsten|gerne|gern|einfach),?\s+)*(?:ruf(?:t|en sie)?|meld(?:e|et)?|melden sie|schreib(?:e|t)?|schreiben sie|kontaktier(?:e|t)?|kontaktieren sie|wende|wendet|wenden sie|sprich|sprecht|sprechen sie)\s+(?:mich|mir|dich|euch|sich|uns)(?![\p{L}])[^?]{0,60}?(?<![\p{L}])(?:wenn|falls|sollte|sollten|sobald)(?![\p{L}])[^?]{0,50}?(?:unklar|fragen|frage|hilfe|probleme|problem|schwierigkeiten|unsicher|zweifel|rückfragen)(?![^?]*(?:(?<![\p{L}])bitte(?![\p{L}])|,\s*(?:und|aber|dann)\s))[^?]*$/u,
  // "Ring meg på 916 22 304 hvis noe er uklart", "Send meg en melding på Teams hvis du står fast"; "om"
  // only as "if" ("om noe", "om du"), not as "about".
  // Round 54: also "Bare si fra, ingen stress om du har nok folk" closing an offer.
  nb: /(?:^(?:(?:og|eller|men|ellers|bare),?\s+)*(?:(?:ring|send|skriv|kontakt|kontakte)\s+(?:meg|oss)|ta (?:gjerne |bare )?kontakt(?: med (?:meg|oss))?|gi (?:meg|oss) (?:gjerne |bare )?(?:en )?(?:lyd|beskjed|et rop|et pip))(?![\p{L}])[^?]{0,60}?(?<![\p{L}])(?:hvis|dersom|om (?:det|noe|du|dere|noen)|når (?:du|dere))(?![\p{L}])[^?]{0,50}?(?:uklar|spørsmål|står fast|sitter fast|hjelp|problem|usikker|lurer)(?![^?]*(?:(?<![\p{L}])(?:vennligst|gjerne send)(?![\p{L}])|,\s*(?:og|men|så)\s))[^?]*$)|^bare si (?:i)?fra\s*[,.!]?\s*(?:(?:ingen|ikke noe)\s+(?:stress|hast|press|problem)[^?]*)?$|^gi (?:meg|oss) gjerne (?:en lyd|beskjed|et rop|et pip) (?:hvis|om|dersom) (?:du|dere) (?:vil ha|ønsker) (?![^?]*(?<![\p{L}])(?:innen|før|senest)(?![\p{L}]))[^?]*$/u,
  // "Jakbyś miał jakiekolwiek pytania przed startem, daj znać – chętnie pomogę", "W razie wątpliwości
  // dzwoń śmiało".
  pl: /^(?:(?:a|i)\s+)?(?:jeśli|jeżeli|gdyby|gdybyś|gdybyście|jakbyś|jakbyście|jakby|w razie)\s[^?]{0,60}(?:pytani|wątpliwoś|problem|niejasn|kłopot)\S*[^?]{0,30}?,?\s*(?:daj|dajcie|proszę dać) (?:mi |nam )?znać(?![^?]*(?:proszę o|prześlij|wyślij))[^?]*$/u,
};

/**
 * "Questions?", "Vragen over de planning?", "Noch Fragen?", "Spørsmål om planen?": a question that is
 * only the word, the lead of a courtesy offer, not an ask.
 */
const QUESTIONS_ONLY =
  /^(?:any |more |further |other |nog |noch |weitere |jakieś |dalsze |noen |flere |andre )?(?:questions?|vragen|fragen|rückfragen|pytania|spørsmål)(?:\s+(?:about|on|regarding|over|zu|zum|zur|o|odnośnie|om|til)\s[^?]{1,50})?\s*\?\s*$/u;

/**
 * After "Questions?": a short line that only says whom to contact ("Call me.", "Bel me.", "Ruf mich
 * an.", "Dzwoń śmiało.", "Ring meg."), the rest of the courtesy offer.
 */
const CONTACT_ONLY =
  /^(?:(?:just|then|please|gerne|gern|einfach|dan|gerust|śmiało|bare|gjerne)\s+)?(?:(?:call|ring|phone|text|email|e-mail|message|ping|ask|contact)\s+(?:me|us)|get in touch|give (?:me|us) a (?:call|ring|shout)|drop (?:me|us) a line|let (?:me|us) know|(?:bel|app|mail|vraag|contacteer)\s+(?:me|mij|ons)|neem (?:gerust |even )?contact|laat (?:het )?(?:me |mij |ons )?(?:gerust )?weten|(?:ruf|schreib|frag|kontaktier)(?:e|t)?\s+(?:mich|mir|uns)|meld(?:e|et)?\s+(?:dich|euch)|melden sie sich|(?:dzwoń|zadzwoń|pisz|napisz|odezwij się|daj znać|dajcie znać)|(?:ring|send|skriv|spør)\s+(?:meg|oss)|ta (?:gjerne )?kontakt|si fra|gi (?:meg |oss )?beskjed)(?![\p{L}])[^?]{0,60}$/u;

/**
 * "Op dit moment heb ik niets van jullie nodig", "Na ten moment nie potrzebuję od Komitetu żadnych
 * decyzji", "Foreløpig trenger jeg ingen beslutninger": a need denied is no ask (unless a "but" or
 * "only" goes on to one). Only languages whose sentence models need it.
 */
// Round 108: Norwegian not after a dash that follows a line to the reader ("Det hadde vært fint om du
// kunne ta ansvar for vaflene – vi har fått sponset brunost, så vi trenger ikke kjøpe pålegg").
// Round 54: also the reader's part said not to be needed, formally ("proszę się nie kłopotać – nie
// musi Pani już przesyłać wyciągu"). Round 81: Dutch with more words between ("je moet er niks meer
// mee doen", "Je moet op dit moment dus niets doen").
const NOTHING_NEEDED: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:there's|there is|you have|you've got) nothing (?:else |more |further )?(?:(?:that )?you need to|for you to|to) (?:do|send|sign|return|bring|fill in)\b[^?]*$/,
  nl: /(?<![\p{L}])(?:(?:je|jij|u|jullie|ge|gij) (?:moet|moeten|hoeft|hoeven)|(?:moet|moeten|hoef|hoeft|hoeven) (?:je|jij|u|jullie|ge|gij))(?: \S+){0,4}? (?:niets|niks)(?: (?:meer|verder|voor|mee|aan|er))*(?: te)? doen(?![\p{L}])(?![^?]*(?<![\p{L}])(?:maar|behalve|alleen|wel)(?![\p{L}]))[^?]*$|(?<![\p{L}])(?:(?:heb|hebben) (?:ik|we|wij)|(?:ik|we|wij) (?:heb|hebben))(?: \S+){0,6}? (?:niets|niks|geen|niet)(?: \S+){0,6}? nodig(?![\p{L}])(?![^?]*(?<![\p{L}])(?:maar|behalve|alleen|wel)(?![\p{L}]))[^?]*$/u,
  pl: /(?:(?:^|\s)nie (?:potrzebuję|potrzebujemy|będę potrzebować|będziemy potrzebować|potrzebuje)(?=[\s,.!?]|$)(?![^?]*(?<![\p{L}])(?:ale|tylko|oprócz|poza)(?![\p{L}]))[^?]*$)|(?:^|\s)(?:nie musi pan|nie musi pani|nie muszą państwo|proszę się nie kłopotać)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:ale|tylko|wystarczy)(?![\p{L}]))[^?]*$/u,
  nb: /(?<!(?<![\p{L}])(?:(?:kan|kunne|vil|må) (?:du|dere)|(?:du|dere) (?:kan|kunne|må))(?![\p{L}])[^?]*\s[–—]\s[^?]*)(?<![\p{L}])(?:(?:trenger|behøver) (?:jeg|vi)|(?:jeg|vi) (?:trenger|behøver))(?: \S+){0,2}? (?:ikke|ingen|ingenting)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:men|bare|unntatt|utenom)(?![\p{L}]))[^?]*$/u,
};

/**
 * What the sender has asked someone else to do (round 54): "I've asked Megan at Copperkettle to send
 * the final label copy by Friday", "Ik heb Megan gevraagd om …", "Ich habe Frau Krüger gebeten, …",
 * "Poprosiłam Megan, żeby …", "Jeg har bedt Kari om å …" (not "I asked you to …").
 */
const ASKED_SOMEONE_ELSE: Record<Lang, RegExp> = {
  en: /^(?:(?:so|and|also)\s+)?(?:i've|i have|i|we've|we have|we)\s+(?:already\s+|just\s+|also\s+)?(?:asked|told|reminded)\s+(?!you\b|u\b|y'all\b)[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?\s+to\s+[a-z][^?]*$/,
  nl: /^(?:(?:en|ook)\s+)?(?:ik|we|wij)\s+(?:heb|hebben)\s+(?!(?:je|jou|u|jullie)(?![\p{L}]))\S+(?:\s+\S+){0,4}?\s+(?:al\s+|ook\s+)?(?:gevraagd|verzocht)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|auch)\s+)?(?:ich|wir)\s+(?:habe|haben|hab)\s+(?!(?:dich|sie|euch|ihnen)(?![\p{L}]))\S+(?:\s+\S+){0,4}?\s+(?:schon\s+|bereits\s+)?gebeten(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i|już)\s+)?(?:poprosiłam|poprosiłem|poprosiliśmy|prosiłam|prosiłem)\s+(?!(?:cię|ciebie|was|pana|panią|państwa)(?![\p{L}]))\S+(?:\s+\S+){0,3}?,?\s+(?:żeby|aby|by|o)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:jeg|vi)\s+har\s+(?:allerede\s+|også\s+)?bedt\s+(?!(?:deg|dere)(?![\p{L}]))\S+(?:\s+\S+){0,3}?\s+om(?![\p{L}])[^?]*$/u,
};

/** A line's rest that opens with the whole group: "alle på desken må …", "everyone needs to …". */
const GROUP_LEAD =
  /^(?:everyone|everybody|all (?:of you|staff|employees)|iedereen|allemaal|alle|jeder|jede|wszyscy|wszystkie|każdy|każda)(?![\p{L}])/u;

/**
 * After a name and its comma, the words that turn to that person: "Øyvind, kan du …", "Anna, could
 * you …", round 60 also "Martin, bitte schau …" (not "Przypominam, że wszyscy …", a verb before its
 * clause).
 */
const TURNS_TO_YOU: Record<Lang, RegExp> = {
  en: /^(?:\S+\s+){0,2}?(?:you|your|please)\b/,
  nl: /^(?:\S+\s+){0,2}?(?:je|jij|jou|jouw|u|uw|jullie|ge|gij|graag)(?![\p{L}])/u,
  de: /^(?:\S+\s+){0,2}?(?:du|dich|dir|dein\p{L}*|ihr|euch|bitte)(?![\p{L}])/u,
  // Round 65: "proszę" after the imperative and its object ("Agnieszko, oddzwoń do niego proszę …").
  // Round 122: any second-person verb ("Sylwia, przejmiesz od środy grupy ukraińskie?").
  pl: /^(?:\S+\s+){0,3}?(?:ty|proszę|ciebie|cię|ci|możesz|mógłbyś|mogłabyś|mógłby pan|mogłaby pani|\p{L}{3,}(?:esz|isz|ysz))(?![\p{L}])/u,
  nb: /^(?:\S+\s+){0,2}?(?:du|deg|din|ditt|dine|dere|vennligst)(?![\p{L}])/u,
};

/**
 * "deshalb bitte ich um Verständnis, dass …", "Prosimy o wyrozumiałość", "Vi ber om forståelse for
 * …", "We ask for your patience": asking for understanding or patience asks nothing to be done.
 */
const UNDERSTANDING_ONLY: Record<Lang, RegExp> = {
  en: /\b(?:(?:we|i) (?:ask|kindly ask|would ask) (?:for )?(?:your )?|thank you for your |thanks for your )(?:understanding|patience|forbearance)\b[^?]*$/,
  nl: /(?<![\p{L}])(?:(?:wij|we|ik) (?:vragen|vraag|verzoeken|verzoek) (?:om )?(?:je |jouw |uw |jullie )?|bedankt voor (?:je |jouw |uw |jullie )?)(?:begrip|geduld)(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:bitte|bitten) (?:sie |dich |euch )?um|(?:bitte|bitten) (?:ich|wir) (?:sie |dich |euch )?um|danke für) (?:ihr |dein |euer |ihre |deine |eure )?(?:verständnis|geduld|nachsicht|entschuldigung)(?![\p{L}])(?![^?]*(?<![\p{L}])bitte(?![\p{L}]))[^?]*$/u,
  pl: /(?:^|\s)(?:(?:prosimy|proszę|prosiłbym|prosiłabym) (?:(?:państwa|pana|panią|was|cię) )?o|dziękuję za|dziękujemy za) (?:wyrozumiałość|cierpliwość|zrozumienie)(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:(?:vi|jeg) ber (?:om|deg om|dere om)|takk for) (?:forståelse|tålmodighet)(?![\p{L}])[^?]*$/u,
};

/**
 * "so you should see it in Workday by tomorrow", "You should receive a confirmation within two days",
 * "Powinieneś to zobaczyć w systemie do jutra", "Du bør se det i Workday innen i morgen": what the
 * reader is to see or receive, news of what others do, not an ask (not "You should get the form
 * signed": getting something done is one). Only languages whose models need it.
 */
const WILL_RECEIVE: Partial<Record<Lang, RegExp>> = {
  de: /(?<![\p{L}])(?:bekommst|erhältst|kriegst)\s+du(?![\p{L}])(?![^?]*(?<![\p{L}])bitte(?![\p{L}]))[^?]*$/u,
  en: /\byou(?:'ll| will| should| shall| may) (?:now |soon |also |already |then )?(?:see|receive|be receiving|hear (?:back|from)|be notified|be able to see)\b[^?]*$/,
  pl: /(?:^|\s)(?:powinieneś|powinnaś|powinien pan|powinna pani|powinniście) (?:już |też |wtedy )?(?:to |je |go |ją )?(?:zobaczyć|widzieć|otrzymać|dostać)(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:du|dere) (?:bør|skal|vil|kommer til å) (?:nå |snart |også |da )?(?:se|motta|få se|få|høre fra)(?![\p{L}])(?! (?:beskjed om å|i oppdrag))[^?]*$/u,
};

/**
 * "Naar aanleiding van ons gesprek stuur ik u in de bijlage het menuvoorstel …", "Die Ladeliste
 * schicke ich dir gleich", "Je hebt de planning morgen van me", "Plan dostaniesz ode mnie do
 * piątku", "You'll have the revised plan from me tomorrow": what the sender sends the reader, her own
 * task, not an ask (unless an ask word follows: "… stuur ik je het rapport, graag vóór vrijdag terug").
 * The verb before its subject, or the thing the reader gets "from me".
 */
// Round 66: also the spoken German without the "-e" ("die Kassaliste schick ich euch bis Freitag").
const FROM_ME: Record<Lang, RegExp> = {
  en: /\byou(?:'ll| will)\s+have\s[^?]*\bfrom\s+(?:me|us)\b[^?]*$|^(?:will|'ll)\s+send\s+(?:you|it|them)\b[^?]*$/,
  nl: /(?<![\p{L}])(?:stuur|mail|zend|verstuur|bezorg)\s+ik\s+(?:je|jou|u|jullie)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:je|jij|u|jullie|ge|gij)\s+(?:hebt|heeft|krijgt|ontvangt|hebben|krijgen|ontvangen)\s[^?]*(?<![\p{L}])van\s+(?:me|mij|ons)(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:schicke?|sende?|leite?|übermittle|reiche?|bringe?|gebe?)\s+ich\s+(?:dir|ihnen|euch)(?![\p{L}])[^?]*$|^(?:schick|schicke|sende|send)\s+(?:dir|euch)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:du\s+(?:hast|bekommst|kriegst|erhältst)|(?:hast|bekommst|kriegst|erhältst)\s+du|sie\s+(?:haben|bekommen|erhalten)|(?:haben|bekommen|erhalten)\s+sie)\s[^?]*(?<![\p{L}])von\s+(?:mir|uns)(?![\p{L}])[^?]*$/u,
  pl: /(?<![\p{L}])(?:dostaniesz|otrzymasz|dostaniecie|otrzymacie|będziesz miał|będziesz miała|dostanie pan|dostanie pani|otrzyma pan|otrzyma pani)\s[^?]*(?<![\p{L}])ode\s+mnie(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:sender|oversender|videresender)\s+jeg\s+(?:deg|dere)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:du|dere)\s+(?:har|får|vil få|skal få)\s[^?]*(?<![\p{L}])fra\s+(?:meg|oss)(?![\p{L}])[^?]*$/u,
};

/**
 * "Voor dringende zaken kunt u contact opnemen met …", "Ten opzichte van nu kunt u hiermee zo'n 15%
 * besparen", "Parken könnt ihr weiterhin auf dem Mitarbeiterparkplatz", "I disse dagene kan dere
 * parkere i P-huset": "you can" after a fronted phrase, in a statement, says what the reader may do,
 * not what she is asked to (not "Piet, kun je …", "Nog één ding: kun je …": turned to her).
 */
/** "you can" after at least two words, the last not a name's comma, colon or dash, in a statement. */
const youCanAfterPhrase = (modal: string) =>
  new RegExp(
    // Round 100: not after a spaced dash or a "please" that opens an ask ("Bitte reicht alle Belege bis
    // Monatsende ein – die Originale könnt ihr dann mitbringen").
    `^(?!(?:bitte|gelieve|vennligst)\\s)(?![^?]*?\\s[–—]\\s[^?]*?(?<![\\p{L}])(?:${modal})(?![\\p{L}]))\\S+\\s+(?:\\S+\\s+)*?[^\\s,:;–—-]+\\s+(?:${modal})(?![\\p{L}])[^?]*\\.$`,
    'u',
  );
const YOU_CAN: Partial<Record<Lang, RegExp>> = {
  nl: youCanAfterPhrase('kun je|kun jij|kunt u|kunnen jullie'),
  de: youCanAfterPhrase('kannst du|können sie|könnt ihr'),
  nb: youCanAfterPhrase('kan du|kan dere'),
};

/**
 * Round 117. "Belege kannst du einfach einscannen", "Niewykorzystaną kwotę możesz po prostu oddać
 * przelewem", "Kvitteringer kan du bare skanne inn": how the reader may do a thing, "just" so, after
 * the thing (YOU_CAN wants two words before "you can"); not "Vielleicht kannst du einfach …", nor with a
 * time ("… bis Freitag einscannen").
 */
const JUST_YOU_CAN: Partial<Record<Lang, RegExp>> = {
  nl: /^(?![^?]*(?<![\p{L}])(?:voor|vóór|uiterlijk|vandaag|morgen)(?![\p{L}]))(?!(?:misschien|wellicht|graag|dus)\s)\p{L}+\s+(?:kun je|kun jij|kunt u|kunnen jullie)\s+(?:ook\s+)?(?:gewoon|gerust|altijd)\s[^?]*\.$/u,
  de: /^(?![^?]*(?<![\p{L}])(?:bis|vor|spätestens|heute|morgen)(?![\p{L}]))(?!(?:vielleicht|eventuell|bitte|also)\s)\p{L}+\s+(?:kannst du|können sie|könnt ihr)\s+(?:auch\s+)?(?:einfach|gerne|gern|ruhig|jederzeit)\s[^?]*\.$/u,
  pl: /^(?![^?]*(?<![\p{L}])(?:do|przed|najpóźniej|jutro|dziś|dzisiaj)(?![\p{L}]))(?!(?:czy|może|proszę)\s)(?:\p{L}+\s+){1,3}?(?:możesz|możecie|może pan|może pani|mogą państwo)\s+(?:też\s+)?(?:po prostu|spokojnie|śmiało|zawsze)\s[^?]*\.$/u,
  nb: /^(?![^?]*(?<![\p{L}])(?:innen|før|senest|i dag|i morgen)(?![\p{L}]))(?!(?:kanskje|vennligst)\s)\p{L}+\s+(?:kan du|kan dere)\s+(?:også\s+)?(?:bare|gjerne|fint|alltid)\s[^?]*\.$/u,
};

/**
 * "Great to meet you at the Freshers' week tasting", "Leuk je gisteren te ontmoeten", "Schön, Sie
 * auf der Messe kennengelernt zu haben", "Miło było Cię poznać", "Hyggelig å treffe deg på messa":
 * pleasure at having met is small talk, never an ask; round 60 also "Lovely to hear from you" (not
 * "I'd love to hear from you", which is no such line).
 */
const NICE_TO_MEET: Record<Lang, RegExp> = {
  en: /^(?:(?:it was|it's|was|so|really)\s+)*(?:great|nice|lovely|good|wonderful|a pleasure|fantastic|brilliant)\s+(?:to\s+(?:meet|see|catch up with|chat with|talk to|speak (?:to|with)|hear from)\s+you|meeting you|seeing you|hearing from you|chatting|catching up)\b[^?]*$/,
  nl: /^(?:(?:het was|wat)\s+)?(?:leuk|fijn|prettig|goed|aangenaam)\s+(?:om\s+)?(?:je|jou|u|jullie)\s+(?:\S+\s+){0,6}?(?:te\s+)?(?:ontmoeten|spreken|zien|leren kennen)(?:\s+te\s+hebben)?(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:es war|war)\s+)?(?:schön|nett|toll|super|eine freude)\s*,?\s+(?:dich|sie|euch)\s+(?:\S+\s+){0,6}?(?:kennengelernt|getroffen|gesehen|gesprochen)(?:\s+zu\s+haben)?(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:bardzo|naprawdę)\s+)?(?:miło|fajnie|dobrze)\s+(?:było\s+)?(?:cię|was|pana|panią|państwa)\s+(?:\S+\s+){0,3}?(?:poznać|zobaczyć|spotkać)(?![\p{L}])[^?]*$|^(?:(?:bardzo|naprawdę)\s+)?(?:miło|fajnie)\s+(?:było\s+)?(?:poznać|zobaczyć|spotkać)\s+(?:cię|was|pana|panią|państwa)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:det var|så)\s+)?(?:hyggelig|fint|kjekt|koselig|gøy)\s+å\s+(?:møte|treffe|se|snakke med|hilse på)\s+(?:deg|dere)(?![\p{L}])[^?]*$/u,
};

/**
 * "Mocht u later toch iets willen wijzigen, dan denk ik graag met u mee", "Wenn du Hilfe brauchst,
 * helfe ich gern", "Hvis dere trenger det, kommer vi gjerne innom": a condition whose
 * main clause is the sender's offer asks nothing (not "…, dan verneem ik graag de reden": what the
 * sender would gladly hear or receive asks for it). Not English, whose model weighs such lines.
 */
const CONDITIONAL_OFFER: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|ook)\s+)?(?:als|mocht|mochten|indien)\s[^?]*,\s*(?:dan\s+)?(?!(?:ontvang|ontvangen|hoor|horen|verneem|vernemen|zie|zien|krijg|krijgen|heb|hebben)\s)\p{L}+\s+(?:ik|we|wij)\s+(?:\S+\s+){0,2}?graag(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|auch)\s+)?(?:wenn|falls|sollten?|solltest)\s[^?]*,\s*(?:dann\s+)?(?!(?:höre|hören|erfahre|erfahren|bekomme|bekommen|erhalte|erhalten|hätte|hätten)\s)\p{L}+\s+(?:ich|wir)\s+(?:\S+\s+){0,2}?gerne?(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:jeśli|jeżeli|gdyby|gdybyś|gdybyście)\s[^?]*,\s*(?:to\s+)?(?:chętnie|z przyjemnością)\s[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:hvis|om|dersom)\s[^?]*,\s*(?:så\s+)?(?!(?:hører|får|ser|vil)\s)\p{L}+\s+(?:jeg|vi)\s+(?:\S+\s+){0,2}?gjerne(?![\p{L}])[^?]*$/u,
};

/**
 * "Did you manage to relax a bit in Crete?", "Heb je een beetje kunnen bijkomen?", "Konntest du dich
 * erholen?", "Har du fått hvilt deg litt?": a question whether the reader got some rest is small talk.
 * Only languages whose models need it.
 */
const RESTED_QUESTION: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so)\s+)?(?:did|have|were|are|was|has)\s+(?:you|u)\b[^?]{0,40}\b(?:relax|relaxed|rest|rested|unwind|unwound|recover|recovered|recharge|recharged|switch off|switched off|wind down|enjoy|enjoyed|get (?:any|some|much) sun|see (?:any|some|much) sun|catch (?:any|some) sun)\b[^?]{0,60}\?\s*$/,
  nl: /^(?:(?:en|dus)\s+)?(?:heb|ben|kon|was)\s+(?:je|jij|u|jullie|ge|gij)\s[^?]{0,40}(?<![\p{L}])(?:bijkomen|bijgekomen|uitrusten|uitgerust|ontspannen|opladen|opgeladen|tot rust komen|tot rust gekomen|genieten|genoten)(?![\p{L}])[^?]{0,60}\?\s*$/u,
  de: /^(?:(?:und|also)\s+)?(?:hast|konntest|habt|konntet|bist|seid|haben|konnten)\s+(?:du|ihr|sie)\s[^?]{0,40}(?<![\p{L}])(?:erholen|erholt|entspannen|entspannt|ausruhen|ausgeruht|abschalten|abgeschaltet|durchatmen|durchgeatmet|genießen|genossen)(?![\p{L}])[^?]{0,60}\?\s*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:har|fikk|fekk|kunne|er)\s+(?:du|dere)\s[^?]{0,40}(?<![\p{L}])(?:slappe av|slappet av|hvile|hvilt|hvilt deg|koble av|koblet av|lade batteriene|ladet batteriene|nyte|nøt|kose deg|kost deg|kost dere)(?![\p{L}])[^?]{0,60}\?\s*$/u,
};

/**
 * "all done, it's in the blue folder on your desk", "Alles erledigt – …", "Gotowe, wrzuciłam na
 * dysk": a line that opens by reporting the thing done asks nothing.
 */
const DONE_REPORT: Record<Lang, RegExp> = {
  en: /^(?:(?:all|it's all|that's|it's|this is)\s+)?(?:done|sorted|finished|fixed|sent)(?:\s+now)?[,.!–—-][^?]*$/,
  nl: /^(?:(?:alles|het is)\s+)?(?:klaar|gedaan|geregeld|gefikst|verstuurd)[,.!–—-][^?]*$/u,
  de: /^(?:(?:alles|ist)\s+)?(?:erledigt|fertig|gemacht|verschickt)[,.!–—-][^?]*$/u,
  pl: /^(?:wszystko\s+)?(?:gotowe|zrobione|załatwione|wysłane)[,.!–—-][^?]*$/u,
  nb: /^(?:(?:alt|det er)\s+)?(?:ferdig|gjort|fikset|sendt|ordnet)[,.!–—-][^?]*$/u,
};

/**
 * "Draft minutes from last night's meeting below.", "Hierbij de korte notulen van de vergadering":
 * a line that hands over minutes or notes asks nothing. Only languages whose models need it.
 */
const MINUTES_HANDED: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:here are|here's|please find|please find (?:below|attached|enclosed)|attached are|below are|enclosed are|attached|below)\s+)?(?:the\s+)?(?:(?:draft|short|brief|quick|full|final|my|our)\s+)*(?:minutes|meeting notes|notes|action points)\b(?:[^?]*\b(?:below|attached|enclosed|for your records|for the record)\b)?[^?]*$/,
  nl: /^(?:hierbij|bijgaand|in de bijlage|hieronder)\s+(?:de\s+|het\s+)?(?:(?:korte|beknopte|concept|definitieve)\s+)*(?:notulen|aantekeningen|verslag|actiepunten|actielijst)(?![\p{L}])[^?]*$/u,
};

/**
 * "Hast du die Fjorde im Regen gesehen oder hattet ihr Glück?", "Fikk dere noe av uværet der sør?",
 * "przeżyliście jakoś ten upał?": a question about the reader's weather or holiday is small talk.
 */
const WEATHER_TALK: Record<Lang, RegExp> = {
  en: /^(?:(?:i )?hop(?:e|ing)\b[^?]{0,100}?\s[–—-]\s+)?(?:(?:and|so|oh)\s+)?(?:did|was|were|have|had)\s+(?:you|u|ya|it)\b[^?]*\b(?:rain|rained|sun|sunny|sunshine|storm|storms|snow|snowed|heat|heatwave|warm weather|weather|holiday|vacation)\b[^?]*\?\s*$/,
  nl: /^(?:(?:ik )?hoop(?![\p{L}])[^?]{0,100}?\s[–—-]\s+)?(?:(?:en|dus)\s+)?(?:heb|hebben|had|hadden|was|waren|ben|bent|zijn)\s+(?:je|jij|jullie|u|het)(?![\p{L}])[^?]*(?<![\p{L}])(?:regen|zon|zonnetje|storm|sneeuw|hitte|warmte|onweer|vakantie)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:ich )?hoffe(?![\p{L}])[^?]{0,100}?\s[–—-]\s+)?(?:(?:und|na)[,]?\s+)?(?:hast|hattest|habt|hattet|warst|wart|war|bist|seid|konntest|konntet)\s+(?:du|ihr|sie|es)(?![\p{L}])[^?]*(?<![\p{L}])(?:regen|sonne|sturm|schnee|hitze|wärme|wetter|gewitter|urlaub|ferien)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:mam nadzieję(?![\p{L}])[^?]{0,100}?\s[–—-]\s+)?(?:(?:i|a|no)\s+)?(?:czy\s+)?\p{L}+(?:liście|łeś|łaś|łyście|liscie|les|las|lyscie)(?![\p{L}])[^?]*(?<![\p{L}])(?:deszcz\p{L}*|słońc\p{L}*|slonc\p{L}*|burz\p{L}*|śnieg\p{L}*|snieg\p{L}*|upał\p{L}*|upal\p{L}*|ciepł\p{L}*|pogod\p{L}*|urlop\p{L}*|wakacj\p{L}*)[^?]*\?\s*$/u,
  nb: /^(?:(?:jeg )?håper(?![\p{L}])[^?]{0,100}?\s[–—-]\s+)?(?:(?:og|så)\s+)?(?:fikk|har|hadde|var|ble)\s+(?:du|dere|det)(?![\p{L}])[^?]*(?<![\p{L}])(?:regn|regnet|sol|sola|solen|storm|stormen|uvær|uværet|været|snø|snøen|hete|heten|varme|varmen|ferie|ferien)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * "Graag praat ik u bij over de renovatie", "Graag stuur ik je de planning": what the sender gladly
 * does herself (not "Graag ontvang ik …", "Graag hoor ik …", which ask). Round 117: also with "graag"
 * after the verb ("Ook bel ik u graag even om de resultaten toe te lichten, als u daar prijs op stelt").
 */
const GLADLY_I =
  /^(?:(?:en|ook|dus|alvast|hierbij)\s+)?graag\s+(?!(?:ontvang|ontvangen|hoor|horen|verneem|vernemen|zie|zien|krijg|krijgen|heb|hebben|wil|willen|zou|zouden|nodig|zag|had|hadden)(?![\p{L}]))\p{L}+\s+(?:ik|we|wij)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:graag|je|jij|jullie)\s+(?:ontvangen|horen|vernemen))[^?]*$|^(?:(?:en|ook|daarnaast|verder|tevens|uiteraard|natuurlijk)\s+)(?:bel|mail|stuur|kom|leg|licht|help|geef|maak|kijk|loop|denk|neem|regel|lever|plan|zet|praat|breng|app)\s+(?:ik|we|wij)\s+(?:(?:je|jou|u|jullie|het|dat|dit|even|er|ook|altijd|nog)\s+){0,3}graag(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kun|kunt|wil|wilt|zou|stuur|laat|graag)\s+(?:je|jij|u|jullie|ontvangen|horen|vernemen)(?![\p{L}]))[^?]*$/u;

/**
 * "Was wären wir ohne euch?", "What would we do without you?", "Co byśmy bez was zrobili?": thanks
 * put as a question, which answers itself.
 */
const WITHOUT_YOU: Record<Lang, RegExp> = {
  en: /^(?:(?:and|honestly|seriously|really)[,]?\s+)*what would (?:we|i) (?:do|be) without (?:you|you all|you guys|all of you)\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|echt)[,]?\s+)*wat (?:moeten|zouden|moesten) (?:we|wij|ik) (?:toch\s+)?(?:\S+\s+){0,2}?zonder (?:jullie|jou|u)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|ehrlich)[,]?\s+)*was (?:wären|würden|täten|hätten) (?:wir|ich) (?:\S+\s+){0,2}?ohne (?:euch|dich|sie)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:i|a|szczerze)[,]?\s+)*co (?:byśmy|bym|my byśmy) (?:\S+\s+){0,2}?bez (?:was|ciebie|pana|pani|państwa)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|ærlig talt)[,]?\s+)*hva (?:skulle|ville) (?:vi|jeg) (?:\S+\s+){0,3}?uten (?:dere|deg)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * "Honestly, why would we ever fix it?", "Waarom zouden we dat ooit veranderen?", "Warum sollten wir
 * das jemals ändern?": why the sender's side would ever do a thing, a question that answers itself.
 */
const WHY_EVER: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|but|honestly|seriously|i mean|really)[,]?\s+)*why (?:would|should|do|did|on earth would) (?:we|i|anyone|anybody) (?:\S+ )?(?:ever|even)\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|dus|maar|eerlijk gezegd)[,]?\s+)*waarom (?:zouden|zou) (?:we|wij|ik|iemand) (?:\S+\s+){0,2}?ooit(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|also|aber|ehrlich gesagt)[,]?\s+)*warum (?:sollten|sollte|würden|würde) (?:wir|ich|jemand) (?:\S+\s+){0,2}?(?:je|jemals|überhaupt)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:i|a|szczerze mówiąc)[,]?\s+)*(?:po co|dlaczego) (?:mielibyśmy|miałbym|miałabym|ktokolwiek miałby)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|så|men|ærlig talt)[,]?\s+)*hvorfor (?:skulle|ville) (?:vi|jeg|noen) (?:\S+\s+){0,2}?(?:noen gang|noensinne|i det hele tatt)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * "Isn't that great news?", "Czy to nie jest najlepsza wiadomość przed świętami?", "Ist das nicht
 * eine tolle Nachricht?": a question that cheers good news asks nothing.
 */
const GOOD_NEWS_QUESTION: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|honestly|seriously|now|wow)[,!]?\s+)?(?:isn't|is\s+(?:this|that|it)\s+not|wasn't|aren't)\s+(?:(?:this|that|it|these|those)\s+)?(?:just\s+)?(?:the\s+)?(?:best|greatest|great|brilliant|amazing|fantastic|wonderful|good|lovely|fab|incredible|excellent|superb)\s+(?:news|result|results|start|outcome|surprise|present|gift)\b[^?]*\?[?!\s]*$/,
  nl: /^(?:(?:en|nou|zeg)[,]?\s+)?(?:is|was)\s+(?:dat|dit|het)\s+(?:niet|geen)\s+(?:(?:echt|gewoon|super)\s+)?(?:het\s+)?(?:beste|mooiste|geweldig|geweldige|fantastisch|fantastische|goed|goede|mooi|mooie|prachtig|prachtige|top)\s+(?:nieuws|resultaat|begin|afsluiting|cadeau)(?![\p{L}])[^?]*\?[?!\s]*$/u,
  de: /^(?:(?:und|na)[,]?\s+)?(?:ist|sind|war|waren)\s+(?:das|dies|es)\s+nicht\s+(?:(?:einfach|wirklich)\s+)?(?:die\s+|eine\s+)?(?:beste|besten|tolle|tollen|großartige|großartigen|super|schöne|schönen|fantastische|fantastischen|gute|guten|wunderbare|wunderbaren|klasse)\s+(?:nachricht|nachrichten|neuigkeit|neuigkeiten|ergebnis|ergebnisse|start|bescherung)(?![\p{L}])[^?]*\?[?!\s]*$/u,
  pl: /^(?:(?:i|no|a)\s+)?(?:czy\s+)?to\s+nie\s+(?:jest\s+)?(?:(?:po prostu|naprawdę)\s+)?(?:najlepsz\p{L}*|wspania\p{L}*|świetn\p{L}*|super|piękn\p{L}*|cudown\p{L}*|rewelacyjn\p{L}*|dobr\p{L}*|fantastyczn\p{L}*)\s+(?:wiadomoś\p{L}*|wieś\p{L}*|wieści|news\p{L}*|wynik\p{L}*|początek|prezent\p{L}*)(?![\p{L}])[^?]*\?[?!\s]*$/u,
  nb: /^(?:(?:og|altså)[,]?\s+)?(?:er|var)\s+(?:ikke\s+(?:det|dette)|(?:det|dette)\s+ikke)\s+(?:(?:bare|virkelig)\s+)?(?:de\s+|den\s+)?(?:beste|fantastiske|fantastisk|gode|flotte|herlige|strålende|super)\s+(?:nyheter|nyhet|nyhetene|resultat|resultater|start|julegave)(?![\p{L}])[^?]*\?[?!\s]*$/u,
};

/**
 * "It's booked into your goods-in for Thursday at 07:00", "Het staat al ingepland", "Es ist schon
 * gebucht": the state of a thing done asks nothing (unless an ask word follows, see ASK_WORD).
 */
const DONE_STATUS: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|also)\s+)?(?:it's|it is|it has been|it's been|they're|they are|they've been|they have been|everything's|everything is|all)\s+(?:now\s+|all\s+|already\s+)?(?:booked|scheduled|arranged|confirmed|approved|paid|signed|delivered|dispatched|shipped|in the diary|in your diary)\b[^?]*$/,
  nl: /^(?:(?:en|dus|ook)\s+)?(?:het|dat|die|ze|alles)\s+(?:is|zijn|staat|staan)\s+(?:nu\s+|al\s+|inmiddels\s+|gewoon\s+)*(?:geboekt|ingepland|gepland|geregeld|bevestigd|goedgekeurd|betaald|getekend|geleverd|verzonden|onderweg)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|also)\s+)?(?:es|das|die|sie|alles)\s+(?:ist|sind)\s+(?:jetzt\s+|schon\s+|bereits\s+|inzwischen\s+)*(?:gebucht|eingeplant|geplant|bestätigt|freigegeben|bezahlt|unterschrieben|geliefert|verschickt|unterwegs)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:i|a|więc)\s+)?(?:to\s+|wszystko\s+)?(?:jest|są|zostało|została|został|zostały)\s+(?:już\s+|teraz\s+)*(?:zarezerwowan\p{L}*|zaplanowan\p{L}*|potwierdzon\p{L}*|zatwierdzon\p{L}*|opłacon\p{L}*|podpisan\p{L}*|dostarczon\p{L}*|wysłan\p{L}*)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:det|den|de|alt)\s+(?:er|ble)\s+(?:nå\s+|allerede\s+|nettopp\s+)*(?:booket|bestilt|planlagt|bekreftet|godkjent|betalt|signert|levert|sendt|på vei)(?![\p{L}])[^?]*$/u,
};

/**
 * "Ik wacht nog op de omzetcijfers van de Belgische vestiging", "Czekamy na decyzję od
 * wodociągów", "Vi venter fortsatt på svar fra kommunen": what the sender waits for from someone
 * else asks the reader nothing (unless an ask word follows, see ASK_WORD). Round 56: also after a
 * statement of what comes ("KV kommt bis am Mittwoch nächster Woche, ich warte noch auf die Offerte
 * vom Motorenhersteller").
 */
const WAITING_ON_OTHERS: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|also)\s+)?(?:i'm|i am|we're|we are|i've been|we've been)\s+(?:still\s+)?(?:waiting|waiting still)\s+(?:for|on)\s+(?:[^?,]{1,60}\s)?from\s+(?!you\b|your\b|last\b|this\b|next\b|today\b|yesterday\b|monday\b|tuesday\b|wednesday\b|thursday\b|friday\b)[^?]*$/,
  nl: /^(?:(?:en|maar|ook)\s+)?(?:ik|we|wij)\s+(?:wacht|wachten)\s+(?:nog\s+|nog steeds\s+|ook\s+)*op\s+(?:[^?,]{1,60}\s)?(?:van|uit)\s+(?!(?:je|jou|jouw|u|uw|jullie|vorige|afgelopen|deze|dit|vandaag|gisteren|maandag|dinsdag|woensdag|donderdag|vrijdag)(?![\p{L}]))\p{L}[^?]*$/u,
  de: /^(?:[^,;?]{1,80}?\s(?:kommt|kommen|folgt|folgen|ist|sind|wird|werden|geht|gehen|läuft|laufen)(?![\p{L}])[^,;?]{0,60}[,;–—]\s+)?(?:(?:und|aber)\s+)?(?:ich|wir)\s+(?:warte|warten)\s+(?:noch\s+|immer noch\s+|noch immer\s+)*auf\s+(?:[^?,]{1,60}\s)?(?:von|vom|aus)\s+(?!(?:dir|euch|ihnen|deiner|eurer|letzter|letzten|dieser|diesem|heute|gestern|montag|dienstag|mittwoch|donnerstag|freitag)(?![\p{L}]))\p{L}[^?]*$/u,
  pl: /^(?:(?:a|i|ale)\s+)?(?:czekam|czekamy)\s+(?:jeszcze\s+|wciąż\s+|nadal\s+)*na\s+(?:[^?,]{1,60}\s)?od\s+(?!(?:ciebie|was|pana|pani|państwa|wczoraj|rana|tygodnia|miesiąca|poniedziałku|wtorku|środy|czwartku|piątku|dawna|dłuższego)(?![\p{L}]))\p{L}[^?]*$/u,
  nb: /^(?:(?:og|men)\s+)?(?:jeg|vi)\s+(?:venter|avventer)\s+(?:fortsatt\s+|ennå\s+|også\s+)*(?:på\s+)?(?:[^?,]{1,60}\s)?(?:fra|hos)\s+(?!(?:deg|dere|i går|mandag|tirsdag|onsdag|torsdag|fredag|forrige)(?![\p{L}]))\p{L}[^?]*$/u,
};

/** "Log updated.", "Rooster bijgewerkt.", "Liste aktualisiert.": a line that only reports a thing done. */
const STATUS_LINE: Record<Lang, RegExp> = {
  en: /^(?:[\w'-]+\s+){1,3}(?:updated|done|sent|fixed|booked|sorted|uploaded|submitted|approved|merged|deployed|signed|filed|paid|ordered|shipped|published)[.!]?$/,
  nl: /^(?:[\p{L}'-]+\s+){1,3}(?:bijgewerkt|geüpdatet|gedaan|verstuurd|verzonden|gefikst|geboekt|geregeld|geüpload|ingediend|goedgekeurd|getekend|betaald|besteld|gepubliceerd)[.!]?$/u,
  de: /^(?:[\p{L}'-]+\s+){1,3}(?:aktualisiert|erledigt|verschickt|versendet|behoben|gebucht|hochgeladen|eingereicht|freigegeben|unterschrieben|bezahlt|bestellt|veröffentlicht)[.!]?$/u,
  pl: /^(?:[\p{L}'-]+\s+){1,3}(?:zaktualizowan\p{L}*|zrobion\p{L}*|wysłan\p{L}*|naprawion\p{L}*|zarezerwowan\p{L}*|wgran\p{L}*|złożon\p{L}*|zatwierdzon\p{L}*|podpisan\p{L}*|opłacon\p{L}*|zamówion\p{L}*|opublikowan\p{L}*)[.!]?$/u,
  nb: /^(?:[\p{L}'-]+\s+){1,3}(?:oppdatert|gjort|sendt|fikset|booket|ordnet|lastet opp|sendt inn|godkjent|signert|betalt|bestilt|publisert)[.!]?$/u,
};

/**
 * "Take care of yourselves and enjoy the holiday!", "Ta godt vare på dere selv i sommer, og nyt
 * ferien!", "Genießt die Feiertage": a good wish in the imperative asks nothing (unless an ask word
 * follows, see ASK_WORD). Round 112: also care for each other ("Ta godt vare på hverandre …",
 * "Passt gut aufeinander auf", "Dbajcie o siebie").
 */
const WELL_WISH: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|now)[,]?\s+)?(?:take (?:good )?care|enjoy (?:the|your)|have (?:a )?(?:great|good|lovely|nice|wonderful|restful|relaxing|happy|safe) (?:weekend|holiday|holidays|summer|break|evening|day|time|christmas|easter|trip|journey))\b[^?]*$/,
  nl: /^(?:(?:en|dus)[,]?\s+)?(?:geniet (?:van|ervan)|pas goed op (?:jezelf|jullie zelf|elkaar)|fijne (?:vakantie|zomer|feestdagen|dag|avond)|goede (?:reis|vakantie)|maak er (?:een )?(?:fijne|mooie|leuke) \p{L}+ van)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|also)[,]?\s+)?(?:genieß(?:t|e|en sie)?|pass(?:t)? gut auf (?:dich|euch) auf|passt gut aufeinander auf|erhol(?:e|t)? (?:dich|euch)|(?:einen |ein )?(?:schönen|schöne|schönes|erholsamen|erholsame|guten|gute) (?:urlaub|feiertage|wochenende|sommer|tag|abend|reise|fahrt))(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:i|a)[,]?\s+)?(?:odpocznijcie|odpoczywajcie|odpocznij|odpoczywaj|bawcie się dobrze|baw się dobrze|uważajcie na siebie|uważaj na siebie|dbajcie o siebie|dbaj o siebie|trzymajcie się|trzymaj się|miłego|udanego|spokojnych|wesołych|dobrych)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)[,]?\s+)?(?:ta (?:godt )?vare på (?:deg|dere|hverandre)|nyt (?:ferien|sommeren|helgen|dagen|fridagene|påsken|julen)|kos (?:deg|dere)|ha (?:en )?(?:fin|god|riktig god|flott|fortsatt god|god og)\s+(?:ferie|sommer|helg|dag|kveld|jul|påske|tur|reise))(?![\p{L}])[^?]*$/u,
};

/** Words that ask after all, in a line that otherwise only reports. */
const ASK_WORD: Record<Lang, RegExp> = {
  en: /\b(?:please|can you|could you|would you|will you|let me know|make sure|you need|you'll need|you must|remember)\b/,
  nl: /(?<![\p{L}])(?:graag|kun je|kunt u|kunnen jullie|wil je|wilt u|laat (?:even |het )?weten|zorg|moet je|moeten jullie|denk eraan)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:bitte|kannst du|können sie|könnt ihr|könntest|gib|sag|denk daran|denken sie|musst du|müssen sie)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:proszę|prosimy|możesz|mógłbyś|mogłabyś|daj znać|dajcie znać|pamiętaj|musisz|musicie)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:vennligst|kan du|kan dere|kunne du|gi beskjed|si fra|husk|må du|må dere)(?![\p{L}])/u,
};

/** Who the mail is for: what a vocative ("Jonas, kannst du …") is compared with. */
interface People {
  /** The reader's name parts and address-derived names (lower case). */
  readerNames: string[];
  /** First names and surnames of the other people the mail went to. */
  otherNames: string[];
  /** The letters the reader's first name may start with (folded to ASCII); empty when unknown. */
  readerInitials: string[];
  /** The same of the other people the mail went to. */
  otherInitials: string[];
  /** Whether the mail names this word inside a sentence too ("Tobi und Jonas bauen auf"), as a name is. */
  namedInText: (word: string) => boolean;
  /** The reader got the mail through a list: neither in To nor in Cc by her own address. */
  viaList: boolean;
  /** The mail is Nynorsk, whose "de" is the readers ("Kunne de sett opp fleire dunkar?"), Bokmål's "dere". */
  nynorsk: boolean;
}

/** Words of Nynorsk that Bokmål spells otherwise; two of them make a mail Nynorsk. */
const NYNORSK_WORDS =
  /(?<![\p{L}])(?:eg|ikkje|kva|korleis|kvifor|kven|berre|heilt|noko|nokon|mykje|fleire|òg|vart|vore|gong|gongen|frå|dykk|dykkar|helsing|veke|medan|utan|sjå|høyre|kome|kjem|saman|eigen|eige)(?![\p{L}])/gu;

function isNynorsk(lower: string): boolean {
  const seen = new Set<string>();
  for (const m of lower.slice(0, 5000).matchAll(NYNORSK_WORDS)) {
    seen.add(m[0]);
    if (seen.size >= 2) return true;
  }
  return false;
}

/** Nynorsk "de" (you) as Bokmål's "dere", which the cues and the model know. */
const NYNORSK_YOU = /(?<![\p{L}])de(?![\p{L}])/gu;

/** A name whose initial is the reader's and no other recipient's, and that names no other recipient. */
function initialPointsToReader(initial: string, name: string, people: People): boolean {
  return (
    people.readerInitials.includes(initial) &&
    !people.otherInitials.includes(initial) &&
    !people.otherNames.some((o) => sameName(o, name))
  );
}

/**
 * While the reader's first name is unknown (i.postma@), whether a first name with her initial and
 * no other recipient's initial or name is hers; `first` is the word that opened the line, which
 * must not be a title ("Frau", "Pani"), nor the name a group word.
 */
function initialNamesReader(name: string, first: string, people: People, c: CompiledLexicon): boolean {
  const initial = foldedInitial(NICKNAMES.get(name) ?? name);
  return (
    !people.readerNames.some((r) => foldedInitial(r) === initial) &&
    initialPointsToReader(initial, name, people) &&
    !c.titles.test(first) &&
    !c.groupWords.test(name)
  );
}

/**
 * Quotation marks open so far in a walk over a text: «…», „…“, „…”, “…” and "…" (a straight quote
 * opens only before a letter after a space, and closes only one that is open, after a letter, a
 * digit or a stop: not the inch mark of "17.5"" or "3/4"").
 */
class QuoteDepth {
  depth = 0;
  private low = false;

  /** Takes in the mark at `at` of `text`. */
  see(text: string, at: number): void {
    const ch = text[at];
    if (ch === '«' || ch === '„') {
      this.depth++;
      this.low = ch === '„';
    } else if (ch === '»' || ch === '”') this.depth = Math.max(0, this.depth - 1);
    else if (ch === '“') this.depth = this.low && this.depth > 0 ? this.depth - 1 : this.depth + 1;
    else if (ch === '"') {
      const before = at > 0 ? text[at - 1]! : ' ';
      const after = text[at + 1] ?? ' ';
      if (this.depth > 0 && /[\p{L}\p{N}.!?,]/u.test(before)) this.depth--;
      else if (/[\s:(]/u.test(before) && /\p{L}/u.test(after)) this.depth++;
    }
  }
}

const QUOTE_MARK = /[«»„“”"]/gu;
const OPENING_MARK = /[«„“"]/u;
/** "Ze vroeg: 'Kunnen jullie …": a single quotation mark after a colon (see insideQuotes). */
const SINGLE_AFTER_COLON = /:\s*['‘]/u;

/** How many quotation marks are open at the end of a text (see QuoteDepth). */
function openQuotes(text: string): number {
  const q = new QuoteDepth();
  for (const m of text.matchAll(QUOTE_MARK)) q.see(text, m.index);
  return q.depth;
}

/**
 * The quotation marks open at positions of `body` asked for in rising order, each paragraph from none:
 * one walk over the marks of the whole text, however many sentences ask.
 */
function quoteDepths(body: string): (at: number) => number {
  const marks = /[«»„“”"]|\n\n/gu;
  let q = new QuoteDepth();
  return (at) => {
    for (let m = marks.exec(body); m !== null; m = marks.exec(body)) {
      if (m.index >= at) {
        marks.lastIndex = m.index;
        return q.depth;
      }
      if (m[0] === '\n\n') q = new QuoteDepth();
      else q.see(body, m.index);
    }
    marks.lastIndex = body.length;
    return q.depth;
  };
}

/** A line of three and more dashes, underscores or equals signs alone. */
const RULE_LINE = /^[ \t]*(?:-{3,}|_{3,}|={3,})[ \t]*$/gmu;
/** A text named as given below ("Treść poniżej", "the text below", "Tekst hieronder", "Text unten"). */
const TEXT_BELOW =
  /(?<![\p{L}])(?:(?:text|wording|ad|advert|announcement|notice|post|letter|message)\s+(?:is\s+)?below|below is the (?:text|wording|ad|advert|announcement|notice|post|letter)|(?:treść|tekst|ogłoszenie|komunikat)\s+(?:jest\s+)?poniżej|(?:tekst|advertentie|aankondiging|bericht|brief)\s+(?:staat\s+)?hieronder|hieronder (?:de|het) (?:tekst|advertentie|aankondiging|bericht)|(?:text|anzeige|aushang|wortlaut|ankündigung)\s+(?:steht\s+)?(?:unten|hierunter|nachfolgend)|(?:teksten|annonsen|oppslaget|kunngjøringen)\s+(?:står\s+)?(?:nedenfor|under))(?![\p{L}])/u;

/** A listed item that opens with a single quotation mark (see insideQuotes). */
const QUOTED_ITEM = /^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+['‘]/mu;

/**
 * Whether a sentence is quoted words: inside quotation marks opened earlier in its paragraph and not
 * yet closed (`depthAt`, see quoteDepths), or opening them itself and closing them by its end.
 */
function insideQuotes(s: Sentence, depthAt: (at: number) => number, body: string): boolean {
  if (depthAt(s.start) > 0) return true;
  const text = s.text.trim();
  if (OPENING_MARK.test(text[0] ?? '')) {
    if (openQuotes(text) === 0) return /[»“”"][.!?]?$/u.test(text);
    // Round 104: the first of the sentences of a quotation that closes further on in the paragraph
    // ("\"Please book same-day collections before 2pm …. Need it there by tomorrow? Choose …\"").
    return openQuotes(restOfParagraph(body, s.start)) === 0;
  }
  // Round 118: a listed item that opens with a single quotation mark closed further on its line ("-
  // 'Could you put more benches near the pig paddocks? My dad needed a sit-down.' — this came up nine
  // times"): a comment quoted.
  const item = withoutBullet(text);
  if (item !== text && (item[0] === "'" || item[0] === '‘')) {
    const from = s.start + s.text.indexOf(item) + 1;
    const lineEnd = body.indexOf('\n', from);
    return /[\p{L}\p{N}.!?,…]['’](?=\s|$)/u.test(body.slice(from, lineEnd < 0 ? body.length : lineEnd));
  }
  // Round 104: words someone said, quoted after the verb and a colon to the sentence's end ("… i
  // zapytał wprost: „Czy moglibyście dostarczyć …?”."); round 105: also what a sign reads, and to a
  // close further on in the paragraph ("Ze vroeg: 'Kunnen jullie uiterlijk vrijdag …? We hebben …'",
  // "Darauf steht jetzt: „Bitte warten Sie …").
  // Round 108: also right after the verb ("… emailed this morning saying \"please can you send …\"").
  const said = (text.includes(':') ? SAID_THEN_QUOTE.exec(text) : null) ?? SAID_RIGHT_BEFORE.exec(text);
  if (said === null) return false;
  const quote = text.slice(said.index + said[0].length - 1);
  const paragraph = restOfParagraph(body, s.start + s.text.indexOf(quote));
  if (quote[0] === "'" || quote[0] === '‘') {
    // Closed further on, or at the sentence's end; not "He said: 'I can't.' Could you …?".
    const close = /[\p{L}\p{N}.!?,…]['’](?=\s|$)/u.exec(paragraph.slice(1));
    return (
      close !== null && (close.index + 3 >= quote.length || /^['’]?[.!?]*\s*$/u.test(quote.slice(close.index + 3)))
    );
  }
  return openQuotes(quote) === 0 ? /[»“”"][.!?]?$/u.test(text) : openQuotes(paragraph) === 0;
}

/** `body` from `from` to the end of its paragraph (the next blank line, or the end). */
function restOfParagraph(body: string, from: number): string {
  const end = body.indexOf('\n\n', from);
  return body.slice(from, end < 0 ? body.length : end);
}

/** A verb of saying or reading, up to six words more, a colon and an opening mark (see insideQuotes). */
const SAID_THEN_QUOTE =
  /(?<![\p{L}])(?:asked|said|wrote|replied|answered|shouted|added|told (?:me|us|him|her|them)|zei|zeiden|vroeg|vroegen|schreef|schreven|antwoordde|riep|sagte|sagten|fragte|fragten|schrieb|schrieben|antwortete|rief|meinte|powiedział\p{L}*|zapytał\p{L}*|pytał\p{L}*|napisał\p{L}*|odpowiedział\p{L}*|krzyknął|krzyczał\p{L}*|stwierdził\p{L}*|sa|spurte|skrev|svarte|ropte|says|reads|read|states|staat|stond|luidt|steht|stand|lautet|heißt|brzmi|brzmiał\p{L}*|widnieje|napisano|står|sto|lyder)(?:,?\s+\p{L}+){0,6}\s*:\s*[«„“"'‘]/iu;

/** A verb of saying and straight after it, without a colon, an opening double mark (see insideQuotes). */
const SAID_RIGHT_BEFORE =
  /(?<![\p{L}])(?:saying|asking|writing|said|asked|wrote|replied|with the words|zeggende|met de (?:woorden|vraag)|zei|vroeg|schreef|mit den worten|mit der frage|sagte|fragte|schrieb|mówiąc|pytając|pisząc|z pytaniem|powiedział\p{L}*|zapytał\p{L}*|napisał\p{L}*|med spørsmålet|med ordene|og spurte|og skrev|og sa)\s*,?\s*[«„“"]/iu;

/** An item of a numbered list ("2. ", "3) "). */
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s/u;

/** "@Tom …", "Tom – …", "Tom: …": a name turned to with a mark, not only a comma. */
function explicitlyAddressed(text: string, addressed: RegExpExecArray, bullet = false): boolean {
  return (
    text.charCodeAt(0) === 64 || /^[^,]*[–—:]/u.test(addressed[0]) || (bullet && /^[^,]*\s-\s/u.test(addressed[0]))
  );
}

/** `bare`: the sentence as bareLower gives it; `lower`: lower-cased. */
/** Words in quotation marks within a line, three to 160 characters long (see judgeSentence). */
const QUOTED_WORDS = /[„“"«»][^„“”"«»\n]{3,160}[”“"«»]/gu;

function judgeSentence(
  raw: string,
  c: CompiledLexicon,
  people: People,
  bare = bareLower(raw),
  lower = raw.toLowerCase(),
): SentenceVerdict {
  const verdict = judgeWithLeadIn(raw, c, people, lower);
  // Most sentences ask nothing and turn to no one: the lines that are never asks need not be looked
  // for in them (the same verdict, a dozen expressions fewer per sentence).
  if (!verdict.kind && !verdict.other) return verdict;
  // Round 117. "Od rana terminal wyświetla komunikat „Konto zablokowane – skontaktuj się z
  // administratorem” i …", "the till shows "Account locked – contact your administrator"": words in
  // quotation marks inside a line (a message, what someone said) are not the sender's ask.
  const outside = verdict.kind ? raw.replace(QUOTED_WORDS, '"…"') : raw;
  if (outside !== raw && outside.replace(/"…"/g, '').trim().length >= 12 && !judgeWithLeadIn(outside, c, people).kind)
    return { kind: null, other: false };
  return neverAnAsk(raw, bare, c, people) ? { kind: null, other: false } : verdict;
}

/**
 * "If it would help, I'm happy to join Thursday's meeting – just let me know", "Ich komme gern vorbei,
 * sag einfach Bescheid", "Chętnie pomogę, daj znać": the sender offers to do something; the reader is
 * only to say whether she wants it. `[offer, its "let me know"]`; the line asks nothing else.
 */
const OFFERED_HELP: Record<Lang, [RegExp, RegExp]> = {
  en: [
    /\b(?:if you(?:'d| would)? (?:like|want|wish|prefer)(?: (?:it|that|us to|me to))?,? (?:i|we) (?:can|could)|(?:i(?:'m| am)|i(?:'d| would) be|we(?:'re| are)|we(?:'d| would) be)\s+(?:more than\s+|very\s+|really\s+|also\s+)?(?:happy|glad|willing)\s+to|i\s+(?:can|could)\s+(?:also\s+)?(?:join|come|pop|drop|help|call|talk|walk|run)|happy to help|if you(?:'re| are)? ever|should you ever)\b/,
    /\b(?:just\s+)?(?:let (?:me|us) know|say the word|give (?:me|us) a (?:shout|call))\b/g,
  ],
  nl: [
    /(?<![\p{L}])(?:(?:ik|wij|we)\s+(?:kom|komen|help|helpen|denk|denken|schuif|schuiven|wil|willen|laat|laten)\s+(?:\S+\s+){0,4}?graag|(?:ik|wij|we)\s+(?:ben|zijn)\s+(?:\S+\s+){0,2}?graag\s+bereid|(?:als|mocht|mochten)\s+(?:je|jij|u|jullie)\s+(?:ooit|(?:nog\s+)?eens\s+(?:in|langs|bij))\s)(?![\p{L}])/u,
    /(?<![\p{L}])(?:laat (?:(?:het|me|mij|ons|maar|even|dan|gerust)\s+){0,3}(?:weten|horen)|zeg het maar|geef (?:(?:maar|even|me|mij)\s+){0,2}een seintje)(?![\p{L}])/gu,
  ],
  de: [
    /(?<![\p{L}])(?:(?:ich|wir)\s+(?:komme|kommen|helfe|helfen|übernehme|übernehmen|schaue|schauen|zeige|zeigen|bin|sind)\s+(?:\S+\s+){0,4}?gern(?:e)?|gern(?:e)?\s+(?:\S+\s+){0,2}?(?:behilflich|bereit)|(?:falls|wenn)\s+(?:du|ihr|sie)\s+(?:jemals|(?:mal|einmal|irgendwann)\s+(?:in|nach|bei uns|hier|vorbei))\s)(?![\p{L}])/u,
    /(?<![\p{L}])(?:(?:sag|sagt|sagen sie|gib|gebt|geben sie)\s+(?:(?:mir|uns|einfach|gern|gerne|kurz)\s+){0,3}bescheid|melde dich (?:einfach|gern|gerne))(?![\p{L}])/gu,
  ],
  pl: [
    /(?<![\p{L}])(?:chętnie\s+(?:\S+\s+)?(?:pomogę|pomożemy|przyjdę|przyjedziemy|przyjadę|dołączę|wpadnę|zadzwonię|omówię|pokażę|pokażemy|oprowadzę)|(?:mogę|możemy)\s+(?:też\s+|również\s+)?(?:przyjść|dołączyć|pomóc|przyjechać|wpaść)|(?:gdybyś|gdybyście|gdyby pan|gdyby pani|jeśli|jeżeli|jak)\s+(?:\S+\s+)?kiedyś)(?![\p{L}])/u,
    /(?<![\p{L}])(?:daj(?:cie)?|proszę dać) (?:(?:mi|nam|tylko|po prostu)\s+){0,2}znać(?![\p{L}])/gu,
  ],
  nb: [
    /(?<![\p{L}])(?:(?:hvis|om|dersom) (?:du|dere) (?:ønsker|vil)(?: det)?,? (?:så )?kan (?:jeg|vi)|(?:jeg|vi)\s+(?:kan|kommer|hjelper|stiller|blir|viser)\s+(?:\S+\s+){0,3}?gjerne|(?:jeg|vi)\s+(?:er|blir)\s+(?:\S+\s+){0,2}?gjerne\s+med|(?:hvis|om)\s+(?:du|dere)\s+(?:noen gang|(?:en gang|en dag)\s+(?:er|kommer)\s+(?:i|til|innom|forbi))\s)(?![\p{L}])/u,
    /(?<![\p{L}])(?:(?:bare\s+)?si (?:fra|ifra)|gi (?:(?:meg|oss|bare)\s+){0,2}(?:en\s+)?(?:lyd|beskjed))(?![\p{L}])/gu,
  ],
};

/**
 * Whether a line only offers the sender's help and asks the reader to say if she wants it (not by
 * when: "…, we can deliver on Saturdays – let us know by Friday", round 113).
 */
function offersHelp(bare: string, c: CompiledLexicon): boolean {
  const lang = c.lex.lang;
  const [offer, sayIt] = OFFERED_HELP[lang];
  if (bare.includes('?') || !offer.test(bare)) return false;
  const said = bare.search(sayIt);
  return said >= 0 && !ASK_WORD[lang].test(bare.replace(sayIt, ' ')) && !c.prep.test(bare.slice(said));
}

/**
 * "Kontener powinien być gotowy do odbioru w przyszłym tygodniu": when a thing should be ready for
 * collection, the sender's forecast, not a duty (which Polish "powinien być" also puts). Only Polish,
 * whose cues read the modal as a duty. Round 43: also where results or a parcel should be by then
 * ("…, wyniki powinny być w LIS-ie do 9:00", "Przesyłka powinna dotrzeć jutro"). Round 117: also what
 * follows from work done ("Angielskie przejrzała jeszcze Ola, więc powinny być bez błędów").
 */
const EXPECTED_READY: Partial<Record<Lang, RegExp>> = {
  pl: /^(?:\p{L}+\s+){1,4}?(?:powinien|powinna|powinno|powinny|powinni)\s+(?:już\s+)?być\s+(?:już\s+)?(?:gotow\p{L}*|dostępn\p{L}*)\s+do\s+(?:odbioru|wysyłki|wydania|użytku|montażu|załadunku)(?![\p{L}])[^?]*$|(?:^|,\s+)(?:\p{L}+\s+){0,2}?(?:wyniki|dane|paczka|paczki|przesyłka|przesyłki|dostawa|faktura|faktury|towar|raport|zestawienie|próbki|materiały|dokumenty|pliki|zamówienie)\s+(?:\p{L}+\s+){0,3}?(?:powinien|powinna|powinno|powinny)\s+(?:już\s+)?(?:być\s+(?:już\s+)?(?:w|na|u)|dotrzeć|przyjść|pojawić się|dojść|spłynąć)(?![\p{L}])[^?]*$|(?:^|,\s+|\s)(?:(?:więc|teraz|już|to)\s+)*(?:powinieneś|powinnaś|powinniście|powinien pan|powinna pani|powinni państwo)\s+(?:\p{L}+\s+){0,3}?(?:widzieć|zobaczyć|znaleźć|dostać|otrzymać)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:proszę|daj|dajcie|sprawdź|sprawdźcie)(?![\p{L}]))[^?]*$|,\s+(?:więc|to|zatem|czyli|dlatego)\s+(?:\p{L}+\s+){0,2}?(?:powinien|powinna|powinno|powinny|powinni)\s+(?:już\s+)?być\s+(?:już\s+)?(?:bez\s+(?:błędów|usterek|zarzutu|problemów|literówek)|w porządku|ok|gotow\p{L}*|poprawn\p{L}*|aktualn\p{L}*|kompletn\p{L}*|dobr\p{L}*|czyst\p{L}*|sprawn\p{L}*)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:do|przed|najpóźniej|proszę|jutro|dzisiaj|dziś)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 55. "Falls Sie mir noch etwas mitgeben möchten, geben Sie mir Bescheid", "Gdyby Pani chciała
 * mi jeszcze coś przekazać, proszę dać znać", "Er det noen som vil ha dem, er det bare å si ifra":
 * what the reader may want, and a word to say so that ends the line (not "…, bis Freitag"), is an
 * offer. Dutch has it in its cues; English leaves it to its model (its Enron sentences count "If you
 * would like me to attend, just let me know" as an ask).
 */
// Round 65: also the Austrian and Bavarian "wennst", "wenn'st" ("Wenn'st für die Rechnung noch was
// brauchst, sag Bescheid"). Round 69: also the Polish remarks or a thing not found ("Jakbyś miał jakieś
// uwagi, daj znać", "jakbys czegos nie mogl znalezc to daj znac").
const OFFER_IF_WANTED: Partial<Record<Lang, RegExp>> = {
  de: /^(?:(?:und|auch)\s+)?(?:wenn|wenn'?st|falls|fallst|sofern|sollten?|solltest)\s[^?]{0,80}?(?<![\p{L}])(?:möchten|möchtest|möchtet|wollen|willst|wollt|wünschen|wünschst|brauchen|brauchst|braucht|benötigen)(?![\p{L}])[^?]{0,30},\s*(?:dann\s+)?(?:(?:geben sie|gib|gebt) (?:mir|uns) (?:(?:einfach|gerne|gern|kurz|bitte)\s+)*bescheid|(?:sagen sie|sag|sagt) (?:(?:einfach|gerne|gern|kurz|bitte)\s+)*bescheid|(?:melden sie sich|melde dich|meld dich|meldet euch)(?: (?:einfach|gerne|gern|kurz|bitte))*|(?:einfach |kurz )*(?:bescheid geben|melden))[\s.!]*(?:[–—-][^?]{0,40})?$/u,
  pl: /^(?:(?:a|i)\s+)?(?:jeśli|jeżeli|jesli|jezeli|gdyby|gdybyś|gdybys|gdybyście|jakbyś|jakbys|jakbyście|jakby)\s[^?]{0,80}?(?<![\p{L}])(?:chciał\p{L}*|chcial\p{L}*|chce|chcesz|chcecie|chcą|potrzebuje\p{L}*|potrzebował\p{L}*|wolał\p{L}*|woli\p{L}*|miał\p{L}* (?:jakieś |jakies |jakiekolwiek )?(?:uwagi|pytania|wątpliwości|watpliwosci|problem\p{L}*)|nie (?:mógł|mogl|mogła|mogla|możesz|mozesz) (?:\S+ )?(?:znaleźć|znalezc))(?![\p{L}])[^?]{0,80}?(?:,\s*|\s+)(?:to\s+)?(?:proszę (?:mi |nam )?dać|prosze (?:mi |nam )?dac|daj|dajcie)(?: mi| nam)? zna[cć][\s.!]*(?:[–—-][^?]{0,40})?$/u,
  nb: /^(?:(?:og|så)\s+)?(?:(?:hvis|om|dersom)\s|(?:er det|har du|har dere|vil du|vil dere|trenger du|trenger dere|skulle du|skulle dere|ønsker du|ønsker dere)\s)[^?]{0,80}?(?<![\p{L}])(?:vil|ønsker|trenger|har lyst)(?![\p{L}])[^?]{0,60},\s*(?:så\s+)?(?:er det bare å\s+)?(?:si (?:i)?fra|gi (?:meg |oss )?(?:en )?(?:beskjed|lyd)|ta kontakt|send (?:meg|oss) en (?:melding|mail|e-post))[\s.!]*(?:[–—-][^?]{0,40})?$/u,
};

/**
 * Round 84. "Dere skal betale 84 312 kr med forfall 10. april, og beløpet trekkes automatisk via
 * AvtaleGiro", "it will be taken by direct debit as before": a payment that is taken automatically
 * asks the reader to do nothing.
 */
const PAID_AUTOMATICALLY: Record<Lang, RegExp> = {
  en: /\b(?:will be|is|gets|'ll be|are|get) (?:\w+ )?(?:taken|collected|debited|paid|deducted) (?:automatically|by direct debit|via direct debit)\b|\bautomatically (?:taken|collected|debited|deducted)\b/,
  nl: /(?<![\p{L}])(?:wordt|worden)\s+(?:\S+\s+){0,3}?automatisch\s+(?:afgeschreven|geïncasseerd|ingehouden|verrekend|betaald)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:wird|werden)\s+(?:\S+\s+){0,3}?(?:automatisch|per lastschrift)\s+(?:abgebucht|eingezogen|verrechnet|bezahlt)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:zostanie|zostaną|będzie|będą)\s+(?:\S+\s+){0,2}?(?:pobran\p{L}*|ściągnięt\p{L}*)\s+automatycznie|automatycznie\s+(?:pobran\p{L}*|ściągnięt\p{L}*)/u,
  nb: /(?<![\p{L}])(?:trekkes|belastes|betales)\s+(?:\S+\s+){0,2}?(?:automatisk|via avtalegiro|med avtalegiro)(?![\p{L}])/u,
};

/**
 * Round 115. "Can I just say a huge thank you for Saturday?", "Mag ik even zeggen …?", "Darf ich
 * einfach mal sagen …?", "Czy mogę tylko powiedzieć …?", "Kan jeg bare si …?": what the sender says,
 * asked leave for, asks nothing.
 */
const MAY_I_SAY: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|first)[,]?\s+)?(?:can|may|could) i (?:just |first |quickly )?(?:say|start by saying|begin by saying)\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|eerst)[,]?\s+)?(?:mag|kan) ik (?:(?:even|eerst|gewoon|nog) )*(?:zeggen|beginnen met)\b[^?]*\?\s*$/u,
  de: /^(?:(?:und|zuerst)[,]?\s+)?(?:darf|kann) ich (?:(?:einfach|kurz|mal|erst|zuerst|noch) )*(?:sagen|anfangen mit)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:i|a|najpierw)[,]?\s+)?(?:czy )?(?:mogę|można) (?:(?:tylko|najpierw|po prostu|od razu) )*(?:powiedzieć|zacząć od)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|først)[,]?\s+)?(?:kan|får) jeg (?:(?:bare|først|lov til å) )*(?:si|begynne med)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 83. "Darf ich mich kurz vorstellen?", "Mag ik me even voorstellen?", "May I introduce
 * myself?": a courtesy question the sender answers herself. Round 117: also "I'd like to introduce you to
 * Alan Treloar (copied), who …", which the others' models read as none already.
 */
const SELF_INTRODUCTION: Record<Lang, RegExp> = {
  en: /^(?:(?:so|first|first of all|firstly),?\s+)?(?:may|can|could|let) (?:i|me) (?:(?:briefly|quickly|just|first) )?introduce myself\b[^?]*\?\s*$|^(?:(?:so|first|first of all|firstly|just)[,]?\s+)?(?:i'd|i would|we'd|we would) (?:(?:just|also) )?(?:like|love) to introduce (?:you to|to you)\b(?![^?]*\b(?:could you|can you|please|would you)\b)[^?]*$/,
  nl: /^(?:(?:eerst|allereerst),?\s+)?(?:mag|kan) ik (?:me|mij|mezelf) (?:(?:even|kort|eerst|nog) )*(?:voorstellen|introduceren)\s*\?\s*$/u,
  de: /^(?:(?:zuerst|zunächst),?\s+)?(?:darf|kann) ich mich (?:(?:kurz|erst|einmal|mal|ihnen|euch) )*vorstellen\s*\?\s*$/u,
  pl: /^(?:(?:na początek|najpierw),?\s+)?(?:czy )?(?:mogę|pozwolą państwo|pozwolicie)(?:,? że)? (?:(?:się|krótko|najpierw) )*przedstawi(?:ć|ę)(?: się)?\s*\?\s*$/u,
  nb: /^(?:(?:først),?\s+)?(?:får|kan) jeg (?:(?:kort|først|få) )*presentere meg(?: selv)?\s*\?\s*$/u,
};

/**
 * Round 83. "Og hvem andre enn denne gjengen kunne klart å pakke 4 000 esker på to uker?", "Who else
 * but this team could have pulled it off?": praise put as a question of what could have been (not
 * "Hvem andre enn Per kan låse opp lageret?", which asks).
 */
const WHO_ELSE_BUT: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|so)\s+)?who (?:else )?(?:but|other than|apart from|except) [^?]{1,120}\b(?:could|would|might) have\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|maar)\s+)?wie (?:anders )?dan [^?]{1,120}(?<![\p{L}])(?:had|hadden|zou|zouden)(?![\p{L}])[^?]*(?<![\p{L}])(?:kunnen|gekund|hebben)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|aber)\s+)?wer (?:außer|ausser|sonst als|anders als) [^?]{1,120}(?<![\p{L}])(?:hätte|hätten)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:i|a)\s+)?kto (?:inny )?(?:niż|jak nie|poza) [^?]{1,120}(?<![\p{L}])(?:by|byłby|mógłby|mogłaby|mogliby)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|men)\s+)?hvem (?:andre|ellers) enn [^?]{1,120}(?<![\p{L}])(?:kunne|hadde)(?: ha)? (?:klart|fått|greid|gjort|fikset)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 82. "Da rekker du å bestille vinduene før byggemøtet 17. mars", "Dan heb je nog tijd om de
 * ramen te bestellen": what the reader then has time for, after the sender's part, is no ask (the
 * other languages' models already read it so).
 */
const TIME_FOR_IT_THEN: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|zo)\s+)?(?:dan|zo|daarmee)\s+(?:(?:heb|hebt|heeft|hebben)\s+(?:je|jij|u|jullie)\s+(?:(?:nog|ruim|genoeg|voldoende|alle)\s+)*tijd\s+(?:om|voor)|(?:red|redt|redden)\s+(?:je|jij|u|jullie)\s+het(?:\s+nog)?)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:da|så|dermed|slik)\s+(?:rekker\s+(?:du|dere)(?:\s+(?:fortsatt|akkurat|fint))?\s+å|(?:har|får)\s+(?:du|dere)\s+(?:(?:god|nok|fortsatt|akkurat)\s+)?tid\s+til\s+å)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 81. "Keine Eile, ich brauche die erst für die Neuen im Januar", "No rush, I won't need them
 * until January": after "no rush", when the sender needs the thing asked for; beside an ask, no ask of
 * its own.
 */
const NEEDED_ONLY_LATER: Record<Lang, RegExp> = {
  en: /^(?:no rush|no hurry|no pressure|there's no rush|not urgent)\s*[,:;–—-]?\s*(?:though\s*,?\s*|as\s+)?(?:i|we) (?:only need|will only need|'ll only need|won't need|will not need|don't need|do not need)\b(?:(?![?]).)*\b(?:until|till|for|in|before|after)\b[^?]*$/,
  nl: /^(?:geen haast|geen stress|geen spoed|niet dringend)(?: hoor)?\s*[,:;–—-]?\s*(?:want\s+)?(?:ik heb|we hebben|wij hebben) (?:ze|het|die|dat|hem|deze|dit)(?: \S+){0,2}? (?:pas|niet voor|pas na)(?![\p{L}])[^?]*nodig[^?]*$/u,
  de: /^(?:keine eile|kein stress|ohne eile|kein druck|nicht dringend)\s*[,:;–—-]?\s*(?:denn\s+)?(?:ich|wir) (?:brauche|brauch|brauchen) (?:die|sie|das|es|den|ihn|diese|dies)(?: \S+){0,2}? (?:erst|nicht vor)(?![\p{L}])[^?]*$/u,
  pl: /^(?:bez pośpiechu|nie pali się|spokojnie|nic pilnego)\s*[,:;–—-]?\s*(?:bo\s+)?(?:potrzebuję|potrzebujemy|będę potrzebować|będę potrzebował|będę potrzebowała)(?: \S+){0,3}? (?:dopiero|nie wcześniej niż)(?![\p{L}])[^?]*$/u,
  nb: /^(?:ingen hast|ingen stress|ikke noe hastverk|ikke noe stress)\s*[,:;–—-]?\s*(?:for\s+)?(?:jeg|vi) (?:trenger|får bruk for) (?:dem|den|det|de|disse)(?: \S+){0,2}? (?:først|ikke før)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 55. "Dan kun je het rustig naast je huidige contract leggen", "Dann kannst du es in Ruhe
 * vergleichen", "Da kan du se på det i ro og mak", "Then you can compare it at your leisure": what
 * the reader may then do at leisure, after the sender's part, is no ask.
 */
const AT_LEISURE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so)\s+)?(?:then|that way|so)\s+you\s+(?:can|could|'ll be able to|will be able to)\s[^?]*(?:at your (?:own )?leisure|in your own time|in peace|without (?:any )?rush)[^?]*$/,
  nl: /^(?:dan|zo|daarna|daarmee)\s+(?:kun|kan|kunt|kunnen)\s+(?:je|jij|u|jullie|ge|gij)\s[^?]*(?<![\p{L}])(?:rustig|op je gemak|op uw gemak|op jullie gemak|in alle rust|in je eigen tempo)(?![\p{L}])[^?]*$/u,
  de: /^(?:dann|so|danach)\s+(?:kannst du|können sie|könnt ihr)\s[^?]*(?<![\p{L}])(?:in ruhe|in aller ruhe|ganz entspannt|ohne zeitdruck|ohne eile|gemütlich)(?![\p{L}])[^?]*$/u,
  nb: /^(?:da|så|dermed)\s+(?:kan du|kan dere)\s[^?]*(?<![\p{L}])(?:i ro og mak|i fred og ro|i eget tempo|uten hast|rolig)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 55. "Your laptop is set up and waiting on your desk", "Your badge is waiting for you at
 * reception": a thing ready where the reader will find it. Only English, whose model reads "waiting"
 * as a wait on the reader.
 */
const READY_FOR_YOU: Partial<Record<Lang, RegExp>> = {
  en: /^(?:your|the)\s+[^?]{1,40}?\s(?:is|are)\s+(?:all\s+)?(?:(?:set up|ready|charged|printed)\s+(?:and\s+)?)?waiting\s+(?:for you\s+)?(?:on|at|in)\s+(?:(?:your|the)\s+)?(?:desk|table|chair|locker|pigeonhole|tray|reception|front desk|post room|mailroom|office|workstation|shelf)\b[^?]*$/,
};

/**
 * Round 56. "We inform you that the bandsaw blades from your order are shipped today", "Please be
 * advised that the office is closed on Monday": news said as news (not "… that you must …"). Only
 * English, whose model reads the "you" as an ask.
 */
const INFORM_YOU: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:we|i)\s+(?:would like to\s+|hereby\s+|kindly\s+|want to\s+|wish to\s+)?(?:inform|notify|advise)\s+you\s+that|this is to (?:inform|notify|let) you(?: know)? that|please be (?:informed|advised) that|kindly be (?:informed|advised) that)\s(?![^?]*\b(?:you (?:must|need|should|have to|will need)|please|kindly (?!be\b)))[^?]*$/,
};

/**
 * Round 62. "Just a quick thank you to all of you for Saturday": thanks for what was done (not
 * "thanks in advance for …"). Only English, whose model reads "you … for" as an ask.
 */
const THANKS_FOR_DONE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|just|also)\s+)*(?:a\s+)?(?:(?:quick|big|huge|massive|special|heartfelt|warm)\s+)?(?:thank you|thanks)\s+(?:(?:so much|again|very much|once again)\s+)?(?:to\s+[^?]{1,60}?\s+)?for\s(?![^?]*\b(?:in advance|ahead of time|beforehand)\b)[^?]*$/,
};

/**
 * Round 62. "Helen and Tom especially, I know you didn't get a proper lunch": what the sender knows
 * the reader went through, unless an ask word follows ("I know you're busy, but could you …").
 */
const I_KNOW_YOU: Partial<Record<Lang, RegExp>> = {
  en: /(?:^|,\s*)(?:i know|i realise|i realize|i'm aware)(?: that)? you(?:'ve| have)? (?:didn't|did|were|had|weren't|couldn't|worked|put in|gave|went)\b[^?]*$/,
};

/**
 * Round 63. "…, brakuje mi tylko kart pracy z montażu w Rumi, ale kierownik obiecał je jutro
 * podrzucić", "…, but the site manager promised to drop them off tomorrow", "…, maar de chef heeft
 * beloofd ze morgen te brengen", "…, aber der Bauleiter hat versprochen, sie morgen vorbeizubringen",
 * "…, men formannen har lovet å levere dem i morgen": a need someone else has promised to meet asks
 * the reader nothing (unless an ask word follows).
 */
const PROMISED_BY_OTHER: Record<Lang, RegExp> = {
  en: /(?:^|\s)but\s+(?!(?:you|u)\b)(?:[\w'-]+\s+){1,3}?(?:(?:has|have|had)\s+)?promised\b[^?]*$/,
  nl: /(?:^|\s)maar\s+(?!(?:je|jij|u|jullie|ge|gij)(?![\p{L}]))(?:\p{L}+\s+){1,4}?(?:beloofd|beloofde|beloofden|toegezegd)(?![\p{L}])[^?]*$/u,
  de: /(?:^|\s)aber\s+(?!(?:du|ihr|sie)(?![\p{L}]))(?:\p{L}+\s+){1,4}?(?:versprochen|versprach|versprachen|zugesagt)(?![\p{L}])[^?]*$/u,
  pl: /(?:^|\s)ale\s+(?!(?:ty|wy|pan|pani|państwo)(?![\p{L}]))(?:\p{L}+\s+){1,3}?(?:obiecał|obiecała|obiecali|obiecały|zapewnił|zapewniła|zapewnili)(?![\p{L}])[^?]*$/u,
  nb: /(?:^|\s)men\s+(?!(?:du|dere)(?![\p{L}]))(?:\p{L}+\s+){1,3}?(?:(?:har|hadde)\s+)?(?:lovet|lovte|lovt)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 63. "… prøveuttak fra partier over 10 tonn skal gjøres av autorisert prøvetaker", "Gas work
 * must be carried out by a registered engineer", "… moet worden uitgevoerd door een erkende
 * installateur", "… muss von einem zertifizierten Probenehmer durchgeführt werden", "… musi być
 * wykonane przez uprawnionego elektryka": a duty given to someone else by role, in a line that does
 * not turn to the reader, is a rule, not an ask (not "… by everyone", "przez wszystkich", "av alle").
 */
const DONE_BY_AGENT: Record<Lang, RegExp> = {
  en: /^(?![^?]*\b(?:you|your|u)\b)[^?]*\b(?:must|has to|have to|needs? to|is to|are to|shall|should|can only|may only)\s+(?:only\s+)?be\s+(?:[\w-]+\s+)?(?:done|carried out|performed|taken|made|signed off|checked|inspected|handled|fitted|installed|serviced|tested|certified)\s+(?:only\s+)?by\s+(?:an?|the|our|one of (?:our|the))\s+(?!(?:end|close|start|beginning|middle|latest|deadline|weekend|time)\b)[^?]*$/,
  nl: /^(?![^?]*(?<![\p{L}])(?:je|jij|jou|jouw|u|uw|jullie|ge|gij)(?![\p{L}]))[^?]*(?<![\p{L}])(?:moet|moeten|mag|mogen|dient|dienen)\s(?=[^?]*\s(?:worden|zijn)(?![\p{L}]))[^?]*\sdoor\s+(?:een|de|het|onze|hun)\s+(?!week(?![\p{L}]))[^?]*$/u,
  de: /^(?![^?]*(?<![\p{L}])(?:du|dich|dir|dein\p{L}*|ihr|euch|euer|eure\p{L}*|sie|ihnen)(?![\p{L}]))[^?]*(?<![\p{L}])(?:muss|müssen|darf|dürfen|soll|sollen)\s[^?]*\s(?:von|durch)\s+(?:einem|einer|einen|dem|der|den|unserem|unserer|unseren)\s+\p{L}[^?]*\s(?:werden|sein)(?![\p{L}])[^?]*$/u,
  pl: /^(?![^?]*(?<![\p{L}])(?:ty|ciebie|cię|tobie|ci|wy|was|wam|pan|pani|państwo|pana|panią)(?![\p{L}]))[^?]*(?<![\p{L}])(?:musi|muszą|powinien|powinna|powinno|powinny|może|mogą)\s+(?:\S+\s+){0,3}?(?:być|zostać)\s+(?:\S+\s+){0,2}?\p{L}+(?:an|on|ęt)[aeyi]?\s+(?:\S+\s+){0,2}?przez\s+(?!(?:cały|całą|całe|tydzień|miesiąc|rok|dzień|godzinę|chwilę|weekend|wszystk\p{L}*|każd\p{L}*)(?![\p{L}]))\p{L}[^?]*$/u,
  nb: /^(?![^?]*(?<![\p{L}])(?:du|deg|din|ditt|dine|dere|deres)(?![\p{L}]))[^?]*(?<![\p{L}])(?:må|skal|bør)\s+(?:\S+\s+){0,2}?(?:\p{L}{3,}es|være\s+\p{L}+)\s+(?:\S+\s+){0,2}?av\s+(?!(?:hensyn|gårde|sted|alle|hver|enhver|hele)(?![\p{L}]))(?:(?:en|et|vår|våre)\s+)?\p{L}[^?]*$/u,
};

/**
 * Round 64. "Return labels for all six units are attached (RMA 55-20931).", "Plan Kessel-Lo
 * (Vermeiren) is vandaag opgeladen in het kadasterplatform": a noun that is also a verb opens a
 * statement that a thing is attached, ready or sent, not an imperative ("Check the files are
 * attached", "Zorg dat alles klaar is" stay asks). English and Dutch, whose nouns and verbs share
 * their forms. Round 105: also without its verb ("Draft attached.", "Updated draft enclosed.").
 */
const GIVEN_STATEMENT: Partial<Record<Lang, RegExp>> = {
  en: /^(?!(?:check|confirm|verify|ensure|make|double[- ]check|see|note|remember|let|tell|ask|please)\b)[\w'-]+\s+(?!(?:the|a|an|that|this|these|those|all|your|my|our|their|his|her|its|it|them|if|whether|everything|sure)\b)[\w'-]+(?:\s+[^\s?]+){0,6}?\s+(?:is|are|was|were|has been|have been)\s+(?:now\s+|already\s+|all\s+|just\s+)*(?:attached|enclosed|included|uploaded|ready|done|sent|on (?:its|their) way)\b[^?]*$|^(?:(?:the|my|our|updated|revised|new|final|latest|full|signed|first)\s+)*[\w'-]+\s+(?:attached|enclosed)[.!]?\s*$/,
  nl: /^(?!(?:controleer|check|kijk|zorg|bevestig|vergeet|graag|laat)(?![\p{L}]))\p{L}+\s+(?!(?:de|het|een|dat|die|deze|dit|alle|je|jouw|uw|mijn|ons|onze|hun|of|even|graag)(?![\p{L}]))[^\s?]+(?:\s+[^\s?]+){0,6}?\s+(?:is|zijn|werd|werden)\s+(?:(?:nu|al|net|vandaag|gisteren|zojuist|inmiddels)\s+)*(?:bijgevoegd|meegestuurd|opgeladen|geüpload|klaar|verstuurd|verzonden|ingediend|gedaan)(?![\p{L}])[^?]*$/u,
};

const NEVER_LINES = new Map<Lang, { never: LiteralUnion; unlessAsked: LiteralUnion }>();

/**
 * Round 76. "Husk at barnehagen holder stengt ukene 29 og 30", "Denkt daran, dass die Kita … geschlossen
 * ist", "Pamiętajcie, że przedszkole jest zamknięte …": remembering a fact is news, not a task (not
 * "Husk at du må levere timelisten", "Denk daran, dass ihr … müsst"). Round 112: also not forgetting
 * it ("Don't forget that the office is closed tomorrow", "Vergiss nicht, dass …", "Nie zapomnij, że
 * …", "Ikke glem at …"), in all five languages.
 */
const REMEMBER_FACT: Partial<Record<Lang, RegExp>> = {
  en: /^(?:and\s+)?(?:please\s+)?(?:remember|don't forget|do not forget)\s+that\s+(?!(?:you|all|everyone|everybody|we|each)\b)(?![^?]*\b(?:must|need|needs|have to|has to|should|please)\b)[^?]*$/,
  nl: /^(?:en\s+)?(?:denk eraan|denk er even aan|vergeet niet|onthoud)\s*,?\s+dat\s+(?!(?:je|jij|jullie|u|iedereen|we|wij|ieder)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:moet|moeten|graag|zou)(?![\p{L}]))[^?]*$/u,
  de: /^(?:und\s+)?(?:bitte\s+)?(?:denk|denkt|denken sie|vergiss nicht|vergesst nicht|vergessen sie nicht)\s*(?:bitte\s+)?(?:daran)?,?\s+dass\s+(?!(?:du|ihr|sie|alle|wir|jeder|man)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:muss|müssen|musst|müsst|soll|sollen|sollt|bitte)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:i\s+)?(?:pamiętaj|pamiętajcie|proszę pamiętać|nie zapomnij|nie zapomnijcie),?\s+że\s+(?![^?]*(?<![\p{L}])(?:musisz|musicie|trzeba|należy|powinieneś|powinnaś|powinniście|macie|masz|każdy|wszyscy|proszę)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:og\s+)?(?:husk|ikke glem|glem ikke) (?:at|på at)\s+(?!(?:du|dere|alle|vi|hver|man)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:må|skal|bør|trenger)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 78. "Goed terug van de paasvakantie?", "Back safe from Crete?", "Gut zurück aus dem Urlaub?",
 * "Godt tilbake fra ferien?": a welcome back put as a question is talk.
 */
// Round 113: also whether the reader got home ("Did you ever get home?", "Dojechałeś w końcu do domu?").
const BACK_FROM: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|oh)\s+)?(?:good to be |glad to be |safely |all )?back (?:safe(?:ly)? |in one piece )?from [^?]{1,50}\?\s*$|^(?:(?:and|so|oh)\s+)?did you (?:ever |actually |finally |all |both )?(?:get|make it) (?:back )?home(?: (?:safely|ok|okay|alright|all right|in the end|in one piece|eventually))?\s*\?\s*$/,
  nl: /^(?:(?:en|zo)\s+)?(?:goed|lekker|veilig|fijn|behouden) (?:terug|thuisgekomen|thuis|aangekomen)(?: van| uit)?[^?]{0,50}\?\s*$/u,
  de: /^(?:(?:und|na)\s+)?(?:gut|heil|wieder gut|gesund) (?:zurück|angekommen|heimgekommen|gelandet)[^?]{0,50}\?\s*$/u,
  pl: /^(?:(?:i|no)\s+)?(?:szczęśliwie|cało|bezpiecznie) (?:wróciłeś|wróciłaś|wróciliście|dotarłeś|dotarłaś|dotarliście)[^?]{0,50}\?\s*$|^(?:(?:i|a|no)\s+)?(?:(?:w końcu|jakoś|szczęśliwie|cało|bezpiecznie)\s+)?(?:dojechałeś|dojechałaś|dojechaliście|dotarłeś|dotarłaś|dotarliście|wróciłeś|wróciłaś|wróciliście)\s+(?:(?:w końcu|jakoś|szczęśliwie|cało|cała|bezpiecznie)\s+)?(?:do domu|z \p{L}+)(?:\s+(?:w końcu|bez przygód|bezpiecznie))?\s*\?\s*$|^(?:(?:i|a|no)\s+)?udało (?:ci |wam )?się (?:\S+\s+){0,2}?(?:pojechać|wyjechać|odpocząć|wypocząć|wyspać|odwiedzić|polecieć|dojechać|zobaczyć)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:godt|trygt|vel) (?:tilbake|hjem|hjemme|fram)[^?]{0,50}\?\s*$/u,
};

/**
 * Round 79. "hoffentlich hast du schöne Ostern gehabt?", "Hopelijk zijn jullie goed thuisgekomen?",
 * "Mam nadzieję, że dotarliście bezpiecznie?": a hope put as a question about how something went is
 * talk (English and Norwegian cues have it; not "Hoffentlich kannst du mir … schicken?").
 */
const HOPE_QUESTION: Partial<Record<Lang, RegExp>> = {
  de: /^(?:(?:und|na)\s+)?(?:hoffentlich|ich hoffe,?)\s(?![^?]*(?<![\p{L}])(?:kannst|könntest|könnt|könntet|können|könnten|schickst|schickt|sendest)(?![\p{L}]))[^?]*\?\s*$/u,
  nl: /^(?:(?:en|nou)\s+)?(?:hopelijk|ik hoop(?: dat)?)\s(?![^?]*(?<![\p{L}])(?:kun|kunt|kunnen|kan|zou|zouden|wil|wilt|stuur|stuurt)(?![\p{L}]))[^?]*\?\s*$/u,
  pl: /^(?:(?:i|no)\s+)?mam nadzieję,?\s+że\s(?![^?]*(?<![\p{L}])(?:możesz|możecie|mógłbyś|mogłabyś|moglibyście|zdążysz|prześlesz|wyślesz)(?![\p{L}]))[^?]*\?\s*$/u,
};

/**
 * Round 79. "Gi gjerne beskjed om noe ikke er som det skal.": an offer to hear of a fault is a
 * courtesy, not an ask.
 */
const TELL_IF_WRONG: Partial<Record<Lang, RegExp>> = {
  nb: /^(?:(?:og|men)\s+)?(?:gi|si)\s+(?:gjerne\s+|bare\s+)?(?:beskjed|fra|ifra)\s+(?:om|hvis|dersom)\s+(?:noe|det|noen ting)\s+(?:ikke|er feil|mangler|skulle)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 80. "Our studio will have the first physical proofs with you by Friday 6 March, and I'll ring
 * you the week after": what the sender's side will do is its own commitment (not "Our team will need
 * your sign-off by Friday").
 */
const OUR_SIDE_WILL: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|also|so)\s+)?(?:our|my)\s+(?:\w+\s+){0,2}?(?:will|'ll|is going to|are going to)\s+(?!(?:need|require|want|expect|ask)\b)(?![^?]*\b(?:please|could you|can you|need your|from you|(?:if|when|once|unless) you|you (?:attend|come|join|send|reply|confirm|sign))\b)[^?]*$/,
};

/**
 * Round 75. "Fin øving i kveld, synes du ikke?", "Great rehearsal tonight, don't you think?", "Mooie
 * repetitie vanavond, vind je niet?", "Tolle Probe heute Abend, findest du nicht?": an appraisal with
 * an opinion tag is talk, not a question to answer. Round 79: so is one with a rhetorical tag ("Zijn
 * we nu officieel de gezelligste zaal van Gent, of niet soms?", "…, oder etwa nicht?", "…, eller hva?").
 */
const OPINION_TAG: Partial<Record<Lang, RegExp>> = {
  en: /^[^?]{3,80},\s*(?:don't you think|wouldn't you say|didn't you think|or what)\?\s*$/,
  nl: /^[^?]{3,80},\s*(?:vind je niet|vond je niet|vinden jullie niet|vonden jullie niet|of niet soms|of niet dan)\?\s*$/u,
  de: /^[^?]{3,80},\s*(?:findest du nicht|fandest du nicht|findet ihr nicht|fandet ihr nicht|oder etwa nicht|oder was)\?\s*$/u,
  nb: /^[^?]{3,80},\s*(?:synes du ikke|syntes du ikke|synes dere ikke|syntes dere ikke|eller hva)\?\s*$/u,
};

/**
 * Round 75. "Ring meg gjerne på 901 22 334.", "Ruf mich gerne unter 0170 1234567 an.", "Feel free to
 * call me on 07700 900123.": the number to call, offered, after or beside an ask. Round 119: also should it
 * not work ("Bel me gerust op 06-1234 5678 als het niet lukt", "…, falls es nicht klappt").
 */
const CALL_ME_ON: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|or)\s+)?(?:feel free to |just |you can (?:also )?)?(?:call|ring|phone|text|reach) me (?:any ?time |back )?(?:on|at)\s+(?:my (?:mobile|cell)\s+)?\+?\d[\d\s()./-]{5,}[.!]?$/,
  nl: /^(?:(?:en|of)\s+)?(?:bel|app) (?:me|mij|ons) (?:gerust |gewoon |even |maar )*(?:op|via)\s+\+?\d[\d\s()./-]{5,}(?:,?\s*(?:als|mocht|indien|wanneer)\s[^?]{0,60}?(?:niet (?:lukt|werkt|gaat)|problemen|probleem|vragen)(?![\p{L}])[^?]{0,20})?[.!]?$/u,
  de: /^(?:(?:und|oder)\s+)?(?:ruf|ruft|rufen sie) (?:mich|uns) (?:gerne |gern |einfach |jederzeit )*(?:unter|auf)\s+(?:der\s+)?\+?\d[\d\s()./-]{5,}\s*an(?:,?\s*(?:falls|wenn|sollte)\s[^?]{0,60}?(?:nicht (?:klappt|funktioniert|geht)|probleme|fragen)(?![\p{L}])[^?]{0,20})?[.!]?$/u,
  pl: /^(?:(?:a|i)\s+)?(?:śmiało\s+)?(?:dzwoń|zadzwoń|dzwońcie|zadzwońcie)(?:\s+(?:do mnie|śmiało|proszę))*\s+(?:pod|na)\s+(?:numer\s+|nr\s+|tel\.?\s*)?\+?\d[\d\s()./-]{5,}[.!]?$/u,
  nb: /^(?:(?:og|eller)\s+)?(?:ring|sms) (?:meg|oss) (?:gjerne |bare )?(?:på|på tlf\.?|på mobil|på nummer)\s+\+?\d[\d\s()./-]{5,}(?:,?\s*(?:hvis|om|dersom)\s[^?]{0,60}?(?:ikke (?:går|fungerer|virker)|problemer|spørsmål)(?![\p{L}])[^?]{0,20})?[.!]?$/u,
};

/**
 * Round 97. "Please excuse the inconvenience", "Please forgive the late reply": an apology put as an
 * imperative; "Just let me know if the number of pupils changes": a change to be told about, a
 * courtesy (not with a time: "Let me know by Friday if the numbers change"). English only, after the
 * model (as negative cues they moved the English weights; the other languages have them as cues).
 */
const EXCUSE_OR_CHANGE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|again|once again)[,]?\s+)?(?:please )?(?:excuse|forgive|pardon) (?:the|my|our|me for the|us for the) (?:[\w-]+ ){0,2}?(?:inconvenience|delay|delays|late reply|slow reply|late response|confusion|disruption|mix-up|trouble|typo|typos|length|long email|short notice|disturbance|double email|duplicate)\b[^?]*$|^(?:(?:and|just|please|so)\s+)*(?:let me know|let us know|give me a shout|drop me a line|tell me)\s+(?:if|should|when)\s(?![^?]*\b(?:by|before|until|no later than|you|you'd|you'll|you're)\b)[^?]*\b(?:change|changes|changed|alter|alters)\b[^?]*$/,
};

/**
 * Round 98. "Has anyone ever seen kids ask for more broccoli?", "Hat jemand schon mal gesehen, dass …?",
 * "Czy ktoś kiedyś widział, żeby …?": wonder, asked of no one (not "Has anyone seen my keys?"). Dutch
 * reads it so already; Norwegian "Har noen noen gang sett …?" is left to the question cue for "har
 * noen", which comes first.
 */
const EVER_SEEN: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|honestly|seriously|i mean)[,]?\s+)?(?:has|have) (?:anyone|anybody) (?:ever|ever before) (?:seen|heard|known)\b[^?]*\?\s*$/,
  de: /^(?:(?:und|ehrlich)[,]?\s+)?hat (?:jemand|irgendjemand|man) (?:schon mal|schon einmal|jemals|je) (?:gesehen|gehört|erlebt)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:a|i)\s+)?czy ktoś (?:kiedyś|kiedykolwiek|w ogóle) (?:widział|słyszał|widziała|słyszała)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 99. "Honestly, what more could we have asked for?" (rhetoric), "Any questions on the breakdown,
 * just give me a shout." (a courtesy offer with what it is about): English lines read after the model.
 */
const MORE_OR_SHOUT: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:honestly|seriously|and|so|i mean|really)[,]?\s+)?what (?:more|else) could (?:we|you|anyone|one|i) (?:have )?(?:asked for|wished for|wanted|ask for|want|hope for|have hoped for)\b[^?]*\?\s*$|^(?:(?:and|so)\s+)?any (?:other )?(?:questions|queries|problems|issues)(?: (?:on|about|regarding|with) [^,?]{1,40})?,?\s*(?:just |please |do )?(?:give me a (?:shout|call|ring|bell)|let me know|drop me a line|get in touch|shout|call me|ring me)\b[^?]*$/,
};

/**
 * Round 100. "If anything changes on the board's side, please let me know", "Gdyby coś się zmieniło po
 * stronie Zarządu, proszę dać znać", "Sollte sich etwas ändern, sagen Sie bitte Bescheid": a change to
 * be told about, with the condition first, is a courtesy (round 97 has it with the condition after;
 * not with a time: "If anything changes, let me know by Friday"). Dutch and Norwegian cues have it.
 */
const CHANGE_FIRST: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|but|so|also)[,]?\s+)?(?:if|should|in case|whenever) (?:\S+ ){0,8}?(?:change|changes|changed|alter|alters|altered)\b[^?,]{0,60},\s*(?:(?:please|just|do|then|simply|kindly)\s+)*(?:let (?:me|us) know|give (?:me|us) a (?:shout|call|ring)|drop (?:me|us) a line|tell (?:me|us)|shout|get in touch)\b(?![^?]*\b(?:by|before|until|no later than|today|tomorrow)\b)[^?]*$/,
  de: /^(?:(?:und|aber|also)[,]?\s+)?(?:falls|wenn|sollte|sollten|sobald)\s(?:\S+\s){0,8}?(?:ändert|ändern|geändert|ändere|verschiebt|verschieben|verschoben)(?![\p{L}])[^?,]{0,40},\s*(?:dann\s+)?(?:(?:geben sie|gib|gebt) (?:mir |uns )?(?:(?:bitte|einfach|gerne|gern|kurz)\s+)*bescheid|(?:sagen sie|sag|sagt) (?:(?:mir|uns|bitte|einfach|gerne|gern|kurz)\s+)*bescheid|(?:melden sie sich|melde dich|meld dich|meldet euch)(?: (?:bitte|einfach|gerne|gern|kurz))*|informieren sie (?:mich|uns)(?: (?:bitte|einfach|gerne|gern|kurz))*)(?![^?]*(?<![\p{L}])(?:bis|spätestens|heute|morgen)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:gdyby|jeśli|jeżeli|jakby|w razie gdyby|w razie)\s(?:\S+\s){0,6}?(?:zmieni\p{L}*|zmian\p{L}*)(?![\p{L}])[^?,]{0,60},\s*(?:to\s+)?(?:proszę (?:mi |nam )?dać znać|prosimy (?:o )?(?:dać znać|informację|kontakt)|proszę o (?:informację|kontakt|sygnał|wiadomość))(?![^?]*(?<![\p{L}])(?:do|przed|najpóźniej|dziś|dzisiaj|jutro)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 117. "Ga jij nog naar de vrijmarkt maandag, of blijf je lekker thuis?", "Are you going to the
 * flea market on Monday, or staying home?": the reader's free day, with staying at home for the other
 * choice, is talk.
 */
const OR_STAY_HOME: Record<Lang, RegExp> = {
  en: /^(?!(?:\p{L}+,\s+)?(?:can|could|would|will) (?:you|u)\b)[^?]*\bor (?:are you |will you |just |simply )?(?:stay|staying|stop|stopping|having a quiet one|putting your feet up|put your feet up|taking it easy|take it easy|chilling|relaxing)(?: (?:at )?home| in| put| quietly)?\b[^?]*\?\s*$/u,
  nl: /^[^?]*(?<![\p{L}])of (?:blijf|blijven) (?:je|jij|jullie|u) (?:\S+ ){0,2}?(?:thuis|binnen)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^[^?]*(?<![\p{L}])oder (?:bleibst du|bleibt ihr|bleiben sie) (?:\S+ ){0,2}?(?:zu hause|zuhause|daheim|drinnen)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^[^?]*(?<![\p{L}])czy (?:(?:raczej|jednak|po prostu)\s+)?(?:zostajesz|zostajecie|zostaniesz|zostaniecie|siedzisz|siedzicie) (?:\S+ ){0,2}?w domu(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^[^?]*(?<![\p{L}])eller (?:blir|holder) (?:du|dere) (?:deg |dere )?(?:\S+ ){0,2}?hjemme(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 100. "Didn't you go skiing in Austria?", "Je zou toch gaan zeilen op de Waddenzee?", "Du
 * warst doch Ski fahren in Österreich, oder?", "Miałaś chyba jechać na narty?", "Skulle du ikke på
 * seiltur?": the reader's time off, asked after as the sender remembers it, is talk (not a task
 * that goes with it: "Je zou toch de offerte vóór de vakantie sturen?"). Round 104: German with "Sie"
 * too ("Und, waren Sie im Februar noch beim Skifahren?").
 */
const LEISURE_ASKED: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|oh|btw|by the way)[,]?\s+)?(?:didn't you|weren't you|did you|were you|have you been|haven't you been|aren't you|you were)\b(?![^?]*\b(?:book|booked|send|sent|sign|signed|pay|paid|order|ordered|submit|submitted|arrange|arranged|organise|organised|organize|organized|cancel|cancelled|confirm|confirmed|fill|return|returned|finish|finished|check|checked|update|updated|forward|forwarded|print|printed|prepare|prepared|review|reviewed)\b)[^?]*\b(?:sailing|skiing|hiking|climbing|cycling|camping|surfing|diving|fishing|holiday|holidays|vacation|honeymoon|festival|marathon|cruise|safari)\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|zeg|trouwens)[,]?\s+)?(?:je zou toch|jij zou toch|jullie zouden toch|zou je niet|zou jij niet|ging je niet|ging je toch|gingen jullie niet|was je niet|waren jullie niet|ben je (?:\S+ ){0,4}?(?:geweest|gegaan)|zijn jullie (?:\S+ ){0,4}?(?:geweest|gegaan))(?![\p{L}])(?![^?]*(?<![\p{L}])(?:sturen|versturen|opsturen|boeken|regelen|betalen|bestellen|afronden|invullen|tekenen|ondertekenen|annuleren|bevestigen|nakijken|doorsturen|mailen|bellen|voorbereiden|checken|controleren|afmaken|inleveren|uploaden|aanvragen)(?![\p{L}]))[^?]*(?<![\p{L}])(?:zeilen|skiën|skien|wintersport|wandelen|fietsen|kamperen|klimmen|surfen|duiken|vissen|vakantie|huwelijksreis|festival|marathon|cruise)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|na|übrigens)[,]?\s+)?(?:du warst doch|warst du nicht|warst du doch|wolltest du nicht|wolltest du doch|bist du (?:\S+ ){0,4}?gewesen|ihr wart doch|wart ihr nicht|wolltet ihr nicht|wolltet ihr doch|sie waren doch|waren sie|wollten sie nicht|wollten sie doch|sind sie (?:\S+ ){0,4}?gewesen)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:schicken|senden|buchen|bezahlen|bestellen|unterschreiben|ausfüllen|stornieren|bestätigen|erledigen|organisieren|anrufen|vorbereiten|prüfen|einreichen|hochladen|abgeben|weiterleiten|beantragen)(?![\p{L}]))[^?]*(?<![\p{L}])(?:segeln|ski|skifahren|skiurlaub|wandern|radeln|klettern|campen|zelten|surfen|tauchen|angeln|urlaub|flitterwochen|festival|marathon|kreuzfahrt)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:a|i|no|przy okazji)[,]?\s+)?(?:czy\s+)?(?:nie\s+)?(?:miał(?:eś|aś|yście|iście) (?:chyba |przecież |też )?(?:jechać|płynąć|lecieć|iść|pojechać|polecieć|wyjechać)|(?:byłeś|byłaś|byliście|byłyście|pojechałeś|pojechałaś|pojechaliście|wybrałeś|wybrałaś|wybraliście|żeglowałeś|żeglowałaś|jeździłeś|jeździłaś)(?: się)?)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:wysłać|przesłać|zarezerwować|zapłacić|zamówić|podpisać|wypełnić|odwołać|potwierdzić|załatwić|przygotować|sprawdzić|oddać|zadzwonić)(?![\p{L}]))[^?]*(?<![\p{L}])(?:nart\p{L}*|żagl\p{L}*|żeglow\p{L}*|w góry|w górach|wspinaczk\p{L}*|urlop\p{L}*|wakacj\p{L}*|festiwal\p{L}*|maraton\p{L}*|mazur\p{L}*|rejs\p{L}*|spływ\p{L}*)[^?]*\?\s*$/u,
  nb: /^(?:(?:og|forresten)[,]?\s+)?(?:skulle (?:ikke )?(?:du|dere)(?: ikke)?|var (?:ikke )?(?:du|dere)(?: ikke)?|dro (?:du|dere)|har (?:du|dere) vært)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:sende|booke|bestille|betale|signere|fylle|avbestille|bekrefte|ordne|forberede|sjekke|levere|ringe|laste)(?![\p{L}]))[^?]*(?<![\p{L}])(?:seile|seiling|seiltur|ski|skitur|skiferie|fjelltur|sykkeltur|klatre|telttur|surfe|dykke|fisketur|ferie|ferien|festival|maraton|cruise|hyttetur)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 114. "Wil je toch ruilen, dan regel je dat zoals altijd onderling met Jan", "Willst du doch
 * tauschen, dann regelst du das mit Jan", "Vil du likevel bytte, så avtaler du det med Jan": what the
 * reader does if she wants to, said as how it goes (the verb before "you", not an imperative nor with
 * a time), asks nothing. English and Polish say it so already ("If you'd still like to swap, you sort
 * that out with Jan").
 */
const IF_YOU_WANT_YOU_DO: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|maar)\s+)?(?:wil|wilt|mocht) (?:je|jij|u) (?:toch |liever |alsnog |nog |ooit )?[^,?]{1,60},\s*(?:dan\s+)?(?:regel|regelt|kun|kunt|kan|mag|doe|doet|ga|gaat|meld|meldt|zoek|zoekt|vraag|vraagt|spreek|spreekt|loop|loopt) (?:je|jij|u)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:uiterlijk|graag|vóór|voor het eind|vandaag|morgen)(?![\p{L}]))[^?]*$/u,
  de: /^(?:(?:und|aber)\s+)?(?:willst|möchtest|wollt|möchtet|wollen|möchten) (?:du|ihr|sie) (?:doch |lieber |trotzdem |noch )?[^,?]{1,60},\s*(?:dann\s+)?(?:regelst|regelt|regeln|kannst|könnt|können|machst|macht|machen|meldest|meldet|melden|sprichst|sprecht|sprechen|fragst|fragt|fragen|gehst|geht|gehen) (?:du|ihr|sie)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:bis|bitte|spätestens|heute|morgen)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:(?:og|men)\s+)?(?:vil|ønsker) (?:du|dere) (?:likevel |heller |fortsatt )?[^,?]{1,60},\s*(?:så\s+)?(?:avtaler|ordner|kan|tar|sier|spør|går|melder) (?:du|dere)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:innen|senest|i dag|i morgen|før)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 118. "Wil je ruilen, open dan de dienst in de app en kies een collega", "Willst du tauschen, öffne
 * die Schicht in der App …", "Jeśli chcesz się zamienić, otwórz dyżur w aplikacji …": how to do a
 * thing if the reader wants to, in imperatives (English and Bokmål read it so already); not with a
 * time or a word back ("…, laat het me vóór vrijdag weten").
 */
const IF_YOU_WANT_STEPS: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|maar)\s+)?(?:(?:wil|wilt|mocht) (?:je|jij|u) |(?:als|indien|wanneer) (?:je|jij|u) (?:[^,?]{1,60} )?(?:wilt|wil)(?![\p{L}]))[^,?]{0,60},\s*(?:dan\s+)?(?!(?:laat|stuur|mail|bel|meld|geef)(?![\p{L}]))\p{L}+\s+dan(?![\p{L}])(?![^?]*(?<![\p{L}])(?:uiterlijk|vóór|vandaag|morgen|laat (?:het )?(?:me|mij|ons)|weten)(?![\p{L}]))[^?]*$/u,
  de: /^(?:(?:und|aber)\s+)?(?:(?:willst|möchtest|wollt|möchtet) (?:du|ihr) |(?:wenn|falls) (?:du|ihr) [^,?]{1,60} (?:willst|möchtest|wollt|möchtet),)[^,?]{0,60}(?:,\s*)?(?:dann\s+)?(?:öffne|öffnet|tippe|tippt|klicke|klickt|wähle|wählt|geh|geht|trag|tragt|melde dich|meldet euch|schreib|schreibt)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:bis|spätestens|heute|morgen|bescheid)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:jeśli|jeżeli|jak|gdybyś|gdybyście) (?:chcesz|chcecie|chciałbyś|chciałabyś|chcielibyście)(?![\p{L}])[^,?]{0,60},\s*(?:to\s+)?(?:otwórz|otwórzcie|kliknij|kliknijcie|wybierz|wybierzcie|wejdź|wejdźcie|zaloguj się|wpisz|wpiszcie|zapisz się|zapiszcie się)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:do|przed|najpóźniej|dziś|jutro|daj znać)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 112. "Pewnie znowu od rana do nocy na skiturach, co? :)", "Bestimmt wieder von früh bis spät
 * auf Skitour, oder?", "Probably out on the slopes again, eh?": a guess at the reader's leisure, put
 * as a question, is small talk (not "Bestimmt kannst du mir vor dem Urlaub noch … schicken?", nor a
 * plan to confirm: "I guess you're on holiday next week?").
 */
const LEISURE_GUESSED: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|oh)[,]?\s+)?(?:probably|presumably|no doubt|i bet|i'm guessing|i guess|i suppose|bet you)\b(?![^?]*\b(?:can|could|will|would) you\b)(?![^?]*(?<![\p{L}])(?:next|tomorrow|coming|volgende|komende|(?<!(?:fra|von|van|om|til)\s)morgen(?!\s+(?:til|bis|tot))|nächste\p{L}*|kommende\p{L}*|przyszł\p{L}*|jutro|neste)(?![\p{L}]))[^?]{0,80}\b(?:sailing|skiing|slopes|piste|hiking|climbing|cycling|camping|surfing|diving|fishing|holiday|holidays|vacation|honeymoon|festival|marathon|cruise|safari|beach|mountains|hills)\b[^?]{0,60}\?[?!\s]*$/u,
  nl: /^(?:(?:en|dus)[,]?\s+)?(?:zeker|vast|waarschijnlijk|ongetwijfeld|ik gok|ik neem aan)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kun|kan|wil|zou) (?:je|jij|u)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:next|tomorrow|coming|volgende|komende|(?<!(?:fra|von|van|om|til)\s)morgen(?!\s+(?:til|bis|tot))|nächste\p{L}*|kommende\p{L}*|przyszł\p{L}*|jutro|neste)(?![\p{L}]))[^?]{0,80}(?<![\p{L}])(?:zeilen|ski's|skiën|skien|latten|piste|wintersport|wandelen|fietsen|kamperen|klimmen|surfen|duiken|vissen|vakantie|huwelijksreis|festival|marathon|cruise|strand|bergen)(?![\p{L}])[^?]{0,60}\?[?!\s]*$/u,
  de: /^(?:(?:und|na)[,]?\s+)?(?:bestimmt|sicher|sicherlich|wahrscheinlich|vermutlich|wohl|wette,? du)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kannst|könntest|kann|könnten|würdest|wirst) (?:du|sie|ihr)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:next|tomorrow|coming|volgende|komende|(?<!(?:fra|von|van|om|til)\s)morgen(?!\s+(?:til|bis|tot))|nächste\p{L}*|kommende\p{L}*|przyszł\p{L}*|jutro|neste)(?![\p{L}]))[^?]{0,80}(?<![\p{L}])(?:segeln|ski|skifahren|skitour|skitouren|piste|skiurlaub|wandern|wanderung|radeln|klettern|campen|zelten|surfen|tauchen|angeln|urlaub|flitterwochen|festival|marathon|kreuzfahrt|strand|berg|bergen)(?![\p{L}])[^?]{0,60}\?[?!\s]*$/u,
  pl: /^(?:(?:a|i|no)[,]?\s+)?(?:pewnie|zapewne|pewno|na pewno|chyba|założę się,? że)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:możesz|mógłbyś|mogłabyś|możecie|zrobisz|wyślesz)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:next|tomorrow|coming|volgende|komende|(?<!(?:fra|von|van|om|til)\s)morgen(?!\s+(?:til|bis|tot))|nächste\p{L}*|kommende\p{L}*|przyszł\p{L}*|jutro|neste)(?![\p{L}]))[^?]{0,80}(?<![\p{L}])(?:nart\p{L}*|skitur\p{L}*|stok\p{L}*|wędrówk\p{L}*|szlak\p{L}*|rower\p{L}*|wakacj\p{L}*|urlop\p{L}*|żagl\p{L}*|górach|gór|plaży|festiwal\p{L}*|maraton\p{L}*|rejs\p{L}*|biwak\p{L}*)(?![\p{L}])[^?]{0,60}\?[?!\s]*$/u,
  nb: /^(?:(?:og|så)[,]?\s+)?(?:sikkert|antakelig|trolig|garantert|nok|regner med at du)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kan|kunne|vil|skal) (?:du|dere)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:next|tomorrow|coming|volgende|komende|(?<!(?:fra|von|van|om|til)\s)morgen(?!\s+(?:til|bis|tot))|nächste\p{L}*|kommende\p{L}*|przyszł\p{L}*|jutro|neste)(?![\p{L}]))[^?]{0,80}(?<![\p{L}])(?:seile|seiling|seiltur|ski|skiene|skitur|skiferie|løypa|fjellet|fjelltur|sykkeltur|klatre|telttur|surfe|dykke|fisketur|ferie|ferien|festival|maraton|cruise|hyttetur|hytta|stranda)(?![\p{L}])[^?]{0,60}\?[?!\s]*$/u,
};

/**
 * Round 100. "Can we really be surprised, though, when …?", "Should we be surprised that it sold
 * out?", "Is it any wonder the queue was so long?", "Who can blame them?" (rhetoric); "Good to see you
 * at the demo day – wasn't the weather grim?" (a remark put as a question). English lines read after
 * the model; the other languages read them as talk already.
 */
const SURPRISE_OR_EXCLAIM: Partial<Record<Lang, RegExp>> = {
  // Round 111: "Ist das nicht verrückt?", "Czy to nie najlepsza recenzja, jaką mogliśmy dostać?".
  // Round 101: "Hätten sie sich eine schlechtere Woche aussuchen können?", "Czy mogli wybrać gorszy
  // tydzień …?", "Could they have picked a worse week …?": a worse or better choice by others, wondered at.
  de: /^(?:(?:und|aber|na)[,]?\s+)?(?:ist|war|wäre) (?:das|es) nicht (?:(?:einfach|total|echt|völlig|wirklich)\s+)?(?:verrückt|irre|toll|wahnsinn|der wahnsinn|unglaublich|genial|klasse|schön|großartig|herrlich|fantastisch|super|der hammer)\s*[?!]+\s*$|^(?:(?:und|na|ehrlich)[,]?\s+)?hätten? (?:sie|wir|man|er|es|die \p{L}+|der \p{L}+) (?:\S+\s+){0,4}?(?:schlechtere\p{L}*|bessere\p{L}*|besser|schlechter|ungünstigere\p{L}*)(?![\p{L}])[^?]*\?\s*$|^(?:(?:und\s+)?(?:mal\s+)?ehrlich[,:]?\s+|(?=wer (?:braucht|bräuchte) (?:da |denn |heute |noch )?(?:schon|überhaupt|denn) ))wer (?:braucht|bräuchte) (?:(?:da|denn|schon|noch|jetzt|heute|überhaupt)\s+)*\p{L}[^?]*?,? (?:wenn|solange|wo) [^?]*\?\s*$|^(?:(?:und|na)[,]?\s+)?(?:kannst du dir|könnt ihr euch|können sie sich) (?:\S+ )?vorstellen,? (?:wie|was|wer|wo|welche\p{L}*)\s[^?]*\?\s*$/u,
  pl: /^(?:(?:i|a)\s+)?(?:czy\s+)?to nie (?:jest\s+)?(?:(?:po prostu|naprawdę)\s+)?(?:najlepsz|najpiękniejsz|najfajniejsz|wspaniał|niesamowit|szalon|piękn|genialn)\p{L}*(?![\p{L}])[^?]*\?\s*$|^(?:(?:i|a|no)\s+)?(?:czy\s+)?(?:mogli|mogły|mógł|mogła|mogło|można było|mógłby|mogłaby|mogłoby|mogłyby|mogliby) (?:\S+\s+){0,3}?(?:gorsz\p{L}*|lepsz\p{L}*|gorzej|lepiej)(?![\p{L}])[^?]*\?\s*$|^(?:(?:i|a|no)\s+)?(?:szczerze(?: mówiąc)?[,:]?\s+)?kto (?:potrzebuje|by potrzebował|by chciał)(?: \S+){1,4}?,? skoro [^?]*\?\s*$|^(?:(?:i|a|no)\s+)?(?:czy\s+)?(?:można|da się|można by|można było) (?:chcieć|wymarzyć sobie|sobie wymarzyć|życzyć sobie|sobie życzyć) (?:czegoś |coś )?(?:więcej|lepsz\p{L}*(?: \p{L}+){0,6})\s*\?\s*$/u,
  en: /^(?:(?:and|but|so|honestly|really)[,]?\s+)?(?:could|can) (?:there|things|it|this|that|the (?:season|year|week|day|launch|event|opening|weekend)) (?:possibly |really |honestly )?(?:have )?(?:be|been|have been|go|gone|start|started|begin|begun|get|got|end|ended) (?:any |a )?(?:better|worse)\b(?! \w+(?:ed|en)\b)[^?]*\?\s*$|^(?:(?:and|but|so|honestly|really)[,]?\s+)?(?:could|can) (?:we|anyone|you|one) (?:really |possibly |honestly )?(?:have )?(?:ask|wish|hope)(?:ed)? for (?:more|anything more|anything better|a better \w+(?: [\w'-]+){0,6})\s*\?\s*$|^(?:(?:and|but|so|honestly|really|i mean)[,]?\s+)?what (?:more|else) (?:could|can|would) (?:we|anyone|anybody|you|one|(?:a|an|the|any) [\w'-]+(?: [\w'-]+){0,3}) (?:possibly |really |honestly )?(?:ask for|wish for|hope for|want)\s*\?\s*$|^(?:(?:and|but|so|honestly|really|i mean)[,]?\s+)?(?:(?:can|could|should|would) (?:we|anyone|anybody|you|one) (?:really |honestly |truly |even )?(?:be|have been) (?:surprised|shocked|amazed)|(?:is|was|are|were) (?:anyone|anybody|we) (?:really |honestly |truly )?(?:surprised|shocked)|(?:is|was) it (?:any|really any|a|really a|much of a|any great) (?:wonder|surprise)|(?:who can|who could|can you|could you|can anyone|can we) (?:really )?blame (?:them|him|her|us|anyone|people)|(?:could|can) (?:they|we|it|anyone|he|she|things) (?:possibly |really )?have (?:[\w-]+ ){0,3}?(?:a |any )?(?:worse|better)\b)\b[^?]*\?\s*$|^(?:[^?]*\s[–—-]\s+)?(?:(?:and|but|oh)\s+)?(?:wasn't|isn't|weren't|aren't) (?:it|that|this|the (?:weather|food|view|venue|rain|wind|crowd|music|evening|day|night|party|event|show|journey|drive|trip|traffic|queue|turnout|atmosphere|sunset|concert|match)) (?:(?:just|so|really|absolutely)\s+)?(?:(?:a|an)\s+)?(?:grim|awful|terrible|dreadful|miserable|horrible|freezing|cold|hot|wet|windy|muddy|lovely|great|fantastic|amazing|brilliant|fun|gorgeous|beautiful|glorious|mad|crazy|wild|packed|heaving|incredible|superb|wonderful|grand|stunning)\b[^?]*\?[?!\s]*$/,
  // Round 106: "Kan dere tenke dere hvor travelt lageret har hatt det?", "Kannst du dir vorstellen, wie
  // viel los war?" (what the reader can imagine, wondered at; the others read it so already).
  // Round 104: "Wer braucht noch Werbeplakate, wenn die Leute Schlange stehen?", "Kto potrzebuje plakatów,
  // skoro …?" (what no one needs, given what happens); "Czy można chcieć więcej?", "Could we ask for
  // more?", "Kun je je een betere start wensen?" (nothing better to wish for).
  nl: /^(?:[^?:]{0,30}:\s*)?(?:(?:en|maar|eerlijk)[,]?\s+)?(?:kun|kan|kunnen) (?:je|jij|we|wij|men) (?:je |ons |zich )?(?:een )?(?:betere|mooiere|fijnere)(?: \p{L}+){0,6}? wensen\s*\?\s*$|^(?:(?:en|maar|eerlijk)[,]?\s+)?wat (?:kun|kan|kunnen|wil|wilt|willen) (?:je|jij|we|wij|men|(?:een|het|de) \p{L}+)(?: je| ons| zich)? nog meer (?:wensen|vragen)\s*\?\s*$/u,
  nb: /^(?:(?:og|men|ærlig talt)[,]?\s+)?(?:kan|kunne) (?:det|ting|\p{L}+(?:en|et|a|ene)) (?:virkelig |egentlig )?(?:ha )?(?:vært|blitt|gått|startet|begynt|endt|starta) (?:noe )?(?:bedre|verre)\s*[?!]*\s*$|^(?:[^?:]{0,30}:\s*)?(?:(?:og|men|ærlig talt)[,]?\s+)?(?:kan|kunne) (?:man|vi|du|noen) (?:virkelig )?(?:ønske seg|be om|håpe på) (?:mer|noe mer|noe bedre|en bedre \p{L}+(?: \p{L}+){0,6})\s*\?\s*$|^(?:(?:og|men|ærlig talt)[,]?\s+)?hva (?:mer|annet) (?:kan|kunne) (?:man|vi|du|noen|(?:et|en|ei) \p{L}+(?: \p{L}+){0,2}) (?:virkelig )?(?:ønske seg|be om|håpe på)\s*\?\s*$|^(?:(?:og)[,]?\s+)?(?:kan|kunne) (?:du|dere) tro (?:det|på det|det da)\s*[?!]+\s*$|^(?:(?:og)[,]?\s+)?(?:kan du tenke deg|kan dere tenke dere|tenk deg|tenk dere|tenk det)\s*[–—:!-]\s[^?]*$|^(?:(?:og)[,]?\s+)?(?:kan du tenke deg|kan dere tenke dere|kan du forestille deg|kan dere forestille dere),? (?:hvor|hva|hvem|hvordan)\s[^?]*\?\s*$/u,
};

/**
 * Round 100. "Don't forget to enjoy it too", "Vergeet niet om er ook een beetje van te genieten",
 * "Vergiss nicht, es auch zu genießen", "Husk å kose deg", and the cheer "Zet 'm op!": good wishes put
 * as imperatives ask nothing (Polish reads them so already).
 */
const ENJOY_IT: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|but|oh|also)[,]?\s+)?(?:(?:don't|do not) forget to|make sure (?:you|to)|remember to|be sure to|try to)\s+(?:\S+\s+){0,2}?(?:enjoy|relax|have fun|have a (?:good|great|lovely) time|take it easy|rest)\b(?![^?]*\b(?:send|report|book|bring|sign|fill|submit|reply|tell|let me know)\b)[^?]*$/,
  nl: /^(?:(?:en|maar|oh)[,]?\s+)?(?:vergeet (?:vooral |ook |alleen )?niet(?: om)?|zorg (?:wel |er )?(?:voor )?dat je|probeer)\s(?![^?]*(?<![\p{L}])(?:sturen|melden|boeken|invullen|tekenen|laten weten)(?![\p{L}]))[^?]*?(?<![\p{L}])(?:te genieten|te ontspannen|plezier te hebben|uit te rusten|geniet|ontspant)(?![\p{L}])[^?]*$|^(?:(?:en|dus)\s+)?zet (?:'m|hem|em|ze) op(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|aber)[,]?\s+)?(?:vergiss|vergesst|vergessen sie) (?:(?:aber|bitte|nur|auch)\s+)*nicht,?\s(?![^?]*(?<![\p{L}])(?:schicken|senden|melden|buchen|ausfüllen|unterschreiben|bescheid)(?![\p{L}]))[^?]*?(?<![\p{L}])(?:zu genießen|zu entspannen|spaß zu haben|auszuruhen|zu erholen)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|men)[,]?\s+)?(?:ikke glem å|husk å|glem ikke å|prøv å)\s(?:\S+\s+){0,2}?(?:kose deg|kose dere|nyte|slappe av|ha det gøy|ha det moro|hvile)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:send|sende|levere|fylle|booke|gi beskjed)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 101. "Prima, dat is akkoord. Neem de bestelbus gerust mee zaterdag", "Klar, nimm den Bus ruhig
 * mit", "Jasne, weź śmiało busa": leave to take or use a thing, given, is no ask (English and
 * Norwegian read it so already; not with a time to bring it back).
 */
const LEAVE_TO_TAKE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:prima|ja|oké|ok|goed|akkoord|natuurlijk|tuurlijk|en|dus)[,!]?\s+)?(?:neem|gebruik|leen|houd|hou|pak)\s(?:\S+\s+){0,4}?gerust(?![\p{L}])(?![^?]*(?<![\p{L}])(?:vóór|voor|uiterlijk|terug|terugbrengen)(?![\p{L}]))[^?]*$/u,
  de: /^(?:(?:klar|ja|okay|ok|gerne|sicher|natürlich|und|also)[,!]?\s+)?(?:nimm|nehmt|nehmen sie|benutz|benutze|benutzt|nutz|nutze|nutzt|behalt|behaltet|leih dir|leiht euch)\s(?:\S+\s+){0,5}?ruhig(?![\p{L}])(?![^?]*(?<![\p{L}])(?:bis|zurück)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:(?:jasne|tak|pewnie|oczywiście|dobrze|ok|okej)[,!]?\s+)?(?:(?:weź|weźcie|bierz|bierzcie|korzystaj|korzystajcie|użyj|użyjcie|zatrzymaj)\s+(?:\S+\s+)?(?:śmiało|spokojnie)|(?:śmiało|spokojnie)\s+(?:weź|weźcie|bierz|bierzcie|korzystaj|korzystajcie|użyj|użyjcie|zatrzymaj))(?![\p{L}])(?![^?]*(?<![\p{L}])(?:do|zwróć|oddaj)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 102. "How's everyone holding up after all that digging?" (English; the others read it as talk
 * already); "Weißt du was?", "Weet je wat?", "Wiesz co?", "Vet du hva?" (an opener, like "Guess
 * what?"); "Kilka osób pytało mnie, czy …", "Flere har spurt meg om …" (what others asked the sender,
 * reported); "Just a reminder that the office is closed tomorrow", "Even ter herinnering: het kantoor
 * is morgen gesloten", "Przypominam, że jutro biuro jest zamknięte", "Bare en påminnelse om at skolen
 * er stengt i morgen" (a closing recalled, no task).
 */
const TALK_OPENERS: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so)\s+)?how(?:'s| is| are) (?:everyone|everybody|you all|you guys|the team|the crew|you two|things) (?:\w+ )?(?:holding up|bearing up|coping|keeping|getting on|recovering)\b[^?]*\?\s*$|^(?:just )?(?:a|one) (?:quick |friendly |gentle |little )?reminder that (?![^?]*\b(?:you|your|all|everyone|everybody|staff|please|must|need|needs|should|has to|have to|due)\b)[^?]*\b(?:closed|shut|a (?:bank |public )?holiday)\b[^?]*$/,
  nl: /^(?:(?:en|hé|he|zeg)[,]?\s+)?(?:weet je wat|weten jullie wat|weet u wat)[?!]*\s*$|^(?:(?:even|nog even)\s+)?(?:ter\s+)?herinnering[:,]?\s(?![^?]*(?<![\p{L}])(?:je|jij|jullie|u|moet|moeten|graag|vergeet|denk)(?![\p{L}]))[^?]*(?<![\p{L}])(?:gesloten|dicht|vrij|feestdag)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|na|hey)[,]?\s+)?(?:weißt du was|wisst ihr was|wissen sie was|rate mal|ratet mal)[?!]*\s*$/u,
  pl: /^(?:(?:a|i|hej)[,]?\s+)?(?:wiesz co|wiecie co|zgadnij co|zgadnijcie co)[?!]*\s*$|^(?:[^?]{0,80}\s[–—]\s)?kto by (?:\p{L}+ )?(?:zliczył|policzył|pomyślał|przypuszczał|zgadł|uwierzył)(?![\p{L}])[^?]*\?\s*$|^(?:(?:a|i)\s+)?(?:kilka|parę|wiele|sporo|kilkoro|niektór\p{L}*|ktoś|część)(?: \p{L}+){0,2}? (?:pytał\p{L}*|pytali|pytały|zapytał\p{L}*|dopytywał\p{L}*)(?: mnie| nas)?,? (?:czy|o to,? czy|kiedy|jak|gdzie|ile)\s[^?]*$|^(?:(?:tylko|jedynie)\s+)?(?:przypominam|przypominamy)(?: (?:też|również|także))?,? że\s(?![^?]*(?<![\p{L}])(?:musisz|musicie|trzeba|należy|proszę|prosimy|powinieneś|powinnaś|powinniście)(?![\p{L}]))[^?]*(?<![\p{L}])(?:zamknięt\p{L}*|nieczynn\p{L}*|wolne|wolny|święto)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|hei)[,]?\s+)?(?:vet du hva|vet dere hva|gjett hva)[?!]*\s*$|^(?:(?:og)\s+)?(?:flere|noen|mange|et par|en del)(?: \p{L}+){0,2}? (?:har )?(?:spurt|spurte|lurt på|lurte på)(?: meg| oss)? (?:om|hva|når|hvordan|hvor)\s[^?]*$|^(?:bare )?(?:en )?(?:liten |vennlig |kort )?påminnelse om at\s(?![^?]*(?<![\p{L}])(?:du|dere|alle|må|skal|bør|husk)(?![\p{L}]))[^?]*(?<![\p{L}])(?:stengt|lukket|fri|fridag|helligdag)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 100. "Hørte at datteren din skal konfirmeres 13. juni, og at du står på kveldsvakt den
 * dagen": what the sender heard is news (not "Hørte at du må levere …"). The other languages read
 * it so already.
 */
const HEARD_THAT: Partial<Record<Lang, RegExp>> = {
  nb: /^(?:(?:og|forresten|ellers)[,]?\s+)?(?:jeg |vi )?(?:hørte|har hørt|fikk høre|fikk vite|leste)(?: \S+){0,2}? at\s(?![^?]*(?<![\p{L}])(?:må du|må dere|du må|dere må|kan du|kan dere|vil du|vil dere|bør du|bør dere)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 104. "możesz zignorować moją wczorajszą prośbę o zestawienie – …", "Du kannst meine gestrige
 * Bitte ignorieren", "Laat die factuur van de glazenwasser maar zitten: …", "Laat maar, …": a request
 * taken back, put as leave to drop it (the imperative "forget"/"ignore" forms are cues already); round
 * 107: "Proszę tego już nie przygotowywać – …" (asked no longer to do it).
 */
const ASK_WITHDRAWN: Partial<Record<Lang, RegExp>> = {
  pl: /^(?:\p{Lu}?\p{L}+,\s+)?(?:(?:sorry|ok|aha|przepraszam)[,]?\s+)?(?:możesz|możecie|może pan|może pani|mogą państwo|proszę)\s+(?:(?:spokojnie|śmiało|już|po prostu)\s+)?(?:zignorować|zapomnieć o|pominąć|olać)\s+(?:moj\p{L}*|t\p{L}*|poprzedni\p{L}*|wczorajsz\p{L}*)\s+(?:\p{L}+\s+)?(?:pytani\p{L}*|prośb\p{L}*|mail\p{L}*|maila|wiadomoś\p{L}*)(?![^?]*(?<![\p{L}])(?:zamiast tego|czy możesz|czy mógłbyś|czy mogłabyś)(?![\p{L}]))[^?]*$|^(?:(?:proszę|prosimy|proszę pana|proszę panią)\s+)(?:(?:tego|to|go|je|ich|jej)\s+)?już\s+nie\s+(?:\p{L}+\s+)?(?:przygotowywać|robić|wysyłać|przesyłać|szukać|zamawiać|kontynuować|drukować|liczyć)(?![\p{L}])[^?]*$/u,
  de: /^(?:\p{L}+,\s+)?(?:(?:sorry|ach|ok|okay|übrigens)[,]?\s+)?(?:du kannst|ihr könnt|sie können)\s+(?:\p{L}+\s+){0,2}?(?:meine|die|diese|meinen|den)\s+(?:\S+\s+){0,3}?(?:frage|bitte|mail|e-mail|nachricht|anfrage)(?![\p{L}])(?:\s+\S+){0,6}?\s+(?:ignorieren|vergessen)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:stattdessen|sondern)(?![\p{L}]))[^?]*$/u,
  nl: /^(?:\p{L}+,\s+)?(?:(?:oh|o|sorry|ok|oké)[,]?\s+)?laat\s+(?:(?:die|de|dat|het|mijn|dit|deze)\s+(?:\S+\s+){0,6}?)?maar(?:\s+(?:zitten|rusten))?(?:\s+(?:dus|hoor|weer|alweer|gewoon))?(?:\s+met\s+[^,;:.!?]{1,60})?(?:\s+\p{L}+(?=\s*,))?(?=\s*[,.!:;–—-]|\s*$)(?![^?]*(?<![\p{L}])(?:in plaats daarvan|kun je|kunt u|wil je|wilt u)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 120. "moja wczorajsza prośba o przygotowanie sali … jest już nieaktualna", "my request for the
 * hall on Saturday is no longer needed", "mijn verzoek om … vervalt", "meine Bitte wegen … hat sich
 * erledigt", "forespørselen min om … er ikke lenger aktuell": the sender's own earlier ask called off.
 */
const REQUEST_VOID: Record<Lang, RegExp> = {
  en: /^(?:[^,?]{1,20},\s+)?(?:my|our|that|the)\s+(?:\S+\s+){0,2}?request\s+(?:\S+\s+){0,12}?(?:is|can be|has been)\s+(?:now\s+)?(?:no longer (?:needed|relevant|necessary|required)|cancell?ed|withdrawn|void|off)(?![\p{L}])[^?]*$/u,
  nl: /^(?:[^,?]{1,20},\s+)?(?:mijn|ons|dat|het|de)\s+(?:\S+\s+){0,2}?(?:verzoek|vraag)\s+(?:\S+\s+){0,12}?(?:vervalt|is (?:dus )?(?:niet (?:meer|langer) (?:nodig|aan de orde|actueel)|ingetrokken|geannuleerd|van de baan))(?![\p{L}])[^?]*$/u,
  de: /^(?:[^,?]{1,20},\s+)?(?:meine|unsere|die)\s+(?:\S+\s+){0,2}?(?:bitte|anfrage)\s+(?:\S+\s+){0,12}?(?:hat sich (?:\S+\s+)?erledigt|ist (?:\S+\s+)?(?:hinfällig|gegenstandslos|nicht mehr (?:nötig|aktuell|notwendig)|erledigt|zurückgezogen))(?![\p{L}])[^?]*$/u,
  pl: /^(?:[^,?]{1,20},\s+)?(?:moja|nasza|ta|wczorajsza|poprzednia)\s+(?:\S+\s+){0,2}?prośba\s+(?:\S+\s+){0,12}?(?:jest\s+)?(?:już\s+)?(?:nieaktualna|nie\s+jest\s+(?:już\s+)?aktualna|odwołana|anulowana|wycofana)(?![\p{L}])[^?]*$/u,
  nb: /^(?:[^,?]{1,20},\s+)?(?:(?:forespørselen|bønnen|spørsmålet) (?:min|mitt|vår)|min forespørsel|mitt spørsmål)\s+(?:\S+\s+){0,12}?(?:er ikke (?:lenger )?aktuel\p{L}*|gjelder ikke lenger|er trukket tilbake|er avlyst|faller bort)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 121. "Have a look on the shared drive if you fancy a nosy", "Kijk gerust even op de schijf als
 * je zin hebt", "Zajrzyj na dysk, jeśli masz ochotę", "Ta en titt på fellesdisken hvis du har lyst": a
 * look the reader may take if she likes (German's model reads "Schau gern rein, wenn du Lust hast" so
 * already); not "if you get a chance", which asks.
 */
const LOOK_IF_YOU_FANCY: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|oh)[,]?\s+)?(?:(?:feel free to|do)\s+)?(?:have|take|grab)\s+a\s+(?:look|peek|nosy|gander|browse)\b[^?]{0,80}?\b(?:if|when)\s+(?:you|u)\s+(?:fancy|like|feel like|'re curious|are curious|want to)\b[^?]*$|^(?:(?:and|so)\s+)?if\s+(?:you|u)\s+(?:fancy|feel like)\s+a\s+(?:look|peek|nosy|gander)\b[^?]*$/u,
  nl: /^(?:(?:en|o ja)[,]?\s+)?(?:kijk|neem|snuffel)\s+(?:\S+\s+){0,8}?(?:als|wanneer)\s+(?:je|jij|jullie|u)\s+(?:zin hebt|zin hebben|nieuwsgierig bent|nieuwsgierig zijn)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)[,]?\s+)?(?:zajrzyj|zajrzyjcie|zerknij|zerknijcie|obejrzyj|obejrzyjcie)(?![\p{L}])[^?]{0,80}?(?:jeśli|jeżeli|jak|gdybyś)\s+(?:masz|macie|będziesz mieć)\s+ochotę(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)[,]?\s+)?(?:ta en titt|ta dere en titt|kikk|kikk innom|se)\s[^?]{0,80}?(?:hvis|om|dersom)\s+(?:du|dere)\s+(?:har lyst|er nysgjerrig\p{L}*)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 122. "W razie zmian proszę dzwonić, telefon mam cały czas przy sobie", "In case of any changes,
 * please call me", "Bij wijzigingen graag even bellen", "Bei Änderungen bitte kurz anrufen": whom to
 * call should something change, offered, not asked.
 */
const CALL_IF_CHANGES: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|but)\s+)?(?:in case of|should there be|if there are)\s+(?:any\s+)?(?:changes|problems|questions|delays)\b[^?]{0,20}?,?\s+(?:please\s+|just\s+)*(?:call|ring|phone|text|email)(?:\s+(?:me|us))?\b(?!\s+(?:the|a|an|his|her|their|him|them|your|our)\b)(?![^?]*\b(?:and|also)\s+(?:please|send|could)\b)[^?]*$/u,
  nl: /^(?:(?:en|maar)\s+)?(?:bij|in geval van)\s+(?:eventuele\s+)?(?:wijzigingen|problemen|vragen|vertraging)(?![\p{L}])[^?]{0,20}?,?\s+(?:(?:graag|even|gerust)\s+)*(?:bellen|mailen|appen|bel|mail|app)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|aber)\s+)?(?:bei|im falle von)\s+(?:eventuellen\s+)?(?:änderungen|problemen|fragen|verzögerungen)(?![\p{L}])[^?]{0,20}?,?\s+(?:(?:bitte|kurz|gerne|einfach)\s+)*(?:anrufen|melden|bescheid geben|ruf|ruft|rufen sie)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:w razie|w przypadku)\s+(?:jakichkolwiek\s+|ewentualnych\s+)?(?:zmian|problemów|pytań|wątpliwości|opóźnień)(?![\p{L}])[^?]{0,20}?,?\s+(?:proszę\s+)?(?:dzwonić|pisać|o kontakt|dzwoń|pisz)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 123. "Mrs Rigg has kindly said team vehicles can use her field by the farm in the meantime",
 * "De boer heeft gezegd dat we zijn weiland mogen gebruiken", "Frau Rigg hat gesagt, dass wir ihre Wiese
 * nutzen dürfen", "Pani Rigg powiedziała, że możemy korzystać z jej pola", "Fru Rigg har sagt at vi kan
 * bruke jordet hennes": leave someone else gave, told.
 */
const PERMISSION_TOLD: Record<Lang, RegExp> = {
  en: /^(?!(?:you|please)\b)[^?]{0,60}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:said|agreed|confirmed|offered)\s+(?:that\s+)?(?!you\b|i\b)[^?]{0,40}?\b(?:can|may|could)\s+(?:use|park|leave|borrow|store|keep|come|stay)\b[^?]*$/u,
  nl: /^(?!(?:je|jij|u|graag)(?![\p{L}]))[^?]{0,60}?(?<![\p{L}])(?:heeft|hebben)\s+(?:\S+\s+){0,2}?(?:gezegd|toegezegd|bevestigd|aangeboden)\s+dat\s+(?:we|wij|jullie|iedereen|de)\s[^?]*(?<![\p{L}])(?:mogen|kunnen|mag|kan)(?![\p{L}])[^?]*$/u,
  de: /^(?!(?:du|ihr|bitte)(?![\p{L}]))[^?]{0,60}?(?<![\p{L}])(?:hat|haben)\s+(?:\S+\s+){0,2}?(?:gesagt|zugesagt|bestätigt|angeboten),?\s+dass\s+(?:wir|ihr|alle|die)\s[^?]*(?<![\p{L}])(?:dürfen|können|darf|kann)(?![\p{L}])[^?]*$/u,
  pl: /^(?!(?:proszę|możesz|czy)(?![\p{L}]))[^?]{0,60}?(?<![\p{L}])(?:powiedział|powiedziała|powiedzieli|zgodził\p{L}*|potwierdził\p{L}*),?\s+że\s+(?:możemy|możecie|wolno nam|można)(?![\p{L}])[^?]*$/u,
  nb: /^(?!(?:du|dere|vennligst)(?![\p{L}]))[^?]{0,60}?(?<![\p{L}])(?:har|hadde)\s+(?:\S+\s+){0,2}?(?:sagt|lovet|bekreftet|tilbudt)\s+at\s+(?:vi|dere|alle|laget)\s+(?:kan|får|får lov til å)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 124. "I was going to ask if you could cover the AGM on the 29th, but Jamie's kindly stepped in,
 * so you're off the hook!", "Ik wilde je vragen of …, maar Jamie springt al in", "Chciałam cię zapytać,
 * czy …, ale Jamie już się zgłosiła": the ask the sender meant to make, and then did not need.
 */
const WAS_GOING_TO_ASK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:oh|and|so)[,]?\s+)?(?:i|we)\s+(?:was|were)\s+(?:going|about|meaning)\s+to\s+ask\s+(?:you\s+)?(?:if|whether|you to)\b[^?]*,\s*but\s[^?]*$/u,
  nl: /^(?:(?:o|oh|en)[,]?\s+)?(?:ik|we|wij)\s+(?:wilde|wilden|zou|zouden)\s+(?:je|jou|u|jullie)?\s*(?:eigenlijk\s+)?(?:vragen|gaan vragen)\s+of\s[^?]*,\s*maar\s[^?]*$/u,
  pl: /^(?:(?:a|i)[,]?\s+)?(?:chciałam|chciałem|chcieliśmy|miałam|miałem)\s+(?:cię|was|pana|panią)?\s*(?:właśnie\s+)?(?:zapytać|poprosić),?\s+(?:czy|żebyś|o)\s[^?]*,\s*ale\s[^?]*$/u,
};

/** Round 124. "Just a quick note to let you know that our Year 2s raised £420.60 for the sanctuary!": news. */
const NOTE_TO_TELL: Partial<Record<Lang, RegExp>> = {
  en: /^(?:just\s+)?(?:a\s+)?(?:quick|short|brief|little)\s+(?:note|line|email|message)\s+to\s+(?:let\s+(?:you|you all|everyone)\s+know|say|tell\s+you|update\s+you)\b(?![^?]*\b(?:please|could you|can you|would you)\b)[^?]*$/u,
};

/**
 * Round 125. "…, no ale co zrobisz, deszczu nie wymodlę, nie?", "…, but what can you do, eh?": a shrug
 * put as a question; "Jeszcze raz – Bóg zapłać!", thanks; "… en laat je dan weten wanneer hij getekend
 * moet worden", the sender's own word to come.
 */
const WHAT_CAN_YOU_DO: Partial<Record<Lang, RegExp>> = {
  en: /\bwhat can (?:you|one|we) do\b(?:,?\s*(?:eh|hey|really|though))?[?!.\s]*$/u,
  nl: /(?<![\p{L}])laat (?:ik )?(?:je|jou|jullie|u) (?:(?:dan|even|nog|morgen|zo|snel|direct|meteen)\s+)*weten(?![\p{L}])(?![^?]*(?<![\p{L}])(?:kun|kunt|wil|wilt|graag)(?![\p{L}]))[^?]*$/u,
  pl: /(?<![\p{L}])(?:co (?:zrobisz|poradzisz|zrobić|poradzić)|bóg zapłać)(?![\p{L}])/u,
};

/**
 * Round 108. "…, es muss kaum nachgestimmt werden", "Es muss nichts nachgestimmt werden", "Er moet
 * nauwelijks nog bijgestemd worden", "den må knapt justeres": next to nothing to be done, a status
 * (English "it hardly needs retuning" the model knows). Not "muss nicht vergessen werden".
 */
const HARDLY_TO_DO: Partial<Record<Lang, RegExp>> = {
  de: /(?:^|[,;:–—]\s*)(?:(?:und|aber|also|da|dabei|hier|es|das|sie|er)\s+){0,2}(?:muss|müssen)\s+(?:(?:da|dabei|hier|also|jetzt|nur|noch|wohl)\s+)?(?:kaum|kaum noch|kaum etwas|nichts|gar nichts|fast nichts|nichts mehr|nur wenig|wenig)\s+(?:\S+\s+){0,4}?\p{L}+\s+werden(?![\p{L}])[^?]*$/u,
  nl: /(?:^|[,;:–—]\s*)(?:(?:en|maar|dus|er|het|die|dat|hij|ze)\s+){0,2}(?:moet|moeten|hoeft|hoeven)\s+(?:(?:er|nu|dus|wel|nog)\s+){0,2}(?:nauwelijks|amper|haast niets|bijna niets|niets|niks|weinig)\s+(?:\S+\s+){0,4}?(?:\p{L}+\s+)?(?:worden|te worden)(?![\p{L}])[^?]*$/u,
  nb: /(?:^|[,;:–—]\s*)(?:(?:og|men|så|den|det|de|han|hun)\s+){0,2}(?:må|trenger)\s+(?:(?:nå|vel|jo)\s+)?(?:knapt|nesten ikke|nesten ingenting|ingenting|lite|bare litt)\s+(?:\S+\s+){0,3}?\p{L}+(?:es|s)(?:\s+\p{L}+)?[.!]?\s*$/u,
};

/**
 * Round 109. "Please pass on our thanks to Imogen and Tom", "Doe de groeten aan je team", "Bitte
 * richte Imogen unseren Dank aus", "Proszę przekazać podziękowania …", "Send gjerne en takk videre til
 * …": thanks or greetings to pass on, a courtesy.
 */
const PASS_ON_GREETINGS: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|oh)[,]?\s+)?(?:please\s+)?(?:do\s+)?(?:pass on|give|send|say|extend|convey)\s+(?:(?:my|our|a|the)\s+(?:(?:warmest|warm|sincere|heartfelt|special|particular|huge|big|best|kind|kindest|personal)\s+)*(?:thanks|thank-yous|thank you|regards|best wishes|best|love|congratulations|congrats|greetings)|hello|hi|thank you|thanks)\s+(?:(?:on|along)\s+)?to\b[^?]*$/u,
  nl: /^(?:(?:en|ook)[,]?\s+)?(?:doe|geef|breng)\s+(?:(?:ook|even|alvast|vooral|graag)\s+)*(?:de|mijn|onze)\s+(?:(?:hartelijke|speciale|grote)\s+)?(?:groeten|dank|complimenten|felicitaties)\s+(?:door\s+)?aan(?![\p{L}])[^?]*$|^(?:(?:en|ook)[,]?\s+)?(?:(?:de|veel|hartelijke)\s+)?groeten aan(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|auch)[,]?\s+)?(?:bitte\s+)?(?:(?:richte|richtet|richten sie)\s[^?]*(?:grüße|dank|glückwünsche)\s[^?]*aus|(?:grüß|grüße|grüßt|grüßen sie)\s+(?:\S+\s+){0,4}?(?:von mir|von uns|herzlich|schön)|(?:viele\s+|liebe\s+|herzliche\s+)?grüße an)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:i|a)[,]?\s+)?(?:proszę\s+)?(?:przekaż|przekażcie|przekazać|pozdrów|pozdrówcie|pozdrowić)\s+(?:\S+\s+){0,3}?(?:podziękowania|pozdrowienia|wyrazy|gratulacje|ode mnie|od nas)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|også)[,]?\s+)?(?:send|gi|bring)\s+(?:gjerne\s+)?(?:en\s+|mine\s+|våre\s+)?(?:(?:stor|varm|hjertelig)\s+)?(?:takk|hilsen|hilsener|gratulasjoner)\s+(?:videre\s+)?til(?![\p{L}])[^?]*$|^(?:(?:og|også)[,]?\s+)?hils\s+(?:\S+\s+){0,4}?(?:fra (?:meg|oss)|så mye)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 108. "Proszę bardzo – w załączniku protokół …, o który prosiłaś", "Alstublieft, hierbij het
 * rapport": "here you are", handing over what was asked for (German "Bitte schön" is a cue's
 * exception already).
 */
const HERE_YOU_ARE: Partial<Record<Lang, RegExp>> = {
  pl: /^proszę bardzo\s*[,–—:!-]\s*(?:w załączniku|w załączeniu|załączam|przesyłam|podsyłam|przekazuję|oto|tutaj|tu masz|poniżej|link)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:daj|dajcie|proszę o|prześlij|sprawdź|potwierdź)(?![\p{L}]))[^?]*$/u,
  nl: /^(?:alsjeblieft|alstublieft|asjeblieft)\s*[,–—:!-]\s*(?:in de bijlage|bijgevoegd|hierbij|hier is|hier zijn|hierbij|zie bijlage|de gevraagde|het gevraagde)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:laat|kun je|kunt u|wil je|wilt u|graag)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 119. "Und bitte nicht wundern: Ab Montag steht in meiner Signatur die neue Durchwahl": a word
 * not to be surprised, before news, is no ask (German; the others read it so already).
 */
const NOT_SURPRISED: Partial<Record<Lang, RegExp>> = {
  de: /^(?:(?:und|also|übrigens)[,]?\s+)?(?:bitte\s+)?(?:nicht wundern|wundert euch nicht|wundere dich nicht|wundern sie sich nicht|nicht erschrecken)(?![\p{L}])\s*(?:[:,.!–—-][^?]*)?$/u,
};

/**
 * Round 118. "… – you must be running on toast and tea", "Je moet wel doodmoe zijn", "Du musst völlig
 * erschöpft sein", "Musisz być wykończona", "Du må være helt utslitt": how the reader must feel, guessed,
 * is talk (not a duty: "You must be at the gate by 8").
 */
const MUST_FEEL: Record<Lang, RegExp> = {
  en: /(?:^|[–—-]\s+|[,;]\s+)(?:and\s+)?(?:you|u|you all) must (?:be|have been|feel) (?:(?:so|really|absolutely|completely|totally|pretty|quite|very|a bit|all)\s+)?(?:exhausted|tired|knackered|shattered|worn out|run ragged|running on|busy|rushed off your feet|relieved|thrilled|delighted|proud|pleased|glad|happy|excited|gutted|fed up|sick of|dreading|freezing|frozen|soaked|sunburnt|buzzing|over the moon)\b(?![^?]*\b(?:please|by|before|could you|can you)\b)[^?]*$/,
  nl: /(?<![\p{L}])(?:je|jij|u|jullie) (?:moet|moeten|zult|zal|zullen) (?:(?:wel|toch|nu|echt|inmiddels|ook|zo)\s+)*(?:\S+\s+){0,3}?(?:moe|doodmoe|hondsmoe|kapot|uitgeput|gesloopt|bekaf|blij|trots|opgelucht|gaar)(?: zijn| wezen)?(?![\p{L}])(?![^?]*(?<![\p{L}])(?:graag|uiterlijk|vóór|kun je|kunt u)(?![\p{L}]))[^?]*$/u,
  de: /(?<![\p{L}])(?:du|ihr|sie) (?:musst|müsst|müssen) (?:\S+\s+){0,4}?(?:müde|erschöpft|fertig|kaputt|platt|froh|stolz|erleichtert|begeistert|geschafft|durch) sein(?![\p{L}])(?![^?]*(?<![\p{L}])(?:bitte|bis|spätestens)(?![\p{L}]))[^?]*$/u,
  pl: /(?<![\p{L}])(?:musisz|musicie|musi pan|musi pani) (?:być|się czuć|czuć się) (?:(?:już|teraz|naprawdę|strasznie|bardzo|totalnie|całkiem)\s+)?(?:wykończon\p{L}*|zmęczon\p{L}*|padnięt\p{L}*|szczęśliw\p{L}*|dumn\p{L}*|zadowolon\p{L}*|zabiegan\p{L}*|wyczerpan\p{L}*|zachwycon\p{L}*)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:proszę|do|przed|najpóźniej)(?![\p{L}]))[^?]*$/u,
  nb: /(?<![\p{L}])(?:du|dere) må (?:være|føle deg|kjenne deg) (?:(?:helt|skikkelig|veldig|ganske|så)\s+)?(?:sliten|slitne|utslitt|utslitte|trøtt|trøtte|glad|glade|stolt|stolte|lettet|fornøyd|fornøyde|utkjørt|ferdig)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:vennligst|innen|før|senest)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 118. "Your first day is Monday 9 March — Ben will meet you at the main gate at 8am and take you
 * round the yard": what someone else will do for the reader, told (English; the others read it so).
 */
const OTHER_WILL_MEET: Partial<Record<Lang, RegExp>> = {
  en: /^(?:[^?–—]{0,100}[–—]\s+)?(?!(?:i|we|you|u|they)\b)\p{L}+(?: \p{L}+)?(?: will|'ll) (?:meet|greet|collect|pick you up|show|take|welcome|look after) you\b(?![^?]*\b(?:please|could you|can you|would you|let me know|let him know|let her know|make sure|need you)\b)[^?]*$/u,
};

/**
 * Round 117. "Don't worry about chasing the bank – I rang them this morning and it's all sorted", "Maak
 * je geen zorgen over …", "Mach dir keine Gedanken wegen …", "Nie martw się …", "Ikke tenk på å ringe
 * banken …": the reader let off a task (not when an ask follows: "…, just send the receipts").
 */
const NO_WORRY: Record<Lang, RegExp> = {
  en: /^(?:\p{L}+,\s+)?(?:(?:oh|ok|okay|and|also|btw|so)[,]?\s+)?(?:please\s+)?(?:don't|do not|no need to) (?:worry|bother|stress|fret)(?: yourself)?(?![\p{L}])(?![^?]*(?<![\p{L}])(?:but|just|instead|can you|could you|would you|please|need you|i need)(?![\p{L}]))[^?]*$/u,
  nl: /^(?:\p{L}+,\s+)?(?:(?:oh|o|ok|oké|en)[,]?\s+)?(?:maak je|maakt u|maak jij|maken jullie) (?:je |u |jullie )?(?:maar |vooral )?geen (?:zorgen|zorg|stress)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:maar|wel|graag|kun je|kunt u|wil je|wilt u)(?![\p{L}]))[^?]*$/u,
  de: /^(?:\p{L}+,\s+)?(?:(?:oh|ach|ok|okay|und)[,]?\s+)?(?:mach dir|macht euch|machen sie sich) (?:da |darüber |deswegen )?keine (?:gedanken|sorgen|kopf|stress)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:aber|sondern|bitte|kannst du|könntest du|können sie|könnten sie)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:\p{L}+,\s+)?(?:(?:aha|ok|okej|i)[,]?\s+)?(?:nie martw się|nie martwcie się|nie przejmuj się|nie przejmujcie się|nie musisz się martwić)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:ale|tylko|proszę|możesz|mógłbyś|mogłabyś)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:\p{L}+,\s+)?(?:(?:å|ok|og)[,]?\s+)?(?:ikke (?:tenk på|bry deg (?:med|om)|bekymre deg|stress med)|du trenger ikke (?:å )?(?:tenke på|bekymre deg|bry deg))(?![\p{L}])(?![^?]*(?<![\p{L}])(?:men|bare|kan du|kunne du|vennligst)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 108. "vergiss die Liste von heute Vormittag, hat sich erledigt: …", "Forget the figures –
 * all sorted", "Vergeet die lijst maar, is al geregeld", "Zapomnij o tym zestawieniu, już nieaktualne",
 * "Glem lista, det er ordnet": whatever was asked for, forgotten because it is done.
 */
const FORGET_IT_SORTED: Record<Lang, RegExp> = {
  en: /^(?:\p{L}+,\s+)?(?:(?:oh|ok|okay|sorry|actually)[,]?\s+)?(?:please\s+)?(?:just\s+)?(?:forget|ignore|disregard|scratch)\s+(?:about\s+)?(?:[^\s?,;:]+\s+){0,6}?[^\s?,;:]+\s*[,;:–—-]\s*(?:(?:it's|it is|that's|that is|it has|that has|all)\s+)?(?:been\s+)?(?:(?:already|now|all)\s+)?(?:sorted(?: out)?|resolved|handled|taken care of|dealt with|no longer (?:needed|necessary)|not needed)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:instead|could you|can you|would you)(?![\p{L}]))[^?]*$/u,
  nl: /^(?:\p{L}+,\s+)?(?:(?:oh|o|sorry|ok|oké)[,]?\s+)?(?:vergeet|negeer)\s+(?:[^\s?,;:]+\s+){0,6}?[^\s?,;:]+\s*[,;:–—-]\s*(?:(?:dat|het)\s+)?(?:is\s+)?(?:(?:al|inmiddels|alweer|toch)\s+)?(?:geregeld|opgelost|afgehandeld|niet meer nodig|overbodig)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:in plaats daarvan|kun je|kunt u|wil je|wilt u)(?![\p{L}]))[^?]*$/u,
  de: /^(?:\p{L}+,\s+)?(?:(?:sorry|ach|ok|okay|übrigens)[,]?\s+)?(?:vergiss|vergesst|vergessen sie|ignorier|ignoriere|ignoriert|ignorieren sie)\s+(?:[^\s?,;:]+\s+){0,6}?[^\s?,;:]+\s*[,;:–—-]\s*(?:(?:das|es)\s+)?(?:hat sich\s+(?:(?:schon|bereits|inzwischen|gerade|eben)\s+)?erledigt|ist\s+(?:(?:schon|bereits|inzwischen)\s+)?(?:erledigt|geklärt|nicht mehr nötig)|nicht mehr nötig)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:stattdessen|sondern)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:\p{L}+,\s+)?(?:(?:sorry|ok|aha|przepraszam)[,]?\s+)?(?:zapomnij|zapomnijcie|zignoruj|zignorujcie|pomiń)\s+(?:[^\s?,;:]+\s+){0,6}?[^\s?,;:]+\s*[,;:–—-]\s*(?:(?:to|sprawa)\s+)?(?:już\s+)?(?:nieaktualne|nieaktualna|załatwione|załatwiona|rozwiązane|niepotrzebne|się wyjaśniło|nie jest już potrzebne)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:zamiast tego|czy możesz|czy mógłbyś|czy mogłabyś)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:\p{L}+,\s+)?(?:(?:sorry|ok|å ja|forresten)[,]?\s+)?(?:glem|se bort fra)\s+(?:[^\s?,;:]+\s+){0,6}?[^\s?,;:]+\s*[,;:–—-]\s*(?:(?:det|den)\s+)?(?:er\s+)?(?:(?:allerede|nå)\s+)?(?:ordnet|løst|avklart|ikke nødvendig|ikke aktuelt|unødvendig)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:i stedet|kan du|kunne du)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 104. "zgadnij, kto dziś o 11 kupił bilet …?", "Guess who turned up at 11 today?", "Raad eens
 * wie er langskwam?", "Rate mal, wer heute vorbeikam?", "Gjett hvem som kom innom?": a riddle the
 * sender answers next (round 102 has "Guess what?" alone).
 */
const GUESS_WHO: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|oh|hey)[,]?\s+)?guess (?:who|what|where|how many|how much|which)\b[^?]*[?!]\s*$/,
  nl: /^(?:(?:en|hé|he|zeg)[,]?\s+)?raad (?:eens|maar eens|eens even) (?:wie|wat|waar|hoeveel|welke)(?![\p{L}])[^?]*[?!]\s*$/u,
  de: /^(?:(?:und|na|hey)[,]?\s+)?(?:rate|ratet|raten sie)(?: mal| doch mal)?,? (?:wer|was|wo|wie viele|wie viel|welche\p{L}*)(?![\p{L}])[^?]*[?!]\s*$/u,
  pl: /^(?:(?:a|i|hej)[,]?\s+)?(?:zgadnij|zgadnijcie|zgadnie pan|zgadnie pani),? (?:kto|co|gdzie|ile|kogo|komu|który|która|które)(?![\p{L}])[^?]*[?!]\s*$/u,
  nb: /^(?:(?:og|hei)[,]?\s+)?(?:gjett|gjett en gang),? (?:hvem|hva|hvor|hvor mange|hvilke\p{L}*)(?![\p{L}])[^?]*[?!]\s*$/u,
};

/**
 * Round 106. "zgoda, możesz zamówić cały zestaw – akceptuję wydatek …", "Yes, you can order the whole
 * set", "Ja, du kannst den Satz bestellen", "Prima, je mag de set bestellen", "Ja, du kan bestille
 * settet": a yes, then what the reader may do, grants what she asked (not "Ok, you can send me …").
 * Round 119: Bokmål also "Ja, selvfølgelig kan du ta fri fredag!".
 */
const LEAVE_GRANTED: Partial<Record<Lang, RegExp>> = {
  en: /^(?:yes|yep|sure|ok|okay|of course|agreed|fine|approved)[,!.:;–—-]\s*(?:you can|you may|feel free to)\s(?!(?:send|give|bring|forward|tell|show|pass) (?:me|us)\b)[^?]*$/,
  nl: /^(?:ja|prima|akkoord|oké|ok|natuurlijk|tuurlijk|goed|goedgekeurd)[,!.:;–—-]\s*(?:je kunt|jij kunt|u kunt|jullie kunnen|je mag|jij mag|u mag|jullie mogen)\s(?!(?:me|mij|ons)(?![\p{L}]))[^?]*$/u,
  de: /^(?:ja|klar|okay|ok|einverstanden|gern|gerne|natürlich|passt|genehmigt)[,!.:;–—-]\s*(?:du kannst|sie können|ihr könnt|du darfst|sie dürfen|ihr dürft)\s(?!(?:mir|uns)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:zgoda|jasne|oczywiście|tak|ok|okej|pewnie|dobrze|akceptuję)[,!.:;–—-]\s*(?:(?:spokojnie|śmiało|oczywiście)\s+)?(?:możesz|możecie|może pan|może pani|mogą państwo)\s(?!(?:mi|nam)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:ja|klart|greit|ok|selvsagt|absolutt|javisst|godkjent)[,!.:;–—-]\s*(?:du kan|dere kan|du får|dere får|(?:selvfølgelig|selvsagt|klart|absolutt|gjerne) (?:kan|får) (?:du|dere))\s(?!(?:meg|oss)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 104. "No actions for the team at this stage - just a good reminder of why we keep a dedicated
 * VHF watch": a lesson drawn, called a reminder (not "a reminder that the forms are due Friday").
 * English only: the others read it so already.
 */
const LESSON_REMINDER: Partial<Record<Lang, RegExp>> = {
  en: /^(?:no (?:further |more )?actions?\b[^?]{0,60}?\s[–—-]\s+)?(?:(?:it's|it is|it was|this is|that's|just|and|but)\s+)*(?:a |an )?(?:good|timely|useful|healthy|stark|sobering|great|nice|important|helpful)\s+reminder (?:of (?:why|how|what)|why|how)\b[^?]*$/,
};

/**
 * Round 104. "kirkevergen ringte i går og spurte om vi kunne flytte befaringen …", "The client rang and
 * asked if we could move the visit", "Der Kunde fragte, ob wir …", "De klant vroeg of we …", "Klient
 * zapytał, czy moglibyśmy …": a third party's question to the sender's side, told (not one put to the
 * reader: "… asked if you could …"). Round 119: also the readers' own question, told ("Een paar van jullie
 * vroegen of er opnieuw een VOG moet worden aangevraagd", "Kilka osób z was pytało, czy …").
 */
const ASKED_OF_US: Partial<Record<Lang, RegExp>> = {
  en: /^(?!(?:you|please)\b)[^?]{0,140}?(?<!\b(?:i|we)(?: just| only| also| really)? )\b(?:asked|wanted to know|enquired|inquired|(?<=\b(?:rang|called|phoned|emailed|wrote|messaged|texted|popped in|came in|came by|dropped by|stopped by|got in touch)\b[^?]{0,40}?)to (?:ask|check|enquire|inquire))(?: (?:me|us|him|her|them))?,? (?:if|whether) (?:we|i|they|he|she)\b(?![^?]*\b(?:you|your|please)\b)[^?]*$/,
  nl: /^(?:een paar|enkelen|sommigen|een aantal|velen|veel|meerdere|verschillende) (?:(?:van|onder) jullie|van u) (?:vroeg|vroegen|hebben gevraagd|heeft gevraagd|wilden weten|wilde weten)(?![\p{L}])[^?]*$|^(?!(?:je|jij|u|jullie|graag)(?![\p{L}]))[^?]{0,140}?(?<![\p{L}])(?<!(?:ik|we|wij) )(?:vroeg|vroegen|wilde weten|wilden weten|informeerde)(?! (?:me|mij|ons) af)(?: (?:me|mij|ons|hem|haar))?,? (?:of|wanneer|hoe) (?:we|wij|ik|ze|zij|hij)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:je|jij|u|jullie|graag)(?![\p{L}]))[^?]*$/u,
  de: /^(?!(?:du|ihr|bitte)(?![\p{L}]))[^?]{0,140}?(?<![\p{L}])(?<!(?:ich|wir) )(?:fragte|fragten|wollte wissen|wollten wissen|erkundigte sich)(?! (?:mich|uns) )(?: (?:ihn|sie))?,? (?:ob|wann|wie) (?:wir|ich|er)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:du|dir|dich|ihr|euch|bitte)(?![\p{L}]))[^?]*$/u,
  pl: /^(?:kilka|kilkoro|parę|część|niektórzy|wiele) (?:osób )?(?:z was|z pań|z państwa|spośród was) (?:pytał\p{L}*|zapytał\p{L}*|dopytywał\p{L}*)(?![\p{L}])[^?]*$|^(?!(?:proszę|czy)(?![\p{L}]))[^?]{0,140}?(?<![\p{L}])(?:zapytał|zapytała|zapytali|pytał|pytała|pytali|dopytywał|dopytywała|(?<=(?<![\p{L}])(?:dzwonił|zadzwonił|pisał|napisał|odezwał|wpadł|przyszł|przyjechał)\p{L}*[^?]{0,40}?)(?:żeby|aby|by) (?:zapytać|spytać|dopytać))(?: (?:mnie|nas|go|ją))?,? (?:czy|kiedy|jak) (?:moglibyśmy|możemy|mogę|mógłbym|mogłabym|my|ja|on|ona|oni)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:proszę|pan|pani|państwo|możesz|możecie)(?![\p{L}]))[^?]*$/u,
  nb: /^(?!(?:du|dere|vennligst)(?![\p{L}]))[^?]{0,140}?(?<![\p{L}])(?<!(?:jeg|vi) )(?:spurte|lurte på|ville vite)(?: (?:meg|oss|ham|henne))?,? (?:om|når|hvordan) (?:vi|jeg|han|hun|de)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:du|deg|dere|vennligst)(?![\p{L}]))[^?]*$/u,
};

/**
 * A language's lines that are never asks (COURTESY_CONTACT … GIVEN_STATEMENT) and those that are
 * none unless an ask word follows (a good wish, a thing done, a wait on someone else, a need someone
 * else promised to meet), each as one
 * union (see literals.ts): one pass for the dozen expressions.
 */
function neverLines(lang: Lang): { never: LiteralUnion; unlessAsked: LiteralUnion } {
  let lines = NEVER_LINES.get(lang);
  if (!lines) {
    const never = [
      COURTESY_CONTACT[lang],
      QUESTIONS_ONLY,
      NOTHING_NEEDED[lang],
      UNDERSTANDING_ONLY[lang],
      WILL_RECEIVE[lang],
      YOU_CAN[lang],
      JUST_YOU_CAN[lang],
      NICE_TO_MEET[lang],
      CONDITIONAL_OFFER[lang],
      RESTED_QUESTION[lang],
      WEATHER_TALK[lang],
      DONE_REPORT[lang],
      MINUTES_HANDED[lang],
      GOOD_NEWS_QUESTION[lang],
      WHY_EVER[lang],
      WITHOUT_YOU[lang],
      STATUS_LINE[lang],
      lang === 'nl' ? GLADLY_I : undefined,
      EXPECTED_READY[lang],
      ASKED_SOMEONE_ELSE[lang],
      OFFER_IF_WANTED[lang],
      AT_LEISURE[lang],
      TIME_FOR_IT_THEN[lang],
      SELF_INTRODUCTION[lang],
      MAY_I_SAY[lang],
      WHO_ELSE_BUT[lang],
      PAID_AUTOMATICALLY[lang],
      READY_FOR_YOU[lang],
      INFORM_YOU[lang],
      THANKS_FOR_DONE[lang],
      DONE_BY_AGENT[lang],
      GIVEN_STATEMENT[lang],
      OPINION_TAG[lang],
      OUR_SIDE_WILL[lang],
      HOPE_QUESTION[lang],
      TELL_IF_WRONG[lang],
      BACK_FROM[lang],
      CALL_ME_ON[lang],
      REMEMBER_FACT[lang],
      EXCUSE_OR_CHANGE[lang],
      EVER_SEEN[lang],
      MORE_OR_SHOUT[lang],
      CHANGE_FIRST[lang],
      LEISURE_ASKED[lang],
      OR_STAY_HOME[lang],
      LEISURE_GUESSED[lang],
      IF_YOU_WANT_YOU_DO[lang],
      IF_YOU_WANT_STEPS[lang],
      SURPRISE_OR_EXCLAIM[lang],
      HEARD_THAT[lang],
      ENJOY_IT[lang],
      LEAVE_TO_TAKE[lang],
      TALK_OPENERS[lang],
      ASK_WITHDRAWN[lang],
      REQUEST_VOID[lang],
      LOOK_IF_YOU_FANCY[lang],
      CALL_IF_CHANGES[lang],
      PERMISSION_TOLD[lang],
      WAS_GOING_TO_ASK[lang],
      NOTE_TO_TELL[lang],
      WHAT_CAN_YOU_DO[lang],
      FORGET_IT_SORTED[lang],
      NO_WORRY[lang],
      OTHER_WILL_MEET[lang],
      MUST_FEEL[lang],
      NOT_SURPRISED[lang],
      HERE_YOU_ARE[lang],
      PASS_ON_GREETINGS[lang],
      GUESS_WHO[lang],
      ASKED_OF_US[lang],
      LESSON_REMINDER[lang],
      LEAVE_GRANTED[lang],
    ].filter((re): re is RegExp => re !== undefined);
    lines = {
      never: new LiteralUnion(never),
      unlessAsked: new LiteralUnion(
        [
          WELL_WISH[lang],
          DONE_STATUS[lang],
          WAITING_ON_OTHERS[lang],
          I_KNOW_YOU[lang],
          PROMISED_BY_OTHER[lang],
          HARDLY_TO_DO[lang],
        ].filter((re): re is RegExp => re !== undefined),
      ),
    };
    NEVER_LINES.set(lang, lines);
  }
  return lines;
}

/** Lines that are never asks, whatever the cues and the model say (see judgeSentence). */
function neverAnAsk(raw: string, bare: string, c: CompiledLexicon, people: People): boolean {
  if (DO_NOT_REPLY.test(bare)) return true;
  const offer = OFFER_TO_READER[c.lex.lang];
  if (offer && /^(?:\S+ ){0,2}(?:let|give|shout|drop|ping|tell)/.test(bare) && offer.test(bare)) return true;
  const lines = neverLines(c.lex.lang);
  if (
    lines.never.test(bare) ||
    (FROM_ME[c.lex.lang].test(bare) && !ASK_WORD[c.lex.lang].test(bare)) ||
    // A good wish, a thing done, a wait on someone else: none of them unless an ask word follows.
    (lines.unlessAsked.test(bare) && !ASK_WORD[c.lex.lang].test(bare) && !askAfterAnd(raw, c, people)) ||
    nothingToDo(bare, c.lex.lang) ||
    offersHelp(bare, c)
  )
    return true;
  const reported = REPORTED_QUESTION[c.lex.lang];
  return reported !== undefined && colonWithin(raw, 120) && reported.test(raw.toLowerCase());
}

/**
 * Whether the line a sentence ends on starts with a bullet: the whole line, as its number may have
 * been split off as a sentence of its own ("1.").
 */
function onBulletLine(body: string, s: Sentence): boolean {
  return hasBullet(body.slice(body.lastIndexOf('\n', s.start - 1) + 1, s.end));
}

/** A line of a FAQ: a question, a dash and its answer. */
const FAQ_LINE = /^[ \t]*[^?\n]{3,200}\?[ \t]+[–—-][ \t]+[^\s?][^?\n]*$/gmu;
/** A line of a FAQ without a dash: the question (group 1) and its answer after it. */
const FAQ_INLINE = /^([ \t]*[^?\n]{3,200}\?)[ \t]+(?![–—-])[^\s?][^?\n]*$/gmu;
/** A question of a FAQ on a line of its own (group 1), and the answer that follows it on the next. */
const FAQ_QUESTION_LINE = /^([ \t]*[^?\n]{3,200}\?)[ \t]*\n(?=[ \t]*[^\s?][^?\n]*(?:\n|$))/gmu;

/** A recipe, in the five languages. */
const RECIPE =
  /(?<![\p{L}])(?:recipe|recipes|recept|recepten|rezept|rezepte|rezeptur|przepis|przepisy|przepisu|przepisem|oppskrift|oppskriften|oppskrifta|oppskrifter)(?![\p{L}])/u;

/** "and" between two clauses, in the five languages. */
const AND_THEN = /\s(?:and|en|und|i|oraz|og)\s+(?=\p{L})/gu;

/**
 * Round 112. "Take care and send me the invoice by Friday", "Uważaj na siebie i wyślij mi fakturę do
 * piątku": a good wish (or a thing done) and then, after "and", a direct ask that no never-line rules
 * out.
 */
function askAfterAnd(raw: string, c: CompiledLexicon, people: People): boolean {
  let seen = 0;
  for (const and of raw.matchAll(AND_THEN)) {
    if (++seen > 3) break;
    const part = raw.slice(and.index + and[0].length);
    const lower = part.toLowerCase();
    // Only an ask that says by when, asks in so many words, or is a question (not "… i nie dajcie się
    // turystom w klapkach ;)" in a farewell, round 114).
    if (
      (c.prep.test(lower) || ASK_WORD[c.lex.lang].test(lower) || endsWithQuestion(part)) &&
      directAskIn(part, c, people)
    )
      return true;
  }
  return false;
}

/** `part` of a line judged alone: its verdict when it is a direct ask to the reader that no never-line rules out. */
function directAskIn(part: string, c: CompiledLexicon, people: People): SentenceVerdict | null {
  const verdict = judgeOnce(part, c, people);
  return verdict.kind && !verdict.other && verdict.direct && !neverAnAsk(part, bareLower(part), c, people)
    ? verdict
    : null;
}

/** The cues' and the model's verdict on a sentence, read past a lead-in that asks nothing. */
function judgeWithLeadIn(raw: string, c: CompiledLexicon, people: People, lower?: string): SentenceVerdict {
  const verdict = judgeAfterLeadIn(raw, c, people, lower);
  return verdict.kind && namesOthersInBrackets(raw, people) ? { kind: null, other: true, person: true } : verdict;
}

function judgeAfterLeadIn(raw: string, c: CompiledLexicon, people: People, lower?: string): SentenceVerdict {
  const verdict = judgeOnce(raw, c, people, lower);
  if (verdict.other) return verdict;
  // "And finally: hand in the test results by Friday": the request starts after the lead-in.
  const lead = colonWithin(raw, 60) ? ANY_LEAD_IN.exec(raw) : null;
  // News under a label is judged without it.
  if (verdict.kind && lead && NEWS_LABEL.test(raw)) return judgeOnce(raw.slice(lead[0].length), c, people);
  if (verdict.kind) {
    // "Following our call yesterday: I'll get the samples to the lab by Friday", "Quick update – I'll
    // send you the rate sheet by Thursday": after a lead-in that asks nothing, what rules a sentence
    // out rules out the rest.
    const label = lead ?? DASH_LEAD_IN.exec(raw);
    if (label && negativeCue(raw.slice(label[0].length).trim().toLowerCase(), c)) {
      const leadLower = label[0].toLowerCase();
      if (!c.requests.some((r) => r.re.test(leadLower))) return { kind: null, other: false };
    }
    // Round 121: "Quick one before term starts: the county council's tightened up on checks …": news
    // after a label, which English's model reads as an ask only with the label, asks nothing.
    if (
      lead &&
      c.lex.lang === 'en' &&
      LABEL_LEAD.test(lead[0].toLowerCase()) &&
      !verdict.direct &&
      !endsWithQuestion(raw) &&
      !c.requests.some((r) => r.re.test(lead[0].toLowerCase())) &&
      !judgeOnce(raw.slice(lead[0].length), c, people).kind
    )
      return { kind: null, other: false };
    return verdict;
  }
  // "Falls am Montag trotzdem irgendwas nicht geht: meldet euch gerne bei mir" (round 89): a condition
  // before the colon is part of the sentence, whose verdict stands.
  if (lead && !CONDITION_LEAD.test(raw)) return judgeOnce(raw.slice(lead[0].length), c, people);
  const colon = raw.indexOf(': ');
  if (colon > 0 && colon < 160) {
    const head = raw.slice(0, colon);
    const after = raw.slice(colon + 2);
    // Round 118: a longer lead-in before a question ("mir ist gestern beim Aufräumen der
    // Aufnahmemappen eingefallen: Sind die drei Neuen … schon gemeldet?"), not one that tells what
    // someone said. Round 120: also before a direct ask ("Daarom wil ik de urenlijsten van juni
    // eerder binnen hebben dan normaal: zet ze eind van de maand in de map …", "Iedereen die mee was
    // naar het congres in Mechelen (Joost, Anouk, Evert-Jan): lever je bonnetjes … in").
    if (!lead && colon > 60 && !head.includes('?') && !SAID_LEAD.test(head.toLowerCase())) {
      const asked = judgeOnce(after, c, people);
      if (asked.kind && !asked.other && (asked.direct || endsWithQuestion(raw))) return asked;
    }
    // "Joost, ik zet je in cc omdat jij destijds de vergunning hebt aangevraagd: kun jij …?" (round
    // 74): a longer lead-in that only rules the line out (the copy, the reason) leaves what follows
    // its colon to be judged.
    const named = nameTurnedTo(head);
    if (
      negativeCue((named ? head.slice(named[0].length) : head).toLowerCase(), c) &&
      !negativeCue(after.toLowerCase(), c)
    )
      return judgeOnce(after, c, people);
  }
  // "Du nevnte at du var hos sjømannslegen forrige uke – last opp den nye erklæringen … før dagen er
  // omme" (round 95): after what the reader said or did, a dash and a direct ask that opens what
  // follows it.
  const dash = SPACED_DASH.exec(raw);
  if (dash && dash.index >= 15 && READER_DID.test(raw.slice(0, dash.index).toLowerCase())) {
    const tail = judgeOnce(raw.slice(dash.index + dash[0].length), c, people);
    if (tail.kind && !tail.other && tail.direct) return tail;
  }
  // "Så langt vi kan se er kontoen ikke kompromittert, men bytt passordet ditt så snart som mulig"
  // (round 111): after a statement and "but", an imperative.
  const but = verdict.kind ? null : BUT_THEN.exec(raw);
  if (but) {
    const tail = directAskIn(raw.slice(but.index + but[0].length), c, people);
    if (tail) return tail;
  }
  // "Jeg skal lukke februar-regnskapet, så lever den i Visma senest i morgen" (round 119): after the
  // sender's own step and "so", an imperative with its time.
  const so = verdict.kind ? null : SO_THEN.exec(raw);
  if (so) {
    const rest = raw.slice(so.index + so[0].length);
    // An imperative, not a statement ("…, så har du den før møtet", "…, dus ik heb de offerte graag …").
    const tail =
      c.prep.test(rest.toLowerCase()) && !STATEMENT_AFTER_SO.test(rest) ? directAskIn(rest, c, people) : null;
    if (tail) return tail;
  }
  // "Ik ben vanaf vandaag tot en met vrijdag met vakantie, kun jij deze meneer terugbellen en uitzoeken
  // wat er … is gebeurd?" (round 110): after the sender's own absence and a comma, the ask.
  const away = raw.indexOf(', ');
  if (!verdict.kind && away > 0 && endsWithQuestion(raw) && c.outOfOffice.test(raw.slice(0, away).toLowerCase())) {
    const tail = directAskIn(raw.slice(away + 2), c, people);
    if (tail) return tail;
  }
  // "Ingrid, jeg setter deg på kopi fordi kunden vil ha en skriftlig avviksrapport – kan du sende den
  // direkte til dem i morgen?", "Ik zet je in de cc – kun je …?" (round 108): after what the sender
  // does or says, a dash and a direct question to the reader. Round 117: also a direct ask without a
  // question after the reader's copy and its reason ("Marte, du står på kopi fordi jeg også trenger en
  // liste … – send meg den i morgen").
  const beforeDash = dash ? raw.slice(0, dash.index).toLowerCase() : '';
  if (
    dash &&
    !verdict.kind &&
    (endsWithQuestion(raw) || (CC_FOR_INFO.test(beforeDash) && COPY_REASON.test(beforeDash))) &&
    !beforeDash.includes('?')
  ) {
    const asked = raw.slice(dash.index + dash[0].length);
    const tail = directAskIn(asked, c, people);
    if (tail && (!endsWithQuestion(raw) || SECOND_PERSON[c.lex.lang]?.test(asked.toLowerCase()) !== false)) return tail;
  }
  // "Prześlij mi proszę do piątku odczyty – wystarczy arkusz, nie musisz tego ładnie formatować",
  // "Please send me the readings by Friday – no need to format them" (round 103): what the reader need
  // not do, after a direct ask, only eases it.
  // Not a reminder of a fact ("Przypominam też, że od lipca odczyty będą zdalne – tam nie trzeba …").
  const cut = ASK_THEN_EASE.exec(raw);
  const eased = cut ? NEED_NOT[c.lex.lang].exec(raw.slice(cut.index).toLowerCase()) : null;
  if (
    cut &&
    eased &&
    !/(?<![\p{L}])(?:że|that|dass|dat|at)(?![\p{L}])/u.test(raw.slice(0, cut.index + eased.index).toLowerCase())
  ) {
    const head = judgeOnce(raw.slice(0, cut.index), c, people);
    if (head.kind && !head.other && head.direct) return head;
  }
  // "Ring henne tilbake før kl. 14 og bekreft 2 400 pakker – jeg har sjekket med produksjonen at det går"
  // (round 107): the sender's own note after a dash leaves the ask before it as it is.
  const noted = SPACED_DASH.exec(raw);
  if (
    noted &&
    noted.index >= 10 &&
    SENDER_NOTE[c.lex.lang].test(raw.slice(noted.index + noted[0].length).toLowerCase())
  ) {
    const head = judgeOnce(raw.slice(0, noted.index), c, people);
    if (head.kind && !head.other) return head;
  }
  // "Wenn du magst, schau dir den Entwurf bis Freitag an und sag mir, was du denkst" (round 108): an
  // ask after "if you like" that has its time or wants word back asks (not "Als je wilt, kijk even").
  const liking = IF_YOU_LIKE[c.lex.lang]?.exec(raw.toLowerCase());
  if (liking) {
    const rest = raw.slice(liking[0].length);
    const restLower = rest.toLowerCase();
    if (c.prep.test(restLower) || WORD_BACK[c.lex.lang].test(restLower)) {
      const asked = judgeOnce(rest, c, people);
      if (asked.kind && !asked.other && asked.direct) return asked;
    }
  }
  // "Ja, betal den.", "Yes, pay it.", "Tak, zamów je." (round 101): a yes before a direct ask, the
  // answer to the reader's question, is the ask (not a yes that only says go ahead: "Ja, doe maar!").
  const yes = YES_LEAD.exec(raw);
  if (yes && !GO_AHEAD.test(raw.slice(yes[0].length).toLowerCase())) {
    const rest = judgeOnce(raw.slice(yes[0].length), c, people);
    if (rest.kind && !rest.other && rest.direct) return rest;
  }
  return verdict;
}

/**
 * The sender's own note opening a clause: "jeg har sjekket …", "vi trenger ikke …", "I've checked …";
 * round 108: what the sender will have to do otherwise ("if it's not booked I'll need to ring round",
 * "sonst muss ich …", "anders moet ik …", "inaczej będę musiał …", "ellers må jeg …").
 */
const SENDER_NOTE: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|so)\s+)?(?:(?:i|we)(?:'ve| have| had| already| checked| don't need| do not need)\b|(?:otherwise|if not|if (?:it's|it is|they're|they are|that's|that is|it isn't|they aren't) not\b[^,;]{0,40}?,?|if (?:it|that|they) (?:isn't|aren't|hasn't|haven't|doesn't|don't)\b[^,;]{0,40}?,?)\s*(?:i|we)(?:'ll| will| need to| have to| must)\b|(?:i|we)(?:'ll| will) (?:need|have) to\b)/,
  nl: /^(?:(?:en|maar)\s+)?(?:(?:ik|we|wij) (?:heb|hebben|had|hadden|hoef|hoeven)(?![\p{L}])|(?:anders|zo niet|als (?:het|dat|die|ze) (?:niet|nog niet)(?![\p{L}])[^,;]{0,40}?,?)\s*(?:moet|moeten|ga|gaan) (?:ik|we|wij)(?![\p{L}]))/u,
  de: /^(?:(?:und|aber)\s+)?(?:(?:ich|wir) (?:habe|hab|haben|hatte|hatten|brauche|brauchen)(?![\p{L}])|(?:sonst|andernfalls|falls nicht|wenn (?:es|das|die|sie|er) (?:nicht|noch nicht)(?![\p{L}])[^,;]{0,40}?,?)\s*(?:muss|müssen|werde|werden) (?:ich|wir)(?![\p{L}]))/u,
  pl: /^(?:(?:a|i|ale)\s+)?(?:(?:sprawdził\p{L}*|rozmawiał\p{L}*|mamy już|nie musimy|nie potrzebujemy)(?![\p{L}])|(?:inaczej|w przeciwnym razie|jeśli nie(?![\p{L}])[^,;]{0,40}?,?|jeżeli nie(?![\p{L}])[^,;]{0,40}?,?)\s*(?:to\s+)?(?:będę|będziemy) (?:musiał|musiała|musieli|musiały)(?![\p{L}]))/u,
  nb: /^(?:(?:og|men|så)\s+)?(?:(?:jeg|vi) (?:har|hadde|trenger ikke|fikk|sjekket)(?![\p{L}])|(?:ellers|hvis ikke|hvis (?:det|den|de) ikke(?![\p{L}])[^,;]{0,40}?,?)\s*(?:må|skal) (?:jeg|vi)(?![\p{L}]))/u,
};

/** The first break after the ask of a line: a spaced dash, a comma or a semicolon. */
const ASK_THEN_EASE = /\s[–—]\s|[,;]\s/u;

/** What the reader need not do ("no need to format it", "nie musisz …", "du musst … nicht"). */
const NEED_NOT: Record<Lang, RegExp> = {
  en: /\b(?:no need to|you don't (?:need|have) to|you do not (?:need|have) to|needn't|it doesn't need to|it does not need to)\b/,
  nl: /(?<![\p{L}])(?:je hoeft|jij hoeft|jullie hoeven|u hoeft|niet nodig)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:du|ihr|sie) (?:musst|müsst|müssen|brauchst|braucht|brauchen) (?:\S+ ){0,4}?nicht|nicht nötig)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:nie musisz|nie musicie|nie trzeba|nie ma potrzeby|nie musi pan|nie musi pani)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:du|dere) (?:trenger|må) ikke|ikke nødvendig)(?![\p{L}])/u,
};

/** Consent and nothing more: "go ahead", "doe maar", "mach ruhig", "śmiało", "kjør på". */
const GO_AHEAD =
  /^(?:go ahead|go for it|do it|doe (?:dat |het )?maar|ga (?:je|uw|jullie) gang|mach (?:das |es )?(?:ruhig|nur|gerne|gern)|nur zu|śmiało|działaj|rób(?: to)?|kjør på|bare gjør det|gjør det)[\s.!]*$/u;

/** A yes that opens an answer ("Ja, …", "Yes – …", "OK, …"). */
const YES_LEAD =
  /^(?:yes|yep|yeah|ok|okay|sure|fine|ja|jo|jep|jepp|oké|prima|klar|jawohl|tak|dobrze|dobra|okej|okei|greit)\s*[,!–—-]\s+(?=\p{L})/iu;

/** "Wenn du magst, …", "Als je wilt, …", "Om du vil, …": a lead of the reader's liking. */
const IF_YOU_LIKE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:als|indien) (?:je|jij|u|jullie) (?:wilt|wil|willen|zin hebt|zin heeft|zin hebben|tijd hebt|tijd heeft|tijd hebben),\s*(?:dan\s+)?/u,
  de: /^(?:wenn|falls) (?:du|ihr|sie) (?:magst|mögt|mögen|möchtest|möchtet|möchten|willst|wollt|wollen|lust hast|lust habt|lust haben|zeit hast|zeit habt|zeit haben),\s*(?:dann\s+)?/u,
  nb: /^(?:hvis|om) (?:du|dere) (?:vil|ønsker|har lyst|har tid),\s*(?:så\s+)?/u,
};

/** Word back wanted: "sag mir", "laat me weten", "si fra" (see IF_YOU_LIKE). */
const WORD_BACK: Record<Lang, RegExp> = {
  en: /\b(?:let me know|tell me|get back to me)\b/,
  nl: /(?<![\p{L}])(?:laat (?:me|mij|ons|het)(?: \p{L}+){0,4}? weten|zeg (?:me|mij|ons)|meld (?:je|het)|mail (?:me|mij|ons))(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:sag|sagt|sagen sie|gib|gebt|geben sie|schreib|schreibt|schreiben sie|melde|meldet|melden sie) (?:mir|uns|dich|euch|sich|bescheid)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:daj|dajcie) (?:mi |nam )?znać|napisz (?:mi|nam)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:si (?:fra|ifra|hva)|gi (?:meg |oss )?beskjed|gi (?:meg |oss )?en lyd)(?![\p{L}])/u,
};

/** ", but", ", maar", ", aber", ", ale", ", men" before a word in lower case that is no pronoun or "yes" (see judgeWithLeadIn). */
const BUT_THEN =
  /,\s*(?:but|maar|aber|ale|men)\s+(?!(?:ja|jo|nee|nein|no|yes|tak|nie|i|ik|we|wij|ich|wir|jeg|vi|ja|my|he|she|they|it|hij|zij|ze|het|er|sie|es|han|hun|de|det|on|ona|oni)(?![\p{L}']))(?!(?:please\s+|bitte\s+|graag\s+)?(?:keep in mind|bear in mind|note that|be aware|houd er rekening mee|beachte|beachten sie)(?![\p{L}]))(?=\p{Ll})/u;

/** ", so", ", dus", ", więc", ", så" after the sender's own step, before what follows (see judgeWithLeadIn). */
const SO_THEN =
  /^(?:i|i'm|i'll|we're|we'll|ik|we|wij|ich|wir|ja|my|jeg|vi)\s[^,?]{3,120},\s*(?:so|dus|also|daher|więc|så)\s+(?=\p{Ll})/iu;
/** What follows "so" as a statement: a subject first, or after the verb ("så har du", "dus ik heb"). */
const STATEMENT_AFTER_SO =
  /^(?:(?:het|it|es|det|dat|das|there|er)|(?:\p{L}+\s+)?(?:du|dere|je|jij|u|jullie|ihr|sie|you|ik|i|ich|jeg|ja|we|wij|wir|vi|my))(?![\p{L}'])/iu;

/** A dash with a space each side, between two parts of a line ("… – Ty prowadziłeś …", "Du nevnte … – last opp …"). */
const SPACED_DASH = /\s[–—]\s/u;

/** A line about what the reader said or did ("Du nevnte at …", "You mentioned …", "Wspominałeś, że …"). */
const READER_DID =
  /^(?:you (?:mentioned|said|told|wrote|asked|were|had|have|'ve)|(?:du|dere) (?:nevnte|sa|skrev|spurte|fortalte|var|hadde|har)|(?:du|ihr) (?:hast|hattest|warst|habt|wart|sagtest|meintest|schriebst)|(?:je|jij|u|jullie) (?:zei|zeiden|schreef|vroeg|noemde|had|was|hebt|heeft|hadden)|\p{L}+(?:łeś|łaś|liście|łyście))(?![\p{L}])/u;

/**
 * The reader's name as a whole word, not only its first letters ("Boerderijwinkel:" is no
 * "Boersma", "Vervoer:" no "Verhoef"): an item is the reader's task only on a name that close.
 */
function closeName(readerNames: string[], name: string): boolean {
  return readerNames.some(
    (r) => r.length >= 2 && (name.startsWith(r) || r.startsWith(name)) && Math.abs(r.length - name.length) <= 2,
  );
}

/** A line that opens with a condition ("If …", "Als …", "Falls …", "Jeśli …", "Hvis …"). */
const CONDITION_LEAD =
  /^(?:(?:and|but|en|maar|und|aber|a|i|ale|og|men)\s+)?(?:if|should|in case|als|indien|mocht|mochten|falls|wenn|sollte|sollten|jeśli|jeżeli|gdyby|w razie|hvis|dersom)\s/iu;

/** "and" at the end of a clause, in each language. */
const AND_AT_END = new RegExp(String.raw`(?:^|\s)${AND_WORD}[\s,]*$`, 'u');

/**
 * "Can you check the list and let me know if anything is wrong?", "Kan du se over lista og si fra om
 * noe er feil?": a direct ask joined by "and" to what only looks like a courtesy offer asks; the
 * negative cue rules out a sentence that is only the offer.
 */
function askBeforeCourtesy(s: string, c: CompiledLexicon): boolean {
  let at = s.length;
  for (const re of c.notRequests) {
    const m = re.exec(s);
    if (m && m.index < at) at = m.index;
  }
  const before = s.slice(0, at);
  return (
    AND_AT_END.test(before) &&
    c.requests.some((r, i) => r.direct === true && i !== c.requests.length - 1 && r.re.test(before))
  );
}

/** `lower`: `raw` lower-cased, when known. */
/** A word in lower case opening a line, before the rest of it in lower case ("chloe can u …"). */
const LOWER_VOCATIVE = /^(\p{Ll}{3,})[,:]?\s+(?=\p{Ll})/u;

/**
 * Flemish "gij"/"ge" (you), "zijt" (are) and "kunde", "hebde" (can you, have you), read as the "u",
 * "bent", "kunt u" and "hebt u" the Dutch model learned from the Netherlands' forms.
 */
const FLEMISH_YOU = /(?<![\p{L}])(?:(?:kunde|hebde)(?: gij| ge)?|gij|ge|zijt)(?![\p{L}])/u;
const FLEMISH_YOU_ALL = new RegExp(FLEMISH_YOU.source, 'gu');
const fromFlemish = (words: string) =>
  words.startsWith('kunde') ? 'kunt u' : words.startsWith('hebde') ? 'hebt u' : words === 'zijt' ? 'bent' : 'u';

function judgeOnce(raw: string, c: CompiledLexicon, people: People, lower?: string): SentenceVerdict {
  const { readerNames, otherNames } = people;
  // "- Koen: bonnetjes verzamelen", "- Oliver to circulate the draft", "3. Anna – slides": a listed
  // item that names the reader as its owner is the reader's task, whatever its form.
  let readerItem = false;
  if (c.lex.lang === 'en' && raw.charCodeAt(0) !== 64) {
    const item = ACTION_ITEM.exec(raw);
    const who = item?.[1]?.toLowerCase() ?? '';
    if (item && !isLabelWord(who) && !NOT_A_NAME.test(who)) {
      if (!readerNames.some((r) => sameName(r, who))) return { kind: null, other: true };
      readerItem = closeName(readerNames, who);
    }
  }
  // "(Actie: Youssef – rooster aanleveren)", "Action: Priya – book the van": the owner an item of
  // the minutes names.
  const owner = raw.includes(':') ? ACTION_OWNER[c.lex.lang]?.exec(withoutBullet(raw)) : undefined;
  if (owner) {
    const who = owner[1]!.toLowerCase();
    // Known by the first letter when the address gives only that ("y.amrani@" for "Youssef") and
    // no other recipient's name starts with it.
    const initial = foldedInitial(NICKNAMES.get(who) ?? who);
    const byInitial = initialPointsToReader(initial, who, people);
    if (c.groupWords.test(who) || byInitial || readerNames.some((r) => closeName([r], who) || sameName(r, who)))
      readerItem = true;
    else return { kind: null, other: true, person: true };
  }
  let s = withoutBullet(raw);
  const unbulleted = s;
  // The item after its owner: "vóór 20 februari rooster aanleveren".
  if (owner) s = s.slice(owner[0].length).replace(/^\s*[–—:-]?\s*/u, '');
  if (s.length > 1000) s = s.slice(0, 1000);
  let addressed = owner ? null : nameTurnedTo(s);
  /** Whether the line turns to the reader by name ("Iwona, faktura … już poszła?"). */
  let toReader = false;
  if (!addressed && !owner) {
    // "Re the cracks on stair 2: Tomek, please book…": the name right after a short lead-in.
    const lead = colonWithin(s, 80) ? LEAD_IN.exec(s) : null;
    const rest = lead ? s.slice(lead[0].length) : '';
    const after = lead && !LISTED_AFTER.test(rest) ? nameTurnedTo(rest) : null;
    if (lead && after) {
      s = s.slice(lead[0].length);
      addressed = after;
    }
  }
  // "chloe can u ring mrs okafor back …": the reader's first name typed in lower case before the
  // line turns to her (round 51; not a common word of the language).
  if (!addressed && !owner) {
    const lowerName = LOWER_VOCATIVE.exec(s);
    const word = lowerName?.[1] ?? '';
    if (lowerName && !c.commonWords.has(word) && readerNames.some((r) => sameName(r, word))) {
      s = s.slice(lowerName[0].length);
      toReader = true;
    }
  }
  if (addressed) {
    // "Frau Weber, könnten Sie …": the title's surname is the name.
    const first = addressed[1] ?? '';
    // "- Natalia Lewandowska – przygotuje …" read by n.lewandowska@: a first name with the reader's
    // initial before the reader's surname is the reader, also when only the address names her.
    const surname = !c.titles.test(first) && (addressed[2]?.length ?? 0) > 2 ? addressed[2]!.toLowerCase() : '';
    const bySurname =
      surname !== '' && closeName(readerNames, surname) && people.readerInitials.includes(foldedInitial(first));
    const name = bySurname ? surname : (c.titles.test(first) ? (addressed[2] ?? first) : first).toLowerCase();
    const namedReader = readerNames.some((r) => sameName(r, name));
    const explicit = explicitlyAddressed(s, addressed, hasBullet(raw));
    const isOther = otherNames.some((o) => sameName(o, name));
    // "Kurze Frage:", "Quick question:": a label of two words.
    const labelWord =
      (c.commonWords.has(name) && !(WORD_NAMES.has(name) && /^\p{Lu}/u.test(first) && /,\s*$/.test(addressed[0]))) ||
      ADDITIVE[c.lex.lang].test(name) ||
      isLabelWord(name) ||
      // Not a second first name that is also a word ("Nils Anders, kan du …", round 119).
      (addressed[2] !== undefined &&
        isLabelWord(addressed[2]) &&
        (c.commonWords.has(name) || !/^\p{Lu}/u.test(first) || /:\s*$/.test(addressed[0]))) ||
      // "Påskevaktene: alle på desken må …", "Timesheets: everyone needs to …": a heading over a
      // duty of the group, not a name.
      (/:\s*$/.test(addressed[0]) && GROUP_LEAD.test(s.slice(addressed[0].length).toLowerCase())) ||
      // "Wpiszcie, proszę, swoje dni urlopu …" to a list (round 105): a Polish plural imperative, no name.
      (c.lex.lang === 'pl' && name.endsWith('cie') && c.any.test(name.slice(0, -3), 0, c.requests.length));
    const initial = foldedInitial(NICKNAMES.get(name) ?? name);
    // While the reader's first name is unknown (i.postma@), a first name with the reader's initial
    // may be the reader's.
    const initialFits =
      people.readerInitials.includes(initial) && !readerNames.some((r) => foldedInitial(r) === initial);
    // "- Ingrid: wil jij …", "@Sanne: kun jij …" read by i.postma@ and s.vermeer@: addressed by a
    // name with the reader's initial and no other recipient's, that name is the reader's.
    // "Pani Iwono, czy …" read by i.kowalska@: Polish addresses by title and first name.
    const titledFirstName = c.lex.lang === 'pl' && initialFits;
    // "Panie Jacku – proszę o …" read by j.witkowski@ among m.… and b.…: the title's first name has
    // the reader's initial and no other recipient's.
    // Round 101: not the heading of a numbered item before its colon ("2. Financiën: begroting
    // vastgesteld" read by f.jansen@), which only an exact name turns to the reader (not "4. Marek –
    // potrzebuję od Ciebie …").
    const byInitial =
      (initialNamesReader(name, first, people, c) ||
        (titledFirstName && c.titles.test(first) && initialPointsToReader(initial, name, people))) &&
      !labelWord &&
      !INTERJECTION.test(name) &&
      !(NUMBERED_ITEM.test(raw) && /:\s*$/.test(addressed[0]));
    const isReader = namedReader || byInitial;
    // "Herr Wirth, bitte …" to a list: a title and a surname that is not the reader's name someone else.
    const titled = c.titles.test(first) && addressed[2] !== undefined && readerNames.length > 0 && !titledFirstName;
    // "Jonas, kannst du …" read by Hanna: a first name that cannot be the reader's asks someone else.
    const notReader =
      people.readerInitials.length > 0 &&
      !c.titles.test(first) &&
      !people.readerInitials.includes(initial) &&
      !people.readerInitials.includes(foldedInitial(name)) &&
      !c.groupWords.test(name) &&
      !INTERJECTION.test(name) &&
      // "Øyvind, kan du bestille …" to lab-team@, read by sander.holm@: on a mail to a list, a
      // first name that cannot be the reader's picks out someone else.
      (people.otherInitials.includes(initial) ||
        people.namedInText(first) ||
        (people.viaList && TURNS_TO_YOU[c.lex.lang].test(s.slice(addressed[0].length).toLowerCase())));
    // "Oh – could you send me …": an interjection alone before a dash is no name.
    const exclaims =
      addressed[2] === undefined &&
      /^(?:oh|ohh|ah|ahh|aha|ach|och|oj|åh|hmm|ok|okay|so|well|right|anyway|tja)$/.test(name);
    // "- Alle: husk å signere …", "Everyone: please …": a line turned to the whole group is the
    // reader's too (round 50).
    const toGroup = c.groupWords.test(name) && addressed[2] === undefined;
    if (!isReader && !labelWord && !toGroup && !exclaims && (isOther || explicit || titled || notReader))
      return { kind: null, other: true, person: isOther || notReader };
    // "- Kasia – aktualizacja harmonogramu …" read by katarzyna.…@: the everyday form of her name.
    if (isReader && explicit && !labelWord && hasBullet(raw))
      readerItem = byInitial || closeName(readerNames, NICKNAMES.get(name) ?? name);
    if (isReader || isOther || explicit) s = s.slice(addressed[0].length);
    toReader = isReader && !labelWord && !exclaims;
  }
  // Lower-cased once for the whole mail where nothing but a bullet was cut off.
  s = lower !== undefined && s === unbulleted ? withoutBullet(lower) : s.toLowerCase();
  if (people.nynorsk) s = s.replace(NYNORSK_YOU, 'dere');
  // "Hebt gij die al goed ontvangen?", "Zijt ge goed thuisgekomen?": Flemish forms read as the
  // Netherlands' ones the cues and the model know (round 81).
  else if (c.lex.lang === 'nl' && FLEMISH_YOU.test(s)) s = s.replace(FLEMISH_YOU_ALL, fromFlemish);
  const hits = c.any.matching(s, 0, c.cues);
  const anyCue = hits.length > 0;
  const negative = anyCue && negativeAmong(hits, c);
  if (readerItem) {
    if (negative) return { kind: null, other: false };
    const kind: RequestKind = endsWithQuestion(s) ? 'question' : 'action';
    return { kind, other: false, score: SURE, direct: true };
  }
  if (!anyCue && c.lex.lang !== 'en') return { kind: null, other: false };
  if (negative && !askBeforeCourtesy(s, c)) return { kind: null, other: false };
  const lang = c.lex.lang;
  const weights = modelOf(lang);
  if (weights) {
    // No negative cue fired (checked above), so only the others need looking for.
    const fired: number[] = [];
    const cues = anyCue ? cuesOf(s, c, false, fired, hits) : [];
    // Swiss German has no "ß": its "weisst" is read as the model's "weißt".
    const restore = c.plain
      ? vocabularyRestorer(weights, (w) => plainWord(w, lang))
      : mayBeVariant(s, lang)
        ? vocabularyRestorer(weights, (w) => variantWord(w, lang), 'variant')
        : undefined;
    const z = sentenceScore(s, cues, weights, lang, restore);
    // The model decides; a strong hand-written cue (not just the question mark, the last cue)
    // lowers the bar.
    let strong = false;
    let decisive = false;
    let approval = false;
    let direct = false;
    for (const i of fired) {
      const cue = c.requests[i]!;
      if (i !== c.requests.length - 1) strong = true;
      if (cue.decisive) decisive = true;
      if (cue.direct) direct = true;
      if (cue.kind === 'approval') approval = true;
    }
    // "Iwona, faktura dla filharmonii już poszła?": a question turned to the reader by name is put
    // to her, as surely as a hand-written cue would say.
    if (toReader && endsWithQuestion(s)) strong = true;
    const margin = MARGINS[lang];
    if (!decisive && z < (strong ? margin.strong : margin.base)) {
      // "Byłoby super, gdybyś rzucił na nią okiem i powiedział, co wyciąć – Ty prowadziłeś te zajęcia w
      // zeszłym roku i wiesz, co u nich działa" (round 94): a direct ask before a dash, whose reason
      // after it (about the reader, or with "because") weighs the line down, is judged on its own.
      const dash = direct ? SPACED_DASH.exec(raw) : null;
      if (dash && dash.index >= 20 && REASON_TO_READER.test(raw.slice(dash.index + dash[0].length))) {
        const head = judgeOnce(raw.slice(0, dash.index), c, people);
        if (head.kind && !head.other) return head;
      }
      // Round 118: "Bel mevrouw Marta en regel de ophaaldetails, want ik ben tot vrijdag op de beurs":
      // also a reason or the sender's whereabouts after a comma.
      const comma = direct ? REASON_AFTER_COMMA.exec(raw) : null;
      // Not what a third party wants ("Ze wil het graag binnen drie dagen hebben, want …").
      if (comma && comma.index >= 15 && !THIRD_PERSON_FIRST.test(raw)) {
        const head = judgeOnce(raw.slice(0, comma.index), c, people);
        if (head.kind && !head.other && head.direct) return head;
      }
      return { kind: null, other: false };
    }
    // "Nordlysfisk kommer på besøk torsdag kl. 10 …", "Um 11 haben wir den Termin mit Herrn Richter":
    // outside English, a line only a meeting word points at asks when it speaks to the reader.
    if (fired.length === 0 && lang !== 'en' && cues.includes('meeting') && SECOND_PERSON[lang]?.test(s) === false)
      return { kind: null, other: false };
    const first = fired.length > 0 ? c.requests[fired[0]!] : undefined;
    let kind: RequestKind = approval ? 'approval' : (first?.kind ?? (endsWithQuestion(s) ? 'question' : 'action'));
    if (cues.includes('meeting') && kind !== 'approval') kind = 'meeting';
    return { kind, other: false, score: decisive ? Math.max(z, SURE) : z, direct };
  }
  for (const cue of c.requests) {
    if (cue.re.test(s)) {
      let kind = c.requests.some((r) => r.kind === 'approval' && r.re.test(s)) ? 'approval' : cue.kind;
      if (c.meeting.test(s) && kind !== 'approval') kind = 'meeting';
      return { kind, other: false };
    }
  }
  return { kind: null, other: false };
}

/**
 * "Willen jullie dit vrijdag bij mij aanleveren?", "kun jij … mij die dinsdag 9.00 uur toesturen?",
 * "Can you send me the figures Friday?": a verb that hands something over; a date right beside it,
 * even without "by", says when the thing is due (not one a few words off, which names the thing:
 * "the tickets for the 12 March collections").
 */
const HAND_OVER: Record<Lang, RegExp> = {
  en: /\b(?:send|email|e-mail|forward|return|submit|hand (?:in|over)|drop (?:off|in)|deliver|upload|post)\b/,
  nl: /(?<![\p{L}])(?:stuur|stuurt|sturen|toesturen|opsturen|doorsturen|terugsturen|aanleveren|leveren|inleveren|mailen|mail|uploaden|bezorgen|afgeven)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:schick|schicke|schickt|schicken|zuschicken|senden|sende|zusenden|liefern|abgeben|einreichen|mailen|zurückgeben|hochladen|weiterleiten|übermitteln)(?![\p{L}])/u,
  // Round 120: "przesłałbyś", not the sender's past "co Ci wysłałem w piątek".
  pl: /(?<![\p{L}])(?:prześlij|przesłać|przesłał\p{L}*by\p{L}*|wyślij|wysłać|wysłał\p{L}*by\p{L}*|dostarcz|dostarczyć|dostarczył\p{L}*by\p{L}*|oddaj|oddać|złóż|złożyć|przekaż|przekazać|wgraj|wgrać)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:send|sende|sendt|lever|levere|levert|returner|returnere|last opp|laste opp|oversend|oversende)(?![\p{L}])/u,
};

/**
 * "Sind die Tollwut-Impfstoffe für die Impfaktion nächste Woche schon bestellt?", "Has the van for
 * Friday already been booked?": whether a thing is done yet; its date says what the thing is for.
 */
const DONE_YET: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|also)\s+)?(?:is|are|has|have|was|were)\s[^?]*\b(?:already|yet)\b[^?]*\?\s*$/,
  nl: /^(?:(?:en|ook)\s+)?(?:is|zijn|heb|heeft|hebben|werd|werden)\s[^?]*(?<![\p{L}])(?:al|reeds)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|auch)\s+)?(?:ist|sind|hast|habt|haben|hat|wurde|wurden)\s[^?]*(?<![\p{L}])(?:schon|bereits)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:a|i)\s+)?czy\s+(?:\S+\s+){0,6}?(?:jest|są|został|została|zostało|zostały|zostali)\s+(?:\S+\s+){0,2}?już(?![\p{L}])[^?]*\?\s*$|^(?:(?:a|i)\s+)?czy\s+już\s[^?]*\?\s*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:er|har|ble)\s[^?]*(?<![\p{L}])allerede(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * "Er tappelinja ledig en dag neste uke, eller …?", "Do the empty pallets still need to go back with
 * this week's pickup, or …?": a yes/no question about a thing, not turned to the reader; its date is
 * what is asked about, not by when (a date with its own "by" still is one).
 */
const FACT_QUESTION: Record<Lang, RegExp> = {
  en: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:is|are|was|were|do|does|did|has|have|should|shall|will|would)\s+(?!(?:you|we|i|u)\b|(?:it|there) (?:any )?(?:possible|possibility|chance|way)\b)[^?]*\?\s*$/,
  nl: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:is|zijn|was|waren|moet|moeten|gaat|gaan|komt|komen|heeft|hebben|wordt|worden|staat|staan)\s+(?!(?:je|jij|u|jullie|we|wij|ik)(?![\p{L}])|het (?:mogelijk|haalbaar)(?![\p{L}])|er (?:een )?(?:mogelijkheid|kans)(?![\p{L}]))[^?]*\?\s*$/u,
  de: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:ist|sind|war|waren|muss|müssen|soll|sollen|kommt|kommen|geht|gehen|hat|haben|wird|werden|steht|stehen)\s+(?!(?:du|ihr|sie|wir|ich)(?![\p{L}])|(?:es|das) (?:\S+\s+)?möglich(?![\p{L}]))[^?]*\?\s*$/u,
  pl: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}czy\s+(?!(?:\S+\s+){0,2}?(?:możesz|możecie|mógłbyś|mogłabyś|moglibyście|może pan|może pani|dasz|dacie|zdążysz|zdążycie|masz|macie|wiesz|wiecie|pan|pani|państwo|ty|wy)(?![\p{L}]))[^?]*\?\s*$/u,
  nb: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:er|var|skal|må|kommer|går|har|blir|står)\s+(?!(?:du|dere|vi|jeg)(?![\p{L}])|det (?:\S+\s+)?(?:mulig|en mulighet|sjanse)(?![\p{L}]))[^?]*\?\s*$/u,
};

/** Questions about a fact ("do you know whether…"), whose dates are not a deadline unless "by" says so. */
const ASKS_WHETHER: Record<Lang, RegExp> = {
  en: /\b(?:do|does) (?:you|anyone|anybody) (?:know|remember)\b/,
  nl: /\b(?:weet|weten) (?:je|jij|u|jullie|iemand|ge|gij)\b/,
  de: /\b(?:weißt|weisst) du\b|\b(?:wisst ihr|wissen sie|weiß jemand)\b/,
  // Round 10 also the formal form with the verb first: "czy wie Pani, czy …", "czy wiedzą Państwo, …".
  // Round 47: also without "czy" before it ("wiesz może, czy piec ktoś już naprawił …?").
  pl: /(?:^|\s)czy (?:wiesz|wiecie|pan wie|pani wie|ktoś wie|wie pan|wie pani|wiedzą państwo|państwo wiedzą)(?=[\s,.!?]|$)|(?:^|[\s,])(?:wiesz|wiecie)(?: może)?,? (?:czy|kiedy|gdzie|kto)(?![\p{L}])/u,
  nb: /(?:^|\s)vet (?:du|dere|noen)(?=[\s,.!?]|$)/u,
};

/**
 * "… is fine", "… would be ideal", "reicht", "wystarczy", "holder": a sentence after an ask that
 * says what time the sender accepts for it.
 */
// Round 124: also "not needed before" the time ("Trenger det ikke før neste uke", "I don't need it
// before next week", "Ich brauche es erst nächste Woche", "Ik heb het pas volgende week nodig").
const TIME_IS_FINE: Record<Lang, RegExp> = {
  en: /\b(?:i|we) (?:don't|do not|won't|will not) need (?:it|them|this|that) (?=(?:until|before|till)\s)|\b(?:is|'s|are|would be|will be|should be|works|work) (?:(?:perfectly|totally|absolutely|also|still|more than) )?(?:fine|ok|okay|ideal|great|perfect|enough|early enough|soon enough|in time|plenty|lovely|brilliant|brill|fab|fantastic|grand|super|spot on)\b|\bwould (?:be ideal|suit|work)\b|\bwill do\b|^(?:great|ideal|perfect|fine)(?=,? if )|\b(?:i'm|i am|i'll be|i will be|we're|we are|we'll be) (?:(?:very|perfectly|more than|quite) )?(?:happy|content|satisfied)(?=\s*(?:[.!,;]|$))/,
  nl: /(?<![\p{L}])(?:heb|hebben) (?:het|ze|hem|die|dat) pas(?=\s)|(?<![\p{L}])(?:(?:is|zijn|zou|zou ook|is ook|is nog|is ook nog|zijn ook|zijn ook nog|lijkt me) (?:prima|goed|ok|oké|vroeg genoeg|op tijd|ruim op tijd|ideaal|perfect|voldoende|genoeg)|(?<=\p{L}\s)is het (?:(?:ook|dus|helemaal|echt) )?(?:prima|goed|ok|oké|ideaal|perfect|voldoende)|volstaat|kan ook nog|mag ook)(?![\p{L}])|^(?:fijn|prima|top|mooi|ideaal)(?=,? (?:als|indien) )|(?<![\p{L}])(?:ben ik|zijn we|zijn wij) (?:(?:al|ook|heel|helemaal|dik|zeer|best) )?(?:tevreden|blij|gelukkig)(?=\s*(?:[.!,;]|$))/u,
  de: /(?<![\p{L}])(?:brauche|brauchen) (?:es|sie|das|ihn) erst(?=\s)|(?<![\p{L}])(?:reicht(?: (?:mir|uns|völlig|auch))?|genügt|(?:ist|wäre) (?:(?:das|es) )?(?:auch |völlig |noch |total |absolut )?(?:ok|okay|in ordnung|früh genug|rechtzeitig|ideal|perfekt|ausreichend|gut|prima|super)|passt (?:mir|uns|auch|gut))(?![\p{L}])|^(?:super|prima|gut|toll|ideal|perfekt)(?=,? (?:wenn|falls) )|(?<![\p{L}])(?:bin ich|sind wir) (?:(?:schon|auch|sehr|völlig|vollkommen|voll) )?(?:zufrieden|glücklich|froh)(?=\s*(?:[.!,;]|$))/u,
  pl: /(?<![\p{L}])(?:wystarczy|wystarczą|(?:będzie|jest|byłoby) (?:dobrze|ok|okej|w porządku|idealnie|super|wystarczająco)|(?<=,\s)to (?:(?:też|jeszcze|całkowicie|zupełnie|jest) )?(?:w porządku|ok|okej|super|spoko)|może być(?!\s+(?:różnie|ciężko|trudno|gorzej|źle|problem\p{L}*|kłopot\p{L}*|niebezpiecznie|ślisko|mokro|zimno|gorąco|tłoczno))|zdążysz|zdążymy)(?![\p{L}])|^(?:super|dobrze|idealnie|fajnie|świetnie)(?=,? (?:jeśli|jeżeli|gdyby|gdy) )|(?<![\p{L}])(?:będę|będziemy) (?:(?:już|bardzo|w pełni|całkowicie) )?(?:zadowolony|zadowolona|zadowoleni|szczęśliwy|szczęśliwa)(?=\s*(?:[.!,;]|$))/u,
  nb: /(?<![\p{L}])trenger (?:det|den|dem) ikke(?=\s+før\s)|(?<![\p{L}])(?:holder(?: fint| godt| lenge)?|(?:er|blir|hadde vært) (?:det )?(?:greit|fint|ok|tidsnok|godt nok|perfekt|ideelt|flott|helt greit|helt fint|i orden)|går (?:fint|bra|greit)|rekker)(?![\p{L}])|^(?:fint|flott|greit|supert|topp)(?=,? (?:om|hvis|dersom) )|(?<![\p{L}])(?:er jeg|er vi|blir jeg|blir vi) (?:(?:godt|helt|veldig|mer enn) )?(?:fornøyd|fornøyde|glad|glade)(?=\s*(?:[.!,;]|$))/u,
};

/**
 * "The deadline is Friday", "Termin, zgodnie ze statutem, mija 15 grudnia", "Die Frist endet am …":
 * a line that says when the deadline falls; not one that names what else it is for ("Termin na
 * wniesienie apelacji upływa …", "Die Abgabefrist für die Steuererklärungen endet …"), which may be
 * another thing's.
 */
const DEADLINE_IS: Record<Lang, RegExp> = {
  en: /\b(?:the\s+)?(?:deadline|cut-?off|closing date)(?:,\s*[^,.;:?!]{1,40},)?\s+(?:is|will be|falls on|expires(?: on)?|closes(?: on)?)\b/,
  nl: /(?<![\p{L}])(?:de\s+)?(?:deadline|termijn|uiterste datum|sluitingsdatum)(?:,\s*[^,.;:?!]{1,40},)?\s+(?:is|ligt op|valt op|verstrijkt(?: op)?|loopt af(?: op)?|sluit(?: op)?)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:die\s+)?(?:frist|deadline|abgabefrist|einreichungsfrist|anmeldefrist|meldefrist)(?:,\s*[^,.;:?!]{1,40},)?\s+(?:ist|endet|läuft ab|läuft)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:termin|deadline)(?:,\s*[^,.;:?!]{1,40},)?\s+(?:mija|upływa|przypada|to|jest|mamy|macie)(?![\p{L}])/u,
  // "Fristen deres er 2.12.": the possessive after its noun.
  nb: /(?<![\p{L}])(?:fristen|deadline|innleveringsfristen|søknadsfristen|svarfristen)(?:\s+(?:deres|vår|hans|hennes|min|din|sin))?(?:,\s*[^,.;:?!]{1,40},)?\s+(?:er|går ut|utløper)(?![\p{L}])/u,
};

/**
 * "Kan du ringe fru Dahle og si at vi kommer i morgen? Må gjøres før kl 14.", "Could you call the
 * client? Has to be done by noon.": the line after an ask that opens with a duty and no subject of its
 * own says by when the thing asked is due.
 */
/** "must" and its kin, not "should" or the Norwegian "skal" (a plan as often as a duty). */
const MUST_NOW =
  /^(?:(?:og|men|and|but|so|en|maar|und|aber|i|ale)\s+)?(?:\p{L}+\s+)?(?:må|maa|must|has to|have to|moet|moeten|muss|müssen|muß|musi|muszą|trzeba|należy)(?![\p{L}])/u;

const MUST_FIRST: Record<Lang, RegExp> = {
  en: /^(?:(?:and|but|so)\s+)?(?:(?:it|this|that|they|both)\s+)?(?:must|has to|have to|needs? to|should)\s+be(?![\p{L}])/u,
  nl: /^(?:(?:en|maar)\s+)?(?:(?:het|dit|dat|ze|allebei)\s+)?(?:moet|moeten)(?!\s+(?:ik|we|wij|jij|je|u|hij|zij)(?![\p{L}]))(?![\p{L}])/u,
  de: /^(?:(?:und|aber)\s+)?(?:(?:das|es|sie|beides)\s+)?(?:muss|müssen|muß|sollte|sollten)(?!\s+(?:ich|wir|du|er|man)(?![\p{L}]))(?![\p{L}])/u,
  pl: /^(?:(?:i|ale)\s+)?(?:(?:to|musi)\s+)?(?:musi|muszą|trzeba|należy)(?![\p{L}])/u,
  nb: /^(?:(?:og|men)\s+)?(?:(?:det|dette|den|de|begge)\s+)?(?:må|maa|skal)(?!\s+(?:jeg|vi|du|han|hun)(?![\p{L}]))(?![\p{L}])/u,
};

/** A preference that opens a line before its time ("Het liefst morgen …", "Ideally by Friday, …"). */
const PREFERRED_TIME =
  /^(?:ideally|preferably|(?:het )?liefst|bij voorkeur|idealerweise|am besten|am liebsten|najlepiej|helst|aller helst)[,]?\s+/u;

/** What may stand before the time in a line that is only the time ("And", "Ideally", "Bitte"). */
const TIME_LEAD =
  /^\s*(?:(?:and|but|or|so|ideally|preferably|en|maar|of|liefst|het liefst|bij voorkeur|und|aber|oder|idealerweise|am besten|am liebsten|bitte|gerne|i|a|ale|lub|albo|najlepiej|og|men|eller|helst|gjerne)[,]?\s+)?(?:(?:noch|nog|jeszcze)\s+)?$/u;

/**
 * After the time, in a line that is only the time: the end, or a softener and what follows it
 * ("This week ideally, as …", "Freitag wäre super.", "Jutro, jeśli się da."), or why it is that time
 * ("Liefst voor het eind van de week, dan kan ie maandag live", "Helst i løpet av uka, så jeg rekker …").
 */
const TIME_ONLY_AFTER: Record<Lang, RegExp> = {
  en: /^\s*(?:[.!]?\s*$|,?\s*(?:ideally|please|pls|if (?:possible|you can|at all possible|that works)|at the latest|latest|preferably|would be (?:great|ideal|good|best|perfect)|so|so that|as|because|since|then)\b)/,
  nl: /^\s*(?:nog(?![\p{L}])\s*)?(?:[.!]?\s*$|,?\s*(?:graag|liefst|bij voorkeur|als het kan|als het lukt|uiterlijk|op zijn laatst|svp|aub|alsjeblieft|alstublieft|zou (?:fijn|mooi|top|ideaal) zijn|dan|zodat|want|omdat)(?![\p{L}]))/u,
  de: /^\s*(?:noch(?![\p{L}])\s*)?(?:[.!]?\s*$|,?\s*(?:bitte|gerne|gern|idealerweise|am besten|wenn (?:möglich|es geht|es klappt)|falls möglich|spätestens|(?:wäre|wär|wär's|wärs) (?:super|toll|gut|prima|ideal|klasse|top|spitze)|dann|damit|weil|da|sodass|so dass)(?![\p{L}]))/u,
  pl: /^\s*(?:[.!]?\s*$|,?\s*(?:proszę|najlepiej|jeśli (?:można|się da|to możliwe)|jeżeli (?:można|się da)|najpóźniej|idealnie|byłoby (?:super|idealnie|świetnie)|żeby|bo|aby|abym|abyśmy|wtedy)(?![\p{L}]))/u,
  nb: /^\s*(?:[.!]?\s*$|,?\s*(?:takk|gjerne|helst|om mulig|hvis mulig|senest|hvis du rekker|hadde vært (?:fint|flott|topp|supert)|er fint|så|slik at|fordi|da)(?![\p{L}]))/u,
};

/** TIME_IS_FINE, to find each place in a sentence. */
const TIME_IS_FINE_ALL = Object.fromEntries(
  Object.entries(TIME_IS_FINE).map(([lang, re]) => [lang, new RegExp(re.source, `${re.flags}g`)]),
) as Record<Lang, RegExp>;

/** Being content, among what TIME_IS_FINE finds: said of having the thing, not of a thing. */
const CONTENT_WORD =
  /(?:happy|content|satisfied|tevreden|blij|gelukkig|zufrieden|glücklich|froh|zadowol|szczęśliw|fornøyd|glad)/u;

/**
 * Round 112. "als het volgende week lukt is het prima", "if next week works, that's fine", "wenn es
 * nächste Woche klappt, ist das ok", "jeśli uda się w przyszłym tygodniu, to w porządku": a time in a
 * condition that it suits, then what is fine. `IF_BEFORE` before the time, `IT_WORKS_THEN` after it.
 */
const IF_BEFORE =
  /(?:^|[\s,])(?:if|als|indien|wenn|falls|jeśli|jeżeli|jak|gdyby|hvis|om|dersom)\s+(?:\p{L}+\s+){0,3}$/iu;
const IT_WORKS_THEN =
  /^\s*(?:(?:works|suits|lukt|gaat|past|klappt|geht|passt|går|passer)(?:\s+(?:for you|voor je|voor jou|für dich|dir|for deg|deg))?)?\s*,?\s*(?:(?:then|dan|dann|to|så)\s+)?(?:(?:that|it|this|het|das|es|det)\s*)?$/iu;

/** "… habe, (dann) …": the gap between a time and what is fine that closes a condition of having the thing. */
const HAVE_IT_THEN =
  /^\s+(?:\p{L}+\s+)?(?:habe|hab|bekomme|kriege|erhalte|heb|krijg|ontvang|have|get|har|får|mam|dostanę|otrzymam)\s*,?\s*(?:(?:dann|dan|then|så|to)\s+)?$/iu;

/** "if I get it", "als ik het … heb", "jeśli będę je mieć", "har jeg den": a condition of having, just before a time. */
const HAVING_BEFORE =
  /(?:(?:^|[\s,])(?:if|when|once|als|zodra|wenn|sobald|jeśli|jeżeli|gdy|om|hvis|dersom|når)\s+(?:\p{L}+\s+){0,3}?(?:have|get|receive|heb|krijg|ontvang|habe|bekomme|erhalte|mam|mieć|dostanę|otrzymam|har|får)|(?:^|[\s,])(?:har|får) (?:jeg|vi))(?:\s+\p{L}+){0,2}\s+$/iu;

/**
 * ", if I get it", "om jeg får det", ", wenn ich sie", "at jeg får dem" (round 55): a short condition
 * between "is fine" and its time. Round 63: also "when" ("wystarczy jak to ogarniesz w przyszłym
 * tygodniu", "it's fine when you do it next week").
 */
const FINE_IF =
  /^,?\s*(?:if|when|als|indien|wanneer|wenn|falls|sofern|jeśli|jeżeli|gdy|jak|kiedy|om|hvis|dersom|når|at|dat|dass|że)\s[^,;:–—.!?]*$/u;

/**
 * "I'll send you the protocol by Friday", "Ze swojej strony prześlę…": the sender's own commitment
 * beside an ask; its date is the sender's deadline, not the reader's. Round 65: also the sender's
 * plan in a clause on the thing ("… in de vergunningsaanvraag, die ik uiterlijk 1 juli wil indienen",
 * "… the application, which I want to submit by 1 July", "…, den ich bis 1. Juli einreichen will").
 * Round 72: also what the sender plans or schedules, the verb before or after its subject ("als ze
 * er zijn plannen we de wissel voor volgende week dinsdag", "dann planen wir den Wechsel bis
 * Dienstag ein", "we'll schedule the swap for Tuesday", "zaplanujemy wymianę do wtorku", "i så fall
 * planlegger vi byttet innen tirsdag").
 */
const OWN_COMMITMENT: Record<Lang, RegExp> = {
  en: /\b(?:i'll|i will|we'll|we will|i'm going to|we're going to|i shall|on my (?:side|end)|from my side|on our side|(?:which|that) (?:i|we) (?:want|need|have|plan|intend|hope|am going|are going) to|(?:i|we) (?:plan|schedule|(?:have|'ve) (?:planned|scheduled|pencilled|penciled))|(?:i'm|i am|we're|we are) (?:planning|scheduling))\b/,
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:stuur|sturen|zal|zullen|lever|leveren|bel|bellen|mail|mailen)|(?:stuur|lever|bel|mail|plan|publiceer|verstuur|verspreid|deel) ik|ik (?:publiceer|verstuur|verspreid)|(?:sturen|leveren|bellen|mailen|plannen) (?:we|wij)|(?<!(?:zodat|dat|als|om|voordat|wanneer) )(?:ik plan|we plannen|wij plannen)|van mijn kant|van onze kant|zelf stuur ik|(?:die|dat|wat) (?:ik|we|wij) (?:\S+ ){0,5}?(?:wil|willen|ga|gaan|moet|moeten) (?:\S+ ){0,2}?(?:indienen|versturen|sturen|opleveren|inleveren|afronden|aanvragen|afgeven))(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:werde|werden|schicke|schicken|sende|senden|liefere|liefern|rufe|melde)|(?:schicke|sende|liefere|melde|plane|veröffentliche|verschicke|verteile) ich|(?:ich|wir) (?:veröffentliche|veröffentlichen|verschicke|verteile)|(?:schicken|senden|liefern|melden|planen) wir|(?<!(?:damit|dass|sodass|wenn|bevor|falls|ob) )(?:ich plane|wir planen)(?! (?:kann|können|könnte|könnten|muss|müssen)(?![\p{L}]))|(?:werde|würde) ich|(?:werden|würden) wir|meinerseits|unsererseits|von meiner seite|(?:den|die|das|welchen|welche|welches) (?:ich|wir) (?:\S+ ){0,5}?(?:einreichen|abgeben|schicken|liefern|fertigstellen|abschließen) (?:will|wollen|muss|müssen|möchte|möchten))(?![\p{L}])/u,
  // Round 48: also what the sender's side does as a rule ("Wyniki przesyłamy zwykle w ciągu 5 dni
  // roboczych"). Round 105: also what the sender will publish ("Grafik wakacyjny opublikuję do 10
  // kwietnia", "Den Urlaubsplan veröffentliche ich bis 10. April", "… publiceer ik uiterlijk 10 april").
  // Round 120: also the sender's own doing by then ("ja do piątku ogarnę opisy do nowej kolekcji").
  pl: /(?<![\p{L}])(?:zrobię|zrobimy|ogarnę|ogarniemy|skończę|skończymy|dokończę|dokończymy|napiszę|napiszemy|poprawię|poprawimy|przejrzę|przejrzymy|zamówię|zamówimy|załatwię|załatwimy|zajmę się|zajmiemy się|wrzucę|wrzucimy|uzupełnię|uzupełnimy|prześlę|wyślę|przekażę|dostarczę|przygotuję|podeślę|prześlemy|wyślemy|przekażemy|przygotujemy|dostarczymy|podeślemy|opublikuję|opublikujemy|roześlę|roześlemy|udostępnię|udostępnimy|ogłoszę|ogłosimy|zamieszczę|zamieścimy|przesyłamy|wysyłamy|dostarczamy|przekazujemy|odsyłamy|planuję|planujemy|zaplanuję|zaplanujemy|zaplanowaliśmy|ze swojej strony|z mojej strony|z naszej strony)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:jeg|vi) (?:sender|skal sende|kommer til å|leverer|ringer|planlegger|har planlagt)|planlegger (?:jeg|vi)|publiserer (?:jeg|vi)|(?:jeg|vi) publiserer|fra min side|fra vår side)(?![\p{L}])/u,
};

/**
 * "Danke & bis morgen in der Pause", "Bis Montag im Büro!", "Dzięki i do jutra": a line that only says
 * goodbye until the next meeting, whose date is no deadline. Only languages listed.
 */
const FAREWELL: Partial<Record<Lang, RegExp>> = {
  de: /^(?:(?:danke|danke dir|danke euch|vielen dank|merci|gruß|grüße|schönen abend|schönen tag)[\s,!.]*(?:(?:&|und|\+)\s*)?)?(?:wir sehen uns |man sieht sich )?bis (?:morgen|übermorgen|gleich|später|bald|nachher|dann|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste woche)(?:\s+(?:früh|abend|nachmittag|vormittag))?(?:\s+(?:in|im|beim|bei|auf|am|zum|zur|in der|auf der|auf dem)\s[^,.;:!?]{1,40})?[\s.!]*$/u,
  pl: /^(?:(?:dzięki|dziękuję|pozdrawiam|pozdrowienia)[\s,!.]*(?:(?:i|&|\+)\s*)?)?(?:do (?:zobaczenia|usłyszenia)(?:\s+(?:jutro|w poniedziałek|we wtorek|w środę|w czwartek|w piątek))?|do jutra|do poniedziałku|do wtorku|do środy|do czwartku|do piątku|do później|do potem)(?:\s+(?:na|w|we|przy|u)\s[^,.;:!?]{1,40})?[\s.!]*$/u,
};

/**
 * "I'm in meetings until lunchtime", "I'll be on site till 3", "Ik zit tot 12.00 uur in overleg", "Ik
 * ben tot donderdag op locatie": where the sender is, beside an ask; its time is no deadline of the
 * reader's. Only languages listed.
 */
const SENDER_BUSY: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:fyi|btw|just so you know|also|and)[,:]?\s+)?(?:i'm|i am|i'll be|i will be|we're|we are|we'll be|we will be)\s+(?:(?:in|out|away|off|on|at|tied|stuck|busy|travelling|traveling|unavailable|offline|back-to-back|back to back)\b)(?![^.!?]*\b(?:so|but|please|need|you|your)\b)[^?]*$/,
  nl: /^(?:(?:ter info|fyi|trouwens|ook)[,:]?\s+)?(?:ik|we|wij)\s+(?:zit|zitten|ben|zijn|sta|staan)\s+(?:(?:vandaag|morgen|de hele dag|nog|zelf|tot|t\/m|vanaf|van|\d{1,2}(?:[.:]\d{2})?|uur|maandag|dinsdag|woensdag|donderdag|vrijdag|de|het|middag|ochtend|lunch)\s+){0,6}(?:in (?:een |het )?(?:overleg|vergadering|meeting|gesprek|training|cursus)|op (?:locatie|pad|de bouw|cursus|reis)|weg|afwezig|vrij|onderweg|niet bereikbaar|slecht bereikbaar)(?![\p{L}])(?![^.!?]*(?<![\p{L}])(?:dus|maar|graag|nodig|je|jij|jullie|u)(?![\p{L}]))[^?]*$/u,
  // Round 110: "Ich komm hier in Ostfriesland vor Sonntag nicht weg", "Ich bin bis Mittwoch unterwegs".
  de: /^(?:(?:übrigens|und|auch|ps)[,:]?\s+)?(?:ich|wir)\s+(?:bin|sind|komm|komme|kommen|sitze|sitzen|stecke|stecken)\s+(?:\S+\s+){0,6}?(?:nicht weg|unterwegs|nicht da|nicht im büro|im urlaub|auf dienstreise|in besprechungen|im termin)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:bitte|du|dich|dir|ihr|euch)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 72. "dostawa … będzie stała w korytarzu do poniedziałku", "Der Raum ist bis Mittwoch
 * gesperrt", "Die Palette bleibt bis Montag im Gang": a state that lasts until a day, in the
 * languages whose "until" is also their usual "by" (German "bis", Polish "do"); not when the clause
 * says it must be so or turns to the reader ("… muss bis Montag bei mir liegen"). Round 76: in any
 * line ("weißt du, ob die Saunawelt an Heiligabend bis 22 Uhr offen hat …?"), not only beside the ask.
 */
const LASTS_UNTIL: Partial<Record<Lang, { link: RegExp; state: RegExp; not: RegExp }>> = {
  de: {
    link: /^bis(?![\p{L}])/iu,
    state:
      /(?<![\p{L}])(?:bleibt|bleiben|steht|stehen|liegt|liegen|dauert|dauern|läuft|laufen|geschlossen|gesperrt|geöffnet|offen|unterwegs|abwesend|verreist|im urlaub|krankgeschrieben|außer haus|außer betrieb|nicht (?:da|erreichbar|verfügbar|im büro)|erreichbar|zu erreichen|anwesend|abgestellt|ausgebucht|belegt)(?![\p{L}])/u,
    not: /(?<![\p{L}])(?:muss|müssen|muessen|müsst|muesst|soll|sollen|sollte|sollten|bitte|brauche|brauchen|braucht|bräuchte|braeuchte|benötige|benötigt|du|dir|dich|dein\p{L}*|ihr|euch|euer|eure?\p{L}*)(?![\p{L}])/u,
  },
  pl: {
    link: /^do(?![\p{L}])/iu,
    state:
      /(?<![\p{L}])(?:(?:będzie|będą|jest|są)\s+(?:\S+\s+){0,3}?(?:stał\p{L}*|stać|leżał\p{L}*|leżeć|zamknięt\p{L}*|nieczynn\p{L}*|czynn\p{L}*|otwart\p{L}*|wyłączon\p{L}*|niedostępn\p{L}*|na urlopie|w delegacji|poza biurem|nieobecn\p{L}*|w serwisie|w naprawie|dostępn\p{L}*|osiągaln\p{L}*|pod telefonem|w biurze|na miejscu)|potrwa|potrwają|trwa|trwają|stoi|stoją|leży|leżą|zostaje|zostają|pozostanie|pozostaną|pozostaje|przyjmuje|przyjmują|pracuje|pracujemy|pracują)(?![\p{L}])/u,
    not: /(?<![\p{L}])(?:musi|muszą|powinien|powinna|powinno|powinny|proszę|potrzebuję|potrzebujemy|ty|ci|cię|ciebie|wy|wam|was)(?![\p{L}])/u,
  },
};

/** Whether deadline `d` of a line beside the ask is a state that lasts until it (see LASTS_UNTIL). */
function lastsUntil(text: string, d: DeadlineCandidate, language: Lang): boolean {
  const lasting = LASTS_UNTIL[language];
  if (!lasting?.link.test(d.text)) return false;
  const lower = text.toLowerCase();
  // A full stop ends the clause only before a space or the end ("bis 18 Uhr statt 18.30 Uhr offen").
  const clause = `${clauseBefore(lower, d.index, /[,;:–—.!?]/u)} ${lower.slice(d.end).split(/[,;:–—!?]|\.(?=\s|$)/u)[0]}`;
  return lasting.state.test(clause) && !lasting.not.test(clause);
}

/**
 * "on leave until the 21st", "I can't get cover till this afternoon", "Kees zit t/m vrijdag op
 * cursus", "de actie loopt tot en met vandaag", "Tot dinsdag!": a time that says how long something
 * lasts, not by when the reader acts. Only languages whose "until" is not also their usual "by"
 * (German "bis", Polish "do" are both) are listed.
 */
const DURATION_LINK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:until|till)\b/i,
  nl: /^(?:tot en met|t\/m|tot)(?![\p{L}])/iu,
};
/**
 * "They need the confirmation until …", "Please confirm us the quantities until Wednesday" (round
 * 56): a need or a "please" before "until", which then means "by". Only English.
 */
const NEED_IN_CLAUSE: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:need|needs|needed|require|requires|want|wants|please)\b/i,
};
/** "extend … until", "stay until", "keep it until": what lasts until a day. Only English. */
const LASTING: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:extend|extended|extending|stay|stays|staying|keep|keeps|remain|remains|last|lasts|hold|holds|closed|away|off)\b/i,
};
/** "You've got until Monday to …", "Je kunt tot vrijdag reageren": the reader is given the time. */
const READER_IN_CLAUSE: Partial<Record<Lang, RegExp>> = {
  en: /\byou(?:'ve|'re|'ll|'d)?\b/i,
  nl: /(?<![\p{L}])(?:je|jij|u|jullie|ge|gij)(?![\p{L}])/iu,
};

/** English words that put a time in mail in another language ("Need it by EOD tomorrow"). */
const ENGLISH_TIME =
  /(?<![\p{L}])(?:by|before|until|eod|cob|end of|next week|this week|tomorrow|today|tonight)(?![\p{L}])/iu;

/**
 * "De breeders need it by the end of the week", "Need your go by EOD": in mail in another language,
 * the times said in English too, where the language's own found nothing at that place.
 */
function withEnglishDates(
  text: string,
  language: Lang,
  clock: WallClock,
  found: DeadlineCandidate[],
): DeadlineCandidate[] {
  if (language === 'en' || !ENGLISH_TIME.test(text)) return found;
  const english = findDeadlines(text, 'en', clock);
  if (english.length === 0) return found;
  let all = found;
  for (const e of english) {
    const overlaps = all.filter((d) => e.end > d.index && e.index < d.end);
    // "by EOD tomorrow" over the "EOD" the language's own words know: the whole English phrase.
    const covers = overlaps.every(
      (d) => e.index <= d.index && d.end <= e.end && (e.end - e.index > d.end - d.index || (e.hasPrep && !d.hasPrep)),
    );
    if (covers) all = [...all.filter((d) => !overlaps.includes(d)), e];
  }
  return all === found ? found : all.sort((a, b) => a.index - b.index);
}

/** The dates of `text` that may be deadlines: not the end of something that lasts, unless the reader is given it. */
/** A unit right after a number ("25 kilo", "30 Stück", "12 osób"): a quantity. */
const QUANTITY_AFTER =
  /^\s*(?:kilo|kilos|kg|gram|g|ton|tonnes?|liter|litre|l|meter|m|stuks?|stück|stk|sztuk[ai]?|szt|pieces?|pcs|units?|boxes|dozen|pallets?|kisten?|kasser?|osób|personen|personer|people|persons|man|mensen|euro|eur|€|zł|kr|nok|pln)(?![\p{L}])/iu;

/** "or" between two times, with their prepositions. */
const CHOICE_OR = /^\s*,?\s*(?:or|of|oder|czy|albo|lub|eller)\s+(?:(?:for|on|voor|op|am|für|w|we|na|på|til|i)\s+)?$/iu;

/** A noun after an English weekday ("Thursday crew", "Monday meeting"), not a time or a linking word. */
const ATTRIBUTE_AFTER =
  /^\s+(?!(?:at|by|before|after|morning|afternoon|evening|night|noon|lunchtime|lunch|eod|cob|week|next|or|and|if|so|as|to|please|is|are|was|would|will|works|suits|the|that|then|latest|at|in|on|from|until|till)\b)\p{Ll}{3,}/u;

/** The sender's own next step in a clause: "I want to …", "ik wil …", "ich will …", "chcę …", "jeg vil …". */
const OWN_WANT: Record<Lang, RegExp> = {
  en: /(?:^|\s)(?:i|we) (?:want|wanna|'d like|would like|plan|hope|intend|'m going|am going|are going|'re going) to\s/,
  nl: /(?<![\p{L}])(?:ik|we|wij) (?:wil|willen|ga|gaan|hoop|hopen|ben van plan|zijn van plan)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:will|wollen|möchte|möchten|plane|planen|hoffe|hoffen)|(?:will|wollen|möchte|möchten) (?:ich|wir))(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:chcę|chcemy|chciałbym|chciałabym|chcielibyśmy|planuję|planujemy|zamierzam|zamierzamy|mam zamiar|mamy zamiar)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:jeg|vi) (?:vil|har tenkt å|planlegger å|håper å)|(?:vil|skal) (?:jeg|vi))(?![\p{L}])/u,
};

/** Having or getting a thing, which the sender's want of is a need ("ik wil het … in de stukken hebben"). */
const TO_HAVE: Record<Lang, RegExp> = {
  en: /\b(?:have|get|receive|see)\b/,
  nl: /(?<![\p{L}])(?:hebben|ontvangen|krijgen|zien)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:haben|bekommen|erhalten|sehen)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:mieć|dostać|otrzymać|zobaczyć)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:ha|få|motta|se)(?![\p{L}])/u,
};

function deadlinesIn(text: string, language: Lang, clock: WallClock): DeadlineCandidate[] {
  const found = withEnglishDates(text, language, clock, findDeadlines(text, language, clock));
  if (found.length === 0) return found;
  const link = DURATION_LINK[language];
  const notDue = NOT_DUE_BEFORE[language];
  // "if I'm booking the haulier for Friday or next week", "vrijdag of volgende week": two times
  // joined by "or", neither with a "by", are the choices, not a deadline (round 75).
  const choice = (d: DeadlineCandidate) =>
    !d.hasPrep &&
    found.some(
      (o) =>
        o !== d &&
        !o.hasPrep &&
        CHOICE_OR.test(
          o.index >= d.end ? text.slice(d.end, o.index) : o.end <= d.index ? text.slice(o.end, d.index) : '.',
        ),
    );
  const kept = found.filter((d) => {
    if (found.length > 1 && choice(d)) return false;
    // "of je zaterdag 25 kilo AA-klasse kunt leveren" (round 80): a number followed by a unit is a
    // quantity, not the day of the month.
    if (/\d$/.test(d.text) && QUANTITY_AFTER.test(text.slice(d.end, d.end + 16))) return false;
    // "… będzie stała w korytarzu do poniedziałku", "ob die Saunawelt bis 22 Uhr offen hat": how
    // long a thing stays, not by when.
    if (lastsUntil(text, d, language)) return false;
    // "we've got the roofers due at 10", "the inspectors are due on Monday" (round 81): who arrives
    // when, or a thing due on the sender's side, not by when the reader's part is.
    if (
      language === 'en' &&
      /^due\s/i.test(d.text) &&
      ARRIVING_BEFORE.test(text.slice(Math.max(0, d.index - 60), d.index))
    )
      return false;
    // "the list of all groups booked for tomorrow before 11am", "grup zarezerwowanych na jutro przed
    // 11:00", "die für morgen vor 11 Uhr gebucht sind" (round 93): the time a thing is booked for
    // names the thing, whatever "before" it holds.
    if (bookedFor(text, d, language)) return false;
    // "woda będzie wyłączona co najmniej do 16:00", "staat gepland voor maandag 9 maart", "die
    // Abholzeiten für diese Woche": how long something lasts, when it is planned, what it is for.
    if (notDue.test(text.slice(Math.max(0, d.index - 40), d.index))) return false;
    // "Lieferung jeweils bis 6:30 Uhr", "delivered each day by 6:30" (round 115): a time kept every day,
    // not by when.
    if (EVERY_DAY_BEFORE.test(text.slice(Math.max(0, d.index - 24), d.index))) return false;
    // "…, ja jestem do końca tygodnia na targach w Poznaniu", "…, ich bin bis Ende der Woche auf der
    // Messe" (round 118): where the sender is until then, not by when.
    if (
      SENDER_IS_BEFORE.test(clauseBefore(text, d.index, CLAUSE_END)) &&
      SENDER_IS_AT.test(text.slice(d.end).split(CLAUSE_END)[0] ?? '')
    )
      return false;
    // Round 124: the time first, "Ja do niedzieli jestem w Krakowie", "Ich bin bis Sonntag …" said as
    // "Bis Sonntag bin ich in Krakau".
    if (
      SENDER_FIRST.test(clauseBefore(text, d.index, CLAUSE_END)) &&
      SENDER_THEN_AT.test(text.slice(d.end).split(CLAUSE_END)[0] ?? '')
    )
      return false;
    // "do dziś nie dostałam jeszcze żadnego", "Bis heute habe ich noch keine …", "Until today I
    // haven't received any" (round 114): so far, not by when.
    if (SO_FAR.test(d.text) && NOT_YET_AFTER.test(text.slice(d.end, d.end + 50))) return false;
    // "the hours your Thursday crew logged", "the Monday meeting": a weekday that names a thing of
    // its day (English puts it before the noun; the other languages make one word of them).
    if (
      language === 'en' &&
      !d.hasPrep &&
      /^\p{L}+$/u.test(d.text) &&
      /(?:^|\s)(?:your|our|my|his|her|their|the)\s+$/i.test(text.slice(Math.max(0, d.index - 8), d.index)) &&
      ATTRIBUTE_AFTER.test(text.slice(d.end, d.end + 30))
    )
      return false;
    // "Ik heb voor volgende week donderdag een vaccinatieochtend gepland": the day something is
    // planned for (round 51; not "… as planned", nor after a word that only means "by": "Iedereen
    // moet uiterlijk 15 maart een training ingepland hebben").
    if ((!d.hasPrep || /^voor\s/i.test(d.text)) && PLANNED_AFTER[language].test(text.slice(d.end, d.end + 80)))
      return false;
    // "… dass wir erst am Mo 11. anfangen, nicht morgen", "not tomorrow": a date said not to be it
    // (not Polish "nie", which is also "them": "Czekam na nie do piątku").
    // Round 124: not "Trenger det ikke før neste uke" (needed no earlier: by then).
    if (
      /(?<![\p{L}])(?:not|niet|nicht|ikke)\s+$/u.test(text.slice(Math.max(0, d.index - 8), d.index)) &&
      !(EARLIEST_WORD.test(d.text) && NEEDED_NOT.test(text.slice(Math.max(0, d.index - 30), d.index)))
    )
      return false;
    // "de har ikke ledig time før torsdag", "they have no slot before Thursday" (round 122): not before
    // then, the earliest time, not by when.
    if (EARLIEST_WORD.test(d.text) && NOT_IN_CLAUSE[language].test(clauseBefore(text, d.index, CLAUSE_END)))
      return false;
    // "die Fotos vom Samstag", "the photos from Saturday", "zdjęcia z soboty" (round 83): a day a thing
    // comes from.
    if (!d.hasPrep && !d.relative && COMES_FROM[language].test(text.slice(Math.max(0, d.index - 30), d.index)))
      return false;
    // "Wenn's heut Nacht schneit, bräuchten wir sie …", "If it rains tomorrow, …": a day in a
    // condition says when it may happen, not by when (round 58; not "if possible today").
    // Round 112: not a time said to suit ("If next week works, that's fine", "wenn es nächste Woche
    // klappt, …", "hvis det går neste uke").
    if (
      !d.hasPrep &&
      CONDITION_CLAUSE.test(clauseBefore(text, d.index, CLAUSE_END)) &&
      !/^\s*(?:works|suits|klappt|passt|lukt|går|passer|pasuje)(?![\p{L}])/u.test(text.slice(d.end))
    )
      return false;
    if (!link?.test(d.text)) return true;
    // Not a dash between numbers ("et utvalg på 15–20 bilder til fredag", round 118).
    const clause = clauseBefore(text, d.index, /[,;:]|(?<!\d)[–—]|[–—](?!\d)/u);
    // "They need the confirmation until end of this month": "until" for "by" after a need (round 53),
    // not after a verb of lasting ("she want to extend Biscuit stay until Sunday", round 60).
    return (
      READER_IN_CLAUSE[language]!.test(clause) ||
      (NEED_IN_CLAUSE[language]?.test(clause) === true && LASTING[language]?.test(clause) !== true)
    );
  });
  // "Podeślij mi jutro nuty, chcę je wydrukować przed sobotą", "Send me the notes tomorrow, I want to
  // print them before Saturday" (round 100): the time of what the sender wants to do next yields to
  // the ask's own time in the sentence (not what she wants to have by then: "ik wil het dossier morgen
  // vóór 12.00 uur in de stukken hebben").
  if (kept.length < 2) return kept;
  const own = kept.filter((d) => ownStepAt(text, d, language));
  return own.length > 0 && own.length < kept.length ? kept.filter((d) => !own.includes(d)) : kept;
}

const CLAUSE_END = /[,;:–—.!?]/u;

/** The sender being somewhere, just before a time: "ja jestem ", "ich bin ", "I'm ", "ik ben " (see SENDER_IS_AT). */
const SENDER_IS_BEFORE =
  /(?:^|\s)(?:i'm|i am|i'll be|i will be|we're|we are|ik ben|ik zit|we zijn|wij zijn|ich bin|wir sind|ja jestem|jestem|jesteśmy|jeg er|vi er)\s+(?:\S+\s+){0,2}$/iu;
/** Where the sender is, after the time: "na targach", "auf der Messe", "at the fair", "op de beurs", "på messa". */
const SENDER_IS_AT =
  /^\s+(?:na|w|we|u|op|in|bij|auf|im|bei|at|on|away|off|out|på|hos|weg|unterwegs|afwezig|nieobecn\p{L}*|borte|abroad|abwesend|poza)(?![\p{L}])/iu;

/** The sender, or nothing, before a time at a clause's start ("Ja do niedzieli …", "Bis Sonntag …"). */
const SENDER_FIRST = /(?:^|(?:^|\s)(?:ja|ik|ich|jeg|my|vi|wij|we|wir))\s*$/iu;
/** Where the sender is, after the time and the sender's verb: "jestem w Krakowie", "bin ich in Krakau". */
const SENDER_THEN_AT =
  /^\s+(?:jestem|jesteśmy|bin ich|sind wir|ben ik|zijn we|zijn wij|er jeg|er vi|bin|sind|ben)\s+(?:\S+\s+)?(?:na|w|we|u|op|in|bij|auf|im|bei|på|hos|weg|unterwegs|afwezig|nieobecn\p{L}*|borte|poza)(?![\p{L}])/iu;

/** "jeweils", "täglich", "each day", "dagelijks", "codziennie", "hver dag": a time kept every day, just before it. */
const EVERY_DAY_BEFORE =
  /(?<![\p{L}])(?:jeweils|täglich|werktags|each day|every day|every morning|daily|dagelijks|elke dag|elke ochtend|iedere dag|codziennie|każdego dnia|hver dag|hver morgen|daglig)(?:\s+\p{L}+)?\s+$/iu;

/** "do dziś", "bis heute", "tot vandaag", "until today": up to now, when a denial follows (NOT_YET_AFTER). */
const SO_FAR = /^(?:do dziś|do dzisiaj|bis heute|bis dato|tot vandaag|tot op heden|until today|up to today)$/iu;
/** A denial shortly after the time: "nie", "noch kein", "nog geen", "haven't", "ikke". */
const NOT_YET_AFTER =
  /^[^.!?;,–—]{0,30}?(?<![\p{L}])(?:nie|nic|nicht|kein\p{L}*|niet|geen|niks|not|no|haven't|hasn't|have not|has not|ikke|ingen)(?![\p{L}])/iu;

/** Whether the clause around a time is the sender's own next step ("I want to print them before Saturday"). */
function ownStepAt(text: string, d: DeadlineCandidate, language: Lang): boolean {
  const clause =
    `${clauseBefore(text, d.index, CLAUSE_END)} ${text.slice(d.end).split(CLAUSE_END)[0] ?? ''}`.toLowerCase();
  return OWN_WANT[language].test(clause) && !TO_HAVE[language].test(clause);
}

/** What a booking is for: the participle and "for" before the date, or "for" before it and the participle after (round 93). */
const BOOKED_FOR: Partial<Record<Lang, { before: RegExp; after?: RegExp }>> = {
  en: {
    before: /\b(?:booked|scheduled|planned|reserved|registered|signed up|pencilled in|penciled in)\s+(?:in\s+)?for\s+$/,
  },
  de: {
    before: /(?<![\p{L}])für\s+$/u,
    after:
      /^[^,.;:?!]{0,30}?\s(?:gebucht|geplant|reserviert|angemeldet|bestellt|vorgesehen|eingeplant|eingetragen)(?![\p{L}])/u,
  },
  pl: {
    before:
      /(?<![\p{L}])(?:zarezerwowan\p{L}*|zaplanowan\p{L}*|zapisan\p{L}*|umówion\p{L}*|zamówion\p{L}*|zgłoszon\p{L}*)\s+na\s+$/u,
  },
  nb: { before: /(?<![\p{L}])(?:booket|bestilt|planlagt|reservert|påmeldt|satt opp)\s+(?:til|for|på)\s+$/u },
  // Round 101: "Er heeft zich een groep … aangemeld voor zaterdag 6 juni om 11.00 uur".
  nl: {
    before:
      /(?<![\p{L}])(?:geboekt|gereserveerd|aangemeld|ingeschreven|opgegeven|besteld|ingepland)\s+(?:(?:voor|op)\s+)?$/u,
  },
};

function bookedFor(text: string, d: DeadlineCandidate, language: Lang): boolean {
  const booked = BOOKED_FOR[language];
  if (!booked?.before.test(text.slice(Math.max(0, d.index - 40), d.index).toLowerCase())) return false;
  return !booked.after || booked.after.test(text.slice(d.end, d.end + 60).toLowerCase());
}

/**
 * A condition's clause up to a date in it ("Wenn's heut …", "if it rains …"): not one about the
 * reader, the polite form of an ask ("Es wäre super, wenn du im Laufe der nächsten Woche …
 * könntest"), nor one about the sender's receiving it ("Es reicht, wenn ich das nächste Woche
 * bekomme"), nor "if possible …".
 */
const CONDITION_CLAUSE =
  /^\s*(?:and\s+|und\s+|en\s+|og\s+)?(?:wenn's|wenn|falls|if|hvis|dersom|jeśli|jeżeli|gdyby)\s(?![^,;]*(?<![\p{L}])(?:possible|möglich|mogelijk|możliwe|mulig|you|u|du|dich|dir|sie|ihr|euch|je|jij|jullie|ty|ci|cię|pan|pani|państwo|dere|deg|i|we|ich|wir|ik|wij|jeg|vi|es geht|it works|lukt|zdążysz|rekker|går|passer|klappt|passt|uda się|pasuje|\p{L}+(?:sz|cie|esz|isz|ysz|ę|emy|imy))(?![\p{L}]))[^,;]*$/iu;

/** "we've got the roofers", "the inspectors are": what is due next is ours or arrives. */
const ARRIVING_BEFORE =
  /(?:\b(?:we've got|we have got|we've|we have|we got|i've got|i have got|i've|i have|i got|we're expecting|we are expecting|i'm expecting|i am expecting)\s+(?:[\w'-]+\s+){1,4}|\b(?:roofers?|painters?|plumbers?|electricians?|engineers?|contractors?|builders?|joiners?|inspectors?|auditors?|assessors?|visitors?|guests?|delegates?|drivers?|couriers?|crew|fitters?|technicians?|surveyors?|scaffolders?|cleaners?|movers?|volunteers?|pupils|students|patients|children|kids)\s+(?:(?:are|is|were|was|'re|'s)\s+)?(?:(?:also|still|now|only)\s+)?)$/i;

/**
 * "sendt fra oss senest 2. februar", "must be shipped by us by …", "muss von uns bis … verschickt
 * sein": a duty put by a passive on the sender's side.
 */
const FROM_US_PASSIVE: Record<Lang, RegExp> = {
  en: /\b(?:must|needs? to|has to|have to|should)\s+be\s+(?:\w+\s+){0,4}?(?:by|from)\s+us\b/,
  nl: /(?<![\p{L}])(?:moet|moeten)\s+(?:\S+\s+){0,6}?(?:door|van)\s+ons\s+(?:\S+\s+){0,4}?(?:worden|zijn)(?![\p{L}])|(?<![\p{L}])(?:moet|moeten)\s+(?:\S+\s+){0,6}?(?:worden|zijn)\s+(?:\S+\s+){0,2}?(?:door|van)\s+ons(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:muss|müssen)\s+(?:\S+\s+){0,6}?von\s+uns(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:musi|muszą|powinien|powinna|powinny|należy)\s+(?:\S+\s+){0,4}?(?:zostać|być)\s+(?:\S+\s+){0,4}?(?:przez nas|od nas)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:må|skal|bør)\s+(?:\S+\s+){0,2}?(?:være|bli)\s+(?:\S+\s+){0,4}?(?:fra oss|av oss)(?![\p{L}])/u,
};

/** "vom", "from", "van", "z", "fra" just before a day: the day a thing comes from (not Dutch "ze"). */
/** "need it not", "trenger det ikke", "brauche es nicht" just before a time: needed no earlier than it. */
const NEEDED_NOT =
  /(?<![\p{L}])(?:need|needs|needed|trenger|trengs|brauche|brauchen|benötige|nodig)\s+(?:\S+\s+)?(?:not|ikke|nicht)\s+$/iu;

/** "before", "vóór", "vor", "przed", "før": a time's word that a "not" makes the earliest. */
const EARLIEST_WORD = /^(?:before|vóór|voor|vor|przed|før)\s/iu;

/** A "not" before a free slot in the clause: "they have no slot", "de har ikke ledig time". */
const NOT_IN_CLAUSE: Record<Lang, RegExp> = {
  en: /\b(?:not|no|don't|doesn't|won't|isn't|aren't|haven't|hasn't)\b(?:\s+\S+){0,3}?\s+(?:free|available|slots?|appointments?|space|room|openings?)\b/i,
  nl: /(?<![\p{L}])(?:niet|geen)(?:\s+\S+){0,3}?\s+(?:vrij|beschikbaar|plek|plaats|afspraak|tijd)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nicht|kein|keine|keinen|keinem)(?:\s+\S+){0,3}?\s+(?:frei|freien|verfügbar|termin|platz|zeit)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])nie(?:\s+\S+){0,3}?\s+(?:woln\p{L}*|dostępn\p{L}*|termin\p{L}*|miejsc\p{L}*)(?![\p{L}])/iu,
  nb: /(?<![\p{L}])(?:ikke|ingen|ikkje)(?:\s+\S+){0,3}?\s+(?:ledig\p{L}*|tilgjengelig|plass|time|tid)(?![\p{L}])/iu,
};

/**
 * "You're down the engine house this afternoon aren't you?", "Du bist doch heute Nachmittag im
 * Maschinenhaus, oder?", "Je bent vanmiddag toch in het machinehuis?", "Jesteś dziś po południu w
 * maszynowni, prawda?", "Du er vel i maskinhuset i ettermiddag?": where the reader will be, asked to be
 * sure, whose time is not the ask's.
 */
const READER_IS_THEN: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)\s+)?you(?:'re| are|'ll be| will be)\s[^?]*\b(?:aren't you|won't you|right|yeah|isn't it)\s*\?\s*$/,
  nl: /^(?:(?:en|dus)\s+)?(?:je|jij) (?:bent|zit|bent toch|zit toch)\s[^?]*(?:toch|hè|of niet)[^?]*\?\s*$/u,
  de: /^(?:(?:und|also)\s+)?(?:du bist|ihr seid|sie sind)\s[^?]*(?:oder|gell|ne|nicht wahr|stimmt's|doch)\s*\?\s*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:jesteś|będziesz|jesteście|będziecie)\s[^?]*(?:prawda|tak|nie)\s*\?\s*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:du er|du skal være|dere er)\s+(?:vel|jo)?\s*[^?]*\?\s*$/u,
};

// Round 122: also the second of two days ("die Gesamtzahlen von Samstag und Sonntag").
const COMES_FROM: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])from\s+(?:\p{L}+\s+(?:and|or|&)\s+)?$/iu,
  nl: /(?<![\p{L}])van\s+(?:\p{L}+\s+(?:en|of)\s+)?$/iu,
  de: /(?<![\p{L}])(?:vom|von)\s+(?:\p{L}+\s+(?:und|oder)\s+)?$/iu,
  pl: /(?<![\p{L}])(?:z|ze)\s+(?:\p{L}+\s+(?:i|oraz|lub|albo)\s+)?$/iu,
  nb: /(?<![\p{L}])fra\s+(?:\p{L}+\s+(?:og|eller)\s+)?$/iu,
};

/** What stands between the last of `ends` before `index` and `index`: the clause a date closes. */
function clauseBefore(text: string, index: number, ends: RegExp): string {
  return text.slice(0, index).split(ends).at(-1) ?? '';
}

/** A thing planned or booked for the date just before ("… donderdag een vaccinatieochtend gepland"). */
const PLANNED_AFTER: Record<Lang, RegExp> = {
  en: /^\s+(?:[\p{L}\d'-]+\s+){0,4}?(?<!(?:as|was|been)\s)(?:planned|scheduled|booked)(?![\p{L}])/iu,
  nl: /^\s+(?:[\p{L}\d'-]+\s+){0,5}?(?<!zoals\s)(?:gepland|ingepland|geboekt)(?![\p{L}])/iu,
  de: /^\s+(?:[\p{L}\d'-]+\s+){0,5}?(?<!wie\s)(?:geplant|eingeplant|angesetzt|gebucht)(?![\p{L}])/iu,
  pl: /^\s+(?:[\p{L}\d'-]+\s+){0,4}?(?<!jak\s)(?:zaplanowan\p{L}*|zarezerwowan\p{L}*)(?![\p{L}])/iu,
  nb: /^\s+(?:[\p{L}\d'-]+\s+){0,4}?(?<!som\s)(?:planlagt|booket|satt opp)(?![\p{L}])/iu,
};

/**
 * What stands right before a date that is no deadline: "at least until" (the date ends a state), "is
 * valid until", "obowiązuje do" (round 52: how long an offer or price holds),
 * "gepland voor" (Dutch "voor" is also "for": the day something is planned), a German noun and "für"
 * ("die Abholzeiten für diese Woche": the period the thing is about); round 59: Polish "od", the day
 * a rule starts ("od poniedziałku każdy, kto przyjmuje rower, musi …"); round 70: the day a thing
 * starts in the other languages ("ein Angebot inkl. Zustellung ab 24. November", "levering vanaf 24
 * november", "delivery from 24 November", "levering fra og med 24. november").
 */
const NOT_DUE_BEFORE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:at least|at the very least|(?:is|are) valid|(?:delivery|deliveries|installation|start|starting|beginning|commencing|effective) from)\s*$/u,
  nl: /(?<![\p{L}])(?:(?:in)?gepland|minstens|ten minste|geldig|geldt|vanaf|met ingang van)\s*$/u,
  de: /(?<![\p{L}])(?:mindestens|wenigstens|gilt|gelten|gültig|ab)\s*$|[\p{Ll}\d,]\s+\p{Lu}\p{Ll}{2,}\s+für\s+$/u,
  pl: /(?<![\p{L}])(?:co najmniej|przynajmniej|najmniej|obowiązuje|obowiązują|ważn[aey]|od|począwszy od)\s*$/u,
  nb: /(?<![\p{L}])(?:minst|gjelder|gyldig|fra og med|f\.o\.m\.)\s*$/u,
};

/**
 * "I'd like to have it by …", "I want them on my desk …", "Ik wil ze … binnen hebben", "Ik heb het
 * graag … terug": the sender wants the thing asked for; the time in its clause is the deadline.
 * Round 13: also a need with a noun ("… and need final numbers this week", "Ideally I'd have your
 * comments next week", "Die heb ik volgende week nodig", "Wyniki potrzebuję jutro", "jeg må ha
 * SJA-en i dag") and a thing that has to be back or ready ("der Schlüssel muss heute zurück").
 */
const WANT_IT: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|so|but|really)\s+)?need (?:it|them|this|that|these|those|the|both|all|a|an|your|some)\b|\b(?:i'd|i would|we'd|we would) (?:really |also |then )?need (?:it|them|this|that|these|those|the|both|all|your)\b|^(?:(?:and|also|so|but|really)\s+)?(?:i |we )?need to know\b|\b(?:i'd|i would|we'd|we would) (?:(?:like|love|prefer) to )?(?:have|get|receive|see) (?:it|them|this|that|these|those|everything|both|your|the|all)\b|\b(?:i'd|i would|we'd|we would) (?:like|love|want|prefer) (?:it|them|this|that|these|those|everything|all(?: of)? (?:it|that|this|them|these|those))(?: all)? (?:done|finished|ready|sorted|completed|back)\b|\b(?:i|we) (?:still |really |'d |would )?(?:want|need) (?!to\b|you\b|a (?:break|rest|holiday|day off)\b)\w|\b(?:i'll|we'll|i will|we will) (?:still |really |also )?need (?:it|them|this|that|these|those|the|your|all|both)\b|^(?:i|i'm|i am|we|we're|we are)\b[^,;]*\band (?:still |really )?(?:need|want) (?!to\b|you\b)\w|(?:\b(?:i|we)(?:'d| would)?|\band would) (?:really |still )?(?:like|love|want|need|must|have) to (?:\w+ )?know\b|\bif (?:i|we) could (?:have|get|receive|see) (?:it|them|this|that|these|those|the|your|all)\b/,
  // Round 83: also the thing named before "graag" ("ik heb de offerte graag uiterlijk 27 februari binnen").
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:wil|willen|heb|hebben|zou|zouden) (?:het|ze|die|dat|dit|alles|hem|beide|allebei) (?:(?:\p{L}+|\d{1,2}(?:[.:]\d{2})?) ){0,5}?(?:binnen|terug|hebben|ontvangen|zien|graag)|(?:ik|we|wij) (?:heb|hebben) (?:[\p{L}\d.:-]+ ){1,6}?nodig|(?:ik|we|wij) (?:heb|hebben|ontvang|ontvangen) (?:de|het|die|dat|deze|dit|jullie|je|uw|jouw) (?:[\p{L}\d.:-]+ ){0,3}?graag|(?:heb|hebben|wil|willen) (?:ik|we|wij) (?:[\p{L}\d.:-]+ ){0,6}?(?:nodig|binnen|terug|hebben|ontvangen))(?![\p{L}])|(?<![\p{L}])(?:wil|willen|zou|zouden) (?:(?:het|dat|dit|ik|we|wij|graag|wel|even|nog|dan) ){1,4}(?=(?:[\p{L}\d.:-]+ ){0,5}?weten(?![\p{L}]))/u,
  de: /^(?:(?:und|aber|also)\s+)?(?:brauche|brauch|bräuchte|benötige) (?:ihn|sie|es|das|die|den|beides|alles)(?![\p{L}])|(?<![\p{L}])(?:(?:ich|wir) (?:brauche|brauch|brauchen|benötige|benötigen|bräuchte|bräuchten|hätte gern|hätten gern|hätte gerne|hätten gerne)|(?:brauche|brauch|benötige|bräuchte) (?:ich|wir)|(?:hätte|hätten) (?:ich|wir) (?:[\p{L}\d.:-]+ ){0,4}?gerne?|muss (?:[\p{L}\d.:-]+ ){0,4}?(?:zurück|vorliegen|bei (?:mir|uns) sein|da sein|fertig sein|eingereicht sein))(?![\p{L}])|(?<![\p{L}])(?:möchte|möchten|will|wollen|würde|würden) (?:(?:ich|wir|es|das|gern|gerne) ){1,3}(?=(?:[\p{L}\d.:-]+ ){0,5}?wissen(?![\p{L}]))/u,
  // Round 118: also "Zależy nam na otrzymaniu oferty w przyszłym tygodniu".
  pl: /(?<![\p{L}])(?:potrzebn[aey](?=\s+(?:(?:na|jeszcze)\s+)?(?:jutro|dziś|dzisiaj|do|przed|najpóźniej|w ciągu)(?![\p{L}]))|zależy (?:mi|nam) (?:\p{L}+ )?na (?:otrzymaniu|dostaniu|uzyskaniu)|potrzebuję|potrzebujemy|potrzebowałbym|potrzebowałabym|potrzebowalibyśmy|potrzebowałybyśmy|chciałbym mieć|chciałabym mieć|chcielibyśmy mieć|(?:musi|muszą) (?:[\p{L}\d.:-]+ ){0,3}?(?:być gotow\p{L}*|być u mnie|trafić do mnie|wrócić|dotrzeć))(?![\p{L}])|(?<![\p{L}])(?:chciał(?:bym|abym|ibyśmy|ybyśmy)|chcę|chcemy|muszę|musimy) (?=(?:[\p{L}\d.:-]+ ){0,5}?wiedzieć(?![\p{L}]))/u,
  nb: /(?<![\p{L}])(?:trengs(?=\s+(?:i morgen|i dag|innen|før|senest)(?![\p{L}]))|(?:(?:jeg|vi) (?:trenger|må ha|vil ha|behøver)|(?:trenger|må ha|vil ha) (?:jeg|vi))(?! (?:et|en) (?:møte|samtale|prat|gjennomgang))|(?:må|skal) (?:[\p{L}\d.:-]+ ){0,3}?(?:være (?:klar|ferdig|levert|inne|hos meg|tilbake)|leveres|tilbake))(?![\p{L}])|(?<![\p{L}])(?:vil|ville|må) (?:(?:jeg|vi|gjerne|helst) ){1,3}(?=(?:[\p{L}\d.:-]+ ){0,5}?vite(?![\p{L}]))/u,
};

/** "And …?", "Und …?", "Og …?": a question that goes on from the one before. */
const FOLLOW_UP: Record<Lang, RegExp> = {
  en: /^(?:and|also|or|plus)\b/,
  nl: /^(?:en|ook|of)\b/,
  de: /^(?:und|oder|auch|sowie)\b/,
  pl: /^(?:i|oraz|albo|lub|a)(?![\p{L}])/u,
  nb: /^(?:og|eller|også|samt)(?![\p{L}])/u,
};

/**
 * Round 88. "If so, …?", "Falls ja, wann wäre der beste Zeitpunkt?", "Zo ja, …?", "Jeśli tak, …?", "I
 * så fall, …?": a question that hangs on the answer to one just before it (a line of reason may
 * stand between them).
 */
const IF_SO: Record<Lang, RegExp> = {
  en: /^(?:if (?:so|yes|not)|in that case)\b/,
  nl: /^(?:zo ja|zo nee|zo niet|in dat geval|als dat zo is)\b/,
  de: /^(?:falls ja|falls nein|falls nicht|wenn ja|wenn nein|wenn nicht|in dem fall)\b/,
  pl: /^(?:jeśli tak|jeżeli tak|jeśli nie|jeżeli nie|w takim razie|jak tak)(?![\p{L}])/u,
  nb: /^(?:i så fall|hvis ja|hvis ikke|om ja|om ikke)(?![\p{L}])/u,
};

/**
 * Round 93. "If so, you can just take a photo and send them to me", "Zo ja, dan kun je … naar mij
 * sturen", "Falls ja, kannst du … mir schicken", "Jeśli tak, możesz … mi je wysłać", "I så fall kan du
 * bare … sende dem til meg": what the reader can do on the answer, handed to the sender, asks for it.
 */
const IF_SO_YOU_CAN: Record<Lang, RegExp> = {
  en: /^(?:if (?:so|yes|not)|in that case),?\s+(?:then\s+)?(?:you can|you could|could you|can you)\s+(?:\S+\s+){0,8}?(?:send|forward|email|e-mail|bring|drop|pass|give|pop|post|hand)\b[^?]*$/,
  nl: /^(?:zo ja|zo niet|in dat geval|als dat zo is),?\s+(?:dan\s+)?(?:kun|kan|kunt)\s+(?:je|jij|u)\s+(?:\S+\s+){0,8}?(?:sturen|opsturen|doorsturen|mailen|brengen|langsbrengen|geven|afgeven|bezorgen|doorgeven)(?![\p{L}])[^?]*$/u,
  de: /^(?:falls ja|falls nicht|wenn ja|wenn nicht|in dem fall),?\s+(?:dann\s+)?(?:kannst du|können sie|könnt ihr|könntest du|könnten sie)\s+(?:\S+\s+){0,8}?(?:schicken|senden|mailen|weiterleiten|bringen|vorbeibringen|geben|abgeben|zukommen)(?![\p{L}])[^?]*$/u,
  pl: /^(?:jeśli tak|jeżeli tak|jeśli nie|jeżeli nie|w takim razie|jak tak),?\s+(?:to\s+)?(?:możesz|możecie|może pan|może pani)\s+(?:\S+\s+){0,8}?(?:wysłać|przesłać|podesłać|przynieść|dać|oddać|przekazać|podrzucić|wrzucić)(?![\p{L}])[^?]*$/u,
  nb: /^(?:i så fall|hvis ja|hvis ikke|om ja|om ikke),?\s+(?:så\s+)?(?:kan du|kan dere|kunne du)\s+(?:\S+\s+){0,8}?(?:sende|videresende|maile|ta med|gi|levere|legge)(?![\p{L}])[^?]*$/u,
};

/**
 * "Nothing for you to do", "Es gibt nichts weiter zu tun", "Geen actie nodig", "Je hoeft hier niets mee
 * te doen" (round 55): the sender says no action is needed, so only an explicit ask ("please…",
 * "could you…") still counts as one.
 */
const NO_ACTION: Record<Lang, RegExp> = {
  en: /\bnothing (?:else |more |further |extra |additional )?(?:for (?:you|us|anyone|anybody|the team) to do|(?:you|we) need to do|(?:you|we) have to do|(?:needed|required) from you|to do(?! with))\b|\bnothing (?:here |else )?(?:needs|requires) (?:a |an |any )?(?:(?:decision|answer|action|input|reply|response|sign-off) )?(?:from you|on your (?:side|part))\b|\bno (?:further |more |immediate )?actions? (?:(?:is |are )?(?:needed|required|necessary)|for (?:you|the team|anyone|now)|at (?:this|the) (?:stage|moment|point)|at present)\b|\byou (?:don't|do not) (?:need|have) to do anything\b|\bnothing(?:'s| is)? (?:waiting|pending) (?:for|on) you\b|\bthere(?:'s| is) nothing (?:waiting|pending) (?:for|on) you\b/,
  nl: /\b(?:niets|niks) (?:meer |verder |mee )?(?:te doen|nodig van (?:je|jou|u|jullie))\b|\b(?:niets|niks),? (?:wat|dat) (?:je|jij|u|jullie|ge|gij) (?:nog |verder )?(?:hoeft|hoeven|moet|moeten) (?:te )?doen\b|\bgeen (?:verdere )?acties? (?:nodig|vereist|voor (?:jou|jullie|u|het team))\b|\b(?:hoef|hoeft|hoeven) (?:je|jij|u|jullie)(?: (?:er|nu|nog|hier|daar|voorlopig))* (?:niets|niks) mee\b|\b(?:hoef|hoeft|hoeven) (?:je|jij|u|jullie|ge|gij)? ?(?:verder |nu )?(?:niets|niks) (?:meer |verder )?te doen\b|\ber (?:ligt|wacht|staat) (?:nog )?(?:niets|niks) (?:op|voor) (?:je|jou|jullie|u)(?: te wachten)?\b|\b(?:niets|niks) wacht op (?:je|jou|jullie|u)\b/,
  de: /\b(?:brauch|brauche|brauchen|benötige|benötigen)\s+(?:ich|wir)\s+(?:\S+\s+){0,2}?(?:nichts|nix)\b|\bnichts (?:weiter |mehr |zusätzlich )?zu tun(?! mit)\b|\bnichts,? (?:was|das) (?:du|ihr|sie) (?:noch )?(?:tun|machen) (?:musst|müsst|müssen)\b|\bkein handlungsbedarf\b|\bkeine (?:aktion|maßnahme|rückmeldung) (?:nötig|notwendig|erforderlich)\b|\b(?:musst du|müsst ihr|müssen sie|du musst|ihr müsst|sie müssen) (?:weiter |sonst )?nichts (?:weiter |mehr )?(?:tun|machen|unternehmen)\b|\b(?:es )?wartet (?:nichts|nix) auf (?:dich|euch|sie)\b|\b(?:nichts|nix) wartet auf (?:dich|euch|sie)\b|\b(?:brauchen|brauche) (?:wir|ich) (?:ihn|sie|es|den|die|das)(?: \S+){0,5}? nicht(?: mehr)?(?! nur)\b/,
  pl: /(?:^|\s)(?:dla (?:ciebie|was|pana|pani) (?:na razie |na teraz |teraz )?nic(?! (?:nie )?(?:mam|mamy))|nie (?:musisz|musicie|trzeba|potrzeba) (?:już |więcej )?(?:nic|niczego)(?: więcej)? \p{L}+|(?:nic|niczego) (?:więcej )?nie (?:musisz|musicie|trzeba|potrzeba) \p{L}+|nie wymaga (?:żadnych |twoich )?działań|nie ma nic do zrobienia|nikt (?:z was |z państwa )?nie musi (?:niczego|nic)(?: \p{L}+)?|nic (?:na (?:ciebie|was|pana|panią|państwa) )?nie czeka(?: na (?:ciebie|was|pana|panią|państwa))?)(?=[\s,.!?]|$)/u,
  nb: /(?:^|\s)(?:(?:du|dere) (?:trenger|behøver|må) ikke (?:å )?gjøre noe|ingenting (?:mer |videre |annet )?(?:du|dere|vi) (?:trenger|behøver|må)|ingen tiltak|ingen handling|ingenting (?:mer |videre )?å gjøre|trenger ikke gjøre noe|ikke noe (?:mer |videre |annet )?(?:du|dere) (?:trenger|behøver|må)(?: å)? gjøre|ingenting (?:som )?venter på (?:deg|dere)|det venter ingenting på (?:deg|dere))(?=[\s,.!?]|$)/u,
};

/**
 * "… but please confirm", "… nur kurz bestätigen", "… alleen even bevestigen": what goes on to ask
 * after saying nothing is needed.
 */
const BUT_STILL: Record<Lang, RegExp> = {
  en: /\b(?:but|just|only|except|apart from|other than|please|unless)\b/,
  nl: /(?<![\p{L}])(?:maar|alleen|behalve|wel|graag|tenzij|even)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:aber|nur|außer|bitte|lediglich|es sei denn|kurz)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:ale|tylko(?! (?:informacja|informacyjnie|do (?:wiadomości|informacji)))|oprócz|poza|proszę|chyba że|jedynie)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:men|bare|unntatt|utenom|vennligst|med mindre|kun)(?![\p{L}])/u,
};

/**
 * "Nothing more needed from you for now.", "Von dir brauche ich nichts weiter.": a line that only
 * says the reader has nothing to do asks nothing itself (not one for those who did it already, nor
 * one that goes on to what is still wanted).
 */
function nothingToDo(bare: string, lang: Lang): boolean {
  return (
    NO_ACTION[lang].test(bare) &&
    !endsWithQuestion(bare) &&
    !BUT_STILL[lang].test(bare) &&
    ALREADY_DONE[lang]?.test(bare) !== true
  );
}

/**
 * "De som allerede har levert, trenger ikke gjøre noe", "Wer sich schon angemeldet hat, hat nichts
 * weiter zu tun", "Jeśli już oddałeś formularz, nie musisz nic robić", "Wie hem al gedaan heeft, hoeft
 * niets meer te doen", "Those who already did it have nothing to do": nothing to do only for those
 * who have done it already, so the ask to everyone else stands. Only languages listed.
 */
const ALREADY_DONE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:those|anyone|everyone|people|colleagues) (?:who|that)|whoever|if|once)\s(?:[^\s,?]+\s){0,4}?(?:already|previously)\b/,
  nl: /^(?:wie|iedereen die|degenen die|als|indien|mocht|mochten)\s(?:[^\s,?]+\s){0,4}?(?:al|reeds)(?![\p{L}])/u,
  de: /^(?:wer|alle,? die|diejenigen,? die|falls|wenn|sofern|sollte(?:st|n|t)?)\s(?:[^\s,?]+\s){0,4}?(?:schon|bereits)(?![\p{L}])/u,
  pl: /^(?:kto|ci,? którzy|osoby,? które|wszyscy,? którzy|jeśli|jeżeli)\s(?:[^\s,?]+\s){0,4}?już(?![\p{L}])/u,
  nb: /^(?:(?:de|dere|alle|den|hver)\s+som|hvis|om|dersom|har)\s(?:[^\s,?]+\s){0,4}?(?:allerede|alt|nettopp)(?![\p{L}])/u,
};

/**
 * "Viele von euch haben mich gefragt: Wann kommt …?", "The question I get most: …?": a question
 * someone else asked, reported (and usually answered) by the sender. Only languages listed.
 */
const REPORTED_QUESTION: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:has|have|had|'ve|'s|keep|kept|often|always)\b[^:?]{0,40}\basked(?: me| us)?\b[^:?]{0,20}:|\b(?:most (?:common|frequent|frequently asked)|commonest|recurring|frequently asked) question\b[^:?]{0,40}:|\bthe question (?:everyone|everybody|people|many of you|most of you)\b[^:?]{0,40}:/,
  nl: /\b(?:heeft|hebben|had|hadden)\b[^:?]{0,60}\bgevraagd\b[^:?]{0,20}:|\b(?:vroegen|vroeg (?:me|mij|ons))\b[^:?]{0,40}:|\b(?:meest gestelde|vaakst gestelde|veelgestelde|steeds terugkerende) vraag\b[^:?]{0,40}:/,
  de: /\b(?:hat|haben|hatte|hatten|habt)\b[^:?]{0,60}\bgefragt\b[^:?]{0,20}:|\b(?:häufigste|meistgestellte|oft gestellte|immer wieder gestellte|häufig gestellte) frage\b[^:?]{0,40}:/,
};

/** A second person or "anyone": a question with one may ask the reader even when it is answered. */
const SECOND_PERSON: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:you|your|yours|yourself|yourselves|anyone|anybody|someone|somebody|everyone|everybody)\b/,
  nl: /(?<![\p{L}])(?:je|jij|jou|jouw|jullie|u|uw|ge|gij|iemand|iedereen)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:du|dich|dir|dein\p{L}*|ihr|euch|euer|eure\p{L}*|sie|ihnen|ihre?\p{L}*|jemand|jemandem|alle)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:ty|ciebie|cię|ci|tobie|twój|twoja|twoje|twoich|twoim|twojego|wy|was|wam|wasz|wasza|wasze|waszych|waszym|pan|pani|państwo|pana|panu|panią|państwa|ktoś(?! z nas)|ktokolwiek(?! z nas)|wszyscy|możesz|możecie|masz|macie|wiesz|wiecie|jesteś|jesteście|\p{L}+(?:łbyś|łabyś|libyście|łybyście))(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:du|deg|din|ditt|dine|dere|deres|dokker|dykk|noen|alle)(?![\p{L}])/u,
};

/**
 * Round 104. "Never mind – found them", "Hat sich erledigt, …", "Laat maar, ik heb ze al gevonden",
 * "Nieważne, już mam", "Glem det, fant dem": the line after an ask that takes it back.
 */
const TAKEN_BACK: Record<Lang, RegExp> = {
  en: /^(?:(?:oh|ok|okay|sorry|actually|wait|update)[,:!]?\s+)?(?:(?:never ?mind|scratch that|ignore (?:that|this)|forget (?:it|that))(?=\s*[,.!:;–—-]|\s*$)|ignore my (?:last |previous )?(?:question|email|message)|forget i asked|found (?:it|them)|(?:that's|it's) (?:all )?sorted(?: now)?|no need any ?more)\b/,
  nl: /^(?:(?:oh|o|ok|oké|sorry|update)[,:!]?\s+)?(?:laat maar(?=\s*[,.!:;–—-]|\s*$)|vergeet (?:het|dat|mijn vraag)|(?:al|alweer|toch) gevonden|(?:ik )?heb (?:ze|het|hem) (?:al |toch |net )?gevonden|(?:dat )?(?:is|heeft zich) (?:al |inmiddels |net )?(?:opgelost|geregeld))(?![\p{L}])/u,
  de: /^(?:(?:oh|ach|ok|okay|sorry|update)[,:!]?\s+)?(?:hat sich (?:schon |gerade |inzwischen |bereits |eben )?erledigt|vergiss es|vergesst es|schon gefunden|(?:ich )?hab(?:e)? (?:sie|ihn|es) (?:schon |gerade |doch |eben )?gefunden|nicht mehr nötig)(?![\p{L}])/u,
  pl: /^(?:(?:aha|ok|okej|sorry|przepraszam)[,:!]?\s+)?(?:nieważne|już nieaktualne|sprawa nieaktualna|zapomnij(?=\s*[,.!:;–—-]|\s*$)|już (?:je |go |ją |to )?(?:znalazłem|znalazłam|mam)|(?:już )?się (?:wyjaśniło|znalazł\p{L}*))(?![\p{L}])/u,
  nb: /^(?:(?:å|ok|sorry|oppdatering)[,:!]?\s+)?(?:glem det|glem spørsmålet|fant (?:det|den|dem) (?:nå|likevel)|(?:det )?har (?:ordnet|løst) seg|ikke nødvendig lenger)(?![\p{L}])/u,
};

/**
 * Round 118. "How was Lisbon? Did you manage to find any decent pools out there, or was it all pastéis de
 * nata?", "Hoe was Lissabon? Heb je daar nog een fatsoenlijk zwembad gevonden, …?": after asking how the
 * reader's trip or day off went (HOW_WAS), a question about what she did then (PAST_YOU) is talk too.
 */
const HOW_WAS: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so|oh)[,]?\s+)?how (?:was|were|did) (?:[\p{L}'-]+\s*){1,4}(?:go)?\s*\?\s*$/u,
  nl: /^(?:(?:en|zo)[,]?\s+)?hoe (?:was|waren|ging|is) (?:[\p{L}'-]+\s*){1,4}(?:gegaan|bevallen)?\s*\?\s*$/u,
  de: /^(?:(?:und|na)[,]?\s+)?wie (?:war|waren|lief|ist) (?:[\p{L}'-]+\s*){1,4}(?:gelaufen)?\s*\?\s*$/u,
  pl: /^(?:(?:i|a|no)[,]?\s+)?jak (?:było|był|była|były|poszło|minął|minęła|minęły)(?:\s+[\p{L}'-]+){0,4}\s*\?\s*$/u,
  nb: /^(?:(?:og|så)[,]?\s+)?hvordan (?:var|gikk) (?:[\p{L}'-]+\s*){1,4}\?\s*$/u,
};
const PAST_YOU: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)\s+)?(?:did you|were you|have you|had you)\b(?![^?]*\b(?:send|sent|book|booked|sign|signed|pay|paid|order|ordered|submit|submitted|forward|forwarded|check|checked|finish|finished|invoice|receipts?)\b)[^?]*\?\s*$/,
  nl: /^(?:en\s+)?(?:heb je|heb jij|hebben jullie|ben je|zijn jullie|had je)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:gestuurd|verstuurd|geboekt|betaald|ingevuld|getekend|besteld|doorgestuurd|gecontroleerd|afgerond|factuur|bonnetjes)(?![\p{L}]))[^?]*\?\s*$/u,
  de: /^(?:und\s+)?(?:hast du|habt ihr|bist du|seid ihr|hattest du|warst du)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:geschickt|gebucht|bezahlt|unterschrieben|bestellt|ausgefüllt|erledigt|weitergeleitet|geprüft|rechnung|belege)(?![\p{L}]))[^?]*\?\s*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:czy\s+)?\p{L}+(?:łeś|łaś|liście|łyście)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:wysła\p{L}*|przesła\p{L}*|zarezerwowa\p{L}*|zapłaci\p{L}*|podpisa\p{L}*|zamówi\p{L}*|wypełni\p{L}*|załatwi\p{L}*|faktur\p{L}*)(?![\p{L}]))[^?]*\?\s*$/u,
  nb: /^(?:og\s+)?(?:fikk du|fant du|var du|har du|hadde du|rakk du)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:sendt|sende|booket|betalt|signert|bestilt|fylt|faktura\p{L}*|kvittering\p{L}*)(?![\p{L}]))[^?]*\?\s*$/u,
};

/**
 * Round 117. "… więc zakładam, że tak – nie musisz odpisywać", "… so I assume so – no need to reply":
 * a line after a question that says no answer is needed; the question asked nothing.
 */
const NO_ANSWER_NEEDED: Record<Lang, RegExp> = {
  en: /\b(?:no need to (?:reply|respond|answer|write back|get back)|(?:you )?(?:don't|do not|needn't|need not) (?:need to |have to )?(?:reply|respond|answer|write back|get back to me))\b/,
  nl: /(?<![\p{L}])(?:(?:je|jij|u|jullie) (?:hoeft|hoeven) (?:hier )?(?:niet|niet meer) (?:te )?(?:antwoorden|reageren|terug te (?:mailen|schrijven))|(?:je|jij|u|jullie) (?:hoeft|hoeven) (?:hier )?niet op te reageren|geen (?:antwoord|reactie) nodig)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:du musst|ihr müsst|sie müssen) (?:mir |darauf )?nicht (?:zu )?(?:antworten|zurückschreiben)|(?:du brauchst|ihr braucht|sie brauchen) (?:mir |darauf )?nicht (?:zu )?(?:antworten|zurückschreiben)|keine antwort nötig|keine rückmeldung nötig)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:nie (?:musisz|musicie|musi pan|musi pani|trzeba) (?:mi |na to )?(?:odpisywać|odpowiadać|odpisać|odpowiedzieć)|odpowiedź (?:nie jest )?(?:niepotrzebna|zbędna))(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:du|dere) (?:trenger|må) ikke (?:å )?(?:svare|skrive tilbake)|ikke nødvendig å svare|trenger ikke svar)(?![\p{L}])/u,
};

/**
 * The sender's own answer right after a question ("Could it happen again? In theory, yes."): the
 * question was rhetorical. Only languages listed. Round 86: Polish "Ja nie." only alone, not a line
 * that goes on ("Odpowiesz właścicielce? Ja nie znam szczegółów planu.": why the reader is asked).
 * Round 101: also what the sender checked ("Do we still need the chipper on Friday? I checked with
 * Tom and we don't") and a Polish yes after a time ("… kartą? Od tego sezonu tak, …"). Round 105:
 * also a degree of success ("Did we cover our costs? Comfortably – …", "Locker –", "Z nawiązką –").
 */
/** "Do you need to …?", "Moeten jullie …?", "Müsst ihr …?", "Czy musicie …?", "Må dere …?" (see SELF_ANSWER). */
const MUST_YOU: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)\s+)?(?:do|will) (?:you|i) (?:need|have) to\b/,
  nl: /^(?:(?:en|dus)\s+)?(?:moet|moeten|hoef|hoeven) (?:je|jij|jullie|u|ik)(?![\p{L}])/u,
  de: /^(?:(?:und|also)\s+)?(?:muss|musst|müsst|müssen|brauchst|braucht|brauchen) (?:du|ihr|sie|ich)(?![\p{L}])/u,
  pl: /^(?:(?:a|i)\s+)?(?:czy\s+)?(?:musisz|musicie|muszę|trzeba)(?![\p{L}])/u,
  nb: /^(?:(?:og|så)\s+)?(?:må|trenger) (?:du|dere|jeg)(?![\p{L}])/u,
};

/** A bare yes or no opening a line, before a mark (see SELF_ANSWER). */
const BARE_YES_NO = /^(?:yes|no|nope|ja|nee|nein|tak|nie|nei|jo)\s*[,.!:;–—-]/u;

const SELF_ANSWER: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:it|they|he|she|we|i) (?:did|has|have|had|was|were|is|are|does|do)(?:n't| not)?(?:,? (?:indeed|actually|eventually|finally|in the end))?\s*[,.!:;–—-]|(?:comfortably|easily|handsomely|just about|barely|narrowly|only just|by a mile|by a whisker|with room to spare|with ease)\s*[,.!:;–—-]|(?:yes|no|yep|nope)\s*[,.!:;–—-]|(?:in short|in a word|short answer|short version|long story short|the (?:short |simple )?answer(?: is)?|simply put|probably|possibly|hopefully|unlikely|not likely|very unlikely|in theory|theoretically|almost certainly|not (?:yet|really|this time|any more|anymore)|we (?:don't|do not) (?:think|believe) so|we hope not|hopefully not|it turns out|(?:i|we) (?:wondered|asked (?:myself|ourselves)|were wondering)(?: that| the same)?(?: too| as well)?[,.]|that's (?:all )?(?:been )?sorted|the reason is|the short of it|me neither|nor did i|neither did (?:i|we)|not me|nobody|no one|of course(?: not)?|and yet|i doubt it|i don't think so|we did|we didn't|i didn't|turns out|i(?:'ve| have)? (?:checked|asked|spoke to|spoke with|rang|called|looked into|found out))\b|(?:simple|simply put|easy|the reason|answer)\s*:)/,
  nl: /^(?:(?:(?:dat )?is (?:gebeurd|gelukt)|jazeker|zeker weten|klopt|inderdaad)\s*[,.!:;–—-]|(?:ruimschoots|met gemak|makkelijk|ternauwernood|net aan|nipt|op het nippertje)\s*[,.!:;–—-]|(?:ja|nee|neen)(?: (?:hoor|zeker|natuurlijk|hoor hoor))?\s*[,.!:;–—-]|(?:kort gezegd|kortom|in het kort|het (?:korte )?antwoord(?: is)?|kort antwoord|waarschijnlijk|misschien|hopelijk|in theorie|theoretisch|niet echt|nog niet|vast wel|we hopen (?:van )?niet|naar (?:het zich laat aanzien|verwachting)|antwoord:|dat vroeg(?:en)? (?:ik|wij|we) (?:me|mij|ons)|(?:ook )?dat is (?:al )?geregeld|simpel:|heel simpel|eenvoudig:|de reden(?: is|:)|ik niet|ik ook niet|wij niet|niemand|en toch|toch wel|ik betwijfel het|natuurlijk(?: niet)?|ik heb (?:\S+ ){0,3}?(?:nagevraagd|nagekeken|gecheckt|uitgezocht))(?![\p{L}]))/u,
  de: /^(?:(?:(?:ist|hat|sind|haben) (?:sie|er|es)(?: tatsächlich| auch| wirklich)?|jawohl|allerdings|tatsächlich)\s*[,.!:;–—-]|(?:locker|mit leichtigkeit|problemlos|mühelos|knapp|gerade so|ganz knapp|deutlich)\s*[,.!:;–—-]|(?:ja|nein|jein)(?: (?:klar|sicher|natürlich|logisch))?\s*[,.!:;–—-]|(?:kurz gesagt|kurzum|kurz und knapp|die (?:kurze )?antwort(?: lautet| ist)?|kurze antwort|wahrscheinlich|vermutlich|vielleicht|hoffentlich|theoretisch|eher nicht|wohl kaum|noch nicht|wir hoffen nicht|das (?:hoffen|glauben) wir nicht|stand jetzt|nach (?:aktuellem|heutigem) stand|antwort:|das (?:habe ich|hab ich|haben wir) (?:mich |uns )?(?:auch )?gefragt|das fragte(?:n)? (?:ich|wir)|(?:auch )?das ist (?:schon |bereits )?(?:geklärt|geregelt)|ganz einfach|einfach:|der grund(?: ist|:)|grund:|ich nicht|ich auch nicht|wir nicht|niemand|und doch|und trotzdem|ich bezweifle es|natürlich(?: nicht)?|ich habe (?:\S+ ){0,3}?(?:nachgefragt|nachgesehen|nachgeschaut|geprüft))(?![\p{L}]))/u,
  pl: /^(?:(?:owszem|a jakże|jak najbardziej|i owszem)\s*[,.!:;–—-]|(?:z nawiązką|z zapasem|z łatwością|bez problemu|śpiewająco|ledwo|ledwie|na styk|o włos)\s*[,.!:;–—-]|(?:tak|nie)\s*[,.!:;–—-]|(?:moim zdaniem|naszym zdaniem|krótko mówiąc|w skrócie|odpowiedź brzmi|odpowiedź:|raczej (?:tak|nie)|chyba (?:tak|nie)|zdecydowanie (?:tak|nie)|prawdopodobnie|teoretycznie|niestety nie|jeszcze nie|mamy nadzieję, że nie|oczywiście, że (?:tak|nie)|(?:bo )?ja(?: też)? nie(?=\s*(?:[,.!;:–—-]|$))|nikt|a jednak|no właśnie|wątpię|sprawdziłem|sprawdziłam|pytałem|pytałam|dopytałem|dopytałam)(?![\p{L}])|(?:od|w|na|przez)\s(?:\S+\s+){0,3}?(?:tak|nie)\s*[,.;:–—-])/u,
  nb: /^(?:(?:det (?:gjorde|har|var|er) (?:den|det|de|han|hun)(?: faktisk| også)?|jammen|javisst|absolutt)\s*[,.!:;–—-]|(?:med god margin|med glans|lett|uten problemer|komfortabelt|så vidt|akkurat)\s*[,.!:;–—-]|(?:ja|nei|jo)(?: (?:da|visst|selvsagt|klart))?\s*[,.!:;–—-]|(?:kort sagt|kort fortalt|svaret er|svar:|etter min mening|jeg mener|jeg synes|sannsynligvis|trolig|kanskje|forhåpentligvis|i teorien|teoretisk sett|neppe|ikke ennå|ikke enda|vi håper ikke|helt klart|absolutt|ikke jeg|jeg heller ikke|ingen|og likevel|tviler på det|selvsagt(?: ikke)?|jeg (?:har )?(?:sjekket|spurte|spurt|undersøkt))(?![\p{L}]))/u,
};

/** A wink or a laugh right after a sentence: the sender is joking. */
const WINK = /^\s*(?:[😉😜😄😅😁🙃😏]|;-?\)|:-?D(?![\p{L}])|\(?(?:haha|hehe|lol)\)?(?![\p{L}]))/u;
/** The sender and the readers together ("we", "us", "our"). */
const WE: Record<Lang, RegExp> = {
  en: /\b(?:we|us|our)\b/,
  nl: /(?<![\p{L}])(?:we|wij|ons|onze)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:wir|uns|unser\p{L}*)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:my|nas|nam|nasz\p{L}*)(?![\p{L}])|\p{L}śmy(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:vi|oss|vår|vårt|våre)(?![\p{L}])/u,
};

/**
 * Meeting notes and minutes: their numbered or bulleted results ("3. Die Fläche muss vorher
 * geschottert werden") record decisions and other people's tasks; only a clear ask in them counts.
 * Only languages listed. Round 56: also what was agreed at the meeting ("ustalenia z dzisiejszego
 * spotkania", "afspraken uit het overleg", "Vereinbarungen aus der Besprechung", "avtaler fra møtet").
 */
const MINUTES: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:meeting minutes|minutes (?:of|from)|the minutes|meeting notes|notes from (?:the|today's|yesterday's|this morning's|this afternoon's|tonight's|last night's|this week's|last week's|monday's|tuesday's|wednesday's|thursday's|friday's)|action items|actions agreed|agreed actions|decisions:|attendees:|present:)/,
  nl: /(?<![\p{L}])(?:notulen|gespreksverslag|verslag van (?:het|de|ons|onze) (?:overleg|vergadering|gesprek|meeting|bespreking)|afspraken (?:uit|van) (?:het|de|ons|onze) (?:\p{L}+ )?(?:overleg|vergadering|meeting|bespreking)|actiepunten|besluiten:|afspraken:|aanwezig:|aanwezigen)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:protokoll|kurzprotokoll|ergebnisprotokoll|besprechungsnotizen|ergebnisse:|(?:ergebnisse|vereinbarungen|absprachen) (?:aus|von) (?:der|dem|unserer|unserem) (?:\p{L}+ )?(?:besprechung|sitzung|meeting|runde)|beschlüsse|vereinbarungen:|teilnehmende:|teilnehmer(?:innen)?:|anwesend:)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:notatka (?:z|ze)|notatki (?:z|ze)|protokół (?:z|ze)|sprawozdanie (?:z|ze)|podsumowanie (?:spotkania|zebrania|narady)|ustalenia:|ustalenia (?:z|ze) (?:\p{L}+ )?(?:spotkania|zebrania|narady|rozmowy|telekonferencji|wideokonferencji)|zadania:|obecni:|uczestnicy:)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:referat (?:fra|etter)|møtereferat|møtenotat|notater fra|avtaler fra (?:dagens |gårsdagens )?møtet|oppsummering (?:fra|av) (?:møtet|dagens)|aksjonspunkter|oppfølgingspunkter|beslutninger:|til stede:|tilstede:|deltakere:)(?![\p{L}])/u,
};

/** Words that open an English bullet before "to" as a name would ("- Remember to…"), but ask the reader. */
const NOT_A_NAME =
  /^(?:remember|make|try|need|needs|be|want|going|have|has|due|please|ready|happy|sure|time|plan|how|what|where|when|who|aim|continue|start|begin|forget|don't|do|like|reply|respond|return|go|come|get|keep|remind|ask|add|refer|talk|speak|write|send|submit|move|switch|change|agree|able|unable|prepare|hand|nothing|everyone|everybody|all|anyone|someone|you|we|they|each|both|team|teams|staff)$/;
/**
 * "Actie: Youssef – …", "(Action: Priya)", "Owner: Tom": the person an item of minutes or a task list
 * is for, after a label. Only languages listed.
 */
const ACTION_OWNER: Partial<Record<Lang, RegExp>> = {
  en: /^\(?(?:[Aa]ctions?|[Oo]wner|[Aa]ction owner|[Aa]ssigned to|[Ww]ho) ?: ?(\p{Lu}[\p{L}'-]+)(?![\p{L}])/u,
  nl: /^\(?(?:[Aa]cties?|[Aa]ctiehouder|[Ee]igenaar|[Ww]ie|[Tt]rekker) ?: ?(\p{Lu}[\p{L}'-]+)(?![\p{L}])/u,
};

/** "- Tom to book the survey by Friday": an action item of the minutes, for the person it names. */
const ACTION_ITEM =
  /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+(\p{Lu}[\p{L}'-]+)(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+)?(?:\s+\p{Lu}[\p{L}'-]+)?\s+to\s+\p{Ll}/u;

/**
 * A question that goes on asking, which no negative cue rules out: right after a question the sender
 * asks, opening with "and"/"or"; or anywhere after an ask, opening with "also"/"by the way"
 * ("Przy okazji: czy sala będzie wolna w sobotę?").
 */
function isFollowUpQuestion(
  text: string,
  previous: { i: number; s: Sentence } | undefined,
  i: number,
  c: CompiledLexicon,
): boolean {
  if (!previous || !endsWithQuestion(text)) return false;
  const lower = bareLower(text);
  const additive = ADDITIVE[c.lex.lang].exec(lower);
  const goesOn =
    additive !== null ||
    (previous.i === i - 1 && endsWithQuestion(previous.s.text) && FOLLOW_UP[c.lex.lang].test(lower)) ||
    (previous.i >= i - 2 && endsWithQuestion(previous.s.text) && IF_SO[c.lex.lang].test(lower));
  if (!goesOn) return false;
  // "By the way, how was the weekend?": the negative cues read what follows the opener as well.
  const rest = additive ? lower.slice(additive[0].length).replace(/^[\s,:;–—-]+/u, '') : lower;
  return !negativeCue(lower, c) && !negativeCue(rest, c);
}

/**
 * Round 56. "I have one question about the glass bay.", "Ik heb een vraagje over de planning.", "Ich
 * habe eine kurze Frage zur Lieferung.", "Mam jedno pytanie odnośnie faktury.", "Jeg har et spørsmål
 * om leveransen.": a line that announces a question to the reader; the question after it asks, in
 * whatever words it comes ("The collection is still on monday or they change it to thursday?").
 */
const QUESTION_ANNOUNCED: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|but|so|hi|hello),?\s+)?(?:i|we)\s+(?:have|'ve got|have got|had)\s+(?:a|one|just one|just a|a quick|a small|a short|another|one more|one last)\s+(?:quick\s+|small\s+|short\s+)?question(?:\s+for you)?(?:\s+(?:about|regarding|on|concerning)\s[^.?!]{1,60})?\s*[.:!]?$/,
  nl: /^(?:(?:en|ook|maar|dag|hoi),?\s+)?(?:ik|wij|we)\s+(?:heb|hebben|had)\s+(?:nog\s+)?(?:een|één|eén)\s+(?:korte\s+|kleine\s+|snelle\s+)?vraag(?:je)?(?:\s+(?:aan (?:je|jou|u|jullie)))?(?:\s+(?:over|betreffende|omtrent|rond|bij)\s[^.?!]{1,60})?\s*[.:!]?$/u,
  de: /^(?:(?:und|auch|aber|hallo),?\s+)?(?:ich|wir)\s+(?:habe|hab|haben|hätte|hätten)\s+(?:da\s+)?(?:noch\s+)?(?:eine|eine kurze|eine kleine|mal eine)\s+(?:kurze\s+|kleine\s+)?frage(?:\s+an (?:dich|sie|euch))?(?:\s+(?:zu|zum|zur|wegen|bezüglich|betreffend)\s[^.?!]{1,60})?\s*[.:!]?$/u,
  pl: /^(?:(?:a|i|ale|cześć),?\s+)?(?:mam|mamy|miałbym|miałabym)\s+(?:jeszcze\s+)?(?:jedno|krótkie|małe|szybkie|takie)?\s*pytanie(?:\s+do (?:ciebie|pana|pani|was|państwa))?(?:\s+(?:odnośnie|dotyczące|w sprawie|co do|o)\s[^.?!]{1,60})?\s*[.:!]?$/u,
  nb: /^(?:(?:og|men|så|hei),?\s+)?(?:jeg|vi)\s+(?:har|hadde)\s+(?:et|ett|et lite|et kort|et kjapt)\s+(?:lite\s+|kort\s+|kjapt\s+)?spørsmål(?:\s+til (?:deg|dere))?(?:\s+(?:om|angående|vedrørende|rundt|til)\s[^.?!]{1,60})?\s*[.:!]?$/u,
};

/** The longer words (five letters or more) of the questions in a quoted message, lower case. */
function quotedQuestionWords(quoted: string): Set<string> {
  const words = new Set<string>();
  for (const q of quoted.slice(0, 4000).matchAll(/[^.?!\n>]{10,300}\?/gu))
    for (const w of q[0].toLowerCase().matchAll(/\p{L}{5,}/gu)) words.add(w[0]);
  return words;
}

/** Whether a sentence takes up two or more of the longer words of a quoted question. */
function answersQuestion(lower: string, asked: Set<string>): boolean {
  let shared = 0;
  for (const w of new Set(Array.from(lower.matchAll(/\p{L}{5,}/gu), (m) => m[0])))
    if (asked.has(w) && ++shared >= 2) return true;
  return false;
}

/**
 * Whether a sentence opens by turning to someone the mail knows ("Tom –", "Frau Weber,", "En Fatima,
 * zou jij …").
 */
function namesAddressee(text: string, c: CompiledLexicon, people: People): boolean {
  const addressed = ADDRESSED.exec(text);
  if (!addressed) return false;
  const first = addressed[1] ?? '';
  if (c.titles.test(first)) return true;
  const known = [...people.readerNames, ...people.otherNames];
  return [first, addressed[2] ?? ''].some((word) => word !== '' && known.some((n) => sameName(n, word.toLowerCase())));
}

/** A sentence judged a request, with its place among the sentences and the model's score. */
interface RequestSentence {
  s: Sentence;
  i: number;
  kind: RequestKind;
  score: number;
  direct?: boolean;
}

/** An explicit ask: "please", a polite question, an imperative, "let me know", or any question to the reader. */
function isExplicitAsk(r: RequestSentence): boolean {
  return r.direct === true || endsWithQuestion(r.s.text);
}

/**
 * The sentences to quote as the ask, in their order. A sentence far less sure than the clearest ask
 * is context (a need stated as a reason, small talk with a question mark); after the clearest ask,
 * another explicit ask is a second ask ("Please also bring…", "And do you know whether…?") even when
 * the model is far less sure of it; after an explicit ask, a stated need or obligation only restates its
 * deadline or gives the reason ("I need them by 3pm, before our call"); a line that only opens a list
 * of asks ("Two things:") is not itself one.
 */
function quotedAsks(
  requests: RequestSentence[],
  sentences: Sentence[],
  lang: Lang,
  c: CompiledLexicon,
): RequestSentence[] {
  let top = requests[0]!;
  for (const r of requests) if (r.score > top.score) top = r;
  const best = top.score;
  const reminderHead = REMINDER_HEAD[lang];
  const smallTalk = SMALL_TALK_LEAD[lang];
  const asked = new Set(requests.map((r) => r.i));
  requests = requests.filter((r) => {
    if (r.i >= top.i) return true;
    const question = endsWithQuestion(r.s.text);
    const lower = bareLower(r.s.text);
    // "Quick reminder about the germination tests.", "Even een herinnering: je uren staan nog niet
    // in het systeem.": the line that names what the reminder is about, above its clearer ask; also
    // when it says the sender still waits, if a "please" or an imperative after it asks outright
    // ("Just a reminder – I'm still waiting on the forms. Please send both by Friday.").
    // Not when what it recalls is a duty with its deadline ("A quick reminder that expense claims for
    // the trip need to be in by the end of the month"): that is the ask.
    const head = reminderHead?.exec(lower);
    const recalled = head ? lower.slice(head.index + head[0].length).trim() : '';
    if (
      head &&
      !question &&
      (top.direct === true || !WAITING_FOR[lang].test(lower)) &&
      !OBLIGED[lang].test(lower) &&
      !NEED_BY[lang]?.test(recalled) &&
      !PASSIVE_DUTY[lang]?.test(recalled)
    )
      return false;
    // "Voor de onderhandelingen hebben we een actueel beeld nodig. Graag ontvang ik uiterlijk …": the
    // sender's need that names no one, above a clearer explicit ask, is its reason.
    const need = NEED_AS_REASON[lang];
    if (
      need?.test(lower) &&
      !question &&
      isExplicitAsk(top) &&
      r.score < best - ANCHOR_GAP &&
      (!SECOND_PERSON[lang]?.test(lower) || PURPOSE_LEAD[lang]?.test(lower)) &&
      !WAITING_FOR[lang].test(lower)
    )
      return false;
    // "Hope the trip went well! Did you get to see the old town?": a question that goes on with the
    // small talk before the ask.
    const before = sentences[r.i - 1];
    return !(
      smallTalk &&
      question &&
      r.direct !== true &&
      before &&
      !asked.has(r.i - 1) &&
      smallTalk.test(bareLower(before.text))
    );
  });
  // "Kleine Erinnerung an die Nachweise. Ich brauche die Kopien bis Monatsende.": a reminder names
  // the thing, a need after it is its ask (with the deadline the reminder lacked); a need after the
  // ask that says "also" asks for one more thing ("Die Stellungnahme brauch ich auch").
  const need = NEED[lang];
  const reminder = REMINDER[lang];
  const afterReminder = (r: RequestSentence): boolean => {
    if (!need) return false;
    const lower = bareLower(r.s.text);
    if (!need.test(lower)) return false;
    if (ALSO_IN[lang]?.test(lower)) return true;
    return reminder !== undefined && requests.some((q) => q.i < r.i && reminder.test(bareLower(q.s.text)));
  };
  // "All staff must complete the module by Friday. Book a slot on the sheet.": after a duty put on a
  // group, an imperative the model hardly sees as an ask says how to comply with it.
  const dutyTop = OBLIGED[lang].test(bareLower(top.s.text));
  const gapOf = (r: RequestSentence) => {
    if (r.i > top.i && isExplicitAsk(r)) return dutyTop && r.score < WEAK ? 0 : FOLLOW_ON_GAP;
    // "Ik wil de bewoners op tijd een brief sturen." between the opening line (which often names
    // the reminder) and the ask: a line the model hardly sees as an ask, whatever its form, is
    // context for the clearer ask after it.
    // Not a line that opens with "please" ("Bitte die Paletten aus der Charge sperren und nicht mehr
    // ausliefern."): that form asks, however weak the model's score.
    const weakLead =
      r.i > 0 &&
      r.i < top.i &&
      r.direct === true &&
      r.score < WEAK &&
      !endsWithQuestion(r.s.text) &&
      !PLEASE_FIRST[lang].test(bareLower(r.s.text));
    // "Ik mis nog je urenstaat. Kun je die vandaag sturen?": waiting for the reader's part is an
    // ask of its own, however sure the model is of the question.
    // "Alle i ensemblet må levere timelister … innen utgangen av måneden. Husk å merke …": a duty put
    // on the reader or the group is an ask of its own beside the imperative that says how.
    const waiting =
      WAITING_FOR[lang].test(bareLower(r.s.text)) ||
      (r.i > top.i && afterReminder(r)) ||
      (r.i < top.i && OBLIGED[lang].test(bareLower(r.s.text)));
    // "Voor de afsluiting heb ik nog het volgende van je nodig:" above a list of things (not of
    // asks): the line that asks for them.
    const next = sentences[r.i + 1];
    const listLead = /:\s*$/.test(r.s.text) && next !== undefined && hasBullet(next.text) && !asked.has(r.i + 1);
    return Math.max(
      (r.direct && !weakLead) || waiting || listLead ? DIRECT_GAP : 0,
      r.kind === 'question' && endsWithQuestion(r.s.text) ? QUESTION_GAP : SPAN_GAP,
    );
  };
  let quoted = requests.filter((r) => r.score >= Math.min(best - gapOf(r), SURE));
  // "Could you pull the records? I need them by Thursday.": the second only restates the deadline
  // (but after a reminder that asks no question, "Ich brauche sie heute noch" is the ask it lacked).
  const restatement = c.restatement;
  const restates = (r: RequestSentence) => restatement !== null && restatement.test(r.s.text.trim());
  // "Für die Fertigung … benötige ich von Ihnen noch die Mensurtabelle. Damit wir …, brauche ich die
  // Tabelle noch heute." (round 93): when what scores best only restates the deadline of an ask
  // before it, after saying what for, that ask is what is quoted.
  if (quoted.length > 0 && quoted.every((r) => restates(r) && PURPOSE_FIRST.test(bareLower(r.s.text)))) {
    const before = requests.filter((r) => r.i < quoted[0]!.i && !restates(r));
    if (before.length > 0) {
      const top = Math.max(...before.map((r) => r.score));
      quoted = before.filter((r) => r.score >= top - gapOf(r));
    }
  }
  if (restatement && quoted.length > 1) {
    const reminderAsk = (r: RequestSentence) =>
      afterReminder(r) && !quoted.some((q) => q.i < r.i && endsWithQuestion(q.s.text));
    // "Ik heb ze vandaag nog nodig. Lukt dat?": a need is a restatement only after an ask, not
    // before the question whether it can be done.
    const asks = quoted.filter((r) => !restates(r) || reminderAsk(r) || !quoted.some((q) => q.i < r.i && !restates(q)));
    if (asks.length > 0) quoted = asks;
  }
  // A clear explicit ask (one of the surest): what follows it without asking restates or explains it,
  // unless it says it waits for the reader's part (the ask of a reminder), opens with "also", or puts
  // a further duty on the reader or the group ("All staff must also…").
  const anchor = quoted.find((r) => isExplicitAsk(r) && r.score >= best - ANCHOR_GAP);
  if (anchor && quoted.length > 1) {
    quoted = quoted.filter((r) => {
      if (r.i <= anchor.i) return true;
      const lower = bareLower(r.s.text);
      // "Hun communicatieafdeling wil het graag vóór de zomer publiceren": what a third party wants
      // is the reason for the ask, even with "graag".
      if (!endsWithQuestion(r.s.text) && THIRD_PARTY_WANTS[lang].test(lower)) return false;
      // "Vooral de cijfers wil ik graag laten checken", "Especially the cost table": what in the
      // ask matters most, not a further ask.
      if (!endsWithQuestion(r.s.text) && FOCUS[lang]?.test(lower)) return false;
      // "Use last year's figures as a baseline", "Neem het oude rooster als uitgangspunt": how to
      // go about the ask, not a further one.
      if (!endsWithQuestion(r.s.text) && METHOD[lang]?.test(lower)) return false;
      if (isExplicitAsk(r)) return true;
      // "Het zou fijn zijn als je ook even naar de kosten kijkt", "I'd also need your signature":
      // one more thing asked of the reader.
      if (ALSO_ASKED[lang]?.test(lower) && SECOND_PERSON[lang]?.test(lower)) return true;
      return (
        WAITING_FOR[lang].test(lower) || ADDITIVE[lang].test(lower) || OBLIGED[lang].test(lower) || afterReminder(r)
      );
    });
  }
  // "Jeg trenger timelistene innen torsdag. Byggherren vil ha fakturaen før månedsmøtet, og …": after
  // any ask, what a third party wants, said as a statement, is its reason (as after an explicit one);
  // "Weißt du noch, wo die Helme sind? Keine Eile, ich brauche die erst im Januar" (round 81): when the
  // sender needs the thing says how soon, not what else.
  if (quoted.length > 1) {
    const first = quoted[0]!;
    const reason = (r: RequestSentence) => {
      if (r.i <= first.i) return false;
      const lower = bareLower(r.s.text);
      return (
        (r.score < first.score && !endsWithQuestion(r.s.text) && THIRD_PARTY_WANTS[lang].test(lower)) ||
        NEEDED_ONLY_LATER[lang].test(lower)
      );
    };
    quoted = quoted.filter((r) => !reason(r));
  }
  // "Two things I need from you:" above the quoted items of a list ("Please send me the following:"
  // asks itself and stays).
  // Round 13: also above a list with a quoted item further down ("Quick round-up before I head out:
  // - … - Oh, and could you get the engineer booked in?").
  if (quoted.length > 1) {
    const at = new Set(quoted.map((r) => r.i));
    const listAsks = (i: number) => {
      for (let j = i + 1; sentences[j] !== undefined && hasBullet(sentences[j]!.text); j++) if (at.has(j)) return true;
      return false;
    };
    quoted = quoted.filter(
      (r) => isExplicitAsk(r) || !(/:\s*$/.test(r.s.text) && (at.has(r.i + 1) || at.has(r.i + 2) || listAsks(r.i))),
    );
  }
  // "Falls das zeitlich zu knapp wird, gib mir Bescheid, dann …", "Gdyby czegoś brakowało, podeślij
  // to, co masz": beside an ask, a line that opens with a condition says what to do should the plan
  // fail, not a further ask.
  const contingency = CONTINGENCY[lang];
  if (contingency && quoted.length > 1) {
    const plain = quoted.filter((r) => {
      const lower = bareLower(r.s.text);
      return endsWithQuestion(r.s.text) || !contingency.test(lower) || BONUS_ASK[lang].test(lower);
    });
    if (plain.length > 0) quoted = plain;
  }
  return quoted;
}

/**
 * "Ich würde mir wünschen, dass ihr … durchlest", "Chciałabym, żebyś do jutra przejrzał …", "Ik wil
 * dat jullie de lijst invullen", "Jeg ønsker at dere leser …": the sender's wish that the reader does
 * something asks it (not "I want you to know …"). Only languages whose cues miss it.
 * Round 43: also the wish that the thing be done ("Zależy nam na tym, żeby porozumienie zostało
 * podpisane … i odesłane do nas").
 */
// Round 50: also what it is important that the reader does ("Für die Planung ist es wichtig, dass
// Sie mir … durchgeben", "Het is belangrijk dat u …", "Det er viktig at du …").
// Round 125: "Hadde satt pris på om du kunne …" without its "jeg"; Polish "Potrzebny mi raport … – do
// piątku", the thing needed first.
// Round 122: also the sender's wish to get it from the reader ("Es wär schön, wenn ich nächste Woche
// einen ersten Entwurf … von dir kriegen könnte", "Byłoby super, gdybym … dostał od Ciebie …").
// Round 120: also the kind wish the cues miss ("Wär lieb, wenn du mir die bis Ende der Woche in mein
// Fach legst", "Zou lief zijn als je …", "Det hadde vært snilt om du …", "Fajnie by było, jakbyś …")
// and the need that the reader does it ("Potrzebuję, żebyś założył jej konto …").
const WISH_THAT: Partial<Record<Lang, RegExp>> = {
  nl: /(?:(?<![\p{L}])(?:ik|we|wij) (?:zou|zouden|wil|willen|wilde|wilden)(?: \S+){0,2}? (?:dat|als) (?:je|jij|u|jullie|ge|gij)|(?:^|(?<![\p{L}])het )zou (?:(?:echt|heel|super)\s+)?(?:lief|tof|top|chill) (?:zijn|wezen),? (?:als|wanneer) (?:je|jij|u|jullie)|(?<![\p{L}])het zou (?:mij |me |ons )?(?:(?:zeer|erg|enorm|echt|heel)\s+)?(?:helpen|fijn zijn|prettig zijn|mooi zijn),? als (?:je|jij|u|jullie|ge|gij))(?![\p{L}])(?![^?]*(?<![\p{L}])(?:weet|weten)(?![\p{L}]))[^?]*$|(?<![\p{L}])(?:het is|is het) (?:(?:erg|heel|zeer|echt)\s+)?(?:belangrijk|nodig|noodzakelijk|essentieel),? dat (?:je|jij|u|jullie|ge|gij)(?![\p{L}])[^?]*$/u,
  de: /(?:(?<![\p{L}])(?:ich|wir) (?:würde|würden|möchte|möchten|wünsche|wünschen|hätte|hätten|will|wollen)(?: mir| uns)?(?: (?:gern|gerne|sehr|eigentlich|es))*(?: wünschen| gern| gerne)?,? (?:wenn|dass) (?:du|ihr|sie)|^mir (?:wäre|ist) (?:es )?(?:wichtig|lieb),? (?:wenn|dass) (?:du|ihr|sie)|(?<![\p{L}])(?:wäre|wär|wär's|wärs) (?:es )?(?:(?:echt|so|total|sehr|wirklich)\s+)?(?:schön|super|toll|gut|prima|klasse|lieb|hilfreich|fein|ideal),? (?:wenn|falls) (?:ich|wir)(?=[^?]*(?<![\p{L}])von (?:dir|euch|ihnen)(?![\p{L}]))(?=[^?]*(?<![\p{L}])(?:bekommen|kriegen|bekäme|bekämen|kriegte|kriegten|hätte|hätten|haben)(?![\p{L}]))|(?:^|(?<![\p{L}])es )(?:wäre|wär|wär's|wärs) (?:es )?(?:(?:echt|so|total|sehr|wirklich|voll)\s+)?(?:lieb|fein|cool|spitze|klasse),? (?:wenn|falls) (?:du|ihr|sie)|(?<![\p{L}])wäre (?:es )?(?:(?:sehr|wirklich|echt|äußerst|total)\s+)+(?:hilfreich|super|toll|schön|gut|nett|prima|klasse),? wenn (?:du|ihr|sie)|(?:ich|wir) f(?:ä|ae)nde(?:n)? es (?:sch(?:ö|oe)n|gut|toll|super|klasse|prima|hilfreich),? (?:wenn|falls|dass) (?:du|ihr|sie)|(?:(?:ich|wir) (?:würde|würd|würden) (?:mich|uns)|(?:würde|würd|würden) (?:ich|wir) (?:mich|uns)) (?:sehr |riesig |total )?freuen,? (?:wenn|falls) (?:du|ihr|sie))(?![\p{L}])(?![^?]*(?<![\p{L}])(?:weißt|wisst|wissen)(?![\p{L}]))[^?]*$|(?<![\p{L}])(?:es ist|ist es|wäre es|es wäre) (?:(?:sehr|wirklich|besonders|äußerst|absolut)\s+)?(?:wichtig|notwendig|erforderlich|nötig|unerlässlich),? dass (?:du|ihr|sie)(?![\p{L}])[^?]*$/u,
  pl: /^(?:\p{Lu}?\p{L}+,\s+)?(?:(?:a|i|no)\s+)?(?:potrzebny|potrzebna|potrzebne|potrzebni) (?:mi|nam) (?:(?:jest|są|będzie|będą|jeszcze|też|pilnie)\s+)*\p{L}[^?]*$|(?:^|\s)(?:fajnie|dobrze|super|miło|świetnie) (?:by było|byłoby),? (?:jakbyś|jakbyście)(?![\p{L}])[^?]*$|(?:^|\s)(?:byłoby|by było)(?: (?:mi|nam))?(?: \p{L}+)?,? gdyby(?:m|śmy)\s(?=[^?]*(?<![\p{L}])od (?:ciebie|was|pana|pani|państwa)(?![\p{L}]))[^?]*$|(?:^|\s)(?:chciałabym|chciałbym|chcielibyśmy|chciałybyśmy|(?:bym|byśmy) (?:chciał|chciała|chcieli|chciały|wolał|wolała|prosił|prosiła)|chcę|chcemy|wolałabym|wolałbym|zależy mi(?: na tym)?|zależałoby mi(?: na tym)?|prosiłabym|prosiłbym|(?<!nie )potrzebuję|(?<!nie )potrzebujemy|potrzebowałbym|potrzebowałabym),? (?:żebyś|żebyście|abyś|abyście|żeby pan|żeby pani|aby pan|aby pani|by pan|by pani|żeby państwo|aby państwo)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:wiedział|wiedziała|wiedzieli|wiedziały)(?![\p{L}]))[^?]*$|(?:^|\s)zależy (?:mi|nam)(?: (?:bardzo|szczególnie|też|także|również))? na tym,? (?:żeby|aby|by) (?:\S+\s+){1,4}?(?:został|została|zostało|zostały|zostali)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så|men)[,]?\s+)?(?:hadde|ville) (?:satt|sette) (?:stor )?pris på om (?:du|dere)(?![\p{L}])[^?]*$|(?:(?<![\p{L}])(?:jeg|vi) (?:vil|ønsker|ønsker meg|hadde ønsket|skulle ønske|vil gjerne|ville gjerne|hadde satt pris på) (?:gjerne )?at (?:du|dere)(?![\p{L}])(?![^?]*(?<![\p{L}])vet(?![\p{L}]))[^?]*$)|(?:^|(?<![\p{L}])det )(?:hadde|ville|ville ha) vært (?:(?:veldig|kjempe|så)\s*)?snilt,? (?:om|hvis|dersom) (?:du|dere)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:det er|er det) (?:(?:veldig|svært)\s+)?(?:viktig|nødvendig|avgjørende),? at (?:du|dere)(?![\p{L}])[^?]*$/u,
};

/**
 * "brauch von dir bis morgen noch die freigabe", "potrzebuje od ciebie zestawienia …": a need of
 * something from the reader asks for it. Only languages whose cues miss it. Round 123: also the verb
 * first, in dialect ("Damit mir planen könnet, bräucht i von jeder Filiale die Mengen heute noch"). Round 93: also in the word
 * order of a clause after "because" ("…, weil ich von dir noch die Nummern bis Freitag brauche", "…,
 * omdat ik ook de nummers van je nodig heb", "…, fordi jeg også trenger numrene fra deg").
 */
const NEED_FROM_YOU: Partial<Record<Lang, RegExp>> = {
  // Round 66: "I need each of you to log your crew's equipment hours …": the need put on each of the
  // group (English's cues have "I need you to").
  en: /^(?:(?:and|so|but)\s+)?(?:i|we)(?: really| still| just)? need (?:each of you|all of you|every one of you|everyone|everybody|you all|each (?:team|crew|site|shift) (?:lead|leader|manager|supervisor)s?) to\b[^?]*$/,
  // Round 47: also the thing needed back or signed ("Ich brauch die heute noch unterschrieben zurück",
  // "Die Formulare brauche ich ausgefüllt zurück").
  de: /^(?:(?:und|aber|also)\s+)?(?:ich\s+)?(?:brauch|brauche|bräuchte|benötige)(?: \S+){0,3}? von (?:dir|euch|ihnen)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:brauch|brauche|bräucht|bräuchte|bräuchten|benötige)\s+(?:i|ich|wir|mir)\s+(?![^?]*(?<![\p{L}])(?:nicht|nichts|net|kein\p{L}*)(?![\p{L}]))(?:\S+\s+){0,2}?von (?:jeder|jedem|allen|euch|dir|ihnen)(?![\p{L}])[^?]*$|(?:^(?:(?:und|aber|also)\s+)?(?:ich|wir) (?:brauch|brauche|brauchen|bräuchte|bräuchten|benötige|benötigen)|(?<![\p{L}])(?:brauch|brauche|brauchen|bräuchte|bräuchten|benötige|benötigen) (?:ich|wir))(?![^?]*(?<![\p{L}])(?:nicht|nichts|kein|keine|keinen)(?![\p{L}]))(?: \S+){0,6}? (?:zurück|unterschrieben|unterzeichnet|ausgefüllt|gegengezeichnet)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:weil|da) (?:ich|wir)\s(?=[^?]*(?<![\p{L}])von (?:dir|ihnen|euch)(?![\p{L}]))[^?]*(?<![\p{L}])(?:brauche|brauchen|benötige|benötigen|bräuchte|bräuchten)(?![\p{L}])[^?]*$/u,
  // "bardzo bym chciała dostać od Ciebie do środy fakturę": the wish to get it from the reader too.
  pl: /(?:(?:^|\s)(?<!nie\s)potrzebuj[eę](?: \S+){0,2}?|(?:^|\s)(?<!nie\s)(?:(?:bym|byśmy) (?:chciał|chciała|chcieli|chciały)|chciałbym|chciałabym|chcielibyśmy|chciałybyśmy)(?: \S+){0,2}? (?:dostać|otrzymać|mieć)(?: \S+){0,3}?) od (?:ciebie|was|pana|pani|państwa)(?![\p{L}])[^?]*$/u,
  // "Jeg skulle gjerne hatt en vurdering fra dere …", "Jeg skulle gjerne hatt utkastet ditt innen kl. 10"
  nb: /(?<![\p{L}])(?:jeg|vi) (?:(?:skulle gjerne hatt|skulle hatt|vil gjerne ha|ville gjerne hatt|trenger|må ha)(?: \S+){0,6}? fra (?:deg|dere)|(?:skulle gjerne hatt|skulle hatt|vil gjerne ha|ville gjerne hatt)(?: \S+){0,4}? \p{L}+ (?:ditt|din|dine|deres))(?![\p{L}])[^?]*$|(?<![\p{L}])(?:fordi|siden) (?:jeg|vi)\s+(?:(?:også|fortsatt|egentlig|da)\s+)?(?:trenger|må ha)\s[^?]*(?<![\p{L}])fra (?:deg|dere)(?![\p{L}])[^?]*$/u,
  // "Die moet binnen vijf dagen bij mij binnen zijn", "Wij verzoeken u … te ondertekenen"
  // "Voor de rapportage heb ik nog de verzuimcijfers van jouw afdeling nodig"
  nl: /(?<![\p{L}])(?:die|dat|het|ze|deze|dit)\s+(?:moet|moeten)\s+(?:\S+\s+){0,5}?bij (?:mij|ons) (?:binnen|zijn|liggen)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:heb|hebben) (?:ik|we|wij)(?!(?: \S+){0,8}? (?:niets|niks|geen|niet)(?![\p{L}]))(?: \S+){0,8}? (?:van (?:je|jou|u|jullie)|van jouw|van uw|jouw|uw)(?: \S+){0,6}? nodig(?![\p{L}])(?![^?]*(?<![\p{L}])(?:niet|geen)(?![\p{L}]))[^?]*$|(?<![\p{L}])(?:wij|we|ik) (?:verzoeken|verzoek) (?:je|jou|u|jullie)(?: \S+){0,8}? te \p{L}[^?]*$|(?<![\p{L}])(?:omdat|aangezien) (?:ik|we|wij)\s(?=[^?]*(?<![\p{L}])van (?:je|jou|u|jullie)(?![\p{L}]))[^?]*(?<![\p{L}])nodig (?:heb|hebben|had|hadden)(?![\p{L}])[^?]*$/u,
};

/**
 * "każdy z Was wpisuje się w grafik na sierpień do niedzieli", "Jeder von euch trägt sich bis Sonntag
 * in den Dienstplan ein", "Alle leverer nøklene innen fredag": what the group does by a time, said in
 * the present, is a duty put on it (round 93); only a verb of handing in or filling in, and only with
 * its time. English and Dutch read it already ("Everyone signs up by Friday"). Round 99: also with
 * the time between ("każdy z Was do końca tygodnia wpisuje się w grafik").
 */
const GROUP_DOES_BY: Partial<Record<Lang, RegExp>> = {
  de: /^(?=[^?]*(?<![\p{L}])(?:bis|spätestens)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute|ende|zum|übermorgen|nächste|\d))(?:[^:?–—]{0,80}[:–—]\s+)?(?:(?:und|also|dann)\s+)?(?:jeder von euch|jede von euch|jede und jeder|jeder und jede|ihr alle|alle von euch|jede[rs]?|alle)\s+(?:\S+\s+){0,4}?(?:trägt|tragen|gibt|geben|schickt|schicken|meldet|melden|füllt|füllen|reicht|reichen|bringt|bringen|lädt|laden|sendet|senden|schreibt|schreiben|liefert|liefern|legt|legen|erledigt|erledigen|überweist|überweisen|bestätigt|bestätigen|räumt|räumen)(?![\p{L}])[^?]*$/u,
  pl: /^(?=[^?]*(?<![\p{L}])(?:do\s+(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|jutra|końca|\d)|najpóźniej|w ciągu))(?:[^:?–—]{0,80}[:–—]\s+)?(?:(?:a|i|więc|zatem)\s+)?(?:każdy z was|każda z was|każdy z państwa|wszyscy|każdy|każda)\s+(?:\S+\s+){0,4}?(?:wpisuje|wpisują|oddaje|oddają|wysyła|wysyłają|przesyła|przesyłają|uzupełnia|uzupełniają|zgłasza|zgłaszają|składa|składają|przynosi|przynoszą|dostarcza|dostarczają|wypełnia|wypełniają|zapisuje|zapisują|potwierdza|potwierdzają|rozlicza|rozliczają|odsyła|odsyłają|zwraca|zwracają|wrzuca|wrzucają|wgrywa|wgrywają|przekazuje|przekazują)(?![\p{L}])[^?]*$/u,
  nb: /^(?=[^?]*(?<![\p{L}])(?:innen|senest)\s)(?:[^:?–—]{0,80}[:–—]\s+)?(?:(?:og|så)\s+)?(?:hver av dere|hver enkelt|dere alle|alle sammen|alle|hver)\s+(?:\S+\s+){0,4}?(?:fører|leverer|sender|fyller|melder|skriver|legger|registrerer|gir|betaler|bekrefter|returnerer|laster)(?![\p{L}])[^?]*$/u,
};

/**
 * "Alle medewerkers zijn verplicht deze e-learning binnen 14 dagen af te ronden", "Alle Beschäftigten
 * sind verpflichtet, … zu …": a duty put on a group the reader belongs to.
 */
const GROUP_DUTY: Record<Lang, RegExp> = {
  // Round 86: also "everyone who … is now required to …", the group named by what its members do, and
  // the duty with "now" or "from now on" before it (in every language).
  en: /\b(?:(?:all|every|each)\s+(?:\S+\s+){0,3}?|(?:everyone|everybody|all of you|each of you)\s+(?:(?:who|that)\s+[^.?!;]{1,80}?,?\s+)?)(?:are|is)\s+(?:(?:now|also|therefore|henceforth|from now on|from today)\s+)?(?:required|obliged|expected)\s+to\s+\w[^?]*$/,
  nl: /(?<![\p{L}])(?:(?:alle|iedere|elke)\s+(?:\S+\s+){0,3}?|iedereen\s+(?:die\s+[^.?!;]{1,80}?,?\s+)?)(?:zijn|is)\s+(?:(?:nu|vanaf nu|voortaan|vanaf vandaag|per direct|daarom|dus|ook)\s+)?verplicht\s+[^?]*(?<![\p{L}])te\s+\p{L}[^?]*$/u,
  // Round 66: also the duty with its verb first ("Damit ich … melden kann, muss sich jede und jeder bis
  // 20.3. in die Liste eintragen").
  // Round 95: also after "deshalb", "daher" ("Deshalb muss jede und jeder von euch bis zum 8. Mai …").
  de: /(?<![\p{L}])(?:alle|jede[rs]?)(?:,\s*(?:die|der|das)\s+[^.?!;]{1,80}?,|\s+(?:\S+\s+){0,3}?)\s*(?:sind|ist)\s+(?:(?:ab sofort|ab jetzt|ab heute|künftig|zukünftig|nun|jetzt|daher|deshalb|auch)\s+)?verpflichtet,?\s+[^?]*\szu\s+\p{L}[^?]*$|(?:^(?:(?:deshalb|daher|darum|deswegen|also|dafür|außerdem|ab sofort|bitte)\s+)?|,\s*)(?:muss|soll)\s+(?:sich\s+)?(?:jede und jeder|jeder und jede|jede[rs]?|jede[:*/_]r)\s[^?]*$/u,
  // Round 35: also with the participle first ("Wszyscy strażacy JRG 1 zobowiązani są do …").
  pl: /(?:^|\s)(?:wszyscy|wszystkie|każdy|każda)(?:,\s*(?:kto|którzy|które)\s+[^.?!;]{1,80}?,\s*|\s+(?:\S+\s+){0,3}?)(?:(?:są|jest)\s+(?:(?:teraz|od teraz|od dziś|odtąd|więc|także|również)\s+)?(?:zobowiązan\p{L}*|zobligowan\p{L}*)|(?:zobowiązan\p{L}*|zobligowan\p{L}*)\s+(?:są|jest))\s+do\s+\p{L}[^?]*$/u,
  // Round 91: also the duty with its verb first ("For at nye kort skal være klare, må hver leietaker sende oss
  // …"), as in German.
  nb: /(?<![\p{L}])(?:alle|hver)(?:,?\s+som\s+[^.?!;]{1,80}?,?\s+|\s+(?:\S+\s+){0,3}?)(?:er|blir)\s+(?:(?:nå|fra nå av|heretter|fra i dag|derfor|også)\s+)?(?:pålagt|forpliktet)\s+(?:til\s+)?å\s+\p{L}[^?]*$|(?:^|,\s*)(?:må|skal|bør)\s+(?:hver(?:\s+og\s+en)?|hver\s+enkelt)\s[^?]*$/u,
};

/**
 * "If you could also send the photos, that would be great", "Wenn du noch zwei Fotos mitschicken
 * könntest, wäre das super", "Hvis du kan legge ved bilder også, er det enda bedre": a wish put as a
 * condition and its reward, which asks (round 13). Not an offer or permission ("If you want to…",
 * "Als je vragen hebt…"). Round 90: Dutch also without the comma ("als je er volgende week naar kunt
 * kijken is dat prima").
 */
const BONUS_ASK: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|oh|plus|ps)[,:]?\s+|(?:no rush|no hurry|no pressure|not urgent|(?:it's |it is )?not (?:at all )?urgent)(?: at all| whatsoever)?\s*[,–—:-]?\s*(?:but\s+)?)?if (?:you|u) (?:(?:also|then)\s+)?(?:could(?!n't)|can(?!'t|not)|were able to|are able to|manage to|have (?:time|a (?:moment|minute|chance)) to|get (?:a )?(?:chance|moment) to)\s(?:[^,?]|,\s(?=(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)){3,120},\s*(?:then\s+)?(?:(?:that|it|this)(?:'s|'d|\s+would|\s+will|\s+is)?\s+)?(?:be\s+)?(?:even better|all the better|so much the better|fine|enough|plenty|great|brilliant|perfect|ideal|amazing|fantastic|wonderful|super|(?:really |very )?helpful|a (?:big |huge |great |real )?help|(?:much )?appreciated|lovely|grand|handy|a bonus|a plus)\b/,
  nl: /^(?:(?:en|ook|o ja|ps)[,:]?\s+|(?:geen haast|geen haast hoor|geen stress|geen spoed|(?:het is )?niet dringend|(?:het )?heeft geen haast)\s*[,–—:-]?\s*(?:maar\s+)?)?(?:als|indien|mocht|mochten) (?:je|jij|u|jullie|ge|gij) (?![^,?]*(?<![\p{L}])(?:wil|wilt|willen|wilde|zin|liever|vragen|vraag)(?![\p{L}]))(?:[^,?]|,\s(?=(?:\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?![\p{L}]))){3,120}?(?:,\s*|\s+(?=(?:is|zou|wordt|was)\s+(?:dat|het)\s))(?:dan\s+)?(?:(?:is|zou|wordt|was)\s+(?:dat|het)\s+(?:(?:ook|helemaal|wel|echt|nog|heel|erg|super|mooi)\s+)*(?:beter|mooi|top|fijn|prima|super|handig|ideaal|perfect|geweldig|meegenomen|welkom)|(?:nog|des te)\s+beter|mooi meegenomen|top|super|(?:is|zou)\s+(?:dat|het)\s+(?:ook\s+)?(?:genoeg|voldoende|prima|goed)|volstaat\s+(?:dat|het))(?![\p{L}])/u,
  de: /^(?:(?:und|ach|ps)[,:]?\s+|(?:keine eile|kein stress|ohne eile|kein druck|(?:es )?(?:ist )?nicht (?:so )?(?:dringend|eilig))\s*[–—,:-]\s*(?:aber\s+)?)?(?:wenn|falls|sofern) (?:du|sie|ihr) (?![^,?]*(?<![\p{L}])(?:willst|wollt|wollen|möchtest|möchten|fragen|lust)(?![\p{L}]))(?:[^,?]|,\s(?=(?:\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)(?![\p{L}]))){3,120}(?:könntest|könnten|könntet|kannst|können|könnt|schaffst|schafft|schaffen|würdest|würden|würdet)\s*,\s*(?:dann\s+)?(?:(?:wäre|ist|wär)\s+(?:das|es)\s+(?:(?:ja|noch|echt|wirklich|natürlich|auch|sogar)\s+)*(?:super|toll|prima|klasse|perfekt|ideal|besser|großartig|hilfreich|spitze|top|schön|genial|eine große hilfe|eine hilfe)|(?:wäre|wär) (?:ich|wir) (?:dir |ihnen |euch )?(?:(?:sehr|wirklich|echt)\s+)?dankbar|umso besser|noch besser|super|prima|perfekt|klasse|toll|(?:reicht|genügt|passt)\s+(?:das|es)(?:\s+(?:völlig|vollkommen|auch|mir|uns|schon))?)(?![\p{L}])/u,
  pl: /^(?:(?:a|i|aha|ps)[,:]?\s+|(?:nie pali się|bez pośpiechu|na spokojnie|bez presji|nic pilnego|(?:to )?nie jest pilne)\s*[,–—:-]?\s*(?:ale\s+)?)?(?:jeśli|jeżeli|gdyby|gdybyś|gdybyście|jakbyś|jakbyście) (?![^,?]*(?<![\p{L}])(?:pytania|pytań|wątpliwości|chcesz|chcecie|wolisz|wolicie)(?![\p{L}]))(?:[^,?]|,\s(?=(?:\d|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć)(?![\p{L}]))){3,120},\s*(?:to\s+)?(?:(?:byłoby|będzie|byłby|byłaby)\s+(?:(?:to|jeszcze|naprawdę|bardzo)\s+)*(?:super|świetnie|idealnie|wspaniale|pomocne|lepiej|ekstra|rewelacyjnie|fajnie|duża pomoc)|(?:tym|jeszcze) lepiej|super|świetnie|idealnie|ekstra)(?![\p{L}])/u,
  nb: /^(?:(?:og|ps)[,:]?\s+|(?:ingen hast|ikke noe hast|ingen stress|(?:det )?haster ikke|(?:det er )?ikke (?:så )?viktig)\s*[,–—:-]?\s*(?:men\s+)?)?(?:hvis|om|dersom) (?:du|dere) (?![^,?]*(?<![\p{L}])(?:spørsmål|lurer|vil|ønsker|har lyst)(?![\p{L}]))(?:[^,?]|,\s(?=(?:\d|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)(?![\p{L}]))){3,120}?(?:,\s*|\s+(?=(?:er|hadde|blir|vil) (?:det|dette)\s))(?:så\s+)?(?:(?:er|hadde|blir|vil)\s+(?:det|dette)\s+(?:(?:vært|være|jo|enda|helt|veldig|kjempe)\s+)*(?:bedre|fint|flott|supert|topp|perfekt|ideelt|kjempefint|til stor hjelp|nyttig)|enda bedre|så mye bedre|supert|flott|topp|holder det|er det greit|er det fint)(?![\p{L}])/u,
};

/**
 * The sender's need of a thing or a duty of a group, which asks when its sentence also says by when
 * (see analyzeEmail). Only languages whose cues and model miss them (round 13).
 */
const NEED_BY: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|also|so|but|really)\s+)?(?:(?:i|we)(?: still| really| urgently| will| would|'ll|'d)? need|needs?)\s+(?!to\b|you\b|a (?:break|rest|holiday|day off)\b|any\b|help\b)\w|\b(?:everyone|everybody|all staff|all employees|all of you|each of you|every [a-z-]{3,}|each [a-z-]{3,}|all (?!(?:this|that|these|those|of it|of this|of that|the|our|my|your)\b)[a-z-]{3,})\b[^.?!]{0,80}?\b(?:must|needs? to|has to|have to|is required to|are required to)\b|^(?!(?:(?:and|also|plus|so)\s+)?(?:my|our|his|her|their|i|we|it|this|that)\b)(?:(?:and|also|plus|so)\s+)?(?:[\w'-]+\s+){1,5}?(?:needs? to|must|have to|has to) be (?:in|done|submitted|sent(?: in| back)?|returned|completed|signed|uploaded|filled (?:in|out)|approved|booked|paid|handed in|logged|entered|with (?:me|us))\b|^(?:(?:and|so|but)\s+)?(?:i|we) (?:have to|must|need to|'ve got to|am going to|'m going to|will have to|'ll have to) [^?]{3,100}? and (?:(?:really|urgently|still|also|will|'ll)\s+)?need (?!to\b|you\b|a (?:break|rest|holiday|day off)\b|any\b|help\b|some (?:rest|sleep)\b)\w[^?]*$/,
  // Round 88: also "Ik moet voor 15 uur antwoord hebben"; round 89: the duty of those a clause names
  // (see below).
  nl: /(?<![\p{L}])(?:ik|we|wij) (?:heb|hebben) (?:[^?!]{1,140}? )?nodig(?![\p{L}])|(?<![\p{L}])(?:ik|we|wij) (?:moet|moeten) (?:[^?!]{0,40}? )?(?:antwoord|reactie|bevestiging|uitsluitsel|akkoord|terugkoppeling) (?:\p{L}+ )?(?:hebben|krijgen|ontvangen)(?![\p{L}])|^(?:[^:–—?]{1,30}[:–—]\s+)?(?:(?:en|ook)\s+)?(?:wie|degenen die|diegenen die|jullie die)\s(?![^,?]*(?<![\p{L}])(?:vragen|vraag|interesse|zin|wil|wilt|willen|kan|kunt|kunnen)(?![\p{L}]))[^.?!]{1,100}?,\s*(?:moet|moeten)(?![^,.;?]*(?<![\p{L}])(?:niets|niks|niet|geen)(?![\p{L}]))\s+\p{L}[^?]*$|(?<![\p{L}])(?:ik|we|wij) (?:moet|moeten) [^?]{3,100}? en (?:(?:daarvoor|dus|ook)\s+)?(?:heb|hebben) (?:[^?!]{1,140}? )?nodig(?![\p{L}])[^?]*$/u,
  // Round 89: the duty of those of the group a clause names, with its time ("Dere som har hatt reiser i
  // januar må levere reiseregningene innen utgangen av måneden", "Wer im Januar gereist ist, muss … bis
  // Monatsende …", "Wie … heeft gereisd, moet … voor het eind van de maand …", "Kto był w delegacji, musi …
  // do końca miesiąca"; not "Wer Fragen hat, …" nor "…, muss nichts tun").
  de: /^(?:[^:–—?]{1,30}[:–—]\s+)?(?:(?:und|auch)\s+)?(?:wer|diejenigen,?\s+die)\s(?![^,?]*(?<![\p{L}])(?:fragen|frage|interesse|lust|möchte|möchten|will|wollen|mag|kann|können)(?![\p{L}]))[^.?!]{1,100}?,\s*(?:muss|müssen|soll|sollen|sollte|sollten)(?![^,.;?]*(?<![\p{L}])(?:nichts|nicht|kein\p{L}*)(?![\p{L}]))\s+\p{L}[^?]*$|^(?:(?:und|aber|also)\s+)?(?:ich|wir) (?:muss|müssen|soll|sollen) [^?]{3,100}? und (?:(?:dafür|deshalb|dazu|also)\s+)?(?:brauche|brauchen|benötige|benötigen) (?!nicht|kein|hilfe)\p{L}[^?]*$/u,
  pl: /^(?:[^:–—?]{1,30}[:–—]\s+)?(?:(?:a|i)\s+)?(?:ci z was,?\s+którzy|ci,\s+którzy|kto)\s(?![^,?]*(?<![\p{L}])(?:pytania|pytanie|chęć|chce|chcą|chcecie|ochotę|może|mogą|możecie)(?![\p{L}]))[^.?!]{1,100}?,\s*(?:musi|muszą|powinien|powinna|powinni|powinny)(?![^,.;?]*(?<![\p{L}])(?:nic|nie)(?![\p{L}]))\s+\p{L}[^?]*$|^(?:(?:a|i)\s+)?(?:muszę|musimy) [^?]{3,100}? i (?:(?:do tego|dlatego|też)\s+)?(?:potrzebuję|potrzebujemy) (?!pomocy)\p{L}[^?]*$/u,
  nb: /^(?:[^:–—?]{1,30}[:–—]\s+)?(?:(?:og|også)\s+)?dere som\s(?![^,?]*(?<![\p{L}])(?:spørsmål|lyst|vil|ønsker|kan)(?![\p{L}]))[^.?!]{1,100}?,?\s+(?:må|skal|bør)(?![^,.;?]*(?<![\p{L}])(?:ikke|ingenting)(?![\p{L}]))\s+\p{L}[^?]*$|^(?:(?:og|men|så)\s+)?(?:jeg|vi) (?:må|skal|bør) [^?]{3,100}? og (?:(?:derfor|da|også)\s+)?(?:trenger|må ha) (?!ikke|å |hjelp)\p{L}[^?]*$/u,
};

/**
 * A duty put on the thing asked for, with its deadline ("De urenbriefjes moeten vóór vrijdag ingeleverd
 * zijn", "Die Reisekosten müssen bis Freitag eingereicht sein"); the sender's own thing is excluded
 * (OWN_SUBJECT). English has it in NEED_BY.
 * Round 42: also what the staff do by a date, said in the present as the rule ("Daarom geldt: alle
 * pedagogisch medewerkers ronden vóór 1 juni de e-learning af", "Alle Beschäftigten schließen bis
 * 30. Juni die Schulung ab"; not what they get or may do).
 * Round 55: also the wish that the thing be done by then ("Fint om alt er lastet opp i kundeportalen
 * innen utgangen av måneden", "Fijn als alles vóór vrijdag is ingevuld", "Schön wäre, wenn bis
 * Monatsende alles hochgeladen ist", "Dobrze by było, gdyby wszystko było wgrane do końca miesiąca").
 * Round 56: also "everyone" doing it by then ("Iedereen geeft zijn verlofwensen door … tegen het
 * einde van de week", "Jeder trägt sich bis Freitag in die Liste ein"); round 67 also everyone who
 * does a thing ("Iedereen die aan de brugpijlers werkt, bezorgt mij uiterlijk 27 februari …"), round 69
 * also without the comma ("Iedereen die op de boot werkt moet daarom uiterlijk 3 april …"). Round 66: also the thing
 * that must be with the sender by then ("Die Spesenabrechnungen … müssen bis Monatsende bei mir im
 * Büro sein", "… moeten vóór vrijdag bij mij zijn", "… muszą być u mnie do piątku", "… må være hos
 * meg innen fredag"); round 120 also Polish "… muszą do mnie trafić do końca miesiąca".
 */
const PASSIVE_DUTY: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:moet|moeten)\s+(?:\S+\s+){0,6}?bij (?:mij|ons)(?:\s+\S+){0,2}?\s+(?:zijn|liggen)(?![\p{L}])|(?<![\p{L}])(?:moet|moeten)\s+(?:\S+\s+){0,6}?(?:ingeleverd|ingediend|aangeleverd|ingevuld|getekend|ondertekend|geregistreerd|betaald|doorgegeven|geüpload|opgestuurd|teruggestuurd|afgerond)\s+(?:zijn|worden)(?![\p{L}])|(?:^|:\s+)(?:alle|iedere|elke)\s+(?:\S+\s+){0,2}?(?:medewerkers|medewerker|collega's|collega|werknemers|deelnemers|docenten|leidinggevenden|teamleden|leden|studenten|stagiairs|chauffeurs|monteurs|verpleegkundigen|agenten|begeleiders)\s+(?!(?:zijn|is|hebben|heeft|krijgen|krijgt|ontvangen|ontvangt|kunnen|kan|mogen|mag|worden|wordt|waren|hadden|gaan|gaat|blijven|blijft|werken|werkt|hoeven|hoeft|zullen|zal)(?![\p{L}]))\p{L}{3,}(?![\p{L}])[^?]*$|(?<![\p{L}])(?:fijn|prettig|mooi|handig|top)(?: zou het zijn| zou zijn)?,? (?:als|wanneer|indien) (?!(?:ik|we|wij)(?![\p{L}]))[^?]{1,80}?(?:(?:is|zijn|wordt|worden)\s+(?:geüpload|ingeleverd|ingediend|aangeleverd|ingevuld|getekend|ondertekend|betaald|doorgegeven|opgestuurd|teruggestuurd|afgerond)|(?:geüpload|ingeleverd|ingediend|aangeleverd|ingevuld|getekend|ondertekend|betaald|doorgegeven|opgestuurd|teruggestuurd|afgerond)\s+(?:is|zijn|wordt|worden))(?![\p{L}])|(?:^|:\s+)iedereen die [^.?!,]{1,80}?\s\p{L}+t\s+(?:moet|dient)(?![\p{L}])[^?]*$|(?:^|:\s+)iedereen(?:\s+die\s[^,?]{1,80},)?\s+(?!(?:is|heeft|krijgt|kent|wordt|gaat|blijft|werkt|zit|staat|weet|wilt|zat|wist|vindt|ziet|hoort|denkt|lacht|dat|wat|het|dit|niet|met|ook|echt|toch|gewoon|zeker|net|best|goed|eigenlijk|straks|vandaag|morgen|gisteren)(?![\p{L}]))\p{L}{2,}t(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:muss|müssen)\s+(?:\S+\s+){0,6}?(?:bei (?:mir|uns)|auf meinem tisch|in meinem fach)(?:\s+\S+){0,3}?\s+(?:sein|liegen)(?![\p{L}])|(?<![\p{L}])(?:muss|müssen)\s+(?:\S+\s+){0,6}?(?:eingereicht|abgegeben|eingetragen|ausgefüllt|unterschrieben|hochgeladen|bezahlt|gebucht|erledigt|zurückgeschickt)\s+(?:sein|werden)(?![\p{L}])|(?:^|:\s+)(?:alle|jede[rs]?)\s+(?:\S+\s+){0,2}?(?:mitarbeitenden|mitarbeiter(?:innen)?|mitarbeiterinnen und mitarbeiter|beschäftigten|kolleg(?:innen|en)|kolleginnen und kollegen|teilnehmenden|teilnehmer(?:innen)?|lehrkräfte|führungskräfte|teammitglieder|angestellten|fahrer(?:innen)?)\s+(?!(?:sind|ist|haben|hat|bekommen|bekommt|erhalten|erhält|können|kann|dürfen|darf|werden|wird|waren|hatten|gehen|geht|bleiben|bleibt|arbeiten|arbeitet|brauchen|braucht|müssen|muss|sollen|soll)(?![\p{L}]))\p{L}{3,}(?![\p{L}])[^?]*$|(?<![\p{L}])(?:schön|gut|super|prima|toll|hilfreich)(?: wäre(?: es)?)?,? (?:wenn|falls) (?!(?:ich|wir)(?![\p{L}]))[^?]{1,80}?(?:hochgeladen|eingereicht|abgegeben|eingetragen|ausgefüllt|unterschrieben|bezahlt|erledigt|zurückgeschickt) (?:ist|sind|wäre|wären|wird|werden)(?![\p{L}])|(?:^|:\s+)(?:jeder|jede)\s+(?!(?:ist|hat|bekommt|erhält|kann|darf|wird|geht|bleibt|arbeitet|weiß|kennt|findet|sieht|hört|denkt|lacht|freut)(?![\p{L}]))\p{L}{2,}t(?![\p{L}])[^?]*$/u,
  // "Gotowe teksty wrzucajcie do folderu … najpóźniej 14 maja": the plural imperative of an ongoing
  // doing (-ajcie, -ujcie), which the cue list's single verbs miss, with its deadline (without one it
  // is as often a wish: "Odpoczywajcie w weekend"). The ending is found first and the whole word
  // (eight letters or more, after a space, a comma or a dash) checked behind it: read from the word's
  // start, every letter of every word would be tried as its last but five.
  pl: /(?<![\p{L}])(?:musi|muszą)\s+(?:\S+\s+){0,4}?(?:być|leżeć)\s+(?:\S+\s+){0,2}?u (?:mnie|nas)(?![\p{L}])|(?<![\p{L}])(?:musi|muszą|powinien|powinna|powinno|powinny)\s+(?:\S+\s+){0,4}?(?:(?:trafić|dotrzeć|wpłynąć|spłynąć)\s+(?:\S+\s+){0,2}?do (?:mnie|nas)|do (?:mnie|nas)\s+(?:\S+\s+)?(?:trafić|dotrzeć|wpłynąć|spłynąć))(?![\p{L}])|(?<![\p{L}])(?:musi|muszą|powinien|powinna|powinno|powinny)\s+(?:\S+\s+){0,3}?(?:być|zostać)\s+(?:\S+\s+){0,2}?(?:złożon|oddan|wysłan|przesłan|dostarczon|uzupełnion|wypełnion|podpisan|wpisan|wprowadzon|zgłoszon|opłacon)\p{L}*|(?:aj|uj|ij|yj|ej|ój)cie(?=[\s,.!:;]|$)(?<=(?:^|[\s,–—-])\p{L}{3,}(?:aj|uj|ij|yj|ej|ój)cie)|(?<![\p{L}])(?:dobrze|fajnie|super|świetnie|idealnie) (?:by było|byłoby),? (?:gdyby|żeby|aby|jeśli|jeżeli) (?:\S+\s+){0,4}?(?:było|były|był|była|został|została|zostało|zostały)\s+(?:\S+\s+)?(?:wgran|przesłan|wysłan|złożon|oddan|dostarczon|uzupełnion|wypełnion|podpisan|opłacon)\p{L}*/u,
  nb: /(?<![\p{L}])må\s+(?:\S+\s+){0,4}?(?:være|ligge)\s+(?:\S+\s+){0,2}?hos (?:meg|oss)(?![\p{L}])|(?<![\p{L}])(?:må|skal)\s+(?:\S+\s+){0,4}?(?:(?:være\s+)?(?:levert|sendt inn|innlevert|registrert|ført|fylt ut|signert|godkjent|betalt|lastet opp)|leveres|sendes inn|registreres|føres|fylles ut|signeres|betales|lastes opp)(?![\p{L}])|(?<![\p{L}])(?:fint|flott|greit|supert|topp|bra) (?:om|hvis|dersom) (?!(?:jeg|vi)(?![\p{L}]))(?:\S+\s+){1,4}?(?:er|blir|var|ble)\s+(?:levert|sendt inn|sendt|innlevert|registrert|fylt ut|signert|godkjent|betalt|lastet opp|lagt inn|oppdatert)(?![\p{L}])/u,
};

/**
 * A sentence that opens with the sender or the sender's own thing ("Unsere Reisekosten müssen …"): its
 * passive duty with a deadline is the sender's, not an ask (see NEED_BY).
 */
const OWN_SUBJECT: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:ik|we|wij|mijn|ons|onze)\s/u,
  de: /^(?:ich|wir|mein\p{L}*|unser\p{L}*)\s/u,
  pl: /^(?:ja|my|mój|moja|moje|nasz|nasza|nasze)\s/u,
  nb: /^(?:jeg|vi|min|mitt|mine|vår|vårt|våre)\s/u,
};

/**
 * "The exam board asks you to …", "De examencommissie verzoekt u …", "Die Kommission bittet Sie, …",
 * "Komisja prosi Pana o …": a third party's ask of the reader, passed on (round 14). Only languages
 * whose cues miss it.
 */
const THIRD_ASKS: Partial<Record<Lang, RegExp>> = {
  en: /^(?:the|our|your|their)\s+(?:[\w'&-]+\s+){0,4}?(?:(?:asks|has asked|have asked|requests|has requested|would like|wants|need|needs)\s+(?:you|all of you|everyone|all staff)\s+to\s+\w|(?:asks|has asked|have asked|requests|has requested)\s+(?:that|if|whether)\s+(?:you|all of you|everyone|all staff)\s+\w)[^?]*$/,
  nl: /^(?:de|het|onze|ons|uw|jullie)\s+(?:[\p{L}&'-]+\s+){0,4}?(?:(?:verzoekt|vraagt|verzoeken|vragen)\s+(?:u|je|jou|jullie|iedereen)\s+(?:[^?]*\s)?te\s+\p{L}|(?:vraagt|vragen|verzoekt|verzoeken)\s+of\s+(?:u|je|jij|jullie|iedereen)\s+\p{L})[^?]*$/u,
  de: /^(?:die|der|das|unsere|unser|ihre|ihr)\s+(?:[\p{L}&'-]+\s+){0,4}?(?:bittet|bitten|ersucht|ersuchen)\s+(?:sie|dich|euch|alle|(?:darum,?\s+)?dass\s+(?:du|sie|ihr|alle))(?![\p{L}])[^?]*$/u,
  // "Pan Wójt prosi, żeby Pan przygotował …", "Szefowa prosiła, żebyś …"
  pl: /^(?=[^?]*?(?:pros|zwraca))(?:[\p{L}-]+\s+){1,4}?(?:(?:prosi|proszą|zwraca się z prośbą do)\s+(?:pana|panią|państwa|cię|was|wszystkich)|(?:prosi|proszą|prosił|prosiła|prosili|prosiły),?\s+(?:(?:żeby|aby|by)\s+(?:pan|pani|państwo)|żebyś|abyś|żebyście|abyście))(?![\p{L}])[^?]*$/u,
  // "Retten ber om at partene innen 10 dager gir tilbakemelding …", "Skolen ber dere om å …".
  nb: /(?<![\p{L}])(?:(?:vi|jeg) ber|ber (?:vi|jeg)) (?:(?:derfor|herved|vennligst|også)\s+)*om at (?!(?:vi|jeg)\s)\p{L}[^?]*$|(?<![\p{L}])(?:vi|jeg) ber (?:hver|alle|samtlige|hver enkelt)(?: \S+){0,2}? (?:om å |å )?\p{L}{3,}[^?]*$|(?<![\p{L}])ber (?:vi|jeg) (?:deg|dere|alle|samtlige)(?: \S+){0,3}? (?:om å |å )?\p{L}{3,}[^?]*$|^(?:[\p{L}-]+\s+){1,4}?(?:ber|anmoder)\s+(?:(?:deg|dere|partene|alle|de ansatte)\s+om\s+å(?![\p{L}])|om at\s+(?!(?:vi|jeg)\s)\p{L})[^?]*$/u,
};

/**
 * Round 83. "Als ze eind van de week bij mij liggen, …", "Als ik ze vrijdag heb, …", "Wenn ich sie
 * Freitag habe, …", "Wenn sie Ende der Woche bei mir liegen, …", "Hvis jeg har dem i slutten av uken,
 * …": a condition of the sender having the thing; group 1 is its condition word (round 87: with "Fijn",
 * "Schön wäre", "Fint" before it: "Fijn als ik het vrijdag heb"), whose clause (the
 * rest of the match) may hold a time without "by".
 */
const HAVING_IT_BY: Partial<Record<Lang, RegExp>> = {
  // Round 120: "If I can have your list by Monday I'll get it over to Fiona", "Jeśli dostanę listę do
  // poniedziałku, …".
  en: /^((?:and\s+)?(?:if|once|as soon as)\s)(?:(?:i|we)\s+(?:can\s+|could\s+)?(?:have|get|receive)\s+(?:it|them|this|that|these|those|your|the|everything|all)(?![\p{L}])[^,?]{0,40}|(?:it|they|this|that|these|everything)(?:'s|'re|\s+is|\s+are)\s+(?:with|on)\s+(?:me|us|my desk)(?![\p{L}])[^,?]{0,30})/u,
  pl: /^((?:a\s+)?(?:jeśli|jeżeli|jak|gdy|kiedy)\s)(?:(?:\S+\s+)?(?:dostanę|dostaniemy|otrzymam|otrzymamy|będę (?:miał|miała|mieć)|będziemy (?:mieć|mieli))(?![\p{L}])[^,?]{0,50})/u,
  nl: /^((?:en\s+)?(?:(?:fijn|prettig|handig|top|ideaal)\s+)?(?:als|zodra|wanneer|indien)\s)(?:(?:ik|we|wij)\s+(?:ze|het|die|dat|hem|deze|alles)\s+[^,?]{0,40}?(?:heb|hebben|binnen heb|binnen hebben|ontvang|ontvangen|krijg|krijgen)|(?:ze|het|die|dat|hij|deze|alles)\s+[^,?]{0,40}?(?:bij|op|in)\s+(?:mij|ons|mijn bureau)\s+(?:liggen|ligt|zijn|is|staan|staat|binnen zijn))(?![\p{L}])/u,
  de: /^((?:und\s+)?(?:(?:schön|super|gut|prima|toll|ideal)(?:\s+(?:wäre|wär|wärs|wär's))?,?\s+)?(?:wenn|sobald|falls)\s)(?:(?:ich|wir)\s+(?:sie|es|die|das|ihn|diese|alles)\s+[^,?]{0,40}?(?:habe|haben|hab|bekomme|bekommen|kriege|kriegen)|(?:sie|es|die|das|er|diese|alles)\s+[^,?]{0,40}?(?:bei|auf)\s+(?:mir|uns|meinem tisch)\s+(?:liegen|liegt|sind|ist))(?![\p{L}])/u,
  nb: /^((?:og\s+)?(?:(?:fint|flott|supert|greit|kjekt)\s+)?(?:hvis|om|når|dersom)\s)(?:(?:jeg|vi)\s+(?:har|får)\s+(?:dem|den|det|alt)(?![\p{L}])[^,?]{0,40}|(?:de|den|det)\s+[^,?]{0,40}?(?:hos|på)\s+(?:meg|oss)\s+[^,?]{0,30})/u,
};

/**
 * "It would really help if I could have your draft press release by the end of the month": what
 * would help the sender is to have the thing from the reader (the other languages' cues have it: "Het
 * zou me helpen als …", "Bardzo by mi pomogło, gdyby …"). Round 87: also Dutch "Fijn als ik deze week
 * een reactie krijg", nice if the sender gets the thing (Norwegian "Fint om jeg får …" and Polish
 * "Dobrze by było, gdybym dostał …" are in the cues; not "… als ik er tijd voor heb").
 */
const HELPS_IF_I_HAVE: Partial<Record<Lang, RegExp>> = {
  en: /\bit would (?:really |be a (?:big |great |huge |real )?|be (?:really |very |so )?)?help(?:ful)?(?: (?:me|us|a lot|a great deal))? if (?:i|we) could (?:have|get|see|receive|borrow)\s+(?:your|the|a|an|some|those|these|that|this|it|them)\b[^?]*$/,
  nl: /^(?:(?:en|ook|dus)[,]?\s+)?(?:fijn|prettig|handig|top|ideaal)\s+als\s+(?:ik|we|wij)\s(?![^?]*(?<![\p{L}])(?:tijd|vrij|vakantie|rust|zin)(?![\p{L}]))(?:[^.?!]{0,60}?\s)?(?:krijg|krijgen|heb|hebben|ontvang|ontvangen)(?![\p{L}])[^?]*$/u,
};

/**
 * "If you could send me even a rough list …, I can start booking the freelancers", "Wenn du mir die
 * Liste schicken könntest, kann ich …": a wish put as a condition of the sender's next step asks.
 * Round 75: Dutch also with the sender's step as another verb and after "geen haast" ("Geen haast,
 * maar als je eind van de week kunt doorgeven hoeveel winterbanden jullie denken nodig te hebben,
 * neem ik dat mee"). Round 118: German, Polish and Bokmål also after "no hurry" and with what the sender
 * would then do ("Es eilt überhaupt nicht, aber wenn Sie mir … schicken könnten, würde ich sie gern …
 * verwenden", "Nic pilnego, ale gdyby mógł mi Pan … przesłać, chętnie wykorzystam …").
 */
// Round 49: not when the condition is the reader's need or wish ("Gdybyś potrzebowała, mogę wziąć
// za Ciebie sobotni dyżur"): that is an offer.
const IF_YOU_THEN_I: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|so|but)\s+)?if (?:you|u) (?:could(?!n't)|can(?!'t|not)|would be able to)\s[^,?]{3,160},\s*(?:then\s+)?(?:i|we)(?:'ll| will| can| could|'d be able to| would be able to)\s+\w[^?]*$/,
  nl: /^(?:(?:geen haast|geen stress|rustig aan)[,:]?\s+)?(?:(?:en|ook|dus|maar)\s+)?(?:als|indien) (?:je|jij|u|jullie|ge|gij) (?![^,?]*(?<![\p{L}])(?:wil|wilt|willen|vragen|nodig (?:hebt|heeft|hebben))(?![\p{L}]))[^,?]{3,160}(?:zou|zouden|kunt|kan|kunnen|wilt)(?: [^,?]{1,120})?,\s*(?:dan\s+)?(?:kan|kunnen|ga|gaan|neem|nemen|zet|zetten|bestel|bestellen|plan|plannen|regel|regelen|verwerk|verwerken)\s+(?:ik|we|wij)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:es eilt (?:überhaupt |gar |absolut )?nicht|keine eile|kein stress)[,:]?\s+)?(?:(?:und|aber|also)\s+)?(?:wenn|falls) (?:du|sie|ihr) (?![^,?]*(?<![\p{L}])(?:willst|wollt|wollen|möchtest|fragen|brauchst|braucht|brauchen)(?![\p{L}]))[^,?]{3,160}(?:könntest|könnten|könntet|kannst|können|könnt|würdest|würden)\s*,\s*(?:dann\s+)?(?:kann|können|könnte|könnten|würde|würden)\s+(?:ich|wir)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:nic pilnego|bez pośpiechu|nie ma pośpiechu|nie pali się)[,:]?\s+)?(?:(?:a|i|więc|ale)\s+)?(?:jeśli|jeżeli|gdybyś|gdybyście|jakbyś|jakbyście|gdyby(?=[^,?]*(?<![\p{L}])(?:pan|pani|państwo)(?![\p{L}]))) (?![^,?]*(?<![\p{L}])(?:pytania|chcesz|chcecie|chciał\p{L}*|potrzebuj\p{L}*|potrzebował\p{L}*|wolisz|wolał\p{L}*)(?![\p{L}]))[^,?]{3,160},\s*(?:to\s+)?(?:mogę|możemy|będę mógł|będę mogła|będziemy mogli|mógłbym|mogłabym|(?:chętnie\s+)?(?:wykorzystam|wykorzystamy|użyję|użyjemy))(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:det haster (?:overhodet |slett )?ikke|ingen hast|ikke noe stress)[,:]?\s+)?(?:(?:og|men|så)\s+)?(?:hvis|om|dersom) (?:du|dere) (?![^,?]*(?<![\p{L}])(?:lurer|vil|ønsker|trenger)(?![\p{L}]))[^,?]{3,160},\s*(?:så\s+)?(?:kan|vil|ville|kunne)\s+(?:jeg|vi)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 110. "Geen haast hoor, …, maar als je ze vóór eind van de maand even in het declaratieportaal
 * zet, dan heb ik alles compleet", "Wenn du sie bis Monatsende ins Portal stellst, habe ich alles
 * komplett": the reader's part that makes the sender's set complete, which asks (also after "but").
 */
const EVERYTHING_IF: Record<Lang, RegExp> = {
  en: /^(?:[^?]{0,120}?(?:,\s*|\s)but\s+)?if (?:you|u) (?!(?:want|need|have (?:any )?questions)\b)[^?]{3,160}?,\s*(?:then\s+)?(?:i|we)(?:'ll| will)? have (?:everything|it all|all of it)(?: (?:complete|together|in|sorted|i need|we need))?\b[^?]*$/,
  nl: /^(?:[^?]{0,120}?(?:,\s*|\s)maar\s+)?(?:als|indien) (?:je|jij|u|jullie) (?![^,?]*(?<![\p{L}])(?:wil|wilt|willen|vragen)(?![\p{L}]))[^?]{3,160}?,\s*(?:dan\s+)?(?:heb|hebben) (?:ik|we|wij) (?:alles|het allemaal) (?:compleet|rond|binnen|bij elkaar|klaar)(?![\p{L}])[^?]*$/u,
  de: /^(?:[^?]{0,120}?(?:,\s*|\s)aber\s+)?(?:wenn|falls) (?:du|sie|ihr) (?![^,?]*(?<![\p{L}])(?:willst|wollt|möchtest|fragen)(?![\p{L}]))[^?]{3,160}?,\s*(?:dann\s+)?(?:habe|hab|haben) (?:ich|wir) alles (?:komplett|zusammen|beisammen|vollständig)(?![\p{L}])[^?]*$/u,
  pl: /^(?:[^?]{0,120}?(?:,\s*|\s)ale\s+)?(?:jeśli|jeżeli|gdybyś|jakbyś) (?![^,?]*(?<![\p{L}])(?:chcesz|potrzebujesz|pytania)(?![\p{L}]))[^?]{3,160}?,\s*(?:to\s+)?(?:będę miał\p{L}*|mam|będziemy mieli) (?:wszystko|komplet)(?![\p{L}])[^?]*$/u,
  nb: /^(?:[^?]{0,120}?(?:,\s*|\s)men\s+)?(?:hvis|om|dersom) (?:du|dere) (?![^,?]*(?<![\p{L}])(?:vil|ønsker|lurer)(?![\p{L}]))[^?]{3,160}?,\s*(?:så\s+)?har (?:jeg|vi) alt(?: (?:komplett|samlet|på plass|jeg trenger|vi trenger))?(?![\p{L}])[^?]*$/u,
};

/** After the label, what the question is before ("before we go to print"), up to the colon or dash. */
const LABEL_TAIL = '(?:,?\\s[^–—:?]{1,60})?';

/**
 * "Quick one – is the board pack still going out on 2 Oct?", "Kurze Frage: …?": a question the
 * sender labels as one asks the reader. Round 55: also "one question" and words after the label
 * ("Ett spørsmål før vi legger jobben i produksjon: skal omslaget …?", "Eine Frage, bevor wir in
 * Druck gehen: …?").
 */
const QUESTION_LABEL: Record<Lang, RegExp> = {
  en: new RegExp(
    `^(?:(?:(?:a|one|just a|just one)\\s+)?(?:quick|small|brief|short)\\s+(?:one|question|q)|one (?:more |last )?question|(?:another|a further|last) question)${LABEL_TAIL}\\s*[–—:-]\\s*\\S[^?]*\\?\\s*$`,
  ),
  nl: new RegExp(
    `^(?:(?:(?:een|nog een)\\s+)?(?:korte|snelle|kleine)\\s+vraag(?:je)?|(?:één|eén|een) vraag(?:je)?(?: nog)?|nog (?:één|eén|een) vraag(?:je)?|(?:laatste|andere) vraag(?:je)?)${LABEL_TAIL}\\s*[–—:-]\\s*\\S[^?]*\\?\\s*$`,
    'u',
  ),
  de: new RegExp(
    `^(?:(?:(?:eine|noch eine)\\s+)?(?:kurze|schnelle|kleine)\\s+frage|eine frage(?: noch)?|noch eine frage|letzte frage|andere frage)${LABEL_TAIL}\\s*[–—:-]\\s*\\S[^?]*\\?\\s*$`,
    'u',
  ),
  pl: new RegExp(
    `^(?:(?:(?:jeszcze\\s+)?(?:jedno\\s+)?)?(?:szybkie|krótkie|małe)\\s+pytanie(?:nko)?|(?:jeszcze\\s+)?jedno pytanie(?:\\s+jeszcze)?|ostatnie pytanie)${LABEL_TAIL}\\s*[–—:-]\\s*\\S[^?]*\\?\\s*$`,
    'u',
  ),
  nb: new RegExp(
    `^(?:(?:(?:et|ett)\\s+)?(?:kjapt|kort|lite|raskt)\\s+spørsmål|(?:et|ett) spørsmål(?: til)?|(?:et|ett) siste spørsmål|siste spørsmål)${LABEL_TAIL}\\s*[–—:-]\\s*\\S[^?]*\\?\\s*$`,
    'u',
  ),
};

/**
 * "One thing I wasn't sure about — do the empty pallets still need to go back with this week's
 * pickup, or can they sit until October?": a question that offers two courses of action (the second
 * with "can", "should", "may" …) asks the reader to choose; two facts ("Will closing take place
 * tomorrow, or will funding be a day later?") only ask what is so. Only a question about a thing:
 * one about the reader ("Did you make it up Pen y Fan in the end or did the weather win?") is small
 * talk, and "Is it me, or …?" is rhetorical. Round 57: also "Is the lift back in service yet, or are
 * you fitting it tomorrow?". Only English, whose model misses it; the other languages' cues have it.
 * Round 86: German and Bokmål "Müssen wir die Chargen irgendwo dokumentieren, oder reicht der Vermerk?",
 * "Må vi dokumentere partiene, eller holder det med notatet?": what the team must do, or whether less is
 * enough, asks the reader to judge (Dutch and Polish read them already).
 */
const EITHER_OR: Partial<Record<Lang, RegExp>> = {
  en: /^(?:[^–—:?]{3,60}[–—:]\s+)?(?:do|does|did|is|are|was|were|should|shall|will|would|can|could|has|have)\s(?!it (?:just )?me\b|(?:you|u)\b)[^?]{3,}?,?\s+or\s+(?:can|could|should|shall|may|must|(?:do|would|will|are|were) (?:you|u))\s[^?]*\?\s*$/,
  de: /^(?:[^–—:?]{3,60}[–—:]\s+)?(?:müssen|sollen|sollten|brauchen)\s+wir\s[^?]{3,}?,?\s+oder\s+(?:reicht|genügt|langt)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:[^–—:?]{3,60}[–—:]\s+)?(?:må|skal|bør|trenger)\s+vi\s[^?]{3,}?,?\s+eller\s+(?:holder det|er det nok|går det|klarer vi oss)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 117. "One thing the underwriters have asked: is the hall ever hired out for events with bouncy
 * castles?", "Are the stripe webhooks still throwing 500s on staging?": a yes/no question about a thing
 * of the work, in the present, asks the reader what is so (the other languages' models read it;
 * English's, trained on other mail, weighs it down). Not about the weather or the reader's own things
 * ("Is your crew kit ready?", "has the cat forgiven you yet?"), nor after a hope, nor "Does that make sense?".
 */
const FACT_ASKED: Partial<Record<Lang, RegExp>> = {
  // Round 121: also how many, how much, what time, which, when or where ("How many wheelchair users will
  // there be in the group?"), not how many times nor "Where has April gone?".
  en: /^(?!(?:i |we )?hop(?:e|ing)\b)(?![^?]*\b(?:you|your|yours)\b)(?:[^–—:?]{3,80}[–—:]\s+){0,2}(?:(?:and|also|so|oh|btw|by the way)[,]?\s+)*(?:(?:how many(?! times\b)|how much(?! (?:longer|more)\b)|what time|which)\s+(?:[\w'-]+\s+){0,4}?(?:will|is|are|does|do|has|have|would|should)|when\s+(?:is|are|will|does|do)|where\s+(?:is|are))\s[^?]{2,}\?\s*$|^(?!(?:i |we )?hop(?:e|ing)\b)(?![^?]*\b(?:you|your|yours)\b)(?:[^–—:?]{3,80}[–—:]\s+){0,2}(?:(?:and|also|so|oh|btw|by the way|mind|right|anyway|listen|quick one)[,]?\s+)*(?:is|are|does|do|has|have)\s+(?:the|this|that|these|those|our)\s+(?!(?:weather|kids|children|family|sun|rain|snow)\b|make sense\b)[^?]{3,}\?\s*$/,
  // Round 124: whether a paper says anything about a thing ("Står det noe i det nye tillegget om hvem som
  // tar kostnaden?", "Staat er in het addendum iets over …?", "Steht im Nachtrag etwas dazu, …?"), and
  // Polish "Nie wiesz może, czy …?".
  nl: /^(?:[^:?]{1,40}:\s+)?(?:(?:en|o ja)[,]?\s+)?(?:staat|stond)\s+er\s+(?:\S+\s+){0,6}?iets\s[^?]*\?\s*$/u,
  de: /^(?:[^:?]{1,40}:\s+)?(?:(?:und|ach ja)[,]?\s+)?(?:steht|stand)\s+(?:\S+\s+){0,6}?(?:etwas|was|irgendwas)\s[^?]*\?\s*$/u,
  pl: /^(?:[^:?]{1,40}:\s+)?(?:a\s+)?nie\s+(?:wiesz|wiecie|wie pan|wie pani)(?:\s+(?:może|przypadkiem|czasem))?,?\s+(?:czy|gdzie|kiedy|kto|jak|ile|który|która|które)\s[^?]*\?\s*$/u,
  nb: /^(?:[^:?]{1,40}:\s+)?(?:(?:og|forresten)[,]?\s+)?(?:står|sto)\s+det\s+(?:noe|noen ting)\s[^?]*\?\s*$/u,
};

/**
 * Round 56. "I wondered whether it might be possible for the bride's grandmother to have a
 * ground-floor room near the lift?", "I wonder if you could …?": a wondering put as a question about
 * what the reader can do or allow asks it (not "I wonder if it will rain?"). English, whose cues have
 * "I was wondering if" alone; round 71 Dutch, German and Polish with the reader as the subject.
 */
const WONDER_ASK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:[^?]{0,40}[,–—:]\s+)?(?:i|we)\s+(?:wondered|wonder|was just wondering|were wondering|'m wondering|am wondering|'m just wondering)\s+(?:if|whether)\s(?=[^?]*\b(?:you|your|possible|could|can|would|might)\b)[^?]*\?\s*$/,
  // Round 71: wondering whether the reader still has or could do a thing, put as a statement ("Ik
  // vroeg mij af of ge dat glossarium … nog ergens hebt staan", "Ich habe mich gefragt, ob du …",
  // "Zastanawiam się, czy masz jeszcze …").
  nl: /^(?:(?:en|ook)\s+)?(?:ik|wij|we)\s+(?:vroeg|vraag|vroegen|vragen)\s+(?:me|mij|ons)\s+af\s+of\s+(?:je|jij|u|jullie|ge|gij)\s[^?]*\??\s*$/u,
  de: /^(?:(?:und|übrigens)\s+)?(?:ich|wir)\s+(?:(?:habe|hab|hatte|haben)\s+(?:mich|uns)\s+gefragt|(?:frage|fragen)\s+(?:mich|uns)),?\s+ob\s+(?:du|ihr|sie)\s+(?:\S+\s+){0,6}?(?:noch|vielleicht|eventuell|kannst|könntest|könnt|könnten|hast|habt|hättest|hätten)(?![\p{L}])[^?]*\??\s*$/u,
  pl: /^(?:(?:a|i)\s+)?zastanawia(?:m|łem|łam|my|lem|lam)\s+się,?\s+czy\s+(?:\S+\s+){0,2}?(?:masz|macie|ma pan|ma pani|mógłbyś|mogłabyś|moglibyście|mógłby pan|mogłaby pani|możesz|możecie)(?![\p{L}])[^?]*\??\s*$/u,
};

/**
 * "Wie Pani może, czy ten kontener został już wymieniony …?", "Zdąży Pan to sprawdzić …?": a question
 * put to the reader by title with the verb first, the formal form of "Wiesz może, czy …?" (a verb of
 * knowing or of being able; not small talk such as "Ma Pani plany na weekend?"). Only Polish, whose
 * other languages' cues have the formal "you". Round 74: also the informal "Słuchaj, a wiesz może,
 * czy samica …, którą wypuszczaliście w zeszłym sierpniu, wróciła już …?", which the model weighed
 * down by its past time ("Wiesz, co się stało?", "Wiesz, jak to jest?" stay talk).
 */
const FORMAL_QUESTION: Partial<Record<Lang, RegExp>> = {
  pl: /^(?:(?:a|i|to|więc|czy)\s+)?(?:wie|wiedzą|zna|znają|może|mogą|mógłby|mogłaby|mogliby|zdąży|zdążą|da|dadzą|dałby|dałaby)\s+(?:pan|pani|państwo)(?![\p{L}])(?:\s+(?:może|też|jeszcze|już|przypadkiem))?[,\s][^?]{6,}\?\s*$|^(?:(?:a|i|to|więc|słuchaj|słuchajcie|posłuchaj)[,\s]+){0,2}(?:wiesz|wiecie|pamiętasz|pamiętacie|kojarzysz|kojarzycie)(?:\s+(?:może|moze|też|tez|jeszcze|przypadkiem))?,?\s+(?:czy|gdzie|kiedy|kto|ile|dlaczego)(?![\p{L}])[^?]{6,}\?\s*$/u,
};

/**
 * Round 95. "Gibt es die Möglichkeit, das Gepäck … transportieren zu lassen?", "Is there a possibility
 * to have the luggage taken …?": whether the reader can make a thing possible (Dutch, Polish and
 * Norwegian cues read it already); and "Oh, and how many collection tins have you got out …?",
 * a count only the reader knows (English; the others' models read it).
 */
const POSSIBLE_ASKED: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|also|so|oh|just|one more thing)[,]?\s+)*(?:is there|would there be|will there be) (?:a|any|the) (?:possibility|chance|option|way)\b(?! (?:that )?(?:it|the weather|we'll|we will|i'll|i will)\b)[^?]*\?\s*$|^(?:[-•*]\s+)?(?:(?:oh|and|also|so|btw|by the way)[,]?\s+)*how (?:many|much)\b[^?]*\b(?:have you(?: still| currently)? got|do you(?: still| currently)? have|have you still)\b[^?]*\?\s*$/,
  de: /^(?:(?:und|also|noch)[,]?\s+)?(?:gibt es|gäbe es|besteht|bestünde) (?:die|eine|irgendeine|vielleicht eine|eventuell eine) (?:möglichkeit|chance|option)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 96. "Kom ned så snart som mulig og se på gjenstandene", "Komm so schnell wie möglich runter und
 * schau dir die Objekte an", "Kom zo snel mogelijk naar beneden", "Zejdź jak najszybciej i obejrzyj
 * eksponaty": the reader told to come (Norwegian "kom" is also the past of "komme", so only with
 * where to); not the courtesy of "Kom gjerne innom", "Komm gerne vorbei", "Kom gerust langs",
 * "Wpadnij, jeśli masz ochotę", nor help offered ("Lukt het niet? Kom even langs bij de servicedesk, dan
 * regelen we het samen"). English reads it already.
 */
const COME_HERE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|dus)\s+)?kom\s+(?:(?:even|zo snel mogelijk|zsm|snel|direct|meteen|vandaag nog|morgen|alsjeblieft|nu)\s+)*(?:naar beneden|naar boven|naar het|naar de|langs|hierheen|hier naartoe|even kijken|kijken|binnen)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:gerust|als (?:je|jij|u|jullie) (?:wilt|zin|tijd)|dan (?:regelen|helpen|kijken|lossen|zoeken) (?:we|wij|ik))(?![\p{L}]))[^?]*$/u,
  de: /^(?:(?:und|also|bitte)\s+)?(?:komm|kommt|kommen sie)\s+(?:(?:bitte|mal|schnell|sofort|gleich|doch|so schnell wie möglich|möglichst schnell|heute noch|morgen|umgehend)\s+)*(?:runter|rauf|hoch|rüber|vorbei|her|rein|zu mir|ins büro|in die werkstatt|ins lager|nach unten|nach oben)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:gerne|gern|wenn (?:du|ihr|sie) (?:lust|zeit|magst|mögt)|dann (?:regeln|helfe|helfen|schauen|lösen) (?:wir|ich))(?![\p{L}]))[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:zejdź|zejdźcie|podejdź|podejdźcie|wpadnij|wpadnijcie|zajrzyj|zajrzyjcie|obejrzyj|obejrzyjcie|przyjedź|przyjedźcie)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:jeśli|jeżeli|gdyby\p{L}*|jak (?:będziesz|znajdziesz)|śmiało|kiedyś)(?![\p{L}]))[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?kom\s+(?:(?:så snart som mulig|så fort som mulig|snarest|straks|med en gang|i morgen|i dag|nå)\s+)*(?:ned|opp|innom|hit|bort|over|forbi|inn|tilbake)(?![\p{L}])(?![^?]*(?<![\p{L}])(?:gjerne|hvis|om (?:du|dere) (?:vil|har)|dersom)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 97. "Om de onderdelen tijdig te kunnen bestellen, moet ik binnen twee dagen van u weten of u
 * kiest voor optie A of optie B", "muss ich innerhalb von zwei Tagen von Ihnen wissen, ob …", "må jeg
 * vite fra deg innen to dager om …": what the sender must hear from the reader (English reads it
 * already); and Polish "Bardzo by mi pomogło, gdyby Pani przysłała …" with the verb after "by" (round 98:
 * also "Byłoby mi bardzo pomocne, gdybyś …").
 */
const MUST_KNOW_FROM_YOU: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:moet|moeten)|(?:moet|moeten) (?:ik|we|wij))\s(?:[^?]*\s)?van (?:je|jou|u|jullie)\s(?:[^?]*\s)?weten,? (?:of|wanneer|hoe|wat|welke|wie|hoeveel)(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:muss|müssen)|(?:muss|müssen) (?:ich|wir))\s(?:[^?]*\s)?von (?:dir|ihnen|euch)\s(?:[^?]*\s)?wissen,? (?:ob|wann|wie|was|welche\p{L}*|wer)(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:(?:jeg|vi) (?:må|trenger å)|(?:må|trenger) (?:jeg|vi))\s+(?:å\s+)?vite\s+(?:[^?]*\s)?fra (?:deg|dere)\s(?:[^?]*\s)?(?:om|når|hvordan|hva|hvilke\p{L}*|hvem)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:(?:bardzo\s+)?by (?:mi|nam) (?:bardzo\s+)?pomogło|byłoby (?:mi |nam )?(?:bardzo |naprawdę |ogromnie )?(?:pomocne|przydatne))(?:,)?\s+(?:gdyby|gdybyś|gdybyście|jeśli|jeżeli|żeby)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 99. "Welke maat moet ik voor je apart leggen?", "Welche Größe soll ich dir zurücklegen?": which
 * thing the sender should set aside for the reader, hers to say (English, Polish and Norwegian read
 * it already); "A, i jakbyś przy okazji … mogła dorzucić dwie rolki taśmy, to byłoby super": the wish
 * after its condition (the others read it already).
 */
const WHICH_FOR_YOU: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|dus|ook)\s+)?(?:welke|welk|hoeveel|wat voor)\s(?:\p{L}+\s+){0,2}?(?:moet|zal|kan) ik (?:[^?]*\s)?(?:voor je|voor jou|voor u|voor jullie)(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:(?:und|also)\s+)?(?:welche[nrs]?|wie viele|wie viel|was für)\s(?:\p{L}+\s+){0,2}?(?:soll|kann|darf) ich (?:dir|ihnen|euch|für dich|für sie|für euch)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:(?:a|i|aha)[,]?\s+)*(?:jakbyś|jakbyście|gdybyś|gdybyście)\s[^?]*,\s*(?:to\s+)?(?:byłoby|będzie|było by)\s+(?:(?:mi|nam|naprawdę|bardzo)\s+)?(?:super|świetnie|fajnie|idealnie|miło|wspaniale|dobrze|pomocne)(?![\p{L}])[^?]*$/u,
};

/**
 * "Hva tenker du – er det noe for restaurantporteføljen vår?", "Co myślisz – czy to coś dla nas?":
 * the reader's opinion asked for. Only languages whose cues miss it ("What do you think?", "Wat
 * vind jij?", "Was meinst du?" are cues).
 */
const OPINION_ASKED: Partial<Record<Lang, RegExp>> = {
  pl: /^(?:(?:a|i|to|więc)\s+)?co\s+(?:(?:o\s+tym|na\s+to|ty|wy)\s+)?(?:myślisz|sądzisz|myślicie|sądzicie|powiesz|powiecie|(?:pan|pani)\s+(?:myśli|sądzi|powie)|państwo\s+(?:myślą|sądzą|powiedzą))(?![\p{L}])[^.!]*\?\s*$/u,
  nb: /^(?:(?:og|men|så)\s+)?(?:hva|hvordan)\s+(?:tenker|mener|tror|ser)\s+(?:du|dere)(?![\p{L}])[^.!]*\?\s*$/u,
};

/**
 * "If anything is in transit from Spain, add the delivery date too", "Jak coś będzie w drodze, to
 * też dopisz proszę datę dostawy", "Als er iets onderweg is, zet dan ook de leverdatum erbij": one
 * more thing for the reader to do ("too", "też", "ook") under a condition of the work itself. Without
 * "too" such a line says how to handle a case ("If the balance still doesn't match, record it as an
 * incident"), which is context, not a further ask; nor is an offer to hear from the reader ("If you
 * have any questions, …": the condition is the reader's need or doubt).
 */
const CONDITIONAL_TASK: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|oh and|ps)\s+)?(?:if|where|whenever|when)\s(?![^,?]*\b(?:questions?|unclear|queries|need|needs|want|wants|wish|prefer|like|help|trouble|problems?|issues?|urgent|can't|cannot|unable|not sure|unsure|doubt)\b)[^,?]{3,100},\s*(?=[^?]*\b(?:also|too|as well)\b)(?:(?:then|please|just|also|do)\s+){0,2}(?:add|include|note|mark|put|write|attach|list|flag|update|enter|fill in|log|record|highlight|tick|bring|book|copy in)\b[^?]*$/,
  nl: /^(?:(?:en|ook)\s+)?(?:als|indien|wanneer|zodra)\s(?![^,?]*(?<![\p{L}])(?:vragen|vraag|onduidelijk|onduidelijkheden|nodig|wil|wilt|willen|liever|hulp|problemen|probleem|dringend|lukt|kunt|kan|twijfel)(?![\p{L}]))[^,?]{3,100},\s*(?=[^?]*(?<![\p{L}])ook(?![\p{L}]))(?:(?:dan|graag|even|ook|gewoon)\s+){0,3}(?:zet|voeg|noteer|vermeld|schrijf|markeer|vul|neem|boek|geef\s+\S+\s+aan)(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:und|auch)\s+)?(?:wenn|falls|sofern|sobald)\s(?![^,?]*(?<![\p{L}])(?:fragen|frage|unklar|unklarheiten|brauchst|braucht|brauchen|willst|wollt|wollen|möchtest|möchtet|möchten|lieber|hilfe|probleme|problem|dringend|kannst|könnt|können|zweifel)(?![\p{L}]))[^,?]{3,100},\s*(?=[^?]*(?<![\p{L}])(?:auch|ebenfalls)(?![\p{L}]))(?:(?:dann|bitte|auch|einfach|gleich)\s+){0,3}(?:trag|füge|füg|notier|notiere|vermerk|vermerke|schreib|schreibe|markier|markiere|ergänz|ergänze|buch|buche|bring|leg)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:jeśli|jeżeli|jak|gdy|kiedy)\s(?![^,?]*(?<![\p{L}])(?:pytania|pytanie|wątpliwości|niejasne|potrzebujesz|potrzebujecie|chcesz|chcecie|wolisz|pomoc|problem|problemy|pilne|możesz|możecie|dasz|zdążysz)(?![\p{L}]))[^,?]{3,100},\s*(?=[^?]*(?<![\p{L}])(?:też|tez|także|takze|również|rowniez)(?![\p{L}]))(?:(?:to|proszę|prosze|też|tez|także|również|od razu)\s+){0,3}(?:dopisz|dodaj|zaznacz|wpisz|zapisz|oznacz|dołącz|dolacz|uzupełnij|uzupelnij|weź|wez|przynieś|przynies)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|også)\s+)?(?:hvis|om|dersom|når)\s(?![^,?]*(?<![\p{L}])(?:spørsmål|uklart|uklarheter|trenger|vil|ønsker|heller|hjelp|problemer|problem|haster|kan|rekker|tvil)(?![\p{L}]))[^,?]{3,100},\s*(?=[^?]*(?<![\p{L}])også(?![\p{L}]))(?:(?:så|da|gjerne|også|bare)\s+){0,3}(?:skriv|legg|før|noter|marker|fyll|ta med|book|merk)(?![\p{L}])[^?]*$/u,
};

/**
 * "Ich darf Sie bitten, die Vollmacht … zurückzusenden", "Jeg vil be deg om å …": a formal ask put as
 * a statement. Only languages whose cues miss it.
 */
const FORMAL_ASK: Partial<Record<Lang, RegExp>> = {
  // "I should be grateful if you would arrange for the deed to be executed …"
  en: /\b(?:i|we) (?:should|shall) be (?:most |very |extremely |much )?(?:grateful|obliged) (?:if (?:you|u)|for your)\b[^?]*$/,
  // Round 92: also "…, würde ich mich über dein Feedback freuen": glad of what the reader would give.
  // Round 93: also with the verb first after a reason ("Wegen der hohen Nachfrage müssen wir Sie bitten, …").
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:darf|dürfen|möchte|möchten|würde|würden|muss|müssen)|(?:darf|dürfen|möchte|möchten|würde|würden|muss|müssen) (?:ich|wir)) (?:sie|dich|euch) (?:(?:höflich|freundlich|herzlich|nochmals|daher|deshalb|dringend|leider|also|ausnahmsweise|kurzfristig)\s+)*(?:bitten|ersuchen)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:(?:ich|wir) (?:würde|würden|würd) (?:mich|uns)|(?:würde|würden|würd) (?:ich|wir) (?:mich|uns)) (?:(?:sehr|riesig|total|echt|wirklich)\s+)?(?:über|auf) (?:dein|deine|deinen|ihr|ihre|ihren|euer|eure|euren)\s+\p{L}+(?:\s+\p{L}+)?\s+freuen(?![\p{L}])[^?]*$/u,
  // Round 93: what the sender must or would like to ask of the reader, in either order ("Door de
  // drukte moet ik je vragen de lijst voor vrijdag te sturen", "We willen u verzoeken …").
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:moet|moeten|wil|willen|zou|zouden|mag|mogen)|(?:moet|moeten|wil|willen|zou|zouden|mag|mogen) (?:ik|we|wij)) (?:(?:u|je|jullie) )?(?:(?:helaas|daarom|dus|vriendelijk|nogmaals|dringend|even)\s+)*(?:u|je|jullie)? ?(?:vragen|verzoeken)(?:,)? (?:om |of )?(?![^?]*(?<![\p{L}])(?:wat|hoe|waarom|wie|welke)(?![\p{L}]))[^?]*(?<![\p{L}])(?:te \p{L}+|door te|toe te|om \p{L}+|of (?:je|u|jullie))(?![\p{L}])[^?]*$/u,
  // "Siden du …, hadde jeg satt stor pris på om du kunne lese gjennom": the inverted order too.
  // Round 47: also the passive of a formal letter ("Tilbudet bes sendt innen 15. mai", "Det bes om
  // at skjemaet fylles ut").
  nb: /(?<![\p{L}])(?:(?:(?:jeg|vi) (?:vil|må|skal|ville)|(?:vil|må|skal|ville) (?:jeg|vi)) (?:(?:derfor|dessverre|likevel|altså)\s+)*(?:be|anmode) (?:(?:deg|dere)(?: (?:derfor|vennligst|om))*(?: om)?(?: å)? \p{L}|om at (?:du|dere|alle) \p{L})|(?:hadde|ville) (?:jeg|vi) (?:satt|sette) (?:veldig |stor |veldig stor )?pris på (?:om|hvis|at) (?:du|dere)|bes (?:om (?:at|å) \p{L}|(?:\p{L}+ )?(?:sendt|returnert|levert|utfylt|fylt ut|besvart|bekreftet|signert|oversendt|registrert|meldt)(?![\p{L}])))[^?]*$/u,
  // Round 91: "Byłbym wdzięczny, gdyby Pani wskazała osobę, która będzie odpowiadała po Państwa stronie
  // za …": the gratitude for what the reader would do asks, however long what follows.
  // Round 93: also what the sender must ask of the reader ("Ze względu na duży popyt musimy prosić o
  // potwierdzenie ilości", "Dlatego musimy Pana prosić o …"; not "… u klienta").
  pl: /^(?:(?:a|i|więc|dlatego)\s+)?(?:(?:ja|my)\s+)?(?:byłbym|byłabym|bylibyśmy|byłybyśmy|będę|będziemy)\s+(?:(?:bardzo|niezmiernie|ogromnie|wielce)\s+)?wdzięczn\p{L}*,?\s+(?:gdyby|jeśli|jeżeli|za)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:musimy|muszę|musiałbym|musiałabym|musielibyśmy) (?:(?:niestety|więc|zatem|uprzejmie|ponownie|pana|panią|państwa|cię|ciebie|was)\s+)*(?:prosić(?:\s+(?:pana|panią|państwa|cię|ciebie|was))?|poprosić\s+(?:pana|panią|państwa|cię|ciebie|was))\s+o\s(?![^?]*(?<![\p{L}])(?:u|od)\s+(?:klient|dostawc|zarząd|szef|dyrektor|urzęd|bank)\p{L}*)[^?]*$/u,
};

/**
 * "Wziąłbyś za mnie sobotnią zmianę?", "Podesłałabyś mi raport?": a question in the second person of
 * the conditional (round 13), tested only on questions.
 */
const CONDITIONAL_ASK: Partial<Record<Lang, RegExp>> = {
  // "… – przygotujesz go w tym samym formacie co za II kwartał?": the future of a verb that hands
  // over or does, asked, asks too.
  pl: /(?:łbyś|łabyś|libyście|łybyście)(?=[\s,.!?]|$)(?<=(?:^|\s)\p{L}{2,}(?:łbyś|łabyś|libyście|łybyście))|(?:^|\s)(?:przygotujesz|wyślesz|prześlesz|podeślesz|zrobisz|sprawdzisz|zerkniesz|poprawisz|uzupełnisz|potwierdzisz|zadzwonisz|napiszesz|przekażesz|dodasz|załatwisz|zamówisz|podpiszesz|odpiszesz|ogarniesz|zajmiesz się|rzucisz okiem)(?=[\s,.!?]|$)/u,
};

/**
 * Round 108. "nie pali się, ale jakbyś w wolnej chwili rzuciła okiem na opisy … — chodzi głównie o
 * skład", "Keine Eile, aber wenn du mal über die Texte schauen könntest", "als je naar de teksten zou
 * willen kijken", "Hvis du kunne ta en titt på tekstene": an "if you would" wish left without its main
 * clause, which asks (English "if you could …" the model knows).
 */
const IF_YOU_WOULD_ALONE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|maar)[,]?\s+|(?:geen haast(?: hoor)?|niet dringend|geen stress|geen spoed)\s*[,–—:-]?\s*(?:maar\s+)?)?(?:als|indien)\s+(?:je|jij|u|jullie)\s(?=[^,?;]*(?<![\p{L}])(?:zou|zoudt|zouden)(?![\p{L}]))(?![^,?;]*(?<![\p{L}])(?:zin|interesse|vragen|behoefte|nodig)(?![\p{L}]))[^,?;]{3,160}?(?:\s+[–—-]\s[^?]*)?[.!]?$/u,
  de: /^(?:(?:und|aber)[,]?\s+|(?:keine eile|kein stress|nicht dringend|ganz ohne eile|ohne eile)\s*[,–—:-]?\s*(?:aber\s+)?)?(?:wenn|falls)\s+(?:du|ihr|sie)\s[^,?;]{3,160}?\s(?:könntest|könntet|könnten|würdest|würdet|würden)(?:\s+[–—-]\s[^?]*)?[.!]?$/u,
  pl: /^(?:(?:a|i|aha)[,]?\s+|(?:nie pali się|bez pośpiechu|na spokojnie|bez presji|nic pilnego)\s*[,–—:-]?\s*(?:ale\s+)?)?(?:jakbyś|jakbyście|gdybyś|gdybyście)\s(?=[^,?;]*(?<![\p{L}])\p{L}{2,}(?:ł|ła|li|ły)(?![\p{L}]))(?![^,?;]*(?<![\p{L}])(?:chciał\p{L}*|potrzebował\p{L}*|miał\p{L}*|wolał\p{L}*|był\p{L}*)(?![\p{L}]))[^,?;]{3,160}?(?:\s+[–—-]\s[^?]*)?[.!]?$/u,
  nb: /^(?:(?:og|men)[,]?\s+|(?:ingen hast|ikke noe hast|ikke hastverk|ingen stress)\s*[,–—:-]?\s*(?:men\s+)?)?(?:hvis|om)\s+(?:du|dere)\s(?=[^,?;]*(?<![\p{L}])(?:kunne|ville|gidder|gadd)(?![\p{L}]))(?![^,?;]*(?<![\p{L}])(?:tenke deg|tenke dere|ha lyst|trenge|trenger|lyst)(?![\p{L}]))[^,?;]{3,160}?(?:\s+[–—-]\s[^?]*)?[.!]?$/u,
};

/**
 * "Got the photo credit for the harbour piece?", "Any news on the quote?": a question cut short (round
 * 14); "Need you to countersign the permit before 3pm", "Trenger at du signerer …": the need without
 * "I" (round 34).
 */
const ELLIPTICAL_ASK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:so|and|also|oh)[,]?\s+)?(?:got|seen|heard (?:back|anything)|had a (?:chance|look)|managed|finished|done|sorted|any (?:news|update|luck|word|joy|progress|idea|thoughts))\b[^?]{0,120}\?\s*$|^(?:(?:so|and|also|really|just)\s+)?need (?:you|u|ya) to\b/,
  // "Trenger at du signerer før kl. 15": the need without its "jeg".
  nb: /^(?:(?:så|og|bare)\s+)?trenger (?:at (?:du|dere)|deg til å|dere til å)(?![\p{L}])/u,
};

/**
 * "You've got until Monday to drop them in", "Je hebt tot maandag om ze in te leveren", "Du hast noch
 * bis Montag Zeit, die Formulare abzugeben", "Masz czas do poniedziałku, żeby …", "Du har frist til
 * mandag med å …": a time granted for a duty, which asks (round 13).
 */
const TIME_GRANTED: Record<Lang, RegExp> = {
  en: /\byou(?:'ve| have)(?: (?:still|only))?(?: got)? (?:until|till|up to) [^.?!]{1,40}?\bto (?!be\b)\w/,
  nl: /(?<![\p{L}])(?:je|jij|u|jullie|ge|gij) (?:hebt|heeft|hebben) (?:nog )?(?:tot|t\/m|tot en met) [^.?!]{1,40}? (?:(?:de )?tijd )?om (?:[^.?!]{1,60}? )?te \p{L}/u,
  de: /(?<![\p{L}])(?:du hast|ihr habt|sie haben)\s+(?:noch\s+)?(?:bis|zeit bis)\s+[^.?!]{1,40}?\s+zeit(?=[\s,])[^.?!]*?(?:\szu\s\p{L}|\p{L}zu\p{L}{2,})/u,
  pl: /(?<![\p{L}])(?:masz|macie|ma pan|ma pani|mają państwo)\s+(?:jeszcze\s+)?czas\s+do\s+[^.?!]{1,40}?,?\s+(?:żeby|aby|na)\s/u,
  nb: /(?<![\p{L}])(?:du|dere)\s+har\s+(?:(?:frist|tid)\s+)?(?:til|fram til|frem til)\s+[^.?!]{1,40}?\s+(?:med å|på å|til å)\s/u,
};

/**
 * "Falls …", "Gdyby …", "Hvis …": a line that opens with a condition, but not one that only softens
 * the ask ("Wenn du Zeit hast, …", "Jeśli możesz, …", "Hvis du har anledning, …"). Only languages listed.
 */
const CONTINGENCY: Partial<Record<Lang, RegExp>> = {
  // "If it's stuck with legal, let me know who to chase", "Let me know if the van is late": when to
  // get back to the sender, with the condition first or, for a trouble, after.
  en: /^(?:(?:and|but|just|please) )?(?:(?:if|should|in case|in the event) [^,?]{3,80}, ?(?:(?:just|please|then|do) )?(?:let me know|let us know|tell me|call me|ring me|give me a (?:shout|call|ring)|shout|ping me|text me|get in touch|drop me a line|come and find me)\b|(?:let me know|let us know|tell me|call me|ring me|give me a (?:shout|call|ring)|shout|ping me|text me|get in touch)(?: (?:on|at) [\w +()./-]{1,30}?| directly| any ?time)? (?:if|should|in case|as soon as|when) [^?]*\b(?:problem|problems|issue|issues|stuck|snag|tight|wrong|delay|delayed|late|short|can't|cannot|won't|doesn't|isn't|not)\b[^?]*$)/,
  // "Als het niet lukt, bel me even", "Laat even weten als het krap wordt", "Bel me als er iets misgaat".
  nl: /^(?:en\s+)?(?:lukt|werkt|gaat|kun|kan|kunt)\s[^,?]{2,60}?(?<![\p{L}])(?:niet|geen)(?![\p{L}])[^,?]{0,30},\s*(?:dan\s+)?(?:meld|bel|mail|app|laat|geef|neem|stuur|loop)(?![\p{L}])|^(?:en )?(?:(?:als|indien|mocht|mochten|wanneer|zodra) [^,?]{3,80}, ?(?:dan )?(?:laat|bel|app|mail|sein|geef|meld)(?![\p{L}])|(?:laat (?:(?:het|me|mij|ons|even|maar|dan|gerust) ){0,3}(?:weten|horen)|(?:bel|app|mail|sms) (?:me|mij|ons)|geef (?:(?:het|even|maar|me|mij|ons) ){0,3}(?:door|een seintje|een gil)|meld (?:het|je)|sein (?:me|mij) in)(?: (?:even|dan|maar|gerust|wel|direct|meteen|gewoon)){0,3} (?:als|indien|mocht|mochten|zodra|wanneer) (?!(?:je|jij|jullie|u|ge|gij) (?:kunt|kan|kunnen|komt|komen|meedoet|meedoen|tijd|zin|interesse)(?![\p{L}]))[^?]*$)/u,
  de: /^(?:und\s+)?(?:klappt|funktioniert|geht|kannst du|könnt ihr|können sie|kommst du|kommt ihr)\s[^,?]{0,60}?(?<![\p{L}])(?:nicht|kein\p{L}*)(?![\p{L}])[^,?]{0,30},\s*(?:dann\s+)?(?:melde|meldet|melden sie|ruf|ruft|rufen sie|schreib|schreibt|sag|sagt|gib|gebt|wende|wendet|wenden sie)(?![\p{L}])|^(?:und\s+)?(?:falls|wenn|sollte|sollten|solltest|solltet|sofern|im fall(?:e)?,? dass)\s(?!(?:es\s+)?(?:möglich|geht|machbar)(?![\p{L}])|(?:du|ihr|sie)\s+(?:(?:mal|kurz|gerade|noch|heute|morgen|die)\s+)*(?:zeit|gelegenheit|möglichkeit|lust|kannst|könnt|können|schaffst|schafft)(?![\p{L}]))/u,
  pl: /^(?:(?:a|i)\s+)?(?:kto\s[^,?]{1,80},\s*(?:niech|to)\s|(?:gdyby|gdybyś|gdybyście|jeśli|jeżeli|jakby|jakbyś|jakbyście|w razie|w przypadku)\s(?!(?:to\s+)?(?:możliwe|się da|da się)(?![\p{L}])|(?:(?!nie\s)\S+\s+){0,2}?(?:możesz|możecie|mógłbyś|mogłabyś|mógł|mogła|mogli|dasz radę|dacie radę|znajdziesz|znajdziecie|masz chwilę|masz czas)(?![\p{L}])))/u,
  nb: /^(?:og\s+)?(?:får du|får dere|klarer du|klarer dere|fungerer|virker|går)\s[^,?]{0,40}?(?<![\p{L}])ikke(?![\p{L}])[^,?]{0,40},\s*(?:så\s+)?(?:ta kontakt|kontakt|ring|si fra|si ifra|gi beskjed|send|meld)(?![\p{L}])|^(?:og\s+)?(?:hvis|dersom|i tilfelle|skulle|om (?:du|dere|det|noe|noen|jeg|vi))\s(?!(?:det\s+)?(?:er mulig|går|lar seg gjøre)(?![\p{L}])|(?:du|dere)\s+(?:(?:har|får)\s+(?:tid|anledning|mulighet|sjansen)|kan|kunne|rekker)(?![\p{L}]))/u,
};

/**
 * "Quick reminder about …", "Just a reminder that …", "Even een herinnering over …": the opening of a
 * reminder, which names what it is about. Only languages listed.
 */
const REMINDER_HEAD: Partial<Record<Lang, RegExp>> = {
  en: /(?:^(?:(?:just|a|one|quick|small|little|gentle|friendly|final|last|another)\s+){0,4}reminder(?:\s*:|\s+(?:about|of|re|regarding|that|on|for)\b))|^(?:just\s+)?(?:to\s+)?remind(?:ing)?\s+(?:you|everyone|all of you|you all)(?:\s+all)?\s+that\b/,
  nl: /(?:^(?:(?:even|een|kleine|korte|vriendelijke|laatste|nog|nogmaals)\s+){0,4}(?:herinnering|reminder)(?:\s*:|\s+(?:over|aan|voor|van|betreffende|dat)(?![\p{L}])))|^(?:ik\s+|we\s+|wij\s+)?herinner(?:en)?\s+(?:je|jullie|u|iedereen)\s+(?:er\s+)?(?:nog\s+)?(?:even\s+)?aan,?\s+dat(?![\p{L}])/u,
  // Round 13: "Bare en liten påminnelse om timelistene for mars.", "Nur eine kurze Erinnerung an die
  // Stundenzettel.", "Tylko krótkie przypomnienie o listach obecności." (not a line whose colon
  // brings what is due: "En liten påminnelse om rutinen: Etter hver vask skal …").
  // Round 15: the reminder as a verb with what it recalls ("przypominam, że konferencja odbędzie się
  // …", "Ich erinnere daran, dass …", "Just to remind you that …", "Vi minner om at …").
  de: /(?:^(?:(?:nur|eine|kleine|kurze|freundliche|letzte|noch|nochmal|noch einmal)\s+){0,4}(?:erinnerung|reminder)\s+(?:an|zu|wegen|bezüglich|betreffend|zum|zur)(?![\p{L}])(?![^:]*:\s*\S))|^(?:ich|wir)\s+(?:\S+\s+){0,3}?erinner\p{L}*(?:\s+(?:dich|euch|sie|alle))?(?:\s+(?:noch\s+)?(?:einmal\s+|mal\s+)?daran)?\s*,?\s+dass(?![\p{L}])/u,
  pl: /(?:^(?:(?:tylko|takie|małe|krótkie|drobne|uprzejme|ostatnie|jeszcze)\s+){0,4}(?:przypomnienie|przypominajka|reminder)\s+(?:o|w sprawie|dotyczące|odnośnie|ws\.)(?![\p{L}])(?![^:]*:\s*\S))|^(?:\S+\s+){0,2}?przypominam(?:y)?\s*,?\s+(?:że|iż|o tym,?\s+że)(?![\p{L}])/u,
  nb: /(?:^(?:(?:bare|en|ei|liten|lita|kort|vennlig|siste|ny)\s+){0,4}(?:påminnelse|purring|reminder)\s+(?:om|på|angående|vedrørende|ang\.)(?![\p{L}])(?!\s+at(?![\p{L}]))(?![^:]*:\s*\S))|^(?:jeg|vi)\s+(?:vil\s+)?(?:bare\s+)?minne(?:r)?\s+(?:\S+\s+)?om\s+at(?![\p{L}])/u,
};

/**
 * A wish or a question about the reader's trip, move or weekend ("Hope the conference went well!",
 * "Hoe gaat het met de verhuizing?"), after which a further question is small talk too. Only
 * languages listed.
 */
const SMALL_TALK_LEAD: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:i|we) )?hope (?:you|your|the|everyone|all)\b[^?]*[.!]$|^how (?:was|were|is|are|did|'s)\b|^how's\b/,
  nl: /^(?:(?:ik|we) )?hoop (?:dat )?(?:je|jullie|jouw|het|de)(?![\p{L}])[^?]*[.!]$|^hoe (?:gaat|ging|was|waren|is|staat)(?![\p{L}])/u,
};

/** "We need …", "Hebben we … nodig": a need of the sender's. Only languages listed. */
const NEED_AS_REASON: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:i|we) (?:still |really |will |'ll )?need\b/,
  nl: /(?<![\p{L}])(?:hebben we|hebben wij|heb ik|we hebben|wij hebben|ik heb)(?![\p{L}])[^?]*(?<![\p{L}])nodig(?![\p{L}])/u,
  // Round 10: "Grafik jest prawie gotowy, ale brakuje mi jeszcze kilku deklaracji. Proszę o …", not a
  // need from whom ("od każdej grupy", "od Was") nor one that opens a list ("Potrzebuję: …").
  pl: /(?<![\p{L}])(?:potrzebuję|potrzebujemy|brakuje (?:mi|nam))(?![\p{L}])(?![^?]*(?<![\p{L}])od (?:każd|wszystk))(?![^?]*:\s*$)/u,
};

/**
 * "To get you set up we need …", "To process your claim, we need …", "Om je aanvraag af te ronden
 * hebben we … nodig": a need led by its purpose, even when it names the reader, is the reason for the
 * ask after it. Only languages listed.
 */
const PURPOSE_LEAD: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:so|and) )?(?:to|in order to|so that|so we can|before we can|for)\s[^,.]{3,60}?,? (?:i|we) (?:still |really |will |'ll |also )?need\b/,
  nl: /^(?:(?:om|voor|zodat|ten behoeve van|voordat)\s[^,.]{3,80}?,? (?:hebben we|hebben wij|heb ik)|(?:om|voor|zodat|voordat)\s[^,.]{3,80}?, (?:we|wij|ik) (?:hebben|heb))(?![\p{L}])/u,
};

/** "also", "ook" inside a sentence: with "you" in it, it asks the reader one more thing. Only languages listed. */
const ALSO_ASKED: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:also|as well)\b/,
  nl: /(?<![\p{L}])ook(?![\p{L}])/u,
};

/** "Especially …", "Vooral …": a line after the ask that says which part of it matters most. */
const FOCUS: Partial<Record<Lang, RegExp>> = {
  en: /^(?:especially|particularly|in particular|mainly|mostly|above all)\b/,
  nl: /^(?:vooral|met name|in het bijzonder|voornamelijk|bovenal)(?![\p{L}])/u,
};

/** "Use … as a starting point", "Neem … als basis": a line after the ask that says how to go about it. */
const METHOD: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:just|please|and) )?(?:use|take|treat|start from|work from)\s[^?]{2,80}?\bas (?:a |the |your |our )?(?:basis|base|baseline|starting point|reference|guide|guideline|template|model|benchmark)\b/,
  nl: /^(?:(?:en|graag) )?(?:neem|gebruik|hanteer|pak)\s[^?]{2,80}?(?<![\p{L}])als (?:basis|uitgangspunt|vertrekpunt|referentie|leidraad|sjabloon|template|houvast)(?![\p{L}])/u,
};

/**
 * "Lukt dat?", "Klopt dat?", "Does that work?": a short question whether the ask next to it can be
 * done or is right, which asks for an answer as well. Only languages listed.
 */
const CHECK_BACK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|but)\s+)?(?:does (?:that|this) (?:work|sound (?:ok|okay|alright|good|right|reasonable))|would (?:that|this) (?:work|be (?:ok|okay|possible|feasible))|is (?:that|this) (?:ok|okay|doable|possible|feasible|right|correct|realistic)|can you (?:manage|do) (?:that|this)|will (?:that|this) work)(?: for you)?(?: at all)?\s*\?$/,
  nl: /^(?:(?:en|maar|dus)\s+)?(?:lukt (?:dat|dit|het)|klopt (?:dat|dit|het)|kan (?:dat|dit)|gaat (?:dat|dit) lukken|is (?:dat|dit) (?:haalbaar|mogelijk|te doen|goed|oké|ok)|red je dat|haal je dat)(?: (?:wel|nog|allemaal|zo|echt|je|jou))?\s*\?$/u,
};

/**
 * "… will crew still be able to swap shifts, or does that move to the new portal? Could you find out
 * from the vendor?", "Hva blir timeprisen fra 1. juni? Jeg trenger tallet innen kl. 14": an ask that
 * is only to find out or give the answer to the question just above it; the question is what is
 * asked, and is quoted with it.
 */
const ASK_OF_IT: Record<Lang, RegExp> = {
  en: /^(?:(?:and|so)\s+)?(?:(?:could|can|would|will) you (?:please )?(?:find out|check|ask|confirm|look into it|look into that)(?: (?:that|this|it|for me|with \S+(?: \S+)?|from \S+(?: \S+)?))?|please (?:find out|check|ask)(?: (?:that|this|it|for me|with \S+(?: \S+)?|from \S+(?: \S+)?))?|i need (?:the|an|that|your) (?:answer|number|figure|figures|rate|date|reply)\b[^?]*)[.?!]?$/,
  nl: /^(?:(?:en|dus)\s+)?(?:(?:kun|kan|wil) (?:je|jij)|kunt u|wilt u|kunnen jullie|willen jullie) (?:dat|dit|het) (?:(?:even|eens|voor me|voor mij|bij \S+(?: \S+)?)\s+){0,3}(?:navragen|uitzoeken|nagaan|checken|vragen)\s*[.?!]?$|^ik heb (?:het antwoord|dat getal|het getal|de prijs|die datum|het bedrag)(?=\s)[^?]*nodig[^?]*$/u,
  de: /^(?:(?:und|also)\s+)?(?:kannst du|könntest du|können sie|könnten sie|könnt ihr) (?:das|dies|es) (?:(?:bitte|mal|kurz|für mich|bei \S+(?: \S+)?)\s+){0,3}(?:herausfinden|klären|abklären|nachfragen|erfragen|prüfen)\s*[.?!]?$|^ich brauche (?:die antwort|die zahl|den preis|das datum|den betrag)(?![\p{L}])[^?]*$/u,
  pl: /^(?:(?:a|i)\s+)?(?:czy\s+)?(?:możesz|mógłbyś|mogłabyś|może pan|może pani|możecie) (?:to\s+)?(?:(?:sprawdzić|ustalić|dopytać|się dowiedzieć|dowiedzieć się)(?:\s+(?:u|w|od)\s+\S+(?: \S+)?)?)\s*[.?!]?$|^potrzebuję (?:tej )?(?:odpowiedzi|liczby|kwoty|stawki|daty)(?![\p{L}])[^?]*$/u,
  nb: /^(?:(?:og|så)\s+)?(?:kan|kunne) (?:du|dere) (?:(?:finne ut|sjekke|høre|undersøke)(?: (?:det|dette|med \S+(?: \S+)?|hos \S+(?: \S+)?))*)\s*[.?!]?$|^jeg trenger (?:svaret|tallet|tallene|prisen|datoen|beløpet|satsen)(?![\p{L}])[^?]*$/u,
};

/** A line that opens with the language's "please" (and its verb, for the languages that put it first). */
const PLEASE_FIRST: Record<Lang, RegExp> = {
  en: /^(?:(?:and|also|so)\s+)?please\s+(?!note\b|be aware\b|find\b|see\b|ignore\b)\p{L}/u,
  nl: /^(?:(?:en|ook)\s+)?(?:graag|gelieve)\s+(?!(?:gedaan|zelfs)(?![\p{L}]))\p{L}/u,
  de: /^(?:(?:und|auch)\s+)?bitte\s+(?!(?:beacht\p{L}*|nicht wundern|ignorier\p{L}*)(?![\p{L}]))\p{L}/u,
  pl: /^(?:(?:i|a|też)\s+)?(?:proszę|prosimy|uprzejmie proszę)\s+(?!(?:zauważyć|pamiętać, że|nie odpowiadać)(?![\p{L}]))\p{L}/u,
  nb: /^(?:(?:og|også)\s+)?(?:vennligst|vær så snill og)\s+(?!(?:merk|se bort fra)(?![\p{L}]))\p{L}/u,
};

/** How far below the clearest ask a further explicit ask after it may score and still be quoted. */
const FOLLOW_ON_GAP = 10;
/** A score below which the model hardly sees an ask, whatever the sentence's form (see quotedAsks). */
const WEAK = 0.75;
/** How far below the clearest ask an explicit ask may score and still count as clear (see quotedAsks). */
const ANCHOR_GAP = 2;

/**
 * "I'm still waiting for your figures", "Czekam na niego do piątku": waiting for the reader's part is
 * the ask of a reminder, not a restatement of one.
 */
const WAITING_FOR: Record<Lang, RegExp> = {
  en: /\b(?:i'm|i am|we're|we are|i've been|we've been) (?:still )?(?:waiting|looking forward)\b/,
  nl: /(?<![\p{L}])(?:ik wacht|we wachten|wij wachten|wacht ik|wachten we|wachten wij|(?:ik mis|we missen|wij missen|mis ik|missen we|missen wij) nog)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:ich warte|wir warten|warte ich|warten wir)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:czekam|czekamy|oczekuję|oczekujemy)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:jeg venter|vi venter|venter jeg|venter vi)(?![\p{L}])/u,
};

/** "Ich brauche …", "Potrzebuję …", "Jeg trenger …": the sender's need. Only languages listed (see quotedAsks). */
const NEED: Partial<Record<Lang, RegExp>> = {
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:brauche|brauch|brauchen|benötige|benötigen|bräuchte|bräuchten)|(?:brauche|brauch|benötige|bräuchte) ich)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:potrzebuję|potrzebujemy|potrzebowałbym|potrzebowałabym|(?:jest|są|będzie|będą) (?:mi|nam) potrzebn\p{L}*)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:jeg|vi) (?:trenger|må ha|behøver)|trenger (?:jeg|vi))(?![\p{L}])/u,
};
/** "Kleine Erinnerung …", "Przypominam …", "Påminnelse …": a reminder, which names what it is about. */
const REMINDER: Partial<Record<Lang, RegExp>> = {
  de: /(?<![\p{L}])(?:erinnerung|erinnere)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:przypominam|przypominamy|przypomnienie)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:påminnelse|minner om)(?![\p{L}])/u,
};
/** "auch", "też", "også" inside a sentence: it adds to what was asked. */
const ALSO_IN: Partial<Record<Lang, RegExp>> = {
  de: /(?<![\p{L}])(?:auch|außerdem|zusätzlich|ebenfalls)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:też|także|również|dodatkowo)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:også|i tillegg)(?![\p{L}])/u,
};

/**
 * "You must…", "All drivers have to…", "Należy…": a duty of the reader or of a group the reader is in,
 * unlike the sender's own need ("I need them by 3pm").
 */
const OBLIGED: Record<Lang, RegExp> = {
  en: /\b(?:you|(?:everyone|everybody)(?: (?:on|in|at|from|of|who) [\w']+(?: [\w']+){0,3})?|all(?: \w+){1,5}|each(?: \w+){1,2}|every(?: \w+){1,4}) (?:(?:also|still) )?(?:must|need to|needs to|have to|has to|are required to|is required to)\b/,
  nl: /(?<![\p{L}])(?:je|jij|u|jullie|iedereen(?: (?:in|van|bij|uit|op|binnen) \p{L}+(?: \p{L}+){0,3})?|alle(?: \p{L}+){1,3}|elke?(?: \p{L}+){1,2}) (?:(?:ook|nog) )?(?:moet|moeten|dient|dienen)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:du|ihr) (?:(?:auch|noch) )?(?:musst|müsst)|(?:musst du|müsst ihr|müssen alle)|alle(?: \p{L}+){1,3} (?:(?:auch|noch) )?müssen|jede[rs]?(?: \p{L}+){1,2} (?:(?:auch|noch) )?muss)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:musisz|musicie|należy|(?:wszyscy|wszystkie)(?: \p{L}+){0,3} (?:(?:też|także|również) )?muszą|każd[ya](?: \p{L}+){0,2} (?:(?:też|także|również) )?musi)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:du|dere) (?:(?:også|fortsatt) )?(?:må|skal)|alle(?: \p{L}+){0,3} (?:(?:også|fortsatt) )?må|hver(?: \p{L}+){0,2} (?:(?:også|fortsatt) )?må)(?![\p{L}])/u,
};

/**
 * "Our distributor wants the documentation before the fair", "Ihre Rechtsabteilung möchte …",
 * "Nasz klient chce …", "Kunden vår ønsker …": a third party (not the sender, not the reader) wants
 * something, as the reason for an ask.
 */
const THIRD_PARTY_WANTS: Record<Lang, RegExp> = {
  en: /^(?:our|their|his|her|the)\s+(?:[\w'&-]+\s+){1,5}(?:wants?|would like|'d like|would prefer|prefers?)\s+(?!you\b|me\b|us\b)/,
  nl: /^(?:onze|ons|hun|zijn|haar|de|het)\s+(?:[\p{L}&'-]+\s+){1,5}(?:wil|willen|wilde|wilden)\s+(?!(?:ik|we|wij|je|jij|u|jullie)(?![\p{L}]))(?:[\p{L}]+\s+){0,3}graag(?![\p{L}])/u,
  de: /^(?:unser|unsere|ihr|ihre|sein|seine|der|die|das)\s+(?:[\p{L}&'-]+\s+){1,5}(?:will|möchte|möchten|wollen|hätte gern|hätten gern)\s+(?!(?:ich|wir|du|ihr|sie)(?![\p{L}]))/u,
  pl: /^(?:nasz|nasza|nasze|ich|jego|jej)\s+(?:\p{L}+\s+){0,4}(?:chce|chcą|chciałby|chciałaby|chcieliby)(?![\p{L}])/u,
  // "Byggherren vil ha fakturaen …": also a party named by a definite noun.
  nb: /^(?:(?:vår|våre|vårt|deres|hans|hennes)\s+(?:\p{L}+\s+){0,4}|\p{L}{3,}(?:en|et|ene)\s+(?:\p{L}+\s+){0,2}?)(?:vil ha|ønsker|vil gjerne)(?![\p{L}])(?!\s+(?:at\s+)?(?:du|dere|deg)(?![\p{L}]))/u,
};

/**
 * "Ich dział BHP chce dostać karty … w przyszłym tygodniu", "Their safety team wants to have the
 * sheets next week": a third party wants to receive the thing, so the time in its clause is the
 * deadline relayed (not what it wants to do then: "Die Spedition will nächste Woche abholen").
 * Round 44: also named by a pronoun after the ask ("They need them next week", "De trenger dem i
 * morgen"). Round 47: also with the thing named ("They need the figures some time next week", "De
 * trenger tallene i morgen") and in the singular ("Chce mieć wycenę w przyszłym tygodniu"). Round 117: also
 * with the time before the thing ("Sie brauchen heute noch die verbindlichen Mengen …"); round 118, English
 * "He's asked to have them this week".
 */
const RELAYED_WANT: Record<Lang, RegExp> = {
  en: /^(?:our|their|his|her|the)\s+(?:[\w'&-]+\s+){1,5}(?:wants?|would like|'d like)\s+to (?:have|receive|get|see)\b|^(?:they|he|she)\s+(?:(?:will|would|'ll|'d)\s+)?(?:need|needs|want|wants)\s+(?:it|them|this|that|these|those|all of (?:it|them)|both|(?:the|your|our)\s+\w+)\b|^(?:they|he|she)(?:'s|'ve|\s+has|\s+have)\s+asked\s+(?:to (?:have|see|get|receive)|for)\s+(?:it|them|this|that|these|those|both|(?:the|your|our)\s+\w+)\b/,
  nl: /^(?:onze|ons|hun|zijn|haar|de|het)\s+(?:[\p{L}&'-]+\s+){1,5}(?:wil|willen|wilde|wilden)\s+(?:[\p{L}\d.:-]+\s+){0,6}?(?:hebben|ontvangen|krijgen|binnen)(?![\p{L}])|^(?:ze|zij|hij)\s+(?:heeft|hebben|wil|willen)\s+(?:(?:vandaag|morgen|nog|uiterlijk|vóór|voor|op|[\p{L}\d.:-]+dag)\s+){0,3}(?:het|de|ze|die|dat|dit|alles|hem|beide)\s+(?:[\p{L}\d.:-]+\s+){0,5}?(?:nodig|hebben|binnen|ontvangen)(?![\p{L}])|^(?:ze|zij|hij)\s+(?:wil|willen)\s+(?:(?:vandaag|morgen|nog|uiterlijk|vóór|voor|[\p{L}\d.:-]+dag)\s+){1,3}weten(?![\p{L}])/u,
  de: /^(?:unser|unsere|ihr|ihre|sein|seine|der|die|das)\s+(?:[\p{L}&'-]+\s+){1,5}(?:will|möchte|möchten|wollen)\s+(?:[\p{L}\d.:-]+\s+){0,6}?(?:haben|bekommen|erhalten)(?![\p{L}])|^(?:sie|er)\s+(?:braucht|brauchen|will|wollen|möchte|möchten)\s+(?:(?:heute|morgen|noch|bis|spätestens|am|zum|[\p{L}\d.:-]+tag)\s+){0,3}(?:es|sie|ihn|das|die|den|alles|beides)(?![\p{L}])/u,
  // Round 67: also a subject without a determiner, as Polish has none ("Klient chce je mieć w przyszłym
  // tygodniu").
  pl: /^(?:(?:nasz|nasza|nasze|ich|jego|jej)\s+(?:\p{L}+\s+){0,4}|\p{L}+\s+)(?:chce|chcą|chciałby|chciałaby|chcieliby)\s+(?:(?:je|go|to|ich|tego|wszystko)\s+)?(?:dostać|otrzymać|mieć)(?![\p{L}])|^(?:potrzebują|chcą\s+(?:dostać|otrzymać|mieć))\s+(?:tego|ich|go|je|to|tych|wszystko|obydwa|oba)(?![\p{L}])|^chce\s+(?:dostać|otrzymać|mieć)\s+\p{L}/u,
  nb: /^(?:vår|våre|vårt|deres|hans|hennes|kunden|kundene)\s+(?:\p{L}+\s+){0,4}(?:vil ha|ønsker å få|vil få)(?![\p{L}])|^(?:de|han|hun)\s+(?:trenger|vil ha|må ha)\s+(?:det|den|dem|alt|begge|\p{L}{2,}(?:en|et|ene))(?![\p{L}])/u,
};

/** "Also, …", "By the way, …", "Przy okazji: …": a sentence that opens a further ask or point. */
const ADDITIVE: Record<Lang, RegExp> = {
  en: /^(?:also|and also|plus|one more thing|another thing|by the way|btw|oh and|on another note|separately)(?![\p{L}])/u,
  nl: /^(?:daarnaast|verder|ook|trouwens|bovendien|nog iets|en ook|los daarvan|apart daarvan)(?![\p{L}])/u,
  de: /^(?:außerdem|ausserdem|übrigens|zudem|ferner|noch etwas|noch was|und noch|auch|apropos|davon abgesehen)(?![\p{L}])/u,
  pl: /^(?:poza tym|przy okazji|ponadto|jeszcze jedno|i jeszcze|także|również|a także|oprócz tego|dodatkowo)(?![\p{L}])/u,
  nb: /^(?:forresten|dessuten|i tillegg|en ting til|og så|også|apropos|ellers)(?![\p{L}])/u,
};

/** A model score (or a decisive cue) past which a sentence is quoted whatever else the email asks. */
const SURE = 4;
/** How far below the email's clearest request a sentence may score and still be quoted. */
const SPAN_GAP = 4;
/** The same for a question to the reader (ending in a question mark): questions are seldom context. */
const QUESTION_GAP = 6;
/** The same for an explicit ask ("please …", "could you …", an imperative). */
const DIRECT_GAP = 7;

/**
 * The model's score a sentence needs: `strong` when a hand-written request cue (other than the bare
 * question mark) fired, `base` otherwise. Outside English a sentence no cue points at is never
 * weighed (it stays no request), which keeps the analysis fast.
 */
export const MARGINS: Record<Lang, { strong: number; base: number }> = {
  en: { strong: -2, base: 0.5 },
  nl: { strong: -1, base: 1 },
  de: { strong: -1, base: 1 },
  pl: { strong: -1, base: 1 },
  nb: { strong: -1, base: 1 },
};

/**
 * The cues that fire: "r<i>" for request cue i (also added to `fired`), "n<i>", "meeting", "own";
 * `hits`, what `c.any.matching` gave for the sentence lower-cased, when known.
 */
function cuesOf(
  raw: string,
  c: CompiledLexicon,
  negatives = true,
  fired?: number[],
  hits = c.any.matching(raw.toLowerCase(), 0, c.cues),
): string[] {
  const requests = c.requests.length;
  const notRequests = requests + c.notRequests.length;
  const cues: string[] = [];
  for (const hit of hits) {
    if (hit < requests) {
      cues.push('r' + hit);
      fired?.push(hit);
    } else if (hit < notRequests) {
      if (negatives) cues.push('n' + (hit - requests));
    } else cues.push(hit === notRequests ? 'meeting' : 'own');
  }
  return cues;
}

/** Whether a negative cue is among what `c.any.matching` gave. */
function negativeAmong(hits: number[], c: CompiledLexicon): boolean {
  const requests = c.requests.length;
  return hits.some((hit) => hit >= requests && hit < requests + c.notRequests.length);
}

/** Whether a negative cue fires on a lower-cased sentence. */
function negativeCue(lower: string, c: CompiledLexicon): boolean {
  const requests = c.requests.length;
  return c.any.test(lower, requests, requests + c.notRequests.length);
}

/** The hand-written cues of a language that fire on a sentence; features for the trained model. */
export function sentenceCues(lang: Lang, sentence: string, typed: 'letters' | 'plain' = 'letters'): string[] {
  return cuesOf(sentence, compiled(lang, typed));
}

/** Whether any hand-written cue of a language fires on a sentence: the quick test before the single cues. */
export function anyCueFires(lang: Lang, sentence: string, typed: 'letters' | 'plain' = 'letters'): boolean {
  const c = compiled(lang, typed);
  return c.any.test(sentence.toLowerCase(), 0, c.cues);
}

/** Whether any negative cue of a language fires on a sentence (the union of them all). */
export function anyNegativeCueFires(lang: Lang, sentence: string, typed: 'letters' | 'plain' = 'letters'): boolean {
  return negativeCue(sentence.toLowerCase(), compiled(lang, typed));
}

/**
 * A language's cues as single expressions, in the order of `c.any`: the request cues, the
 * negative cues, the meeting cue, the sender's own task (for the tests of the union).
 */
export function cueExpressions(lang: Lang, typed: 'letters' | 'plain' = 'letters'): RegExp[] {
  const c = compiled(lang, typed);
  return [...c.requests.map((r) => r.re), ...c.notRequests, c.meeting, c.ownTask];
}

/** The expressions a language's cue unions try on every sentence (each short enough for V8 to optimise). */
export function cueUnionParts(lang: Lang, typed: 'letters' | 'plain' = 'letters'): RegExp[] {
  const c = compiled(lang, typed);
  return partsOf(c.any);
}

/** The hand-written English cues that fire on a sentence. */
export function englishCues(sentence: string): string[] {
  return sentenceCues('en', sentence);
}

function span(s: Sentence): TextSpan {
  return { start: s.start, end: s.end, text: s.text };
}

/**
 * Header fields are cut to this length: no address is longer than 254 characters, and reading a
 * sender name or subject of a megabyte would only cost time (the subject stands in for the text
 * only for language identification, which reads its first 1,200 characters).
 */
const MAX_HEADER = 2000;

function cut<T>(value: T): T {
  return typeof value === 'string' && value.length > MAX_HEADER ? (value.slice(0, MAX_HEADER) as T) : value;
}

function boundedPerson(p: Person): Person {
  return p && typeof p === 'object' ? { ...p, name: cut(p.name), email: cut(p.email) } : p;
}

/** The message with its header fields cut to MAX_HEADER; a missing message reads as an empty one. */
function bounded(message: MessageSnapshot): MessageSnapshot {
  if (!message || typeof message !== 'object') return {} as MessageSnapshot;
  return {
    ...message,
    subject: cut(message.subject),
    sentAt: cut(message.sentAt),
    from: boundedPerson(message.from),
    to: Array.isArray(message.to) ? message.to.map(boundedPerson) : message.to,
    cc: Array.isArray(message.cc) ? message.cc.map(boundedPerson) : message.cc,
  };
}

/** The first three sentences of an opening, for the out-of-office check. */
function openingOf(head: string): string {
  // Not after a day's number ("til og med 27. mars og har begrenset tilgang …", round 112).
  return head
    .split(/(?<=[.!?])(?<!(?:^|[^\d])\d{1,2}\.)\s+|\n+/u)
    .filter((part) => part.trim() !== '')
    .slice(0, 3)
    .join(' ');
}

/**
 * "Który dzień Ci pasuje?", "Which day suits you?", "Welcher Tag passt dir besser?", "Welke dag komt
 * jou het beste uit?", "Hvilken dag passer best?": a question which day or time suits asks the reader
 * to choose; the days named are the choices (round 57).
 */
const CHOOSES_WHEN: Record<Lang, RegExp> = {
  en: /\b(?:which|what) (?:day|date|time|slot|one)s? (?:\w+ )?(?:suits?|works?|is best|would suit|would work|do you prefer|would you prefer|is better)\b[^?]*\?\s*$/,
  nl: /(?<![\p{L}])(?:welke dag|welk tijdstip|welk moment|welke datum|welke van de twee|wanneer) (?:\S+ ){0,2}?(?:past|schikt|komt .{0,20}uit|heeft je voorkeur|heeft uw voorkeur|is beter)(?![\p{L}])[^?]*\?\s*$/u,
  de: /(?<![\p{L}])(?:welcher tag|welcher termin|welche uhrzeit|welches datum|welcher von beiden|wann) (?:\S+ ){0,2}?(?:passt|geht|wäre besser|ist besser|ist dir lieber|ist ihnen lieber)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /(?<![\p{L}])(?:który dzień|która godzina|który termin|która data|kiedy) (?:\S+ ){0,2}?(?:pasuje|odpowiada|jest lepszy|jest lepsza|wolisz|woli pan|woli pani)(?![\p{L}])[^?]*\?\s*$/u,
  nb: /(?<![\p{L}])(?:hvilken dag|hvilket tidspunkt|hvilken dato|når) (?:\S+ ){0,2}?(?:passer|er best|er bedre|foretrekker)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 64. "Kan du finne en dag neste uke der en montør kan ta turen?", "Can you find a day next week
 * when a fitter can go?", "Kun je een dag volgende week vinden …?", "Kannst du einen Termin nächste
 * Woche finden …?", "Możesz znaleźć termin w przyszłym tygodniu …?": the days named are when to put
 * the thing, not by when to answer.
 */
const FINDS_A_DAY: Record<Lang, RegExp> = {
  en: /\b(?:find|pick|choose|suggest|propose|arrange|fix|sort out|set up) (?:a|one|some|another|the best) (?:day|date|time|slot|morning|afternoon|evening)\b/,
  nl: /(?<![\p{L}])(?:een|één) (?:dag|datum|moment|tijdstip|tijd|ochtend|middag) (?:\S+ ){0,3}?(?:vinden|zoeken|kiezen|voorstellen|prikken|inplannen|afspreken)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:einen|ein) (?:tag|termin|zeitpunkt|zeitfenster|vormittag|nachmittag) (?:\S+ ){0,4}?(?:finden|suchen|aussuchen|vorschlagen|ausmachen|vereinbaren|einplanen)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:znaleźć|znajdź|wybrać|wybierz|zaproponować|zaproponuj|ustalić|ustal) (?:\S+ ){0,2}?(?:dzień|termin|datę|godzinę|czas|moment)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:finne|finn|velge|velg|foreslå|avtale) (?:en|ei|et) (?:dag|dato|tid|tidspunkt|formiddag|ettermiddag)(?![\p{L}])/u,
};

interface ParsedRequest {
  text: string;
  found: DeadlineCandidate[];
  /**
   * About a meeting or a question about a fact (whether the reader knows, whether a thing is done
   * yet, a yes/no question about a thing): its dates say when or what, not by when.
   */
  about: boolean;
  /** An ask to be at a meeting with its time ("Can you join the call with counsel on Thursday at 2pm?"). */
  meetingAt: boolean;
}

/** What the sender has on, after a dash ("… – jutro o 9:00 mamy feedback call", "… – we have two arrivals before noon"). */
const SENDER_HAS_ON =
  /[;–—]\s*(?:\S+\s+){0,4}?(?:we have|i have|we've got|i've got|hebben we|heb ik|haben wir|habe ich|hab ich|mamy|mam|har vi|har jeg)(?![\p{L}])/u;

/**
 * "…, bo jutro rano mam rozmowę z dostawcą", "…, because I have a call with them at 10": the reason
 * given after the ask; a meeting named there is the sender's, not what is asked for.
 * Round 48: also what the sender does with it then, or what for ("Graag eind van de week, dan neem
 * ik ze maandag mee naar het overleg", "…, so that I can take them to Monday's meeting").
 * Round 55: also what the sender has on after a dash ("… EOD – jutro o 9:00 mamy feedback call z
 * klientem", "… by 4pm – tomorrow at nine we have the client call"). Round 56: "otherwise" as the
 * reason without its comma ("… do konca tygodnia bo inaczej w poniedzialek stoimy"); round 57: what
 * follows otherwise for the sender ("brauch die info heut noch sonst müssen wir morgen nochmal
 * fahren").
 */
const REASON_CLAUSE = new RegExp(
  String.raw`[,;–—]\s*(?:because|cause|omdat|want|aangezien|weil|denn|da|bo|ponieważ|gdyż|fordi|siden|ettersom|so that|zodat|damit|sodass|so dass|żeby|aby|slik at)(?![\p{L}])|[,;–—]\s*(?:then|so|dan|dann|så)\s+(?:\p{L}+\s+)?(?:i|we|ik|wij|ich|wir|jeg|vi)(?![\p{L}])|` +
    SENDER_HAS_ON.source +
    String.raw`|\s(?:bo|weil|omdat|fordi) (?:inaczej|sonst|anders|ellers)(?![\p{L}])|\s(?:sonst|ansonsten|otherwise|anders|ellers|inaczej|w przeciwnym razie)\s+(?:\p{L}+\s+){0,2}?(?:müssen|muss|must|have to|moeten|moet|må|musimy|muszę|we'll|we will|i'll|i will|wir|ich|we|wij|ik|vi|jeg|my|ja)(?![\p{L}])`,
  'u',
);

/**
 * "Let me know next week … – I need it before the meeting", "Daj mi znać w przyszłym tygodniu … –
 * muszę to mieć przed spotkaniem" (round 86): the sender's need after a dash says what the thing is
 * for; a meeting named there is not what is asked for (its time, "– potrzebuję go w przyszłym
 * tygodniu", still is the ask's).
 */
const NEED_AFTER_DASH =
  /[;–—]\s*(?:i need|i'll need|we need|i have to have|i must have|ik heb|ik moet|we moeten|ich brauche|brauche ich|wir brauchen|ich muss|muszę|musimy|potrzebuję|potrzebujemy|jeg trenger|vi trenger|jeg må|vi må)(?![\p{L}])/u;

/**
 * "Kunnen jullie er donderdag om 14 uur bij zijn?", "Can you be there at 2pm?", "Könnt ihr am
 * Donnerstag um 14 Uhr dabei sein?": being present asked for, whose time says when, not by when.
 */
const ATTEND: Record<Lang, RegExp> = {
  en: /\b(?:be there|be present|be around|come along|join us|attend|(?:drop|pop|come|stop|swing) (?:by|in|over|round)(?! (?:the|a|an|my|our|your|his|her|their|some)\b))\b/,
  nl: /(?<![\p{L}])(?:(?:er|erbij)\s+(?:\S+\s+){0,6}?bij\s+(?:kunnen\s+)?zijn|erbij\s+(?:kunnen\s+)?zijn|aanwezig\s+(?:kunnen\s+)?zijn|aanschuiven|langskomen|langslopen|binnenlopen|binnenwippen)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:dabei\s+sein|anwesend\s+sein|vor\s+ort\s+sein|vorbeikommen|vorbeischauen|reinschauen|dazukommen)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:być\s+obecn\p{L}*|stawić\s+się|przyjść|przyjdziesz|przyjdziecie|przyjdzie\s+(?:pan|pani)|dołączyć\s+do\s+nas|dołączysz\s+do\s+nas|dołączycie\s+do\s+nas|wpaść|wpadniesz|wpadnie\s+(?:pan|pani)|zajrzeć)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:være\s+(?:med|til\s+stede|der)|møte\s+opp|stille\s+opp|(?:komme|stikke|kikke|titte)\s+innom|komme\s+forbi)(?![\p{L}])/u,
};

/** Everyone the mail is to, as the subject of a duty: "everyone who …", "iedereen", "jeder", "wszyscy", "alle". */
const EVERYONE: Record<Lang, RegExp> = {
  en: /\b(?:everyone|everybody|all staff|all of you|each of you|every one of you)\b/,
  nl: /(?<![\p{L}])(?:iedereen|jullie allemaal|jullie allen)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:alle|jeder|jede|jede:r|ihr alle)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:wszyscy|każdy|każda|kazdy)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:alle|hver|enhver|alle sammen)(?![\p{L}])/u,
};

/**
 * Round 63. "kannst du heute noch vorbeikommen und schauen?", "Kun je vandaag nog even langskomen?",
 * "Możesz jeszcze dziś wpaść?": a visit asked for still today is due today, unlike a visit at a time
 * ("Możesz wpaść do mnie w środę o 10:00 na pół godziny?").
 */
const STILL_TODAY: Record<Lang, RegExp> = {
  en: /\b(?:still today|later today|today still|before the end of (?:the )?(?:day|today))\b/,
  nl: /(?<![\p{L}])(?:vandaag nog|nog vandaag|vandaag ook nog)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:heute? noch|noch heute?)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:jeszcze (?:dziś|dzisiaj|dzis)|(?:dziś|dzisiaj|dzis) jeszcze)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:(?:allerede|fortsatt|ennå) i dag|i dag (?:allerede|fortsatt|ennå))(?![\p{L}])/u,
};

/**
 * Round 76. "kan jij vandaag nog de garage bellen voor een afspraak?", "could you ring the garage
 * today to book an appointment?": making an appointment is a task with its time, not a meeting to
 * attend.
 */
const MAKE_APPOINTMENT: Record<Lang, RegExp> = {
  en: /\b(?:(?:call|ring|phone|email|contact)\b[^.?!]{0,40}\bto (?:book|make|arrange|set up) an? (?:appointment|slot)|(?:book|make|arrange) an? appointment)\b/,
  nl: /(?<![\p{L}])(?:(?:bellen|mailen|contact opnemen)[^.?!]{0,40}voor een afspraak|een afspraak (?:maken|inplannen|regelen|vastleggen|boeken))(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:(?:einen )?termin (?:vereinbaren|ausmachen|machen|buchen)|(?:anrufen|telefonieren)[^.?!]{0,40}wegen (?:eines|einem) termin)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:umówić (?:się )?na (?:wizytę|termin|przegląd)|umówić wizytę|(?:zadzwonić|zadzwoń)[^.?!]{0,40}(?:żeby|aby) (?:się )?umówić)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:bestille (?:en )?(?:time|avtale)|avtale (?:en )?time|ringe[^.?!]{0,40}for å (?:bestille|avtale))(?![\p{L}])/u,
};

/** A line that opens with what for or why ("Damit wir …, brauche ich …", "For å rekke …, trenger jeg …"). */
const PURPOSE_FIRST =
  /^(?:so that|so we can|in order to|to get|damit|um|weil|da|zodat|om|omdat|żeby|aby|bo|for å|slik at|fordi|siden)\s/u;

/** What a dash goes on with after an ask: the reader ("– you ran these last year", "– Ty prowadziłeś …") or a reason. */
/** A line that opens with a third person ("Ze wil …", "They need …", "Sie brauchen …"). */
const THIRD_PERSON_FIRST = /^(?:ze|zij|hij|they|he|she|sie|er|oni|one|ona|on|de|han|hun)\s/iu;
/** A comma, then a reason or where the sender is ("…, want ik ben tot vrijdag op de beurs"; see judgeOnce). */
const REASON_AFTER_COMMA =
  /,\s+(?:want|omdat|because|as|since|weil|denn|bo|ponieważ|gdyż|fordi|siden|ik ben|ik zit|i'm|i am|ich bin|ja jestem|jestem|jeg er)\s/iu;

const REASON_TO_READER =
  /^(?:you|you've|you're|because|since|ty|tobie|ciebie|wy|pan|pani|bo|ponieważ|gdyż|du|ihr|weil|denn|je|jij|u|jullie|omdat|want|dere|deg|fordi|siden)(?![\p{L}'])/iu;

/**
 * Round 93. "… before the ops meeting on Tuesday at 9:30", "… vóór de DB-vergadering van woensdag 9.00
 * uur", "… før møtet med kommunen mandag kl. 10", "… przed walnym zebraniem 25 listopada": a meeting
 * named as what the work must be ready before; its day and time are the deadline, not when to attend.
 * Dutch only with "vóór" written so or a word that says "before" (plain "voor" is also "for": "Voor de
 * bestuursvergadering van 20 oktober heb ik … nodig").
 */
const BEFORE_MEETING: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:before|ahead of|prior to)\s+(?:(?:the|our|your|this|next|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:meeting|call|briefing|board|session|workshop|review|interview|hearing|inspection|visit)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:vóór|ruim voor|uiterlijk voor|voorafgaand aan|voor aanvang van)\s+(?:de|het|ons|onze)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:vergadering|overleg|meeting|bespreking|sessie|schouw|inspectie|zitting|gesprek|afspraak)(?![\p{L}])/u,
  de: /(?<![\p{L}])vor\s+(?:dem|der|unserem|unserer)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:meeting|sitzung|besprechung|termin|treffen|versammlung|begehung|prüfung|audit)(?![\p{L}])/u,
  pl: /(?<![\p{L}])przed\s+(?:[\p{L}]+\s+){0,2}?(?:spotkaniem|zebraniem|naradą|posiedzeniem|rozmową|komisją|audytem|kontrolą|wizytą)(?![\p{L}])/u,
  nb: /(?<![\p{L}])før\s+(?:[\p{L}-]+\s+){0,1}?[\p{L}-]*(?:møtet|samtalen|befaringen|gjennomgangen|revisjonen|tilsynet|besøket)(?![\p{L}])/u,
};

/** The date of the meeting the work is to be ready before (see BEFORE_MEETING), as a deadline. */
function beforeMeeting(text: string, language: Lang, clock: WallClock): DeadlineCandidate | undefined {
  const before = BEFORE_MEETING[language].exec(text.toLowerCase());
  if (!before) return undefined;
  const end = before.index + before[0].length;
  // Its date as written, also where it reads as the meeting's own ("de vergadering van woensdag").
  return withEnglishDates(text, language, clock, findDeadlines(text, language, clock)).find(
    (d) =>
      (d.index >= before.index && d.end <= end) ||
      (d.index >= end && d.index - end <= 40 && !/[,;:–—()!?]|\.\s/u.test(text.slice(end, d.index))),
  );
}

/** A verb of asking or wishing before "żeby", "aby": what follows is the ask's own content. */
const ASKED_THAT =
  /(?<![\p{L}])(?:proszę|prosimy|prosiłbym|prosiłabym|prosiłbym bardzo|chciałbym|chciałabym|chcielibyśmy|chcę|chcemy|zależy (?:mi|nam)|wolałbym|wolałabym)\s*,\s*(?:żeby|aby|by)(?![\p{L}])/gu;

/**
 * "Our training return goes off to the region next week, so everyone … must complete the refresher
 * this week" (round 108): a "so" that brings the ask after a statement of why.
 */
const SO_THE_ASK = /[,;–—]\s*(?:so|which means|dus|daarom|daher|deshalb|deswegen|więc|dlatego|zatem|derfor|så)\s+/gu;

/** A duty or a plea: what makes the part after "so" the ask. */
const DUTY_OR_PLEA: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:must|need to|needs to|have to|has to|(?:is|are) required to|should|please)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:moet|moeten|dient|dienen|graag|gelieve|alsjeblieft|alstublieft)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:muss|müssen|muß|sollte|sollten|bitte)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:musi|muszą|musisz|musicie|należy|trzeba|proszę|prosimy|powinien|powinna|powinni|powinniście)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:må|maa|bør|vennligst|skal)(?![\p{L}])/u,
};

/**
 * "Fiona – have you got a sec?", "Heb je even?", "Hast du kurz eine Minute?", "Masz chwilę?", "Har du et
 * øyeblikk?": a question for the reader's attention, which opens what the sender asks.
 */
const ATTENTION_OPENER: Record<Lang, RegExp> = {
  en: /^(?:[\p{L}' ]{1,30}\s*[,–—-]\s*)?(?:(?:have|do) you (?:got|have) |you got |got |have you )(?:a |two |five )?(?:sec|second|minute|min|moment|mo|tick)s?\b(?: (?:now|today|later|this morning|this afternoon))?\s*\?\s*$/u,
  nl: /^(?:[\p{L}' ]{1,30}\s*[,–—-]\s*)?(?:heb je|heeft u|hebben jullie|heb jij) (?:(?:even|eventjes|heel even|nu)\s*)*(?:(?:een|twee|vijf) )?(?:minuutje|minuut|momentje|moment|seconde|tijd|tijdje)?\s*\?\s*$/u,
  de: /^(?:[\p{L}' ]{1,30}\s*[,–—-]\s*)?(?:hast du|haben sie|habt ihr) (?:(?:mal|kurz|gerade|grad|jetzt)\s+)*(?:(?:eine|zwei|fünf) )?(?:minute|sekunde|moment|zeit)\s*\?\s*$/u,
  pl: /^(?:[\p{L}' ]{1,30}\s*[,–—-]\s*)?(?:masz|macie|ma pan|ma pani) (?:(?:może|teraz)\s+)*(?:chwilę|chwilkę|moment|minutkę|sekundę)(?: czasu)?\s*\?\s*$/u,
  nb: /^(?:[\p{L}' ]{1,30}\s*[,–—-]\s*)?(?:har du|har dere) (?:et lite øyeblikk|et øyeblikk|to minutter|fem minutter|et minutt|litt tid|tid)(?: nå)?\s*\?\s*$/u,
};

/** ", but", ", maar", ", aber", ", ale", ", men" (and "so" in each): a clause that turns from what came before. */
const BUT_AFTER = /,\s+(?:but|so|maar|dus|aber|also|ale|więc|men|så)\s/u;

/** "at 7pm Thursday", "om 19.00 uur", "um 19 Uhr", "o 19:00", "kl. 19": the hour a thing happens. */
const AT_THE_HOUR: Record<Lang, RegExp> = {
  en: /^at\s/i,
  nl: /^om\s/i,
  de: /^um\s/i,
  pl: /^o\s/i,
  nb: /^(?:kl\.?|klokka)\s/i,
};

/** Where the ask starts in a sentence whose ask follows a "so" after a statement that asks nothing. */
function askAfterSo(lower: string, language: Lang): number | undefined {
  let at: number | undefined;
  for (const m of lower.matchAll(SO_THE_ASK)) at = m.index + m[0].length;
  if (at === undefined) return undefined;
  const duty = DUTY_OR_PLEA[language];
  return duty.test(lower.slice(at)) && !duty.test(lower.slice(0, at)) ? at : undefined;
}

function parseRequest(text: string, c: CompiledLexicon, language: Lang, clock: WallClock): ParsedRequest {
  const lower = text.toLowerCase();
  // "proszę, żeby każdy z Was w przyszłym tygodniu wpisał …" (round 97): "żeby" after a verb of asking
  // brings what is asked, not a reason.
  const reason = REASON_CLAUSE.exec(lower.replace(ASKED_THAT, (m) => m.replace(/[,;–—]/gu, ' ')));
  const need = NEED_AFTER_DASH.exec(lower);
  const ask = lower.slice(0, Math.min(reason?.index ?? lower.length, need?.index ?? lower.length));
  const all = /\d|\p{L}{3,}/u.test(text) ? deadlinesIn(text, language, clock) : [];
  // "przesun dostawe na piatek rano, bo w czwartek zamykaja droge": a day named in the reason for the
  // ask, without a "by" of its own, is not when it is due.
  // "Proszę jak najszybciej o informację … – mamy dwa wejścia przed południem" (round 86): when the ask
  // says how soon itself, the time of what the sender has on after it is not its deadline either.
  const urgentAsk =
    reason !== null && findUrgency(ask, language) !== null && SENDER_HAS_ON.test(lower.slice(reason.index));
  let found = reason ? all.filter((d) => (d.hasPrep && !urgentAsk) || d.index < reason.index) : all;
  // "Od dziś do piątku jestem na urlopie, czy możesz …?" (round 110): the days of the sender's absence
  // before the ask are not its deadline.
  const away = lower.indexOf(', ');
  if (away > 0 && found.some((d) => d.index < away) && c.outOfOffice.test(lower.slice(0, away)))
    found = found.filter((d) => d.index > away);
  // Round 120: "Ik stuur vrijdag de complete planning naar iedereen, maar daarvoor moet ik van jou weten
  // …", "Jeg skal sende den ut til mannskapet på fredag, så det hadde vært fint om du fikk gjort det i
  // morgen": the time of the sender's own doing before "but" or "so" is not the ask's.
  const but = BUT_AFTER.exec(lower);
  if (but && found.some((d) => d.index < but.index)) {
    const before = lower.slice(0, but.index);
    // Not the sender's want ("Jeg må ha den innen fredag kl. 12, så jeg rekker …").
    if ((c.ownTask.test(before) || OWN_COMMITMENT[language].test(before)) && !WANT_IT[language].test(before))
      found = found.filter((d) => d.index > but.index);
  }
  // A bare date in the statement before "so" is when that happens, not the ask's, when the ask has
  // its own.
  const soAt = found.length > 1 ? askAfterSo(ask, language) : undefined;
  if (soAt !== undefined && found.some((d) => d.index >= soAt))
    found = found.filter((d) => d.index >= soAt || d.hasPrep);
  // Not a meeting in the reason after the ask ("…, so we can get it into the budget before the
  // commissioning meeting on 8 September").
  const readyBy = beforeMeeting(text.slice(0, ask.length), language, clock);
  if (readyBy) {
    found = [...found.filter((d) => d.end <= readyBy.index || d.index >= readyBy.end), { ...readyBy, hasPrep: true }];
    found.sort((a, b) => a.index - b.index);
    return { text, found, about: false, meetingAt: false };
  }
  const meeting =
    (c.meeting.test(ask) && !MAKE_APPOINTMENT[language].test(ask)) ||
    (ATTEND[language].test(ask) && !STILL_TODAY[language].test(ask));
  // Round 120: "Any chance you can join us at the boathouse at 7pm Thursday?", "Możesz dołączyć do nas
  // w przystani o 19:00 w czwartek?": the hour the reader is asked to be there is not a deadline.
  if (meeting) found = found.filter((d) => !AT_THE_HOUR[language].test(d.text));
  return {
    text,
    found,
    about:
      meeting ||
      ASKS_WHETHER[language].test(lower) ||
      DONE_YET[language].test(lower) ||
      FACT_QUESTION[language].test(lower) ||
      CHOOSES_WHEN[language].test(lower) ||
      FINDS_A_DAY[language].test(lower),
    meetingAt: meeting && found.some((d) => !d.hasPrep && !d.relative),
  };
}

/**
 * Round 123: "Eén ding nog: de drukker wil alle teksten voor de folder morgen binnen hebben": a third
 * party's want (RELAYED_WANT) after a short lead-in, placed where it stands in the line.
 */
function relayedAfterLead(lower: string, language: Lang): RegExpExecArray | null {
  const lead = colonWithin(lower, 60) ? ANY_LEAD_IN.exec(lower) : null;
  const want = lead ? RELAYED_WANT[language].exec(lower.slice(lead[0].length)) : null;
  if (want) want.index += lead![0].length;
  return want;
}

/** The time of the sender's want (WANT_IT) in an ask that is that want ("I need the invoice Friday"). */
function wantedIn(text: string, found: DeadlineCandidate[], language: Lang): DeadlineCandidate | undefined {
  const lower = text.toLowerCase();
  const want = found.length > 0 ? WANT_IT[language].exec(lower) : null;
  // Not after an ask to the reader, whose own time is read elsewhere ("kun jij morgen de sleutels …
  // leggen ik heb m donderdag om 6 uur al nodig").
  if (!want || SECOND_PERSON[language]?.test(lower.slice(0, want.index))) return undefined;
  // Only a time after the want begins: one ahead of it is when something else happens ("Donderdag komt
  // de delegatie … en ik wil ze graag in de Maaszaal ontvangen"); and not a day said with "on", when
  // what is wanted is there ("wir brauchen am Samstag einen Fahrer").
  return timeOfWant(
    text,
    want,
    found.filter(
      (d) =>
        d.index >= want.index &&
        !ON_THE_DAY.test(d.text) &&
        !ON_THE_DAY.test(text.slice(Math.max(0, d.index - 4), d.index)),
    ),
  );
}

/**
 * The time in the clause of the sender's want (WANT_IT): after the want before one ahead of it ("Ik heb
 * morgenochtend een gesprek … en wil het graag vandaag nog weten", round 112).
 */
function timeOfWant(text: string, want: RegExpExecArray, found: DeadlineCandidate[]): DeadlineCandidate | undefined {
  // Not a time in brackets, another clause, or the start of a span ("… seit dem 1. Dezember").
  const times = found.filter((d) => !SINCE_BEFORE.test(text.slice(Math.max(0, d.index - 12), d.index)));
  return (
    times.find((d) => d.index >= want.index && !/[,;:–—()]/u.test(text.slice(want.index, d.index))) ??
    times.find((d) => d.index < want.index && !/[,;:–—()]/u.test(text.slice(d.end, want.index + want[0].length)))
  );
}

/** "on", "am", "op", "w", "på": the day a thing happens, before its time or opening it. */
const ON_THE_DAY = /(?:^|\s)(?:on|am|an|op|w|we|på)(?:\s+$|\s)/iu;

/** "since", "seit dem", "sinds", "od", "siden", "vanaf": a time a span starts from. */
const SINCE_BEFORE = /(?<![\p{L}])(?:since|from|sinds|vanaf|seit(?: dem| der)?|ab dem|od|siden|fra)\s+$/iu;

/** The time in a condition of the sender having the thing (HAVING_IT_BY): "Als ik ze vrijdag heb, …". */
function timeHadBy(text: string, language: Lang, clock: WallClock): DeadlineCandidate | undefined {
  const having = HAVING_IT_BY[language]?.exec(text.toLowerCase());
  if (!having) return undefined;
  const from = having.index + having[1]!.length;
  const d = deadlinesIn(text.slice(from, having.index + having[0].length), language, clock)[0];
  return d && { ...d, index: d.index + from, end: d.end + from };
}

/** The date right beside a verb that hands something over ("… dit vrijdag bij mij aanleveren?"). */
function handedOverOn(text: string, found: DeadlineCandidate[], language: Lang): DeadlineCandidate | undefined {
  const verb = HAND_OVER[language].exec(text.toLowerCase());
  if (!verb) return undefined;
  const from = verb.index;
  const to = from + verb[0].length;
  return found.find((d) => {
    if (d.relative) return false;
    const between = d.end <= from ? text.slice(d.end, from) : d.index >= to ? text.slice(to, d.index) : '';
    return between.length < 25 && !/[,;:–—()]/u.test(between);
  });
}

/** A deadline word shortly before the date (or just after it). */
function prepNear(c: CompiledLexicon, text: string, d: DeadlineCandidate, found: DeadlineCandidate[]): boolean {
  // "najpóźniej jutro, bo w poniedziałek …": a deadline word before another date and a comma goes
  // with that date, not with one in the next clause.
  // "… by end of day tomorrow – the audit is on Friday": so does one before a dash.
  let from = Math.max(0, d.index - 45);
  for (const o of found) {
    if (o !== d && o.end <= d.index && /[,;–—]/u.test(text.slice(o.end, d.index))) from = Math.max(from, o.end);
  }
  // "przed Dniem Rodziny (6 czerwca)", "vor dem Sommerfest (12. Juni)": a date in brackets says when
  // the thing before it is; the deadline word before that thing goes with it, not with its date.
  if (text.charCodeAt(d.end) === 41 && /\(\s*$/.test(text.slice(from, d.index))) return false;
  // "die Zimmerliste (Anreise 24.08., 38 Personen) bis morgen": a date inside brackets goes with no
  // deadline word outside them.
  const open = text.lastIndexOf('(', d.index);
  const inBrackets = open > text.lastIndexOf(')', d.index);
  if (inBrackets) from = Math.max(from, open + 1);
  const close = inBrackets ? text.indexOf(')', d.end) : -1;
  const to = close === -1 ? d.end + 20 : Math.min(close, d.end + 20);
  let before = text.slice(from, d.index);
  let after = text.slice(d.end, to);
  // "Voor de bestuursvergadering van 20 oktober heb ik …", "for the board meeting of 20 October": a
  // date that names a thing of its day goes with that thing, not with a deadline word before it.
  if (DATE_OF_THING.test(before)) return false;
  const means = NOT_A_DEADLINE_WORD[c.lex.lang];
  if (means) {
    before = before.replace(means, ' ');
    // Read past the window's end, so that a cut "by ca…" is still a means.
    after = text
      .slice(d.end, close === -1 ? d.end + 40 : Math.min(close, d.end + 40))
      .replace(means, ' ')
      .slice(0, 20);
  }
  // "am Donnerstag um 18 Uhr Zeit, mit mir vor der Probe …" (round 104): a deadline word after a comma
  // starts a clause of its own, unless it comes right after the comma ("Friday, at the latest").
  const comma = after.search(/[,;]/u);
  if (comma >= 0) {
    const rest = after.slice(comma + 1);
    const word = c.prep.exec(rest);
    if (!word || rest.slice(0, word.index).trim() !== '') after = after.slice(0, comma);
  }
  return c.prep.test(before) || c.prep.test(after);
}

/** A noun and "of" right before a date ("de vergadering van", "die Sitzung vom"), not "the end of". */
const DATE_OF_THING =
  /(?<![\p{L}])(?!(?:end|eind|einde|ende|middle|midden|mitte|begin|beginning|start|anfang|slutten|utgangen)\s)\p{L}{3,}\s+(?:of|van|vom|von|fra)\s+(?:the\s+|de\s+|den\s+)?$/iu;

/**
 * "pay by card at the desk on Saturday", "send it by post": a deadline word that says how, not by
 * when. Only languages listed.
 */
const NOT_A_DEADLINE_WORD: Partial<Record<Lang, RegExp>> = {
  en: /\bby (?:card|credit card|debit card|cheque|check|cash|bank transfer|bank|transfer|standing order|direct debit|bacs|paypal|e-?mail|post|mail|courier|hand|phone|text|invoice)\b/giu,
  // Round 78: "hoeveel scheidsrechters je zaterdag hebt voor de jeugdwedstrijden": "voor" before a
  // thing is "for" (not "vóór", and not "voor het einde").
  nl: /(?<![\p{L}])voor (?:de|het|een|onze|jullie|je|mijn|die|deze|dit)(?! (?:eind|einde|begin|start|weekend|lunch|middag|middagpauze|ochtend|avond|vergadering|overleg|meeting|deadline)(?![\p{L}]))(?![\p{L}])/giu,
};

/**
 * Whether the mail is minutes: the word near the start of a line ("Notulen van het overleg", "Hier
 * die Ergebnisse:", "Below the minutes of …"), not in passing ("… goedgekeurd, de notulen volgen").
 */
function namesMinutes(text: string, minutes: RegExp): boolean {
  // Most mail has the word nowhere: one pass says so (the words never span a line).
  if (!fastTest(minutes, text)) return false;
  for (const line of text.split('\n')) {
    const m = minutes.exec(line);
    if (m && m.index < 40) return true;
  }
  return false;
}

/**
 * Round 90. "Jeg har ikke sett noe, har du fått den?", "I haven't seen anything, have you got it?": the
 * sender's own news, then whether the reader has had the thing, after a comma, asks her (German and
 * Dutch read it already). Only a question about what she has got, seen or heard.
 */
const TAIL_QUESTION: Partial<Record<Lang, RegExp>> = {
  en: /,\s*(?:and\s+)?(?:have|did|has)\s+(?:you|anyone)\s+(?:got|gotten|had|seen|received|heard|spotted|found)\b[^,?]*\?\s*$|,\s*(?:have|did)\s+you\s*\?\s*$/,
  nb: /,\s*(?:og\s+)?(?:har|fikk)\s+(?:du|dere|noen)(?:\s+(?:fått|sett|mottatt|hørt|funnet)(?![\p{L}])[^,?]*|\s*)\?\s*$/u,
};

/**
 * "Du weißt doch noch, wie der Züchter hieß, …?", "Pamiętasz może, jaką wartość Rw miało …?": a
 * question about what the reader remembers asks her for it (round 49). Only languages whose cues
 * and models miss it.
 */
const MEMORY_ASKED: Partial<Record<Lang, RegExp>> = {
  de: /^(?:[^–—:?]{3,40}[–—:]\s+)?(?:(?:und|aber)\s+)?(?:(?:du weißt|du weisst|sie wissen|ihr wisst) (?:(?:doch|bestimmt|sicher|vielleicht)\s+)?noch|(?:weißt du|weisst du|wissen sie|wisst ihr) (?:(?:vielleicht|zufällig)\s+)?noch|erinnerst du dich|erinnern sie sich|erinnert ihr euch)(?:\s+(?:noch|daran))*,?\s+(?:wie|wer|wo|wann|was|welche\p{L}*|ob)(?![\p{L}])[^?]*\?\s*$/u,
  pl: /^(?:[^–—:?]{3,40}[–—:]\s+)?(?:(?:a|i)\s+)?(?:pamiętasz|pamiętacie|pamięta pan|pamięta pani|pamiętają państwo)(?:\s+może)?,?\s+(?:jak\p{L}*|kto|co|gdzie|kiedy|czy|ile|któr\p{L}*)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 56. "Eine kurze Rückmeldung bis Ende der Woche wäre sehr hilfreich", "A short reply by the end
 * of the week would be very helpful", "Een korte reactie vóór vrijdag zou erg fijn zijn", "Krótka
 * odpowiedź do piątku byłaby bardzo pomocna": a thing by a date that would help or please asks for it.
 * Norwegian's model has it.
 */
const WISHED_BY: Partial<Record<Lang, RegExp>> = {
  en: /^(?:an?|the|your|some)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:by|before)\s[^?,]{1,40}?\s(?:would be|'d be)\s+(?:(?:very|really|super|most|extremely|much)\s+)?(?:helpful|great|ideal|appreciated|useful|brilliant|perfect)\b[^?]*$/,
  nl: /^(?:een|de|het|jouw|uw|je)\s+(?:\p{L}+\s+){0,3}?\p{L}+\s+(?:vóór|voor|uiterlijk)\s[^?,]{1,40}?\s(?:zou|is)\s+(?:(?:erg|heel|echt|zeer|super)\s+)?(?:fijn|handig|mooi|prettig|ideaal|top|welkom|nuttig|behulpzaam)(?:\s+zijn)?(?![\p{L}])[^?]*$/u,
  de: /^(?:(?:eine|ein|die|der|das|deine|ihre|eure|ihr|dein)\s+)?(?:\p{L}+\s+){0,3}?\p{L}+\s+(?:bis|spätestens|noch vor|vor)\s[^?,]{1,40}?\s(?:wäre|wären)\s+(?:(?:sehr|echt|wirklich|total|super|äußerst)\s+)?(?:hilfreich|super|toll|gut|klasse|prima|ideal|schön|nett|wünschenswert)(?![\p{L}])[^?]*$/u,
  pl: /^(?:\p{L}+\s+){0,4}?\p{L}+\s+(?:do|przed|najpóźniej)\s[^?,]{1,40}?\s(?:byłaby|byłoby|byłby|byłyby)\s+(?:(?:bardzo|mega|super|naprawdę)\s+)?(?:pomocn\p{L}*|przydatn\p{L}*|idealn\p{L}*|super|świetn\p{L}*|mile widzian\p{L}*)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 56. "Ma któryś oddział coś wolnego na te dni?", "Czy ktoś z was ma klucz do magazynu?": a
 * question put to whichever of the group asks each of them (not "Kto by pomyślał, że ktoś …?", "Czy
 * ktoś jeszcze wątpi, że …?", nor small talk to anyone: "Ktoś się wybrał na narty?"). Only
 * Polish, whose cues have "Weiß jemand …?"'s kin only with "czy".
 */
const ANY_OF_YOU: Partial<Record<Lang, RegExp>> = {
  pl: /^(?![^?]*(?:^|\s)(?:by (?:pomyślał|pomyślała|przypuszczał|przypuszczała|uwierzył|uwierzyła|powiedział)|wątpi|wątpił|wątpiła)(?![\p{L}]))[^?]*?(?:^|\s)(?:któryś|któraś|którekolwiek|(?:ktoś|ktokolwiek) z (?:was|państwa|oddziałów|zespołu|działu))(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 59. "Fotos vom betroffenen Gerüstabschnitt wären auch hilfreich", "A photo of the crack would
 * also help", "Een foto zou ook handig zijn", "Zdjęcia też by się przydały", "Bilder hadde også vært
 * fint": a further thing that would also help, after an ask, asks for it (not "Das Wetter wäre auch
 * gut gewesen").
 */
const ALSO_HELPFUL: Partial<Record<Lang, RegExp>> = {
  en: /^(?![^?]*\b(?:been|not necessary|not essential|optional)\b)(?:[\w'-]+\s+){1,6}?(?:would|'d) also (?:be )?(?:(?:very|really|super)\s+)?(?:help|helpful|useful|great|good)\b[^?]*$/,
  nl: /^(?![^?]*(?<![\p{L}])(?:geweest|hoeft niet|niet nodig|niet verplicht)(?![\p{L}]))(?:\p{L}+\s+){1,6}?(?:zou|zouden) ook (?:(?:erg|heel|echt|wel)\s+)?(?:handig|fijn|nuttig|mooi)(?:\s+zijn)?(?![\p{L}])[^?]*$/u,
  de: /^(?![^?]*(?<![\p{L}])(?:gewesen|kein muss|nicht nötig|nicht zwingend|nicht notwendig)(?![\p{L}]))(?:\p{L}+\s+){1,6}?(?:wäre|wären) auch (?:(?:sehr|echt|wirklich|noch)\s+)?(?:hilfreich|super|gut|toll|nett|praktisch)(?![\p{L}])[^?]*$/u,
  pl: /^(?:\p{L}+\s+){1,6}?(?:też|również) (?:by się przydał\p{L}*|byłby pomocn\p{L}*|byłaby pomocn\p{L}*|byłoby pomocn\p{L}*|byłyby pomocn\p{L}*)(?![\p{L}])[^?]*$/u,
  nb: /^(?:\p{L}+\s+){1,6}?(?:hadde|ville) også vært (?:(?:veldig|kjempe)\s*)?(?:fint|nyttig|greit|flott|til hjelp)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 60. "Kunnen we dinsdag na de les efkes samenzitten?", "Kan ik ze toezeggen dat …?", "Können
 * wir am Dienstag kurz zusammensitzen?", "Kann ich ihnen zusagen, dass …?": a question whether we may
 * or I may asks the reader to say (not "Kan ik je ergens mee helpen?", an offer; round 83: nor "Darf
 * ich mich kurz vorstellen?"). The other languages' cues have it.
 */
const MAY_WE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|of|maar)\s+)?(?:kunnen we|kunnen wij|zullen we|kan ik|mag ik|zal ik|moet ik)\s(?![^?]*(?<![\p{L}])(?:helpen|betekenen|voorstellen|introduceren)(?![\p{L}]))[^?]*\?\s*$/u,
  de: /^(?:(?:und|oder|aber)\s+)?(?:können wir|sollen wir|wollen wir|kann ich|darf ich|soll ich|muss ich)\s(?![^?]*(?<![\p{L}])(?:helfen|behilflich|vorstellen)(?![\p{L}]))[^?]*\?\s*$/u,
};

/**
 * Round 63. "Passt das oder soll ich was Günstigeres suchen?", "Is dat goed of zal ik iets goedkopers
 * zoeken?", "Passer det, eller skal jeg finne noe billigere?": a question that offers what the sender
 * would do instead asks the reader to decide. English ("…, or shall I …?") and Polish ("…, czy mam
 * …?") have it in EITHER_OR and the cues. Round 68: also what we would do instead ("Schaffst du das
 * mit der Räucherkammer, oder sollen wir was vom Lager nehmen?").
 */
const OR_SHALL_I: Partial<Record<Lang, RegExp>> = {
  nl: /^[^?]{2,80}?,?\s+of\s+(?:(?:zal|moet) ik|(?:zullen|moeten) (?:we|wij))\s[^?]*\?\s*$/u,
  de: /^[^?]{2,80}?,?\s+oder\s+(?:(?:soll|muss) ich|(?:sollen|müssen) wir)\s[^?]*\?\s*$/u,
  nb: /^[^?]{2,80}?,?\s+eller\s+(?:(?:skal|må|bør) (?:jeg|vi))\s[^?]*\?\s*$/u,
};

/**
 * Round 65. "Er han fortsatt ledig for adopsjon?", "Is he still available?", "Is hij nog
 * beschikbaar?", "Ist er noch zu haben?"; "hebben we van die partij riet nog wat liggen …?", "Haben
 * wir noch Glocken übrig?", "Do we still have any of the Polish reed left?": whether a thing is still
 * to be had, or still in stock, is asked of the one who knows, also after a name ("jolanda, hebbe we
 * …?"; Polish has it in its cues).
 */
const STILL_THERE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:\p{L}+,\s+)?(?:(?:and|so|also|or)\s+)?(?:(?:is|are) (?:\S+ ){1,4}?still (?:available|free|for sale|in stock|up for adoption|bookable)|(?:do|have) we (?:still )?(?:have|got) [^?]*\b(?:left|spare|in stock)\b)[^?]*\?\s*$/u,
  nl: /^(?:\p{L}+,\s+)?(?:(?:en|of|maar)\s+)?(?:(?:is|zijn) (?:\S+ ){1,4}?nog (?:beschikbaar|vrij|te koop|te krijgen|op voorraad|te adopteren)|(?:hebben|hebbe|heb) (?:we|wij) (?:\S+ ){0,8}?nog (?:\S+ ){0,3}?(?:liggen|staan|over|op voorraad|in huis))(?![\p{L}])[^?]*\?\s*$/u,
  de: /^(?:\p{L}+,\s+)?(?:(?:und|oder)\s+)?(?:(?:ist|sind) (?:\S+ ){1,4}?noch (?:frei|verfügbar|zu haben|zu vergeben|auf lager|zu verkaufen)|haben wir (?:\S+ ){0,8}?noch (?:\S+ ){0,3}?(?:da|übrig|auf lager|vorrätig|liegen))(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:\p{L}+,\s+)?(?:(?:og|eller|men)\s+)?(?:(?:er|står) (?:\S+ ){1,4}?(?:fortsatt|ennå|fremdeles) (?:ledig|tilgjengelig|til salgs|til adopsjon|på lager)|har vi (?:\S+ ){0,6}?(?:fortsatt|ennå|noe|noen) (?:\S+ ){0,3}?igjen)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 67. "Did you ever hear back from the insurance crowd about the hull claim?": whether the
 * reader got an answer asks for it. Only English, whose cues have "Have you heard back".
 */
const HEARD_BACK: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|also|btw|by the way|oh),?\s+)?did (?:you|u) (?:ever |already |manage to |by any chance )?(?:hear back|get (?:a reply|an answer|anything back|a response|a quote)|hear anything)\b[^?]*\?\s*$/,
};

/**
 * Round 72. "Did you change the filters on unit 4?", "fikk dere byttet girolja på T14 i går?",
 * "Udało się wymienić olej?", "Wymieniliście wczoraj olej w T14?": whether the reader got a task done
 * asks for the answer. Not small talk about the reader's own time ("Did you see the game?", "Fikk du
 * slappet av?", "Udało się odpocząć?", "Byłeś na urlopie?"), nor a question about a weekend, a trip
 * or the weather ("Did you manage to get any sun in the end?", "Fikk du testet de nye skiene på
 * Norefjell?"). Dutch and German cues have it ("Hebben jullie … vervangen?", "Habt ihr … gewechselt?").
 */
const TASK_DONE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so|also|btw|by the way|oh|quick one|quick question|just checking)[,:]?\s+)?did (?:you|u)(?: guys| all| two| both)? (?![^?]*\b(?:weekend|holidays?|trip|vacation|game|match|party|concert|wedding|marathon|skiing|ski|hike|hiking|beach|sun|weather|rain|snow)\b)(?:already |actually |manage to |remember to |get round to |get around to |get a chance to )?(?!(?:manage|remember|get round|get around|get a chance|see|hear|have|enjoy|watch|catch|go|sleep|make|like|love|notice|know|think|mean|say|forget|miss|read|win|lose|survive|recover|travel|fly|drive|need|end|come|leave|stay|eat|try|visit|meet|run|feel|relax|rest|unwind|switch|recharge|chill|settle|get (?:home|back|there|in|any|some|a|an|to|lucky|wet|stuck|much|on|away|out))\b)[a-z]+\b[^?]*\?\s*$/,
  pl: /^(?:(?:a|i|no|to|czy)\s+)?(?![^?]*(?<![\p{L}])(?:weekend\p{L}*|urlop\p{L}*|wakacj\p{L}*|wycieczk\p{L}*|mecz\p{L}*|nart\p{L}*|w górach|w góry|imprez\p{L}*|wesel\p{L}*|koncert\p{L}*|pogod\p{L}*|słońc\p{L}*|plaż\p{L}*)(?![\p{L}]))(?:udało\s+(?:się|ci\s+się|wam\s+się|się\s+wam|się\s+ci|się\s+panu|się\s+pani|panu\s+się|pani\s+się)(?:\s+(?:już|juz|wczoraj|dziś|dzisiaj|może|moze))?\s+(?!(?:odpocząć|wypocząć|wyspać|zrelaksować|dojechać|dotrzeć|pojechać|wyjechać|przyjechać|polecieć|wrócić|odwiedzić)(?![\p{L}]))\p{L}+[ćc]|(?!(?:byłeś|byłaś|byliście|byłyście|miałeś|miałaś|mieliście|miałyście|widziałeś|widziałaś|widzieliście|słyszałeś|słyszałaś|słyszeliście|oglądałeś|oglądałaś|oglądaliście|spałeś|spałaś|jechałeś|jechałaś|jechaliście|jeździłeś|jeździłaś|jeździliście|bawiłeś|bawiłaś|bawiliście|odpocząłeś|odpoczęłaś|odpoczęliście|wypocząłeś|wypoczęłaś|myślałeś|myślałaś|myśleliście)(?![\p{L}]))\p{L}{3,}(?:łeś|łaś|liście|łyście))(?![\p{L}])[^?]*\?\s*$/u,
  nb: /^(?:(?:og|så|forresten|btw)[,:]?\s+)?fikk (?:du|dere)(?![^?]*(?<![\p{L}])(?:helga|helgen|helg|ferien|ferie|turen|tur|skiene|ski|skitur|kampen|festen|konserten|bryllupet|fjellet|hytta|stranda|snø|sola|været|regn)(?![\p{L}]))(?: (?:endelig|til slutt))? (?!(?:sett|hørt|sovet|slappet|hvilt|kost|nytt|spist|vært|gått)(?![\p{L}]))\p{L}+(?:et|t|dd)(?![\p{L}])[^?]*\?\s*$/u,
};

/**
 * Round 74. "mir fehlen aber noch die handelsrechnungen fuer auftrag 26-0418", "I'm still missing the
 * commercial invoices", "Jeg mangler fortsatt timelisten din": what the sender still lacks, said to
 * the reader, asks for it when the mail asks nothing else (beside an ask it is the ask's reason);
 * not when it is to come from someone else ("… still missing the figures from the Leeds site").
 * Dutch "ik mis nog" and Polish "brakuje mi jeszcze" are cues.
 */
const STILL_MISSING: Partial<Record<Lang, RegExp>> = {
  en: /(?:^|[,;–—]\s*)(?:(?:but|and|also|however|just)\s+)?(?:i'm|i am|we're|we are)\s+still\s+missing\s+(?!out\b)(?![^?]*\bfrom (?!you\b|your\b))[^?]*$/,
  de: /(?:^|[,;–—]\s*)(?:(?:aber|und|nur)\s+)?mir\s+(?:fehlt|fehlen)\s+(?:(?:aber|halt|leider|jetzt)\s+)*noch\s+(?![^?]*(?<![\p{L}])von\s+(?!dir|euch|ihnen)\p{L})[^?]*$/u,
  nb: /(?:^|[,;–—]\s*)(?:(?:men|og)\s+)?(?:jeg|vi)\s+mangler\s+(?:fortsatt|ennå|fremdeles|stadig)\s+(?![^?]*(?<![\p{L}])fra\s+(?!deg|dere)\p{L})[^?]*$/u,
};

/**
 * Round 75. "Bez pośpiechu – wystarczy, jeśli przekaże mi Pan kopię w przyszłym tygodniu", "it's fine
 * if you send me a copy next week", "es reicht, wenn du mir die Kopie nächste Woche gibst", "het is
 * prima als je me volgende week een kopie geeft", "det holder om du gir meg en kopi neste uke": what
 * would be enough, the reader doing a thing, asks for it when the mail asks nothing else (beside an
 * ask it only says which time is fine). Not the reader's own need or wish ("it's fine if you need
 * more time").
 */
const FINE_IF_YOU: Record<Lang, RegExp> = {
  en: /(?:^|[–—:,]\s*)(?:it's|it is|it'd be|it would be|that's|that is)\s+(?:totally |perfectly |absolutely )?(?:fine|enough|ok|okay|great|perfect|plenty|good)\s+(?:if|when)\s+(?:you|u)\s+(?!(?:have|need|want|are|were|can't|cannot|don't|do not)\b)\w[^?]*$/,
  nl: /(?:^|[–—:,]\s*)(?:het is|is het|dat is|het zou|is)\s+(?:\S+\s+)?(?:prima|goed|genoeg|voldoende|oké|ok|fijn|top|perfect)\s+(?:als|wanneer|indien)\s+(?:je|jij|u|jullie|ge|gij)\s+(?!(?:wilt|wil|willen|nodig|vragen|hebt|heeft|hebben)(?![\p{L}]))[^?]*$/u,
  de: /(?:^|[–—:,]\s*)(?:es\s+)?(?:reicht|genügt|langt|ist (?:auch )?(?:ok|okay|gut|in ordnung|ausreichend|genug))(?:\s+(?:auch|mir|uns|völlig|vollkommen|locker))*,?\s+(?:wenn|falls)\s+(?:du|sie|ihr)\s+(?!(?:willst|wollt|wollen|möchtest|brauchst|braucht|brauchen|hast|habt)(?![\p{L}]))[^?]*$/u,
  pl: /(?:^|[–—:,]\s*)(?:wystarczy|wystarczą|będzie (?:dobrze|ok|okej|w porządku)|może być)(?:\s+(?:mi|nam|też|spokojnie))*,?\s+(?:jeśli|jeżeli|jak|gdy)\s+(?![^?]*(?<![\p{L}])(?:chcesz|chcecie|potrzebujesz|potrzebujecie)(?![\p{L}]))(?=[^?]*(?<![\p{L}])(?:\p{L}+(?:esz|isz|ysz|ecie|icie|ycie)|pan|pani|państwo)(?![\p{L}]))[^?]*$/u,
  nb: /(?:^|[–—:,]\s*)(?:det\s+)?(?:holder|går fint|er (?:fint|greit|nok|bra|ok|topp))(?:\s+(?:for meg|også|med))*,?\s+(?:om|hvis|dersom|når|at)\s+(?:du|dere)\s+(?!(?:vil|trenger|har|ønsker)(?![\p{L}]))[^?]*$/u,
};

/**
 * Round 76. "Har Nordstrø bekreftet leveringsdato for strøsanden?", "Hat der Lieferant den Termin
 * bestätigt?", "Heeft de leverancier de datum bevestigd?", "Er fakturaen sendt ennå?": whether
 * someone else has done a thing of the work asks the reader for the answer (English, Polish and the
 * Dutch "Is … al verstuurd?" have it). Not small talk about a weekend, a trip or the weather.
 */
const OTHER_DONE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:heeft|hebben)\s+(?!(?:je|jij|u|jullie|ge|gij|we|wij|ik|het weer|niet)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:weekend|vakantie|reis|weer|feest|verjaardag)(?![\p{L}]))(?:\S+\s+){1,6}?(?:(?:ge|be|ver|ont|her|er)\p{L}{2,}[dt]|\p{L}+eerd)\s*\?\s*$/u,
  de: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:hat|haben|ist|sind)\s+(?!(?:du|ihr|sie|wir|ich|es|das wetter|nicht)(?![\p{L}]))(?![^?]*(?<![\p{L}])nicht(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:wochenende|urlaub|reise|wetter|feier|geburtstag)(?![\p{L}]))(?:\S+\s+){1,6}?(?:ge\p{L}{2,}(?:t|en)|(?:be|ver|er|ent|zer)\p{L}{2,}t|\p{L}+iert)\s*\?\s*$/u,
  nb: /^(?:[^–—:?]{3,60}[–—:]\s+){0,2}(?:har|er|ble)\s+(?!(?:du|dere|vi|jeg|det|den|de|ikke)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:helga|helgen|ferien|turen|reisen|været|vær|festen|bursdagen)(?![\p{L}]))(?:\S+\s+){1,3}?(?:(?:be|for|er|over|ut|opp|inn)?\p{L}{2,}(?:et|t|dd))(?=[\s?])[^?]*\?\s*$/u,
};

/**
 * Round 79. "Vi skal ha barnedåp … og lurer på om dere lager kransekake for ca. 30 personer?":
 * wondering whether the reader does a thing asks (the cues have "lurer på om du kan").
 */
const WONDER_IF_YOU: Partial<Record<Lang, RegExp>> = {
  nb: /(?:^|\s)(?:jeg|vi)\s+(?:\S+\s+){0,8}?lurer\s+på,?\s+(?:om|hva|hvor|når|hvordan|hvilke?)\s+(?:\S+\s+){0,3}?(?:du|dere)(?![\p{L}])[^!]*$/u,
};

/**
 * Round 68. "Dzwonił pan Rutkowski … Prosi o oddzwonienie przed 14:00", "Er bittet um Rückruf vor 14
 * Uhr", "He asks for a call back before 2pm", "Hij vraagt om teruggebeld te worden", "Han ber om å bli
 * ringt opp": a caller's wish to be called back, relayed, asks the reader to call.
 */
const CALLBACK_ASKED: Record<Lang, RegExp> = {
  en: /\b(?:asks?|asked|would like|'d like|wants?|wanted|requests?|requested)\s+(?:for\s+)?(?:a\s+|an\s+urgent\s+)?(?:call ?back|return call|callback)\b|\b(?:asks?|asked|would like|wants?|wanted)\s+(?:you\s+|someone\s+)?to\s+(?:call|ring|phone)\s+(?:him|her|them)\s+back\b/,
  nl: /(?<![\p{L}])(?:vraagt|vroeg|wil|verzoekt|verzocht)\s+(?:\S+\s+){0,2}?(?:om\s+)?(?:teruggebeld te worden|een terugbelverzoek|(?:je|jou|u)\s+(?:\S+\s+)?(?:terug te bellen|terugbelt))(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:bittet|bat|möchte|wünscht|erbittet)\s+(?:\S+\s+){0,2}?(?:um\s+)?(?:einen\s+|kurzen\s+|baldigen\s+)?rückruf(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:prosi|prosił|prosiła|prosili|prosiły|chce|chciał|chciała)\s+(?:\S+\s+){0,2}?o\s+(?:pilny\s+|szybki\s+)?(?:oddzwonienie|telefon|kontakt telefoniczny)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:ber|ba|vil|ønsker)\s+(?:\S+\s+){0,2}?om\s+(?:å\s+bli\s+ringt\s+opp|(?:at\s+)?(?:du|dere)\s+ringer\s+(?:\S+\s+)?(?:tilbake|opp)|en\s+telefon|tilbakeringing)(?![\p{L}])/u,
};

/**
 * Round 68. "do końca miesiąca muszę mieć od Ciebie zestawienie …", "kazdy niech mi podesle aktualny
 * numer konta", "Wpiszcie mi tam swoje dostępności": what the sender must have from the reader, a task
 * each of the group is told to do with "niech", and the plural imperative ask (Polish, whose cues
 * have "potrzebuję od Ciebie", "niech każdy" and the plural with "proszę"). Round 88: also "każdy z Was
 * niech w ciągu dwóch dni uzupełni …".
 */
const MUST_HAVE_FROM_YOU: Partial<Record<Lang, RegExp>> = {
  // Also the plural imperative at the start ("Wpiszcie mi tam swoje dostępności, to ułożę grafik"),
  // which the cues have only with "proszę"; round 88: also after whom it turns to and where ("Panowie –
  // przy pasach podajcie też obwód w pasie").
  pl: /^(?:\p{L}+\s*[–—:]\s+)?(?:(?:a|i|no|to|więc)\s+)?(?:(?:przy|w|we|na|do|po|dla|z|ze|u)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:wpiszcie|dopiszcie|zapiszcie|wyślijcie|wyslijcie|prześlijcie|przeslijcie|podeślijcie|podeslijcie|sprawdźcie|sprawdzcie|zróbcie|zrobcie|przynieście|przyniescie|zostawcie|oddajcie|przygotujcie|uzupełnijcie|uzupelnijcie|wypełnijcie|wypelnijcie|potwierdźcie|potwierdzcie|zgłoście|zgloscie|zadzwońcie|zadzwoncie|napiszcie|weźcie|wezcie|wrzućcie|wrzuccie|podajcie|odbierzcie)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:muszę|musimy|powinienem|powinnam|powinniśmy)\s+(?:\S+\s+){0,2}?(?:mieć|dostać|otrzymać)(?:\s+\S+){0,3}?\s+od\s+(?:ciebie|was|pana|pani|państwa)(?![\p{L}])[^?]*$|(?:^|[\s:])(?:każdy|kazdy|każda|kazda|wszyscy)(?:\s+z\s+(?:was|państwa|panstwa))?\s+niech\s+(?:(?:mi|nam|to|je)\s+)?(?:\p{L}{1,2}\s+)?\p{L}{3,}[^?]*$|(?:^|\s)(?:trzeba|należy|potrzeba),?\s+(?:żeby|aby|by)\s+(?:każd[ayo](?:\s+z\s+(?:was|państwa))?|wszyscy|wszystkie|cały zespół)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 68. "Kan iedereen zijn beschikbaarheid … in de gedeelde agenda zetten?", "Can everyone add
 * their availability …?", "Kann jeder … eintragen?", "Kan alle legge inn …?": a question whether
 * everyone can do a thing asks each of them. Round 74: also after a short lead-in ("- En nog één
 * ding: wil iedereen zijn beschikbaarheid … invullen …?"). Round 120: also after a need and "so" ("vi
 * mangler fire personer i billettsalget lørdag, så kan alle som ikke allerede har vakt … skrive seg på
 * en økt?").
 */
const EVERYONE_ASKED: Partial<Record<Lang, RegExp>> = {
  en: /(?:^(?:[^:?]{1,40}:\s+)?(?:(?:and|so)\s+)?|,\s+so\s+)(?:can|could|would|will)\s+(?:everyone|everybody|each of you|all of you|you all)\s[^?]*\?\s*$/,
  nl: /(?:^(?:[^:?]{1,40}:\s+)?(?:(?:en|dus)\s+)?|,\s+dus\s+)(?:kan|kunnen|wil|willen|zou|zouden)\s+(?:iedereen|jullie allemaal|jullie allen|elk van jullie)\s[^?]*\?\s*$/u,
  de: /(?:^(?:[^:?]{1,40}:\s+)?(?:(?:und|also)\s+)?|,\s+also\s+)(?:kann|könnte|würde|kannst)\s+(?:jede[rs]?|jede:r|jeder von euch|bitte jeder)\s[^?]*\?\s*$/u,
  nb: /(?:^(?:[^:?]{1,40}:\s+)?(?:(?:og|så)\s+)?|,\s+så\s+)(?:kan|vil|kunne)\s+(?:alle|hver|hver enkelt|alle sammen)\s[^?]*\?\s*$/u,
};

/**
 * Round 70. "Rond de module vóór het einde van de maand af": Dutch "afronden" split as an imperative,
 * which the cues' verbs miss ("rond" alone is also "around").
 */
const SPLIT_IMPERATIVE: Partial<Record<Lang, RegExp>> = {
  nl: /^(?:(?:en|dus|ook)\s+)?rond\s+(?:de|het|je|jouw|uw|jullie|die|dit|deze)\s[^.?!]{1,80}?\saf(?=[\s,.!]|$)[^?]*$/u,
};

/**
 * Round 62. "Thanks in advance for sending the figures by Friday": thanks for what is still to be
 * done asks it. Only English.
 */
const THANKS_IN_ADVANCE: Partial<Record<Lang, RegExp>> = {
  en: /^(?:(?:and|so)\s+)?(?:many\s+)?(?:thanks|thank you)(?: (?:so much|very much))? in advance for\s+(?:\w+\s+)?\w+ing\b[^?]*$/,
};

/**
 * Round 62. "Und zum Schluss noch eine Bitte an alle: Startet eure PCs nächste Woche neu", "One
 * request for everyone: …", "Een verzoek aan iedereen: …", "Jedna prośba do wszystkich: …", "En
 * oppfordring til alle: …": what follows a request announced as one asks.
 */
const REQUEST_LABEL: Record<Lang, RegExp> = {
  en: /^(?:[^:?]{0,40}\s)?(?:one|a|a small|a quick|one more|a last|one last) (?:request|favour|favor|ask)(?: (?:to|for) (?:all|everyone|everybody|you all|you))?\s*:\s*\S[^?]*$/,
  nl: /^(?:[^:?]{0,40}\s)?(?:een|één|nog een|klein|kleine) (?:verzoek|verzoekje|vraag|vraagje|oproep)(?: aan (?:iedereen|jullie|allen|allemaal|je|u))?\s*:\s*\S[^?]*$/u,
  de: /^(?:[^:?]{0,40}\s)?(?:eine|noch eine|kleine|große|letzte) bitte(?: an (?:alle|euch|dich|sie))?\s*:\s*\S[^?]*$/u,
  pl: /^(?:[^:?]{0,40}\s)?(?:jedna|mała|ogromna|ostatnia|mam) prośb\p{L}*(?: do (?:wszystkich|was|ciebie|pana|pani|państwa))?\s*:\s*\S[^?]*$/u,
  nb: /^(?:[^:?]{0,40}\s)?(?:en|ei|én|en liten|ei lita) (?:bønn|oppfordring|forespørsel)(?: til (?:alle|dere|deg))?\s*:\s*\S[^?]*$/u,
};

/**
 * The asks looked for after the sentence model, each alone enough (BONUS_ASK … SPLIT_IMPERATIVE; the
 * conditional ask, for questions only, is tested apart), looked for in the cue union (see afterModelAsks).
 */
/**
 * Round 100. "Będę potrzebował od Pani zestawienia przychodów …", "Ik zal de cijfers van je nodig
 * hebben", "Ich werde von Ihnen die Zahlen brauchen", "Jeg kommer til å trenge oversikten fra deg":
 * a need from the reader put in the future asks as the present one does (NEED_FROM_YOU; English cues
 * have "I will need … from you").
 */
const WILL_NEED_FROM_YOU: Partial<Record<Lang, RegExp>> = {
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:zal|zullen)|(?:zal|zullen) (?:ik|we|wij))(?!(?: \S+){0,8}? (?:niets|niks|geen|niet)(?![\p{L}]))(?: \S+){0,8}? (?:van (?:je|jou|u|jullie)|van jouw|van uw|jouw|uw)(?: \S+){0,6}? nodig hebben(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:werde|werden)|(?:werde|werden) (?:ich|wir))(?!(?: \S+){0,8}? (?:nicht|nichts|kein|keine|keinen)(?![\p{L}]))(?: \S+){0,8}? (?:von (?:dir|euch|ihnen)|deine\p{L}*|eure\p{L}*)(?: \S+){0,6}? (?:brauchen|benötigen)(?![\p{L}])[^?]*$/u,
  pl: /(?:^|\s)(?<!nie\s)(?:będę|będziemy) (?:potrzebował|potrzebowała|potrzebowali|potrzebowały|potrzebować)(?: \S+){0,3}? (?:od (?:ciebie|was|pana|pani|państwa)|twoj\p{L}*|wasz\p{L}*)(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:jeg|vi) (?:kommer til å|vil|skal) trenge(?: \S+){0,6}? (?:fra (?:deg|dere)|\p{L}+ (?:ditt|din|dine|deres))(?![\p{L}])[^?]*$/u,
};

/**
 * Round 100. "Jeg må ha den før mandag", "I must have it by Monday", "Ik moet hem vóór maandag
 * hebben", "Ich muss sie bis Montag haben", "Muszę ją mieć przed poniedziałkiem": a thing the sender
 * must have by a time asks for it, as a need with its time does (read with NEED_BY: beside another
 * ask it gives that ask's time and is not quoted).
 */
const MUST_HAVE_BY: Partial<Record<Lang, RegExp>> = {
  en: /(?:^|[,;:–—]\s*)(?:(?:and|but|so|just|really)\s+)?(?:i|we) (?:really |still |do )?(?:must|need to|have to|'ll need to|will need to|'ve got to) have (?:it|them|this|that|these|those|yours|your \w+(?: \w+)?) (?:back |in |with me |on my desk )?(?:by|before|no later than) \S[^?]*$/,
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:moet|moeten)|(?:moet|moeten) (?:ik|we|wij)) (?:hem|het|ze|die|dat|deze|dit|jouw \p{L}+|uw \p{L}+) (?:(?:echt|wel|dan|wel echt)\s+)?(?:uiterlijk |vóór |voor |op )[^?]*?(?<![\p{L}])(?:hebben|binnen hebben)(?![\p{L}])[^?]*$/u,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:muss|müssen)|(?:muss|müssen) (?:ich|wir)) (?:ihn|sie|es|die|den|das|deine \p{L}+|eure \p{L}+) (?:(?:unbedingt|wirklich|dann|aber|echt)\s+)?(?:spätestens |bis |vor )[^?]*?(?<![\p{L}])haben(?![\p{L}])[^?]*$/u,
  pl: /(?:^|\s)(?:muszę|musimy) (?:go|ją|je|to|tę|ten|twój \p{L}+|twoją \p{L}+|twoje \p{L}+) (?:(?:koniecznie|naprawdę)\s+)?mieć (?:najpóźniej |już )?(?:do|przed|na)(?![\p{L}])[^?]*$/u,
  nb: /(?<![\p{L}])(?:jeg|vi) (?:må|trenger å|skal) ha (?:den|det|dem|denne|dette|disse|\p{L}+ (?:din|ditt|dine|deres)) (?:(?:senest|helst|absolutt)\s+)?(?:før|innen|senest|til)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 100. "Ich wäre Ihnen daher sehr dankbar, wenn Sie …", "Ik zou u daarom erg dankbaar zijn als
 * u …", "Jeg ville derfor vært takknemlig om du …": gratitude asked for with a "therefore" in it (the
 * cues have it without); "Außerdem würde mich interessieren, ob …", "Interesuje mnie, czy …": a wish
 * to know, asked of the reader.
 */
const GRATEFUL_IF: Partial<Record<Lang, RegExp>> = {
  // Round 104: "I'd be really grateful if you could send over …", "I'd really appreciate it if you …"
  // (the cues have it without the word of degree); round 105: also without it, for "I'd be grateful if
  // you could read it through and tell me if anything sounds unfair" (which the courtesy "tell me if
  // anything …" had taken).
  en: /\b(?:i|we)(?:'d| would) (?:(?:be (?:(?:really|very|so|most|extremely|incredibly|hugely|truly|ever so|eternally|immensely|enormously|super)\s+)*(?:grateful|thankful|obliged))|(?:(?:really|truly|so|greatly|very much|much|hugely)\s+)*appreciate(?: it)?),? (?:if|should) (?:you|u)\b[^?]*$/,
  de: /(?<![\p{L}])(?:(?:ich|wir) (?:wäre|wär|wären|würde|würden)|(?:wäre|wär|wären|würde|würden) (?:ich|wir)) (?:(?:dir|ihnen|euch|mich|uns)\s+)?(?:(?:daher|deshalb|deswegen|also|darum|somit|nun|dann|jedenfalls)\s+)+(?:(?:sehr|wirklich|echt|außerordentlich|ausgesprochen|total)\s+)?(?:dankbar|freuen|froh),? (?:wenn|falls) (?:du|ihr|sie)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:(?:mich|uns) (?:würde|würden)|(?:würde|würden) (?:es )?(?:mich|uns)|es würde (?:mich|uns))(?: (?:auch|noch|außerdem|sehr|brennend))* interessieren,? (?:ob|wann|wie|wer|was|welche\p{L}*)\s[^?]*$/u,
  nl: /(?<![\p{L}])(?:(?:ik|wij|we) (?:zou|zouden)|(?:zou|zouden) (?:ik|wij|we)) (?:je|jou|u|jullie) (?:(?:daarom|dus|dan ook|dan|wel|echt)\s+)*(?:(?:erg|zeer|heel|enorm|bijzonder|ontzettend)\s+)?dankbaar zijn,? (?:als|indien|wanneer) (?:je|jij|u|jullie)(?![\p{L}])[^?]*$|(?<![\p{L}])(?:(?:ik|wij|we) (?:zou|zouden)|(?:zou|zouden) (?:ik|wij|we)) het (?:(?:daarom|dus|dan ook|wel|echt)\s+)+(?:(?:erg|zeer|heel|enorm)\s+)?op prijs stellen,? (?:als|indien|wanneer) (?:je|jij|u|jullie)(?![\p{L}])[^?]*$/u,
  pl: /(?:^|\s)(?:interesuje|ciekawi) (?:mnie|nas)(?: (?:też|również|także|bardzo|jeszcze))*,? (?:czy|kiedy|ile|jak|który|która|które)\s[^?]*$/u,
  nb: /(?<![\p{L}])(?:jeg|vi) (?:ville|vil|hadde|ville ha) (?:(?:derfor|dermed|altså|så|også)\s+)*(?:vært|være) (?:(?:veldig|svært|meget|utrolig|enormt)\s+)?takknemlig(?:e)? (?:om|hvis|dersom|for om) (?:du|dere)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 102. "gdybyś mogła w przyszłym tygodniu rzucić okiem na dawki …, byłbym spokojniejszy", "wenn du
 * … einen Blick darauf werfen könntest, wäre ich beruhigter", "als je … zou kunnen kijken, zou ik me
 * geruster voelen", "om du kunne se over …, ville jeg vært roligere": a thing the reader could do, and
 * the ease it would give, asks (English reads it so already).
 */
const EASIER_IF: Partial<Record<Lang, RegExp>> = {
  pl: /(?:^|\s)(?:gdybyś|gdybyście|jakbyś|jakbyście|gdyby pan|gdyby pani)\s[^?]{0,160}?,\s*(?:to\s+)?(?:byłbym|byłabym|bylibyśmy|byłybyśmy|będę|będziemy) (?:(?:dużo|o wiele|znacznie|bardzo|trochę)\s+)?(?:spokojniejs\p{L}*|szczęśliwsz\p{L}*|spokojn\p{L}*)(?![\p{L}])[^?]*$|(?:^|\s)(?:gdybyś|gdybyście|jakbyś|jakbyście|gdyby pan|gdyby pani)\s[^?]{0,160}?,\s*(?:to\s+)?(?:(?:bardzo|mocno|ogromnie|naprawdę)\s+)?(?:ułatwiłabyś|ułatwiłbyś|ułatwilibyście|ułatwiłby pan|ułatwiłaby pani|pomogłabyś|pomógłbyś|pomoglibyście)(?![\p{L}])[^?]*$/u,
  de: /(?:^|\s)(?:wenn|falls) (?:du|ihr|sie)\s[^?]{0,160}?(?:könntest|könntet|könnten|würdest|würdet|würden),\s*(?:dann\s+)?(?:wäre|wär) (?:ich|mir|uns|wir) (?:(?:deutlich|viel|sehr|schon|etwas)\s+)?(?:beruhigter|ruhiger|wohler|leichter|froh|erleichtert)(?![\p{L}])[^?]*$/u,
  nl: /(?:^|\s)(?:als|indien) (?:je|jij|u|jullie)\s[^?]{0,160}?(?:zou|zouden|kunt|kan|kunnen)[^?]{0,60}?,\s*(?:dan\s+)?(?:zou|zal) (?:ik|wij|we) (?:me |mij |ons )?(?:(?:een stuk|veel|wat|echt)\s+)?(?:geruster|rustiger|opgeluchter|blij)(?![\p{L}])[^?]*$/u,
  nb: /(?:^|\s)(?:om|hvis|dersom) (?:du|dere)\s[^?]{0,160}?(?:kunne|ville)[^?]{0,80}?,\s*(?:så\s+)?(?:ville|hadde) (?:jeg|vi) (?:(?:mye|langt|litt)\s+)?(?:vært|følt (?:meg|oss)) (?:(?:mye|langt|litt)\s+)?(?:roligere|tryggere|gladere|lettet)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 117. "Kleine herinnering: jouw urenstaat over april heb ik nog niet binnen", "I haven't got your
 * April timesheet yet", "Deine Stundenliste habe ich noch nicht bekommen", "Twojej karty za kwiecień
 * jeszcze nie dostałam", "Timelisten din har jeg ikke fått ennå": the reader's thing, not yet had, chased
 * (not with a release: "no rush", "geen haast").
 */
const NOT_YET_YOURS: Partial<Record<Lang, RegExp>> = {
  en: /^(?![^?]*\b(?:no rush|no hurry|no worries|no problem|whenever|if you)\b)[^?]*\b(?:i|we)\s+(?:still\s+)?(?:haven't|have not|hadn't|didn't|did not)\s+(?:yet\s+)?(?:got|had|received|get|receive)(?!\s+(?:a|the)\s+(?:chance|time|moment)\b|\s+(?:round|around)\b)(?:\s+\S+){0,4}?\s+(?:your|from you)\b(?=[^?]*\b(?:yet|still)\b|(?<=\bstill\b[^?]*))[^?]*$/,
  nl: /^(?=[^?]*(?<![\p{L}])(?:jouw|je|uw|jullie|van jou|van u|van jullie)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:geen haast|geen probleem|geen zorgen|als je|als u)(?![\p{L}]))[^?]*(?<![\p{L}])(?:(?:ik|we|wij) (?:heb|hebben)|(?:heb|hebben) (?:ik|we|wij))(?![\p{L}])[^?]*(?<![\p{L}])nog (?:steeds |altijd )?(?:[^?]*\s)?niet(?:\s+\S+)?\s+(?:binnen|ontvangen|gehad|gekregen)(?![\p{L}])[^?]*$/u,
  de: /^(?=[^?]*(?<![\p{L}])(?:deine?[nmrs]?|ihre?[nmrs]?|eure?[nmrs]?|von dir|von ihnen|von euch)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:keine eile|kein stress|kein problem|wenn du|falls du)(?![\p{L}]))[^?]*(?<![\p{L}])(?:(?:ich|wir) (?:habe|hab|haben)|(?:habe|hab|haben) (?:ich|wir))(?![\p{L}])[^?]*(?<![\p{L}])noch (?:immer )?(?:nicht|kein\p{L}*)(?:\s+\S+){0,2}?\s+(?:bekommen|erhalten|gekriegt)(?![\p{L}])[^?]*$/u,
  pl: /^(?=[^?]*(?<![\p{L}])(?:twoj\p{L}*|twoich|od ciebie|od pana|od pani|pana|pani)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:bez pośpiechu|nie ma pośpiechu|spokojnie|jeśli|jeżeli)(?![\p{L}]))[^?]*(?<![\p{L}])(?:jeszcze|nadal|wciąż|ciągle) nie (?:dostał(?:em|am|iśmy|yśmy)|otrzymał(?:em|am|iśmy|yśmy)|mam)(?![\p{L}])[^?]*$/u,
  nb: /^(?=[^?]*(?<![\p{L}])(?:din|ditt|dine|deres|fra deg|fra dere)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:ingen hast|ikke noe stress|hvis du|om du)(?![\p{L}]))[^?]*(?<![\p{L}])(?:(?:jeg|vi) har|har (?:jeg|vi))(?:\s+(?:fortsatt|ennå|enda|fremdeles|stadig))?\s+ikke(?:\s+\S+){0,3}?\s+(?:fått|mottatt)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 117. "Dus ik zie hem morgen graag in mijn inbox", "I'd like to see it in my inbox tomorrow",
 * "Ich hätte sie gerne morgen in meinem Postfach", "Chętnie zobaczę ją jutro w mojej skrzynce", "Jeg ser
 * gjerne at den ligger i innboksen min i morgen": the thing wished for in the sender's inbox asks for it
 * (round 119: not what the sender does not want there, "I don't want it sitting in my inbox").
 */
const IN_MY_INBOX: Record<Lang, RegExp> = {
  en: /^(?=[^?]*\b(?:like|love|want|need|expect|hope|see)\b)(?![^?]*\b(?:no rush|no hurry|whenever|don't|do not|won't|not)\b)[^?]*\b(?:in|into) (?:my|our) (?:inbox|in-?tray|mailbox|pigeonhole)\b[^?]*$/,
  nl: /^(?=[^?]*(?<![\p{L}])(?:graag|wil|hoop|verwacht)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:geen haast|wanneer het uitkomt|niet|geen)(?![\p{L}]))[^?]*(?<![\p{L}])in (?:mijn|m'n|onze) (?:inbox|mailbox|postvak|postvak in)(?![\p{L}])[^?]*$/u,
  de: /^(?=[^?]*(?<![\p{L}])(?:gern|gerne|möchte|hätte|hoffe|erwarte|brauche)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:keine eile|wann es passt|nicht|kein\p{L}*)(?![\p{L}]))[^?]*(?<![\p{L}])in (?:meinem|unserem) (?:postfach|posteingang|postkorb|eingang)(?![\p{L}])[^?]*$/u,
  pl: /^(?=[^?]*(?<![\p{L}])(?:chętnie|chcę|chciał\p{L}*|liczę|czekam|potrzebuję|oczekuję)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:bez pośpiechu|kiedy będzie ci wygodnie|nie)(?![\p{L}]))[^?]*(?<![\p{L}])(?:w|na) (?:mojej|naszej) (?:skrzynce|poczcie)(?![\p{L}])[^?]*$/u,
  nb: /^(?=[^?]*(?<![\p{L}])(?:gjerne|vil ha|håper|regner med|trenger)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:ikke|ingen)(?![\p{L}]))(?![^?]*(?<![\p{L}])(?:ingen hast|når det passer)(?![\p{L}]))[^?]*(?<![\p{L}])i (?:innboksen|innboks|postkassen|postkassa) (?:min|vår)(?![\p{L}])[^?]*$/u,
};

/**
 * Round 113. Polish imperatives the cues do not list, read after the model (whose weights they would
 * shift): "wpiszcie do końca miesiąca swoje urlopy …", "rzuć na niego okiem" (words between "rzuć"
 * and "okiem"); round 115 "przyślij", "przywieź", "przynieście"; round 118 "wrzućcie" after its thing ("Skan
 * nowego zaświadczenia wrzućcie do folderu …"); Dutch "En vergeet de stoelen niet" and Bokmål "Og ikke glem
 * stolene", short reminders of a thing to bring. Round 120: "więc przejmij to proszę", an imperative
 * with "proszę" after it at the end of the line.
 */
const MORE_IMPERATIVES: Partial<Record<Lang, RegExp>> = {
  pl: /(?:^|[\s,:])(?:wpiszcie|dopiszcie|zapiszcie|przyślij|przyślijcie|przywieź|przywieźcie|przynieście|wrzućcie|dorzućcie|wstawcie|załączcie|przejmij|przejmijcie|oddajcie|podmień|podmieńcie|zaktualizuj|zaktualizujcie|rzuć(?:cie)? (?:\S+ ){1,3}?okiem)(?=[\s,.!?;–—-]|$)|(?:^|[\s,:])(?!witaj)\p{L}{2,}(?:ij|yj|uj|aj|ej|nij|dź|ź|ć|cie)(?:\s+(?:to|je|go|ją|mi|nam|się|tym|tego))?,?\s+proszę[\s.!]*$/u,
  // Round 123: the German infinitive with "einfach" ("Einfach in die Liste im Anhang eintragen und
  // zurückschicken").
  de: /^(?:(?:und|also)\s+)?(?:bitte\s+)?einfach\s[^?]{3,80}?(?<![\p{L}])(?:eintragen|ausfüllen|zurückschicken|zurücksenden|schicken|mailen|hochladen|abgeben|anrufen|ankreuzen|unterschreiben)(?:\s+und\s+\p{L}+)?[\s.!]*$/u,
  nl: /^(?:(?:en|maar|o ja|oh|ook)[,]?\s+)?vergeet (?!(?:het|dat|dit|maar|mijn|die mail|deze mail)(?![\p{L}]))(?:\S+\s+){1,5}?niet(?:\s+(?:mee te nemen|op te halen|te \p{L}+))?[\s.!]*$/u,
  nb: /^(?:(?:og|men|å ja|ja)[,]?\s+)?ikke glem (?!(?:det|at|dette|meldingen|eposten)(?![\p{L}]))(?:\S+\s*){1,5}?[.!]*$/u,
};

const AFTER_MODEL_ASKS: Partial<Record<Lang, RegExp>>[] = [
  BONUS_ASK,
  TIME_GRANTED,
  THIRD_ASKS,
  WISH_THAT,
  NEED_FROM_YOU,
  WILL_NEED_FROM_YOU,
  GRATEFUL_IF,
  EASIER_IF,
  GROUP_DUTY,
  GROUP_DOES_BY,
  IF_SO_YOU_CAN,
  ELLIPTICAL_ASK,
  IF_YOU_WOULD_ALONE,
  FORMAL_ASK,
  IF_YOU_THEN_I,
  EVERYTHING_IF,
  HELPS_IF_I_HAVE,
  QUESTION_LABEL,
  FORMAL_QUESTION,
  OPINION_ASKED,
  POSSIBLE_ASKED,
  COME_HERE,
  MUST_KNOW_FROM_YOU,
  WHICH_FOR_YOU,
  EITHER_OR,
  FACT_ASKED,
  CONDITIONAL_TASK,
  MEMORY_ASKED,
  MORE_IMPERATIVES,
  IN_MY_INBOX,
  WONDER_ASK,
  WISHED_BY,
  ANY_OF_YOU,
  ALSO_HELPFUL,
  MAY_WE,
  THANKS_IN_ADVANCE,
  REQUEST_LABEL,
  OR_SHALL_I,
  STILL_THERE,
  HEARD_BACK,
  TASK_DONE,
  OTHER_DONE,
  WONDER_IF_YOU,
  CALLBACK_ASKED,
  MUST_HAVE_FROM_YOU,
  EVERYONE_ASKED,
  SPLIT_IMPERATIVE,
  TAIL_QUESTION,
];

/**
 * The asks looked for after the model of a language, in the order the cue union holds them: those
 * of AFTER_MODEL_ASKS (`asks` of them), then NEED_BY and PASSIVE_DUTY (their places, -1 when the
 * language has none). The conditional ask, which only questions are tested for, stays out.
 */
/** One expression matching what either of two does (their flags must agree). */
function either(a: RegExp | undefined, b: RegExp | undefined): RegExp | undefined {
  if (!a || !b) return a ?? b;
  if (a.flags !== b.flags) throw new Error(`either: flags ${a.flags} and ${b.flags} differ`);
  return new RegExp(`${a.source}|${b.source}`, a.flags);
}

function afterModelAsks(lang: Lang): { expressions: RegExp[]; asks: number; needBy: number; duty: number } {
  const expressions = AFTER_MODEL_ASKS.map((table) => table[lang]).filter((re): re is RegExp => re !== undefined);
  const asks = expressions.length;
  const place = (re: RegExp | undefined) => (re ? expressions.push(re) - 1 : -1);
  const needBy = place(either(NEED_BY[lang], MUST_HAVE_BY[lang]));
  return { expressions, asks, needBy, duty: place(PASSIVE_DUTY[lang]) };
}

const LAST_RESORT_ASKS = new Map<Lang, LiteralUnion>();

/**
 * STILL_MISSING, NOT_YET_YOURS and FINE_IF_YOU of a language as one union (see literals.ts): the asks looked for
 * only when a mail asks nothing else, most of whose lines have none of their words.
 */
function lastResortAsks(lang: Lang): LiteralUnion {
  let union = LAST_RESORT_ASKS.get(lang);
  if (!union) {
    union = new LiteralUnion(
      [STILL_MISSING[lang], NOT_YET_YOURS[lang], FINE_IF_YOU[lang]].filter((re): re is RegExp => re !== undefined),
    );
    LAST_RESORT_ASKS.set(lang, union);
  }
  return union;
}

/** A line that opens with thanks ("Jeszcze raz dzięki za …", "Thanks again for …"). */
const THANKS_LINE =
  /^(?:(?:and|also|once again|again|en|nogmaals|nochmals|und|jeszcze raz|i|og|igjen)\s+)?(?:thanks|thank you|many thanks|dzięki|dziękuję|dzieki|danke|vielen dank|dank je|dank u|bedankt|takk|tusen takk)(?![\p{L}])(?![^.!?]*(?<![\p{L}])(?:in advance|im voraus|alvast|z góry|på forhånd)(?![\p{L}]))/u;

/** A word of thanks anywhere in the lower-cased new text (what a mail that asks nothing is). */
const THANKS_WORD = /(?<![a-z0-9_])(?:thank|danke|dank|bedankt|dzięki|dziękuję|takk)/;

const ATTACHMENT_WORDS = new Map<CompiledLexicon, LiteralUnion>();

/** The language's words for an attachment and English's, as one union: one pass over the new text. */
function attachmentWords(c: CompiledLexicon): LiteralUnion {
  let union = ATTACHMENT_WORDS.get(c);
  if (!union) {
    const en = compiled('en').attachmentMention;
    union = new LiteralUnion(c.lex.lang === 'en' ? [c.attachmentMention] : [c.attachmentMention, en]);
    ATTACHMENT_WORDS.set(c, union);
  }
  return union;
}

/**
 * Round 105. "Toen ik de vacature zag, dacht ik meteen aan jou", "I immediately thought of you", "dachte
 * ich sofort an dich", "od razu pomyślałem o tobie", "tenkte jeg straks på deg": the reader came to mind
 * at once, which says nothing of how soon to answer.
 */
const THOUGHT_OF: Record<Lang, RegExp> = {
  en: /\b(?:thought|think|thinking)\b[^.?!]{0,30}\bof (?:you|u)\b/,
  nl: /(?<![\p{L}])(?:dacht|denk|dachten)(?![\p{L}])[^.?!]{0,30}(?<![\p{L}])aan (?:jou|je|u|jullie)(?![\p{L}])/u,
  de: /(?<![\p{L}])(?:dachte|denke|dachten)(?![\p{L}])[^.?!]{0,30}(?<![\p{L}])an (?:dich|sie|euch)(?![\p{L}])/u,
  pl: /(?<![\p{L}])(?:pomyślał\p{L}*|myślał\p{L}*)(?![\p{L}])[^.?!]{0,30}(?<![\p{L}])o (?:tobie|pani|panu|was)(?![\p{L}])/u,
  nb: /(?<![\p{L}])(?:tenkte|tenker)(?![\p{L}])[^.?!]{0,30}(?<![\p{L}])på (?:deg|dere)(?![\p{L}])/u,
};

export function analyzeEmail(input: MessageSnapshot, context: AnalysisContext): Analysis {
  const message = bounded(input);
  const raw = typeof message?.bodyText === 'string' ? message.bodyText : '';
  const cut = raw.length > MAX_BODY ? raw.slice(0, MAX_BODY) : raw;
  // What is shown is cut from the text as written (see straightApostrophes).
  const body = straightApostrophes(cut);
  const quoteAt = quoteStart(body);
  const newEnd = Math.min(quoteAt, MAX_NEW_TEXT);
  const sigAt = signatureStart(body.slice(0, newEnd));
  const coreEnd = Math.min(newEnd, sigAt);
  const newText = body.slice(0, coreEnd);

  const language = detectLanguage(
    newText.trim().length > 0 ? newText : String(message?.subject ?? ''),
    context.defaultLanguage ?? 'en',
  );
  // "Potrzebuje od Ciebie … do konca dnia", "venter paa": typed without the language's letters.
  const plain = typedPlain(newText, language);
  const c = compiled(language, plain ? 'plain' : 'letters');
  const fromEmail = String(message?.from?.email ?? '');
  const automated = isAutomated(message, body.slice(0, quoteAt), language === 'en' ? ['en'] : [language, 'en']);
  const fromColleague = isColleague(fromEmail, context);

  const result: Analysis = {
    isRequest: false,
    confidence: 0.5,
    kind: 'none',
    requestSpans: [],
    due: null,
    dueText: null,
    urgent: false,
    automated,
    language,
    fromColleague,
    attachmentHint: null,
  };

  const lowerNew = newText.toLowerCase();
  const mentionsAttachment = attachmentWords(c).test(lowerNew);
  if (mentionsAttachment && !message?.hasAttachments) result.attachmentHint = 'missing';

  if (automated) {
    result.confidence = 0.9;
    return result;
  }
  const myAddresses = (context.myAddresses ?? []).map((a) => a.toLowerCase());
  const readerNames = [
    ...nameParts(context.myName ?? ''),
    ...myAddresses.map((a) => nameParts(a.split('@')[0] ?? '')[0] ?? ''),
  ].filter(Boolean);
  const greeting = readGreeting(body, 0, coreEnd, c);
  const greetsReader = greeting !== null && greeting.names.some((n) => readerNames.some((r) => sameName(r, n)));
  // Auto-replies say they are away at once (greeting, thanks, away): "I'm on leave from Monday"
  // after a request is not one. An auto-reply greets no one by name: "Natalio, odpisz mu proszę …
  // – ja do połowy sierpnia jestem na urlopie" is a person's mail (round 47), and so is one whose
  // first line turns to the reader ("Pani Basiu, proszę odpowiedzieć temu Panu …", round 55).
  const head = lowerNew.slice(0, 600);
  const turnsToReaderFirst = () => {
    const vocative = FIRST_LINE_VOCATIVE.exec(newText);
    return (
      vocative !== null &&
      (vocative[1] === undefined || c.titles.test(vocative[1])) &&
      readerNames.some((r) => sameName(r, vocative[2]!.toLowerCase()))
    );
  };
  if (
    AUTO_REPLY_SUBJECT.test(String(message?.subject ?? '')) ||
    (ownAbsence(head, c) &&
      FIRST_PERSON_AWAY.test(head) &&
      ownAbsence(openingOf(head), c) &&
      !asksReader(head, language) &&
      !greetsReader &&
      !turnsToReaderFirst())
  ) {
    result.confidence = 0.8;
    return result;
  }
  const recipients = [...(message?.to ?? []), ...(message?.cc ?? [])];
  // First names and surnames ("Frau Weber") of the other people the mail went to.
  const otherPeople = recipients.filter(
    (p) => !myAddresses.includes(String(p?.email ?? '').toLowerCase()) && isPersonLike(p),
  );
  // "sanne@" beside "Sanne, kun jij …?" at the start of a line: a mailbox of one word is a person's
  // when a line turns to that name (not "team@" beside "Team, …").
  // The lines are read only for a mail with such a mailbox among its other recipients.
  let turnedTo: Set<string> | null = null;
  const namedBoxes = recipients
    .map((p) => String(p?.email ?? '').toLowerCase())
    .filter((email) => !myAddresses.includes(email))
    .map((email) => email.split('@')[0] ?? '')
    .filter(
      (local) =>
        (turnedTo ??= new Set(Array.from(newText.matchAll(VOCATIVE_LINE), (m) => m[1]!.toLowerCase()))).has(local) &&
        !c.groupWords.test(local) &&
        !c.commonWords.has(local) &&
        !isLabelWord(local),
    );
  const otherNames = otherPeople
    .flatMap((p) => [firstNameOf(p), ...nameParts(p.name || (p.email ?? '').split('@')[0] || '').slice(1)])
    .concat(namedBoxes)
    .filter((n) => n && !readerNames.some((r) => sameName(r, n)));
  const readerInTo = (message?.to ?? []).some((p) => myAddresses.includes(String(p?.email ?? '').toLowerCase()));
  const readerInCc = (message?.cc ?? []).some((p) => myAddresses.includes(String(p?.email ?? '').toLowerCase()));
  let inText: Set<string> | null = null;
  const people: People = {
    readerNames,
    otherNames,
    readerInitials: initialsOf(context.myName ?? '', myAddresses, !readerInTo && !readerInCc && recipients.length > 0),
    otherInitials: otherPeople.map((p) => foldedInitial(nameParts(p.name ?? '')[0] ?? String(p.email ?? ''))),
    namedInText: (word) => (inText ??= capitalisedInside(newText)).has(word),
    viaList: !readerInTo && !readerInCc && recipients.length > 0,
    nynorsk: language === 'nb' && isNynorsk(lowerNew),
  };
  const start = greeting ? greeting.end : 0;

  // Requests sit near the top or at the very end; the middle of a very long new text is skipped
  // so the cost per email stays bounded.
  // Reader only in cc while the mail is addressed to named people: a copy for visibility.
  const greetsReaderOrGroup = greetsReader || (greeting !== null && greeting.group);
  // "Kari: kan du skrive et utkast …", "@Tom, could you …": a line that turns to the reader by name
  // makes the copy more than one for visibility.
  let whole: ReturnType<typeof sentencesOf> | null = null;
  const wholeText = () => (whole ??= sentencesOf(body, start, coreEnd));
  let turns: number | null = null;
  let asks: number | null = null;
  /**
   * Where the first line that turns to the reader by name starts, -1 when none does; `strictly`: not
   * only to say she is copied.
   */
  const turnedToAt = (strictly = false) => (strictly ? (asks ??= turnsBy(true)) : (turns ??= turnsBy(false)));
  /** Whether a line's verdict is an ask of the reader herself. */
  const askedOfHer = (verdict: SentenceVerdict) => verdict.kind !== null && !verdict.other;
  /** Whether what follows the reason of a copy ("…, because I also need … from you") is an ask. */
  const reasonAsks = (text: string) => {
    const lower = text.toLowerCase();
    const why = COPY_REASON.exec(lower);
    if (why === null) return false;
    if (NEED_FROM_YOU[language]?.test(lower)) return true;
    const reason = text.slice(why.index + why[0].length).trim();
    // Round 117: "… fordi jeg også trenger en liste … – send meg den i morgen": a direct ask after a dash.
    const dash = SPACED_DASH.exec(reason);
    if (dash && directAskIn(reason.slice(dash.index + dash[0].length), c, people)) return true;
    return askedOfHer(judgeSentence(reason, c, people));
  };
  /** Whether a line turns to the reader by name (see turnedToAt). */
  const turnsToReader = (strictly = false) => turnedToAt(strictly) >= 0;
  const turnsBy = (strictly: boolean) => wholeText().find((s, at, all) => turnsAt(s, at, all, strictly))?.start ?? -1;
  const turnsAt = (s: Sentence, at: number, all: Sentence[], strictly: boolean) => {
    const m = (s.text.charCodeAt(0) === 64 ? AT_NAME.exec(s.text) : null) ?? ADDRESSED.exec(withoutBullet(s.text));
    // "Frau Demir, Sie habe ich in cc genommen: …": the title's surname is the name.
    const who = (m && c.titles.test(m[1] ?? '') ? (m[2] ?? '') : (m?.[1] ?? '')).toLowerCase();
    // Not "Kari Solberg, økonomisjef, står på kopi til orientering": said of the reader, not to her.
    const explicit = m !== null && explicitlyAddressed(s.text, m);
    // "Aniu (jesteś w kopii) – czy możesz …" read by a.kurek@: while the reader's first name is
    // unknown, a first name with her initial and no other recipient's, turned to with a mark.
    // Round 79: also turned to with a comma in a question to her ("Susanne, könntest du mir bis
    // morgen sagen …?" read by s.hoermann@; not "Esther, jij hoeft nu nog niets te doen").
    const lower = s.text.toLowerCase();
    const next = all[at + 1];
    // The next line a question to her ("Kerry-Ann, I've copied you in because … Can you send me …?").
    // Round 108: also a Polish question by its verb alone ("Uzupełnisz mi to, proszę?").
    // Round 113: also a line that asks her without a question ("Anne Lise, jeg har satt deg på kopi
    // fordi … Jeg trenger at du godkjenner det innen torsdag kl. 12").
    const nextAsksHer =
      next !== undefined &&
      (endsWithQuestion(next.text)
        ? SECOND_PERSON[language]?.test(next.text.toLowerCase()) === true ||
          CONDITIONAL_ASK[language]?.test(next.text.toLowerCase()) === true
        : SECOND_PERSON[language]?.test(next.text.toLowerCase()) === true &&
          askedOfHer(judgeSentence(next.text, c, people)));
    // Round 88: also by her initial when the next line asks her ("Fiona, I'm copying you in because
    // … Would you be able to tell me …?" read by f.creagh@).
    // "Basiu (jesteś w kopii), potrzebuję od Ciebie …" (round 108): the copy named in brackets, not
    // said to be for information, also before a comma.
    const bracketed = m !== null && !explicit ? /\(([^()]*)\)/u.exec(m[0]) : null;
    const copyInBrackets =
      bracketed !== null &&
      CC_FOR_INFO.test(bracketed[1]!.toLowerCase()) &&
      !INFO_PURPOSE.test(bracketed[1]!.toLowerCase());
    const byInitial =
      (explicit ||
        copyInBrackets ||
        (!NO_ACTION[language].test(lower) &&
          (nextAsksHer || (endsWithQuestion(s.text) && SECOND_PERSON[language]?.test(lower) === true)))) &&
      initialNamesReader(who, who, people, c);
    if (who === '' || !(readerNames.some((r) => sameName(r, who)) || byInitial) || isLabelWord(who)) return false;
    return (
      // "Lieke (in cc): de klant wil …": the copy named in brackets by the name is how she is
      // turned to, not what is said of her.
      !CC_FOR_INFO.test((explicit || copyInBrackets ? s.text.slice(m![0].length) : s.text).toLowerCase()) ||
      // "Frau Demir, Sie habe ich in cc genommen: Könnten Sie …?": the copy is named on the way to
      // a question to her; not "Marcus – cc'ing you for visibility, no action needed on your side"
      // (round 64).
      (explicit && !strictly && !NO_ACTION[language].test(lower)) ||
      // "Pani Moniko, Panią dodałem do kopii nie tylko informacyjnie: …": copied for more than that.
      NOT_ONLY_FOR_INFO.test(lower) ||
      (endsWithQuestion(s.text) && SECOND_PERSON[language]?.test(lower) === true) ||
      // "Kerry-Ann, I've copied you in because Boutique Street has the most furniture waiting. Can
      // you send me …?" (round 74): the copy named with its reason, and the next line asks her.
      (!NO_ACTION[language].test(lower) && nextAsksHer) ||
      // "Zosiu, dorzucam Cię do kopii, bo to dotyczy też Ciebie: ćwicz proszę w domu obroty …"
      // (round 75): the ask after the copy's colon.
      (!NO_ACTION[language].test(lower) &&
        lower.includes(': ') &&
        c.any.test(lower.slice(lower.indexOf(': ') + 2), 0, c.requests.length)) ||
      // "Dave, I've put you in cc because I also need the certificate numbers from you by Friday"
      // (round 93): the ask is the copy's reason.
      (!NO_ACTION[language].test(lower) && reasonAsks(s.text))
    );
  };
  /** Where the line that turns to the reader in cc starts, when the greeting named someone else. */
  let greetedBefore = -1;
  if (greeting && !greeting.group && greeting.names.length > 0) {
    // "Dear Berth Planning," to berth.planning@, read by a member of that list: the list's own name.
    const listLocals = people.viaList
      ? (message?.to ?? []).map(
          (p) =>
            String(p?.email ?? '')
              .toLowerCase()
              .split('@')[0] ?? '',
        )
      : [];
    const greetsList =
      listLocals.length > 0 &&
      greeting.names.every((n) => listLocals.some((local) => local.split(/[._-]/).includes(n)));
    const greetsOther = !greetsList && greeting.names.some((n) => otherNames.some((o) => sameName(o, n)));
    // Greeting someone else by name: not for the reader, unless a line turns to a reader in cc by name
    // ("Hallo Herr Albrecht, … Frau Demir, Sie habe ich in cc genommen: Könnten Sie …?"). A reader
    // who gets the mail through a list ("Dear Headteachers", "Liebe Bläserinnen und Bläser") is
    // greeted as one of the group.
    if (!greetsReader && (greetsOther || (!readerInTo && readerInCc))) {
      if (!(readerInCc && !readerInTo && turnsToReader(true))) {
        result.kind = 'info';
        return result;
      }
      // "Hoi Joris, … Wil je de bus vrijgeven? Ingrid, ik heb je in cc gezet: kun jij …?" read by
      // Ingrid (round 81): what comes before the line that turns to her is for the one greeted.
      greetedBefore = turnedToAt(true);
    }
  }
  // "Hei, … Kan dere sende en bil så snart som mulig?" to vakt@snokutt.no with roger@snokutt.no in cc
  // (round 90): a mail to a team's shared mailbox is to the team its colleague in cc belongs to.
  const toTeamBox = () =>
    (message?.to ?? []).every((p) => {
      const email = String(p?.email ?? '').toLowerCase();
      return !isPersonLike(p) && !namedBoxes.includes(email.split('@')[0] ?? '') && isColleague(email, context);
    });
  if (
    readerInCc &&
    !readerInTo &&
    (message?.to ?? []).length > 0 &&
    !greetsReaderOrGroup &&
    !toTeamBox() &&
    !turnsToReader()
  ) {
    result.kind = 'info';
    return result;
  }
  // "Erik staat ter info in de cc", "cc'ing Tom for visibility": said in so many words.
  if (readerInCc && !readerInTo && readerNames.length > 0) {
    const first = readerNames[0]!;
    const mention = new RegExp(`(?<!\\p{L})${first}\\p{L}{0,3}(?!\\p{L})`, 'iu');
    // Not a copy given with another reason ("Ik zet Wout in cc omdat hij vanmiddag ook tijd heeft",
    // round 78).
    const forInfo = (line: string) => CC_FOR_INFO.test(line) && (!COPY_REASON.test(line) || INFO_PURPOSE.test(line));
    if (wholeText().some((s) => mention.test(s.text) && forInfo(s.text.toLowerCase())) && !turnsToReader()) {
      result.kind = 'info';
      return result;
    }
  }

  const sentences =
    coreEnd - start > JUDGE_HEAD + JUDGE_TAIL
      ? [...sentencesOf(body, start, start + JUDGE_HEAD), ...sentencesOf(body, coreEnd - JUDGE_TAIL, coreEnd)]
      : wholeText();
  const requests: RequestSentence[] = [];
  /** Keeps only the requests `keep` accepts (the rules after the first pass that rule some out). */
  const keepRequests = (keep: (r: RequestSentence) => boolean) => {
    const kept = requests.filter(keep);
    requests.length = 0;
    requests.push(...kept);
  };
  /** Adds asks found after the first pass, keeping the requests in the order of their sentences. */
  const addRequests = (added: RequestSentence[]) => {
    if (added.length === 0) return;
    requests.push(...added);
    requests.sort((a, b) => a.i - b.i);
  };
  let noAction = false;
  // Sentences addressed to someone else: their dates are that person's deadlines.
  const others = new Set<number>();
  /** Of those, the ones that ask something of a person named. */
  const askedOfOthers = new Set<number>();
  /** Of those, the ones whose line goes on for the same person (addressed by a name the mail knows). */
  const carry = new Set<number>();
  // Each sentence lower-cased once, cut from the new text lower-cased where that is the same
  // (lower-casing keeps the length, and no final sigma takes its form from the next letter).
  const aligned = lowerNew.length === newText.length && !newText.includes('Σ');
  const lowers = sentences.map((s) => (aligned ? lowerNew.slice(s.start, s.end) : s.text.toLowerCase()));
  // And without its bullet, for the judging and the rules after it.
  const bares = lowers.map((lower) => withoutBullet(lower).trim());
  // Quotation marks are followed only through a mail that has one (see insideQuotes).
  // "Treść poniżej; …\n\n---\nPrześlij CV … do 31 maja.\n---" (round 118): a text the sender passes on
  // below, between rule lines, is its own words, not the sender's ask.
  const fenced: Array<[number, number]> = [];
  if (newText.includes('---') || newText.includes('___') || newText.includes('===')) {
    const rules = [...newText.matchAll(RULE_LINE)];
    for (let k = 0; k + 1 < rules.length; k += 2) {
      const open = rules[k]!;
      if (TEXT_BELOW.test(newText.slice(Math.max(0, open.index - 300), open.index).toLowerCase()))
        fenced.push([open.index, rules[k + 1]!.index]);
    }
  }
  const depthAt =
    OPENING_MARK.test(body) || SINGLE_AFTER_COLON.test(body) || QUOTED_ITEM.test(body) ? quoteDepths(body) : null;
  sentences.forEach((s, i) => {
    // "Beth – the handle broke again. Can you find a sturdier one?", "- Tom: slides are late. Could
    // you finish them?": the rest of a line addressed to someone else is for that person too,
    // unless it names its own addressee (a person the mail knows, or by title: not an imperative
    // before its comma, "Zadzwoń, proszę, do przewoźnika", round 57).
    const before = sentences[i - 1];
    if (
      before &&
      carry.has(i - 1) &&
      before.end <= s.start &&
      !body.slice(before.end, s.start).includes('\n') &&
      !namesAddressee(s.text, c, people)
    ) {
      others.add(i);
      carry.add(i);
      return;
    }
    if (s.end <= greetedBefore) {
      others.add(i);
      return;
    }
    // "Questions? Call me.": the line after "Questions?" that only says whom to contact is the offer.
    if (i > 0 && QUESTIONS_ONLY.test(bares[i - 1]!) && CONTACT_ONLY.test(bares[i]!)) return;
    // "Teksten ble slik: «Velkommen … Vennligst ikke berør veggmaleriene …»", "powtarzał mi: „Nigdy nie
    // czyść starego szkła octem! I zawsze sprawdź kit …”" (round 102): words in quotation marks are
    // someone's words, not an ask of the reader.
    if (depthAt && insideQuotes(s, depthAt, body)) return;
    if (fenced.some(([from, to]) => s.start >= from && s.end <= to)) return;
    const v = judgeSentence(s.text, c, people, bares[i], lowers[i]);
    if (v.other) others.add(i);
    if (v.person) carry.add(i);
    if (v.person && (endsWithQuestion(bares[i]!) || DUTY_OR_PLEA[language].test(bares[i]!))) askedOfOthers.add(i);
    if (!v.kind && !v.other && NO_ACTION[language].test(lowers[i]!) && !ALREADY_DONE[language]?.test(bares[i]!))
      noAction = true;
    if (v.kind) requests.push({ s, i, kind: v.kind, score: v.score ?? SURE, direct: v.direct });
    else if (
      !v.other &&
      i > 0 &&
      !others.has(i - 1) &&
      endsWithQuestion(bares[i]!) &&
      QUESTION_ANNOUNCED[language].test(bares[i - 1]!) &&
      !negativeCue(bares[i]!, c)
    )
      // "I have one question about the glass bay. The collection is still on monday or …?"
      requests.push({ s, i, kind: 'question', score: SURE, direct: true });
    else if (!v.other && isFollowUpQuestion(s.text, requests[requests.length - 1], i, c)) {
      // "Do you mean with or without VAT? And should travel be included?": the second question
      // goes on asking.
      const previous = requests[requests.length - 1]!;
      requests.push({ s, i, kind: 'question', score: previous.score });
    }
  });

  /** Whether a blank line stands between sentence `k` and the one before it. */
  const paragraphBefore = (k: number) => body.slice(sentences[k - 1]!.end, sentences[k]!.start).includes('\n\n');
  // Round 121: "ik mis nog de weegbonnen van vorige week. Jan-Willem, jouw deel heb ik vrijdag
  // binnengekregen, dank je! Rinus, kun jij de rest vóór donderdag naar mij mailen?": a need that a line
  // to someone else by name, in its paragraph, goes on to ask of that person is theirs.
  if (askedOfOthers.size > 0) {
    for (let k = requests.length - 1; k >= 0; k--) {
      const r = requests[k]!;
      if (r.direct || SECOND_PERSON[language]?.test(bares[r.i]!) !== false) continue;
      for (let j = r.i + 1; j <= r.i + 3 && j < sentences.length; j++) {
        if (paragraphBefore(j) || requests.some((q) => q.i === j)) break;
        if (askedOfOthers.has(j)) {
          requests.splice(k, 1);
          break;
        }
      }
    }
  }

  // "If you can suggest two photo ideas at the same time, even better.": a further wish put as a
  // condition and its reward is an ask of its own; so is a time granted for a duty ("You've got
  // until Monday to drop them in at reception").
  // The sender's need or a group's duty with a deadline in the sentence ("I need three CVs by
  // Tuesday 4pm", "Need the cert before 3pm today", "Ik heb vóór 16.00 uur het overzicht nodig",
  // "Everyone working in production must complete it by 30 June") asks too.
  let clockCache: WallClock | undefined;
  /** The sent time's wall clock, worked out once and only for mails that need a date read. */
  const clockOf = () => (clockCache ??= { ...wallClockOf(String(message?.sentAt ?? ''), context.now), plain });
  const bonusAsks = sentences.flatMap((s, i) => {
    if (others.has(i) || requests.some((r) => r.i === i)) return [];
    const found = bonusAsk(s, i, bares[i]!);
    // Round 120: "wie jedes Jahr müssen die Jahresmeldungen (aktive Musiker, Jungmusiker,
    // Fördermitglieder) bis Monatsende bei mir sein": an aside in brackets does not part an ask's words.
    const aside = found.length === 0 && bares[i]!.includes('(') ? bares[i]!.replace(ASIDE, '') : '';
    return aside !== '' && aside !== bares[i] ? bonusAsk(s, i, aside) : found;
  });
  function bonusAsk(s: Sentence, i: number, lower: string): RequestSentence[] {
    // Which of them are in the sentence: one look, in the cue union, which has mostly seen it already.
    const hits = c.any.matching(lower, c.cues);
    // "Für den Bauernmarkt am Samstag: Wie viele Kisten soll ich euch einpacken?" (round 114): also
    // what follows a short lead-in that is no name.
    const lead = colonWithin(lower, 60) ? ANY_LEAD_IN.exec(lower) : null;
    const asked = (text: string, found = c.any.matching(text, c.cues)) =>
      found.some((hit) => hit < c.after.asks) || (endsWithQuestion(text) && CONDITIONAL_ASK[language]?.test(text));
    if (asked(lower, hits) || (lead !== null && !nameTurnedTo(s.text) && asked(lower.slice(lead[0].length))))
      // Not a question that is never an ask ("Did you ever get home?", round 113).
      return endsWithQuestion(lower) && neverLines(language).never.test(lower)
        ? []
        : [{ s, i, kind: 'action' as RequestKind, score: SURE, direct: true }];
    const duty = hits.includes(c.after.duty) && OWN_SUBJECT[language]?.test(lower) !== true;
    if (!(hits.includes(c.after.needBy) || duty) || endsWithQuestion(lower)) return [];
    // "Ik heb daarvoor een overzicht nodig … Eind van de week zou ideaal zijn": the time may also be
    // the next line's, when that line says which time is fine.
    const clock = clockOf();
    const next = sentences[i + 1];
    const fine =
      next !== undefined &&
      TIME_IS_FINE[language].test(next.text.toLowerCase()) &&
      deadlinesIn(next.text, language, clock).length > 0;
    // "Ik heb dat serienummer vandaag nog nodig": still today says by when as "by" does (round 64); so
    // does a time like "this week" for a duty on everyone ("everyone who hasn't done the refresher
    // needs to finish it this week", round 68).
    const relativeIsDue = STILL_TODAY[language].test(lower) || EVERYONE[language].test(lower);
    // Round 104: "… og trenger utskrift av loggboka så snart som mulig": a need as soon as possible too.
    const soon = hits.includes(c.after.needBy) && findUrgency(s.text, language, plain) !== null;
    return fine || soon || deadlinesIn(s.text, language, clock).some((d) => d.hasPrep || (relativeIsDue && d.relative))
      ? [{ s, i, kind: 'action' as RequestKind, score: SURE }]
      : [];
  }
  addRequests(bonusAsks);
  // Round 123: "ekipa od transportu pyta, czy rzeźby jadą w skrzyniach, czy na paletach. Muszą to wiedzieć
  // jutro do 10:00": a third party's question, passed on with the time they must know by, asks it.
  const relayed = sentences.flatMap((s, i) => {
    const next = bares[i + 1];
    return next !== undefined &&
      !others.has(i) &&
      !requests.some((r) => r.i === i) &&
      RELAYED_QUESTION[language].test(bares[i]!) &&
      THEY_MUST_KNOW[language].test(next) &&
      deadlinesIn(sentences[i + 1]!.text, language, clockOf()).length > 0
      ? [{ s, i, kind: 'question' as RequestKind, score: SURE }]
      : [];
  });
  addRequests(relayed);
  // "Er han fortsatt ledig for adopsjon? Og går han godt overens med barn?": a question that goes on
  // from a question found after the model asks too, as one after an ask the model found does (round 65).
  for (const r of bonusAsks) {
    if (!endsWithQuestion(r.s.text)) continue;
    const i = r.i + 1;
    const s = sentences[i];
    if (s && !others.has(i) && !requests.some((q) => q.i === i) && isFollowUpQuestion(s.text, r, i, c))
      addRequests([{ s, i, kind: 'question', score: r.score }]);
  }
  // "Ik heb het overzicht vandaag nodig. Lukt dat?": a short question whether the ask next to it can
  // be done asks too.
  const checkBack = CHECK_BACK[language];
  if (checkBack && requests.length > 0) {
    const at = new Map(requests.map((r) => [r.i, r]));
    const added = sentences.flatMap((s, i) => {
      const next = at.get(i - 1) ?? at.get(i + 1);
      return next && !at.has(i) && checkBack.test(bares[i]!)
        ? [{ s, i, kind: 'question' as RequestKind, score: next.score }]
        : [];
    });
    addRequests(added);
  }
  // The question just above an ask only to find out or give its answer is what is asked.
  if (requests.length > 0) {
    const at = new Set(requests.map((r) => r.i));
    const added = requests.flatMap((r) => {
      const q = r.i - 1;
      const s = sentences[q];
      return s && !at.has(q) && !others.has(q) && endsWithQuestion(s.text) && ASK_OF_IT[language].test(bares[r.i]!)
        ? [{ s, i: q, kind: 'question' as RequestKind, score: r.score }]
        : [];
    });
    addRequests(added);
  }
  // "Could it happen again? In theory, yes.": a question the sender answers at once is rhetorical.
  const selfAnswer = SELF_ANSWER[language];
  if (selfAnswer && requests.length > 0) {
    const you = SECOND_PERSON[language]!;
    keepRequests((r) => {
      if (!endsWithQuestion(r.s.text)) return true;
      const next = sentences[r.i + 1];
      const lower = r.s.text.toLowerCase();
      // "Brauchen wir noch mehr Beweise, dass es sich lohnt? 😉": a question about us, with a wink.
      const wink = WINK.test(next?.text ?? '') && WE[language].test(lower);
      // Round 107: also whether the reader must do a thing, answered by a bare yes or no ("Moeten jullie
      // daarvoor iets installeren? Nee, dat heeft de leverancier al gedaan.").
      // Round 110: also after the sender's note and a colon ("Hab eben beim Veterinäramt angerufen: nein,
      // brauchen wir nicht, …").
      const nextBare = bares[r.i + 1] ?? '';
      const colon = nextBare.indexOf(': ');
      const answered =
        selfAnswer.test(nextBare) || (colon > 0 && colon < 80 && selfAnswer.test(nextBare.slice(colon + 2)));
      const faq = answered && MUST_YOU[language].test(bares[r.i]!) && BARE_YES_NO.test(bares[r.i + 1]!);
      // "Quick kit update from while you were away: did the new vacuum mattress ever turn up? It did
      // – …" (round 108): the "you" of a lead-in is not the question's.
      const asked = lower.includes(': ') ? lower.slice(lower.lastIndexOf(': ') + 2) : lower;
      return !next || !(wink || answered) || (you.test(asked) && !faq);
    });
  }
  // After "How was Lisbon?", a question about what the reader did there (round 118).
  if (requests.length > 0) {
    keepRequests((r) => {
      if (r.i === 0 || !endsWithQuestion(r.s.text) || !PAST_YOU[language].test(bares[r.i]!)) return true;
      return paragraphBefore(r.i) || !HOW_WAS[language].test(bares[r.i - 1]!);
    });
  }
  // "hast du noch die Kontoauszüge vom April? Ich hatte sie nicht gefunden. – Hat sich erledigt, …": an
  // ask taken back within the next two lines of its paragraph (round 104), or by the first line of the
  // next (round 106), asks nothing. Round 117: a question, also when a line says no answer is needed.
  const takenBack = TAKEN_BACK[language];
  if (requests.length > 0) {
    keepRequests((r) => {
      for (let k = r.i + 1; k <= r.i + 2 && k < sentences.length; k++) {
        // "… where it normally lives.\n\nScratch that – found it …": also the next paragraph's first line.
        if (takenBack.test(bares[k]!)) return false;
        if (paragraphBefore(k)) break;
        if (endsWithQuestion(r.s.text) && NO_ANSWER_NEEDED[language].test(bares[k]!)) return false;
      }
      return true;
    });
  }
  // "Kan vi ta med barnevogn? – Barnevogner parkeres i garderoben.", line after line (round 112): the
  // questions of a FAQ, each answered on its own line after a dash, ask the reader nothing.
  // Round 114: also each answered on the line below ("Czy trzeba składać nowe oświadczenie …?\nNie.
  // Oświadczenia złożone w styczniu pozostają ważne …"), under a line that opens them with a colon,
  // when no question turns to the reader.
  if (requests.length > 0 && body.includes('?')) {
    /** Whether no question (group 1) turns to the reader. */
    const toNoOne = (questions: RegExpExecArray[]) =>
      questions.every((q) => SECOND_PERSON[language]?.test(q[1]!.toLowerCase()) === false);
    const answered: Array<[number, number]> = [];
    for (const line of body.matchAll(FAQ_LINE)) answered.push([line.index, line.index + line[0].length]);
    // Round 116: or three and more answered on their own line after the question mark alone ("Do I
    // need to book? Only for the early-morning lane sessions; …"), none turned to the reader.
    if (answered.length < 2) {
      const inline = [...body.matchAll(FAQ_INLINE)];
      if (inline.length >= 3 && toNoOne(inline))
        answered.push(...inline.map((q): [number, number] => [q.index, q.index + q[0].length]));
    }
    if (answered.length < 2) {
      const below = [...body.matchAll(FAQ_QUESTION_LINE)];
      // Under a line that opens them with a colon ("Najważniejsze zmiany w pigułce:").
      const opened = below.length > 0 && /:[ \t]*\n\s*$/u.test(body.slice(0, below[0]!.index));
      if (opened && below.length >= 2 && toNoOne(below))
        answered.push(...below.map((q): [number, number] => [q.index, q.index + q[1]!.length + 1]));
    }
    if (answered.length >= 2) {
      keepRequests(
        (r) => !endsWithQuestion(r.s.text) || !answered.some(([from, to]) => r.s.start >= from && r.s.end <= to),
      );
    }
  }
  // "… spurte etter oppskriften på lutefisk-tacoen, så her kommer den: 1. Legg lutefisken i …" (round
  // 112): the steps of a recipe the sender shares, under the line that gives it, are no asks (not one
  // with an ask word: "2. Please bring a dish of it on Friday").
  if (requests.length > 0 && RECIPE.test(lowerNew)) {
    const steps = new Set<number>();
    sentences.forEach((t, i) => {
      if (!/:\s*$/u.test(t.text) || !RECIPE.test(`${sentences[i - 1]?.text ?? ''} ${t.text}`.toLowerCase())) return;
      for (let j = i + 1; j < sentences.length && onBulletLine(body, sentences[j]!); j++) steps.add(j);
    });
    keepRequests((r) => !steps.has(r.i) || ASK_WORD[language].test(bares[r.i]!));
  }
  // Minutes: a bulleted result that is no clear ask records a decision or someone else's task.
  const minutes = MINUTES[language];
  if (minutes && requests.length > 0 && namesMinutes(lowerNew, minutes)) {
    // "Fasadene må justeres etter …" under an item of the notes: what needs doing, which the actions
    // give to someone by name; a line asks the reader only when it turns to her or to all.
    keepRequests((r) =>
      onBulletLine(body, r.s)
        ? r.direct || r.score >= SURE + 2
        : r.direct ||
          r.score >= SURE ||
          OBLIGED[language].test(bares[r.i]!) ||
          SECOND_PERSON[language]?.test(bares[r.i]!) !== false,
    );
  }
  // "Wir brauchen 14 zusätzliche Podeste" below "> Könntest du mir sagen, wie viele Podeste wir …
  // brauchen?": a statement that takes up the words of the reader's own quoted question answers it
  // (round 56); only an explicit ask stays.
  const quoteHead = quoteAt < body.length ? quotedAuthorLine(body.slice(quoteAt)).toLowerCase() : '';
  const quotesReader =
    quoteHead !== '' &&
    (myAddresses.some((a) => a !== '' && quoteHead.includes(a)) ||
      readerNames.some((n) => n.length >= 3 && quoteHead.includes(n.toLowerCase())));
  if (requests.length > 0 && quotesReader) {
    const asked = quotedQuestionWords(body.slice(quoteAt));
    if (asked.size > 0) {
      keepRequests(
        (r) =>
          r.direct === true || r.score >= SURE || endsWithQuestion(r.s.text) || !answersQuestion(lowers[r.i]!, asked),
      );
    }
  }
  // Round 121: "Fiona – have you got a sec?" before the real question: an opener that only asks for the
  // reader's attention is no ask beside one.
  const opener = ATTENTION_OPENER[language];
  if (requests.length > 1 && requests.some((r) => !opener.test(bares[r.i]!)))
    keepRequests((r) => !opener.test(bares[r.i]!));
  // "Nothing for you to do": a stated need or a question about the reader's trip is not an ask.
  if (noAction) {
    // "Każda stylistka musi przejść szkolenie … Po zakończeniu system sam wyśle mi potwierdzenie, więc
    // nie musicie niczego odsyłać": a duty put on the group stands beside nothing to do for a step of it.
    // "Call time stays at 18:00 … no action needed from you": a line the model hardly sees as an ask
    // does not outweigh the words, whatever its form.
    keepRequests((r) => (r.direct && r.score >= WEAK) || r.score >= SURE + 2 || OBLIGED[language].test(bares[r.i]!));
  }

  // What the sender still lacks, when nothing else is asked, is the ask (see STILL_MISSING); beside
  // an ask it is the reason for it.
  // So is what would be enough, the reader doing a thing (see FINE_IF_YOU).
  if (requests.length === 0) {
    const lastAsks = lastResortAsks(language);
    sentences.forEach((s, i) => {
      const bare = bares[i]!;
      if (!others.has(i) && lastAsks.test(bare) && !negativeCue(bare, c))
        requests.push({ s, i, kind: 'action', score: SURE });
    });
  }
  if (requests.length === 0) {
    result.kind = THANKS_WORD.test(lowerNew) ? 'thanks' : 'info';
    return result;
  }

  result.isRequest = true;
  const quoted = quotedAsks(requests, sentences, language, c);
  result.requestSpans = quoted.slice(0, 5).map((r) => ({ ...span(r.s), text: cut.slice(r.s.start, r.s.end) }));
  const firstKind = requests.find((r) => r.kind !== 'question')?.kind ?? requests[0]!.kind;
  result.kind = requests.some((r) => r.kind === 'approval') ? 'approval' : firstKind;
  result.confidence = Math.min(0.95, 0.6 + 0.1 * requests.length);

  // Deadline: first in the request sentences, then a stated deadline in a neighbouring sentence.
  const clock = clockOf();
  let chosen: DeadlineCandidate | null = null;
  // Parsed on demand: most requests state their deadline in the first sentence that has one.
  const parsed: ParsedRequest[] = [];
  // Each ask's ASAP-type phrase ("so schnell wie möglich"), read once: several rules below ask it.
  const urgencies = new Map<RequestSentence, string | null>();
  const urgencyOf = (r: RequestSentence): string | null => {
    let urgency = urgencies.get(r);
    if (urgency === undefined) {
      urgency = findUrgency(r.s.text, language, plain);
      urgencies.set(r, urgency);
    }
    return urgency;
  };
  // Round 122: not where the reader will be, asked to be sure beside the ask ("You're down the engine
  // house this afternoon aren't you? Could you grab a few …?").
  const readerWillBe = (r: RequestSentence) => requests.length > 1 && READER_IS_THEN[language].test(bares[r.i]!);
  // A deadline stated with "by"/"bis"/"do" in any request sentence beats a bare "tomorrow" in an
  // earlier one ("for the meeting tomorrow morning I need … Send it by end of day"). The explicit
  // asks are read first: "Can you send me the plan by 10am tomorrow?" beats "they are delivering
  // first thing Thursday and they want a stage plan" before it (round 76).
  const byDirect = [...requests.keys()].sort((a, b) => Number(!!requests[b]!.direct) - Number(!!requests[a]!.direct));
  // "… tilsynet må være på plass før første sau går på beite 10. juni. Alle medlemmer må skrive seg
  // på … innen 1. juni." (round 79): a date with its own "by" in any ask beats one that only has a
  // deadline word near it in another.
  const withOwnBy = (i: number) =>
    (parsed[i] ??= parseRequest(requests[i]!.s.text, c, language, clock)).found.some((d) => d.hasPrep);
  const anyOwnBy = requests.some((_, i) => withOwnBy(i));
  for (const i of byDirect) {
    if (chosen) break;
    if (anyOwnBy && !withOwnBy(i)) continue;
    if (readerWillBe(requests[i]!)) continue;
    const { text, found, about } = (parsed[i] ??= parseRequest(requests[i]!.s.text, c, language, clock));
    // Without "by"/"bis"/"do", a date counts only when a deadline word comes shortly before it
    // and the sentence is not about a meeting nor a question about a fact ("Weet jij of de papieren
    // voor de rit van donderdag al verstuurd zijn?": the date is what is asked about).
    // "Please book the leave you plan to take before 31 December in the portal by the end of the
    // month": of two deadlines with "by"/"before" in one sentence, the earlier binds.
    const withPrep = found.filter((d) => d.hasPrep);
    const earliest =
      withPrep.length > 1
        ? withPrep.reduce((a, d) => (d.due.getTime() < a.due.getTime() ? d : a))
        : withPrep.find((d) => !d.relative);
    // A date with its own "by" ("ogarnij do konca tygodnia …, bo w poniedzialek wypuszczamy") beats
    // one that only has a deadline word near it, unless that date just names the first one's day
    // ("before the month-end close on 30 October").
    const explicit = found.find((d) => d.hasPrep);
    const near = about ? undefined : found.find((d) => !d.relative && prepNear(c, text, d, found));
    const namesItsDay =
      explicit !== undefined &&
      near !== undefined &&
      near.index >= explicit.end &&
      near.index - explicit.end < 25 &&
      !/[,;:–—.!?()]/u.test(text.slice(explicit.end, near.index));
    // "brauche die Tonnagen … heute noch, das Landratsamt will die Mengenmeldung bis morgen früh
    // haben": a date in the ask's own clause beats one that a later clause relays for another's want
    // (round 56).
    const boundary = explicit ? /[,;]\s/u.exec(text) : null;
    const own =
      boundary && explicit!.index > boundary.index && OTHERS_WANT_CLAUSE.test(text.slice(boundary.index))
        ? found.find((d) => d.end <= boundary.index)
        : undefined;
    chosen =
      own ??
      earliest ??
      (explicit && !namesItsDay ? explicit : near) ??
      explicit ??
      (about ? undefined : (handedOverOn(text, found, language) ?? timeHadBy(text, language, clock))) ??
      // "I need the invoice Friday", "Ik heb de factuur vrijdag nodig" (round 112): the time of the
      // sender's want in an ask that is that want, beside a meeting too ("Ik heb morgenochtend een
      // gesprek … en wil het graag vandaag nog weten"); not in an ask that says how soon.
      (urgencyOf(requests[i]!) !== null ? undefined : wantedIn(text, found, language)) ??
      null;
  }
  // "Må gjøres før kl 14.": a duty with its "by" right after an ask, before a bare "tomorrow" in it.
  for (const r of chosen ? [] : requests) {
    const next = sentences[r.i + 1];
    const bare = bares[r.i + 1];
    if (
      !next ||
      bare === undefined ||
      others.has(r.i + 1) ||
      endsWithQuestion(bare) ||
      !MUST_FIRST[language].test(bare) ||
      // "Wil je zo snel mogelijk … checken? Vanavond om 19.00 uur traint de club daar, dus het moet
      // echt goed zijn" (round 77): an ask that says how soon itself keeps its own time.
      urgencyOf(r) !== null
    )
      continue;
    // "Må bestilles i dag, kunden henter fredag": after "must" (not "skal", also a plan: "Skal ha møte
    // med dem neste uke"), a day said without "by" too (round 53).
    const duties = deadlinesIn(next.text, language, clock);
    chosen = duties.find((d) => d.hasPrep) ?? (duties[0]?.relative && MUST_NOW.test(bare) ? duties[0] : null) ?? null;
    if (chosen) break;
  }
  // "Wil je zo snel mogelijk … checken? Vanavond om 19.00 uur traint de club daar, dus het moet echt
  // goed zijn" (round 77): when an explicit ask says how soon, another line's bare "tonight" is not
  // its time.
  const directUrgent = requests.some((r) => r.direct && urgencyOf(r) !== null);
  for (let i = 0; i < requests.length && !chosen; i++) {
    const r = requests[i]!;
    if (readerWillBe(r)) continue;
    const { found, about } = (parsed[i] ??= parseRequest(r.s.text, c, language, clock));
    const relative = found.find((d) => d.relative);
    // "Do you know whether the car park is open next week?": the date is what is asked about.
    if (relative && !about && !urgencyOf(r) && !(directUrgent && !r.direct)) chosen = relative;
  }
  // "The bundle has to be lodged by 27 February, so … Can you join the call with counsel on Thursday
  // at 2pm?": when every ask is to be at a meeting at its time, a date beside them is another task's.
  const onlyMeetings =
    !chosen && requests.every((r, i) => (parsed[i] ??= parseRequest(r.s.text, c, language, clock)).meetingAt);
  // "Może być we wtorek albo w środę od rana. Który dzień Ci pasuje?": the days around a question
  // which one suits are the choices, not a deadline (round 57).
  const choosesWhen = !chosen && requests.every((r) => CHOOSES_WHEN[language].test(bares[r.i]!));
  if (!chosen && !onlyMeetings && !choosesWhen) {
    // The sentences just before and after an ask, then the ones two away ("Herr Roth braucht das
    // Angebot innerhalb von zwei Tagen" after a line about the measurements; "Økonomi vil ha alle
    // innspill innen utgangen av måneden" a line above the ask).
    const near = new Set<number>();
    const onBullet = (i: number) => sentences[i] !== undefined && onBulletLine(body, sentences[i]);
    for (const r of requests) {
      near.add(r.i - 1);
      near.add(r.i + 1);
      // "Ich bräuchte ein paar Angaben von Ihnen: 1. … 2. … Es reicht, wenn ich das nächste Woche
      // bekomme.": after a list the ask opens, the line that follows the list.
      if (/:\s*$/.test(r.s.text) && onBullet(r.i + 1)) {
        let j = r.i + 1;
        while (onBullet(j)) j++;
        near.add(j);
      }
    }
    const next = [...near].sort((a, b) => a - b);
    let statedDate: DeadlineCandidate | undefined;
    // "kannst du bitte so schnell wie möglich … anrufen?" after "das Fleisch für heute ist noch ok"
    // (round 72): an ask that says how soon itself takes a date beside it only when the sender wants
    // the thing by it (not the sender's own haste: "… i podeślij, to od razu im przekażę").
    const askSaysWhen = requests.some((r) => {
      const lower = r.s.text.toLowerCase();
      return urgencyOf(r) !== null && !OWN_COMMITMENT[language].test(lower) && !c.ownTask.test(lower);
    });
    // "De trenger dem innen to dager … (liste under) - … - … Kan du finne fram sertifikatene?": a list
    // between the ask and the line above it counts as one line, so that line is two away.
    const aboveList = (r: RequestSentence) => {
      // Not for an ask that is itself an item: the line above its list opens the list.
      if (onBullet(r.i)) return [];
      let j = r.i - 1;
      while (j >= 0 && onBullet(j)) j--;
      return j < r.i - 1 ? [j] : [];
    };
    for (const i of [...new Set(requests.flatMap((r) => [r.i + 2, r.i - 2, ...aboveList(r)]))].sort((a, b) => a - b))
      if (!near.has(i) && i >= 0) next.push(i);
    for (const i of next) {
      const s = sentences[i];
      // "- Lotte: the floor plans, by Wednesday please." beside the reader's item: another person's deadline.
      if (!s || others.has(i) || requests.some((r) => r.i === i)) continue;
      // Round 122: "You're down the engine house this afternoon aren't you?": where the reader will be.
      if (READER_IS_THEN[language].test(bares[i]!)) continue;
      // "Emre bereitet bis Freitag die Kostenermittlung vor.": a line whose subject is another
      // recipient by name gives that person's deadline (not "Carla needs them by Thursday noon": a
      // need of theirs relayed is the reader's).
      const subject = /^\p{Lu}\p{Ll}+(?=\s+\p{Ll})/u.exec(withoutBullet(s.text))?.[0].toLowerCase();
      if (subject && otherNames.some((o) => sameName(o, subject)) && !RELAYED_NEED.test(s.text.toLowerCase())) continue;
      // "Sometime next week is fine", "Wystarczy mi w przyszłym tygodniu": the time the sender
      // accepts for the ask, with or without "by".
      // "Det holder med en enkel liste, og det er fint om jeg får den neste uke": each of them.
      let pick: DeadlineCandidate | undefined;
      // The line's times, read at most once (by the rules below that need them).
      let times: DeadlineCandidate[] | undefined;
      const timesIn = () => (times ??= deadlinesIn(s.text, language, clock));
      for (const fine of s.text.toLowerCase().matchAll(TIME_IS_FINE_ALL[language])) {
        // "… would be good to know": what is fine is a thing to do, not a time (but "fint å få det innen
        // fredag kl. 12", "great to have it by Friday": getting it is the time, round 62).
        const rest = s.text.slice(fine.index + fine[0].length);
        if (
          /^\s*(?:to|te|om te|zu|å|aby|żeby)(?![\p{L}])/u.test(rest) &&
          !/^\s*(?:to (?:get|have|receive)|å (?:få|ha|motta)|(?:aby|żeby) (?:dostać|mieć|otrzymać))(?![\p{L}])/u.test(
            rest,
          )
        )
          continue;
        const found = timesIn();
        // The time is the subject ("Sometime next week is fine") or follows the verb ("Wystarczy
        // mi w przyszłym tygodniu"), in the same clause.
        // "Det holder om jeg får det neste uke", "Es reicht, wenn ich sie Freitag habe": the time
        // may also close a short condition after the verb.
        // Not a thing's time ("fleisch fuer heute ist noch ok", "the slot for Friday is fine", round 72).
        // "als ik het eind van de maand heb ben ik tevreden", "wenn ich sie Ende des Monats habe, bin
        // ich zufrieden" (round 81): content with having the thing by a time, not with a thing of it.
        const content = CONTENT_WORD.test(fine[0]);
        const hadBy = (d: DeadlineCandidate) => {
          const gap = s.text.slice(d.end, fine.index);
          return (
            HAVE_IT_THEN.test(gap) ||
            (/^\s*,?\s*$/u.test(gap) && HAVING_BEFORE.test(s.text.slice(Math.max(0, d.index - 50), d.index)))
          );
        };
        const close = (d: DeadlineCandidate) =>
          d.index <= fine.index
            ? (content
                ? hadBy(d)
                : !/[,;:–—]/u.test(s.text.slice(d.end, fine.index)) ||
                  (IT_WORKS_THEN.test(s.text.slice(d.end, fine.index)) &&
                    IF_BEFORE.test(s.text.slice(Math.max(0, d.index - 40), d.index)))) &&
              fine.index - d.end < 30 &&
              !/\p{L}\s+(?:für|fuer|for)\s+$/iu.test(s.text.slice(Math.max(0, d.index - 40), d.index)) &&
              !/^(?:für|fuer|for)\s/iu.test(d.text)
            : !content &&
              (d.index - (fine.index + fine[0].length) < 15 ||
                (d.index - (fine.index + fine[0].length) < 45 &&
                  FINE_IF.test(s.text.slice(fine.index + fine[0].length, d.index).toLowerCase())));
        pick = found.find((d) => d.hasPrep && close(d)) ?? found.find(close);
        if (pick) break;
      }
      if (pick) {
        chosen = pick;
        break;
      }
      const lower = s.text.toLowerCase();
      // "Als ze eind van de week bij mij liggen kan ik ze maandag tekenen", "Wenn ich sie Freitag habe,
      // …" (round 83): the time in a condition of the sender having the thing is the ask's.
      const hadBy = timeHadBy(s.text, language, clock);
      if (hadBy) {
        chosen = hadBy;
        break;
      }
      // "I'd like to have it in the system this week", "Ik wil ze vrijdag 12.00 uur binnen hebben",
      // "I'm booking the minibus and need final numbers this week": when the sender wants the thing
      // asked for, with or without "by", in the same clause (even after the sender's own doing or
      // news of it).
      const want =
        WANT_IT[language].exec(lower) ?? RELAYED_WANT[language].exec(lower) ?? relayedAfterLead(lower, language);
      const own = c.ownTask.test(lower) || OWN_COMMITMENT[language].test(lower);
      // "Het liefst morgen vóór 11.00 uur, want dan bel ik met hun secretaris" (round 115): a line that
      // opens with the preferred time keeps it, whatever the sender does after it.
      const preferred = PREFERRED_TIME.exec(lower);
      const preferredAt = preferred ? timesIn().find((d) => d.index === preferred[0].length) : undefined;
      if (preferredAt && TIME_ONLY_AFTER[language].test(lower.slice(preferredAt.end))) {
        chosen = preferredAt;
        break;
      }
      if (!want && (own || negativeCue(lower, c))) continue;
      // "Danke & bis morgen in der Pause", "Dzięki i do jutra!": a goodbye, not a deadline.
      if (FAREWELL[language]?.test(bares[i]!)) continue;
      // "Jeszcze raz dzięki za ogarnięcie tej burzy – do dziś się o tym mówi w porcie" (round 77): a
      // line of thanks is about what was done.
      if (THANKS_LINE.test(bares[i]!)) continue;
      // "I'm in meetings until lunchtime", "Ik zit tot 12.00 uur in overleg": the sender's own day.
      if (SENDER_BUSY[language]?.test(bares[i]!)) continue;
      // "kassene må være pakket og sendt fra oss senest 2. februar" (round 82): what must be done on
      // the sender's side, by a passive "from us", is not by when the reader's part is.
      if (!want && FROM_US_PASSIVE[language].test(bares[i]!)) continue;
      const all = timesIn();
      const wanted = want ? timeOfWant(s.text, want, all) : undefined;
      const found = own || askSaysWhen ? [] : all.filter((d) => d.hasPrep);
      // "This week ideally, as she has a newborn.", "Morgen graag.", "Helst i dag.": a line that is
      // only the time, softened, beside the ask.
      const first = all[0];
      const timeOnly =
        first !== undefined &&
        TIME_LEAD.test(lower.slice(0, first.index)) &&
        TIME_ONLY_AFTER[language].test(lower.slice(first.end))
          ? first
          : undefined;
      if (found[0] ?? wanted ?? timeOnly) {
        chosen = found[0] ?? wanted ?? timeOnly!;
        break;
      }
      // "Termin, zgodnie ze statutem, mija 15 grudnia", "The deadline is Friday": the date a line
      // beside the ask names as the deadline, when no line gives one otherwise.
      if (!statedDate) {
        const stated = DEADLINE_IS[language].exec(lower);
        if (stated) statedDate = all.find((d) => d.index >= stated.index);
      }
    }
    chosen ??= statedDate ?? null;
  }
  if (chosen) {
    result.due = chosen.due;
    result.dueText = chosen.text;
  } else {
    // "ik dacht meteen aan jou" (round 105): a thought that came at once is no urgency.
    const urgentText = THOUGHT_OF[language].test(newText.toLowerCase())
      ? sentences
          .map((t) => t.text)
          .filter((t) => !THOUGHT_OF[language].test(t.toLowerCase()))
          .join(' ')
      : newText;
    const urgency = requests.map(urgencyOf).find((u) => u !== null) ?? findUrgency(urgentText, language, plain);
    if (urgency) {
      result.dueText = urgency;
      result.urgent = true;
    }
  }
  if (findUrgency(requests.map((r) => r.s.text).join(' '), language, plain)) result.urgent = true;

  if (requests.some((r) => c.attachmentRequest.test(r.s.text.toLowerCase()))) result.attachmentHint = 'requested';
  return result;
}
