// The background's side of the protocol: checks who sent a message, refuses privileged calls
// from content scripts, runs the handler and wraps its result or error in a Reply.
import type { Browser, WxtBrowser } from 'wxt/browser';
import { webmailOfUrl } from '../webmail/sites';
import type { WebmailId } from '../webmail/types';
import {
  PRIVILEGED,
  isEnvelope,
  type Envelope,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './protocol';

type MessageSender = Browser.runtime.MessageSender;

export type Caller = { kind: 'extension-page' } | { kind: 'content-script'; webmail: WebmailId; tabId: number | null };

export type Handlers = {
  [K in MessageName]: (data: RequestOf<K>, caller: Caller) => Promise<ResponseOf<K>>;
};

export class PermissionError extends Error {
  override name = 'PermissionError';
}

/** Who sent a message: one of our extension pages, our content script in a webmail, or nobody we serve. */
export function identifyCaller(sender: MessageSender, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  const webmail = webmailOfUrl(url);
  if (!webmail) return null;
  return { kind: 'content-script', webmail, tabId: sender.tab?.id ?? null };
}

export async function dispatch(handlers: Handlers, message: unknown, caller: Caller | null): Promise<Reply<unknown>> {
  try {
    if (!isEnvelope(message)) throw new TypeError('Not an Ackly message');
    if (!caller) throw new PermissionError(`Unknown sender for ${message.name}`);
    if (PRIVILEGED[message.name] && caller.kind !== 'extension-page') {
      throw new PermissionError(`${message.name} is only available to Ackly's own pages`);
    }
    const handler = handlers[message.name] as (data: unknown, caller: Caller) => Promise<unknown>;
    const value = await handler((message as Envelope).data, caller);
    return { ok: true, value };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { name: err.name, message: err.message } };
  }
}

/** Registers the one runtime.onMessage listener of the background. */
export function listen(browser: WxtBrowser, handlers: Handlers): void {
  const origin = browser.runtime.getURL('/');
  // sendResponse + `return true` works in Chrome, Firefox and the polyfill alike.
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
      if (!isEnvelope(message)) return undefined;
      void dispatch(handlers, message, identifyCaller(sender, browser.runtime.id, origin)).then(sendResponse);
      return true;
    },
  );
}
