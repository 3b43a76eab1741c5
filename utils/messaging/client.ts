// Sends a typed message to the background and unwraps its reply; a refused or failed call
// rejects with RemoteError carrying the background's error name and message.
import { browser } from 'wxt/browser';
import type { Envelope, MessageName, Reply, RequestOf, ResponseOf } from './protocol';

export class RemoteError extends Error {
  constructor(
    readonly remoteName: string,
    message: string,
  ) {
    super(message);
    this.name = remoteName;
  }
}

export async function sendMessage<K extends MessageName>(name: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { ackly: 1, name, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new RemoteError('NoReply', `No reply to ${name}`);
  if (!reply.ok) throw new RemoteError(reply.error.name, reply.error.message);
  return reply.value;
}
