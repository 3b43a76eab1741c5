// What every webmail content script does once it has its adapter: mounts Ackly's sidebar in an
// open shadow root (isolated from the site's styles), starts the shared controller and follows the
// site's in-page navigation. A site's entrypoint is its matches plus one call to this.
// The shadow root is made here rather than with WXT's createShadowRootUi, which would add about
// 8 KB to every webmail page load for features the sidebar does not use.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '@/components/sidebar/sidebar.css?inline';
import { createController } from './controller';
import { shadowHost } from './dom';
import type { WebmailAdapter } from './types';

export function mountAckly(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  const { host, container } = shadowHost(document, 'ackly-sidebar', css);
  (document.body ?? document.documentElement).append(host);
  abort.signal.addEventListener('abort', () => host.remove(), { once: true });
  const controller = createController(adapter, container, abort.signal);
  void controller.start();
  // History API navigation inside the app (no reload): look again.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.schedule());
}
