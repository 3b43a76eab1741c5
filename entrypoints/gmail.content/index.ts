// Gmail content script: mounts Ackly's sidebar in a shadow root beside the open thread, follows
// Gmail's in-page navigation, and hands each opened thread to the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createGmailAdapter } from '@/utils/webmail/gmail/adapter';
import { createController } from './controller';
import './style.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    let controller: ReturnType<typeof createController> | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'ackly-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      onMount(container) {
        controller = createController(createGmailAdapter(document), container, abort.signal);
        void controller.start();
        return container;
      },
    });
    ui.mount();
    ctx.addEventListener(window, 'wxt:locationchange', () => controller?.schedule());
  },
});
