// The result of analysing one email: is it a request to the reader, what kind, by when.
import type { Lang } from '../languages';
import type { MessageSnapshot } from '../webmail/types';

export type RequestKind = 'question' | 'action' | 'approval' | 'meeting' | 'info' | 'thanks' | 'none';

export interface TextSpan {
  /** Offsets into the analysed text (bodyText). */
  start: number;
  end: number;
  text: string;
}

export interface Analysis {
  isRequest: boolean;
  /** 0..1 */
  confidence: number;
  kind: RequestKind;
  requestSpans: TextSpan[];
  due: Date | null;
  /** The words that stated the deadline or the urgency, as written. */
  dueText: string | null;
  urgent: boolean;
  automated: boolean;
  language: Lang;
  /** The sender is a colleague: their domain is one of the organisation's domains. */
  fromColleague: boolean;
  /** The sender asked for an attachment, or mentioned one that is missing. */
  attachmentHint: 'requested' | 'missing' | null;
}

export interface AnalysisContext {
  now: Date;
  /** The reader's addresses (lower case). */
  myAddresses: string[];
  /** The reader's name, to recognise requests addressed to someone else by name. */
  myName: string;
  /** Organisation domains; empty means: the reader's own domain unless it is a consumer mail domain. */
  orgDomains: string[];
  /** The user's default language, used when the text is too short to tell. */
  defaultLanguage?: Lang;
}

export type AnalyzeEmail = (message: MessageSnapshot, context: AnalysisContext) => Analysis;
