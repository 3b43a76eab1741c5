// Keyboard shortcuts (manifest `commands`, see wxt.config.ts): the background hands a command to
// the active tab's content script as this message. Kept apart from the protocol: it flows the other
// way (background → page) and carries no data.
export const ACKNOWLEDGE_COMMAND = 'acknowledge-open-request';

export interface CommandMessage {
  ackly: 'command';
  name: 'acknowledge';
}

export const ACKNOWLEDGE_MESSAGE: CommandMessage = { ackly: 'command', name: 'acknowledge' };

export function isAcknowledgeCommand(message: unknown): boolean {
  const m = message as Partial<CommandMessage> | null;
  return typeof m === 'object' && m !== null && m.ackly === 'command' && m.name === 'acknowledge';
}
