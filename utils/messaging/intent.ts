// What the user asked for from outside the webmail tab (the popup's "acknowledge" or "nudge"):
// the content script carries it out when the thread opens.
import { localItem } from './local-item';
import type { WebmailId } from '../webmail/types';

/** What to do when the thread opens: acknowledge a colleague's request, or nudge a colleague about the user's own. */
export type ThreadIntentAction = 'acknowledge' | 'nudge';

export interface ThreadIntent {
  requestId: number;
  webmail: WebmailId;
  threadId: string;
  action: ThreadIntentAction;
  at: number;
}

/** An intent older than this is stale and ignored. */
export const INTENT_TTL_MS = 2 * 60_000;

export const intentItem = localItem<ThreadIntent | null>('ackly:intent', null);

/** Takes the intent for this thread if there is a fresh one, clearing it so it runs once. */
export async function takeIntent(webmail: WebmailId, threadId: string, now: number): Promise<ThreadIntent | null> {
  const intent = await intentItem.getValue();
  if (!intent || intent.webmail !== webmail || intent.threadId !== threadId) return null;
  await intentItem.setValue(null);
  return now - intent.at <= INTENT_TTL_MS ? intent : null;
}
