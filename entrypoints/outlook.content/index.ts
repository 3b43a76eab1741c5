// Outlook on the web content script: Ackly's sidebar beside the open conversation, driven by the
// shared controller (utils/webmail/controller.ts) through the Outlook adapter.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createOutlookAdapter } from '@/utils/webmail/outlook/adapter';
import { mountAckly } from '@/utils/webmail/mount';
import { matchesOf } from '@/utils/webmail/sites';

export default defineContentScript({
  matches: matchesOf('outlook'),
  // The sidebar's styles go into its shadow root with it (utils/webmail/mount.ts).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main: (ctx) => mountAckly(ctx, createOutlookAdapter(document)),
});
