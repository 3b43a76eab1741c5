// The shape of one language's lexicon. A new language is one new folder under lang/ that
// exports a LanguageLexicon, plus one line in lang/index.ts.
import type { Lang } from '../languages';
import type { RequestKind } from './types';

export interface RequestCue {
  re: RegExp;
  kind: RequestKind;
  /** Where a trained model weighs the cues: this one is a request whatever the model says. */
  decisive?: boolean;
  /**
   * An explicit ask to the reader (a polite question, "please", an imperative, "let me know", a
   * reminder), unlike a stated need or obligation: quoted beside a clearer ask even when the model is
   * less sure of it.
   */
  direct?: boolean;
}

export interface DateLexicon {
  /** Index 0 = Sunday. Regex sources (alternatives) for each weekday. */
  weekdays: string[];
  /** Index 0 = January. Regex sources. */
  months: string[];
  /** Words before a date that make it a deadline ("by", "bis", "do", "innen"). Regex source. */
  deadlinePrep: string;
  /** Words that may come before a time ("at", "um", "kl."). Regex source. */
  timePrep: string;
  /** Word after an hour ("Uhr", "uur"). Regex source. */
  hourSuffix: string;
  today: string;
  endOfDay: string;
  tomorrow: string;
  /** "the day after tomorrow", "übermorgen", "pojutrze": 17:00 two days after the sent date. Regex source. */
  dayAfterTomorrow?: string;
  endOfWeek: string;
  nextWeek: string;
  /**
   * "next week" beside a weekday ("Wednesday next week", "Mittwoch nächster Woche", "nächste Woche
   * Mittwoch", "do środy w przyszłym tygodniu"): that weekday of the following week. Regex source.
   */
  weekOfNext: string;
  /** "mid next week", "Mitte nächster Woche": Wednesday 17:00 of the following week. Regex source. */
  midNextWeek?: string;
  endOfMonth: string;
  /** "in N days" — must contain the literal N where the number goes. */
  inDays: string;
  numberWords: Record<string, number>;
  asap: string;
  /** Words for 12:00 ("noon"), at least four letters long. Regex source. */
  noon?: string;
  /** Marks "in N days" as working days ("working", "werk", "Arbeits", "robocz", "virke"). Regex source, matched anywhere in the phrase. */
  workingDay: string;
  /** Morning words next to "tomorrow" ("tomorrow morning", "morgen früh", "jutro rano"): 09:00. Regex source. */
  morning: string;
  /** Ending of a day of the month written alone ("the 15th", "de 15e", "zum 15.", "do 15-go"). Regex source. */
  ordinal: string;
  /** Days of the month spelled out ("piętnastego", "piętnastym"), lower case, each form with its day; tens and units may follow each other ("dwudziestego piątego"). */
  dayWords?: Record<string, number>;
  /**
   * A day and month with a dot between and none after ("do 20.11", "bis 15.10") only with two digits
   * each: where dates are written with a hyphen or a slash, "voor 2.4" names a release ("de release
   * notes voor 2.4") and "4.12" a version. Unset: any day and month.
   */
  dottedDayMonthDigits?: 2;
}

export interface LanguageLexicon {
  lang: Lang;
  /** Frequent function words, lower case, for language identification. */
  commonWords: string[];
  /** Characters typical of this language. */
  letters?: RegExp;
  /** Start of a reply header line ("On", "Am", "W dniu"). Regex source. */
  quoteIntro: string;
  /** The verb that ends a reply header ("wrote", "schrieb"). Regex source. */
  quoteVerb: string;
  /** Outlook header field names ("From", "Von", "Od", "Fra"…), first is the From field. Regex source. */
  headerFields: string;
  /** Separator lines of forwarded or original messages. Regex source. */
  forwardMarker: string;
  /** Mobile-client footers ("Sent from my iPhone"). Regex source. */
  mobileFooter: string;
  /** Lines opening a greeting ("Hi", "Hallo", "Cześć"). Regex source. */
  greeting: string;
  /** Lines that close the message ("Best regards"). Regex source, matched against a whole line. */
  signOff: string;
  /** Courtesy titles to drop before a name ("Herr", "Pani"). Regex source. */
  titles: string;
  /** Words that address a whole group ("all", "team"). Regex source. */
  groupWords: string;
  requests: RequestCue[];
  /** Sentences that are never requests: own commitments, courtesy offers, please-note, rhetoric. */
  notRequests: RegExp[];
  /** Out-of-office and similar auto-text from a person's own mailbox. */
  outOfOffice: RegExp;
  /**
   * A need that only restates the deadline of an ask made in another sentence ("I need it by
   * Thursday", "Ich brauche es bis Freitag"): not quoted beside that ask, its date still counts.
   */
  restatement?: RegExp;
  /** The sender's own task or state ("I have to…", "Ich muss…"): its dates are not the reader's deadline. */
  ownTask: RegExp;
  /** Everyday forms of first names, lower case, to their formal name ("kasiu" → "katarzyna"). */
  nicknames?: Record<string, string>;
  /** Bulk/notification wording. The first two entries are strong signals on their own. */
  automated: RegExp[];
  attachmentMention: RegExp;
  attachmentRequest: RegExp;
  meeting: RegExp;
  dates: DateLexicon;
}

/**
 * Rounds 43–44. English asks and needs in mail in another language ("Could you check of we die dag
 * een trailer hebben?", "Please stuur …", "Need your go by EOD", "I need them EOD"), after the words
 * that may open a further point in that language (`leads`, alternatives): decisive, since the
 * language's model knows no English words.
 */
export function englishAskIn(leads: string): RequestCue {
  return {
    re: new RegExp(
      `^(?:(?:${leads})[,:]?\\s+)?(?:(?:could|can|would|will) you\\s(?=[^?]*\\?\\s*$)|would you mind\\s|please\\s(?!note\\b)|need (?:it|them|this|that|your)\\s|(?:i|we) (?:(?:really|still|urgently) )?need (?:it|them|this|that|these|those|your)\\b)`,
      'i',
    ),
    kind: 'question',
    decisive: true,
    direct: true,
  };
}
