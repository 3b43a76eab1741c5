// Gmail content script: Ackly's sidebar beside the open thread, driven by the shared controller
// (utils/webmail/controller.ts) through the Gmail adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createGmailAdapter } from '@/utils/webmail/gmail/adapter';
import { mountAckly } from '@/utils/webmail/mount';
import { matchesOf } from '@/utils/webmail/sites';

export default defineContentScript({
  matches: matchesOf('gmail'),
  // The sidebar's styles go into its shadow root with it (utils/webmail/mount.ts).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => mountAckly(ctx, createGmailAdapter(document)),
});
