// What every webmail content script does once it has its adapter: starts the shared controller,
// which mounts Ackly's sidebar in an open shadow root (isolated from the site's styles) when it first
// draws, and follows the site's in-page navigation. A site's entrypoint is its matches plus one call
// to this.
// The shadow root is made here rather than with WXT's createShadowRootUi, which would add about
// 8 KB to every webmail page load for features the sidebar does not use.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '@/components/sidebar/sidebar.css?inline';
import { createController } from './controller';
import { addStyles, shadowHost } from './dom';
import type { WebmailAdapter } from './types';

export function mountAckly(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  let sidebar: { shadow: ShadowRoot; container: HTMLElement } | null = null;
  let styled = false;
  // Nothing goes into the page at load: the host when the controller first draws (after its first
  // look at the page), the styles when the sidebar first shows (while idle it is hidden).
  const surface = (visible: boolean): HTMLElement => {
    if (!sidebar) {
      const { host, shadow, container } = shadowHost(document, 'ackly-sidebar');
      (document.body ?? document.documentElement).append(host);
      abort.signal.addEventListener('abort', () => host.remove(), { once: true });
      sidebar = { shadow, container };
    }
    if (visible && !styled) {
      addStyles(sidebar.shadow, css);
      styled = true;
    }
    return sidebar.container;
  };
  const controller = createController(adapter, surface, abort.signal);
  void controller.start();
  // History API navigation inside the app (no reload): look again.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.schedule());
}
