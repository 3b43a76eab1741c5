// The background's side of the protocol: checks who sent a message, refuses privileged calls
// from content scripts and everything from other extensions, checks the message's data, runs the
// handler and wraps its result or error in a Reply.
import type { Browser, WxtBrowser } from 'wxt/browser';
import { webmailOfUrl } from '../webmail/sites';
import type { WebmailId } from '../webmail/types';
import { PRIVILEGED, type MessageName, type Reply, type RequestOf, type ResponseOf } from './protocol';
import { validateRequest } from './validate';

type MessageSender = Browser.runtime.MessageSender;

export type Caller = { kind: 'extension-page' } | { kind: 'content-script'; webmail: WebmailId; tabId: number | null };

export type Handlers = {
  [K in MessageName]: (data: RequestOf<K>, caller: Caller) => Promise<ResponseOf<K>>;
};

export class PermissionError extends Error {
  override name = 'PermissionError';
}

export { ValidationError } from './validate';

/** Who sent a message: one of our extension pages, our content script in a webmail, or nobody we serve. */
export function identifyCaller(sender: MessageSender, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  const webmail = webmailOfUrl(url);
  if (!webmail) return null;
  return { kind: 'content-script', webmail, tabId: sender.tab?.id ?? null };
}

/** Whether a message says it is Ackly's (it may still be malformed): those get a reply, always. */
export function claimsAckly(message: unknown): message is { ackly: 1; name?: unknown; data?: unknown } {
  return typeof message === 'object' && message !== null && (message as { ackly?: unknown }).ackly === 1;
}

const isMessageName = (name: unknown): name is MessageName =>
  typeof name === 'string' && Object.hasOwn(PRIVILEGED, name);

/**
 * One message, checked in this order: is it an Ackly envelope, do we serve the sender, is the name
 * known, may this sender send it, is its data well formed; then the handler. Errors become replies.
 */
export async function dispatch(handlers: Handlers, message: unknown, caller: Caller | null): Promise<Reply<unknown>> {
  try {
    if (!claimsAckly(message)) throw new TypeError('Not an Ackly message');
    const { name } = message;
    const label = isMessageName(name) ? name : 'this message';
    if (!caller) throw new PermissionError(`Unknown sender for ${label}`);
    if (!isMessageName(name)) throw new TypeError('Unknown Ackly message');
    if (PRIVILEGED[name] && caller.kind !== 'extension-page') {
      throw new PermissionError(`${name} is only available to Ackly's own pages`);
    }
    const data = validateRequest(name, message.data);
    // A content script speaks only for the webmail it runs on (handlers check requests by id too).
    const claimed = (data as { webmail?: unknown }).webmail;
    if (caller.kind === 'content-script' && claimed !== undefined && claimed !== caller.webmail) {
      throw new PermissionError(`${name}: thread belongs to another webmail`);
    }
    const handler = handlers[name] as (data: unknown, caller: Caller) => Promise<unknown>;
    const value = await handler(data, caller);
    return { ok: true, value };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { name: err.name, message: err.message } };
  }
}

/** What another extension (or any sender we do not serve) is told, whatever it sent. */
export const REFUSED_EXTERNAL: Reply<never> = {
  ok: false,
  error: { name: 'PermissionError', message: 'Ackly answers only its own pages and content scripts' },
};

/** Registers the background's runtime.onMessage listener, for Ackly's pages and content scripts. */
export function listen(browser: WxtBrowser, handlers: Handlers): void {
  const origin = browser.runtime.getURL('/');
  // sendResponse + `return true` works in Chrome, Firefox and the polyfill alike.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
      // Chrome delivers other extensions' messages to onMessageExternal; this is the guard if not.
      if (sender.id !== browser.runtime.id) {
        sendResponse(REFUSED_EXTERNAL);
        return true;
      }
      // Not addressed to the protocol (no `ackly: 1`): another listener's, left unanswered.
      if (!claimsAckly(message)) return undefined;
      void dispatch(handlers, message, identifyCaller(sender, browser.runtime.id, origin)).then(sendResponse);
      return true;
    },
  );
}

/**
 * Answers every message from another extension (runtime.onMessageExternal) with a PermissionError:
 * they get a clear refusal, and no handler ever runs for them.
 */
export function refuseOtherExtensions(browser: WxtBrowser): void {
  browser.runtime.onMessageExternal.addListener(
    (_message: unknown, _sender: MessageSender, sendResponse: (reply: unknown) => void) => {
      sendResponse(REFUSED_EXTERNAL);
      return true;
    },
  );
}
