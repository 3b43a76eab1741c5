// Keyboard shortcuts the background handles (the popup's own shortcut, `_execute_action`, is the
// browser's). "Acknowledge the open request" goes to the active tab: a webmail's content script
// acts on it as on the sidebar's button; any other page has no listener and nothing happens.
import type { WxtBrowser } from 'wxt/browser';
import { ACKNOWLEDGE_COMMAND, ACKNOWLEDGE_MESSAGE } from '@/utils/messaging/commands';

export async function runCommand(browser: WxtBrowser, name: string): Promise<void> {
  if (name !== ACKNOWLEDGE_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  // No content script in the tab (not a webmail): the message has no receiver. That is fine.
  await browser.tabs.sendMessage(tab.id, ACKNOWLEDGE_MESSAGE).catch(() => {});
}

export function listenForCommands(browser: WxtBrowser): void {
  browser.commands?.onCommand.addListener((name: string) => void runCommand(browser, name));
}
