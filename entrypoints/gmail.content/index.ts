// Gmail content script: mounts Ackly's sidebar in a shadow root beside the open thread.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { h, render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import './style.css';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'ackly-sidebar',
      position: 'overlay',
      anchor: 'body',
      mode: 'open',
      onMount(container) {
        render(h(Sidebar, {}), container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
