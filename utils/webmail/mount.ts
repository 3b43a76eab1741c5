// What every webmail content script does once it has its adapter: starts the shared controller,
// which mounts Ackly's sidebar in an open shadow root (isolated from the site's styles) when it first
// draws, and follows the site's in-page navigation. A site's entrypoint is its matches plus one call
// to this.
// The shadow root is made here rather than with WXT's createShadowRootUi, which would add about
// 8 KB to every webmail page load for features the sidebar does not use. For the same reason the
// sidebar's style sheet is not in the script: the background hands it over when the sidebar first
// shows (most page loads, an inbox, never show it), and the sidebar stays hidden until it has it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/utils/messaging/client';
import { createController } from './controller';
import { addStyles, shadowHost } from './dom';
import type { WebmailAdapter } from './types';

/** Where the sidebar's style sheet comes from: the background ('ui.styles'); tests pass their own. */
export type StylesSource = () => Promise<string>;

const fromBackground: StylesSource = () => sendMessage('ui.styles', {}).then((r) => r.css);

/**
 * The sidebar's surface: its host goes into the page when the controller first draws, its styles
 * are fetched when it first shows, and until they are in (or failed to come) the host is hidden,
 * so the page never shows an unstyled sidebar.
 */
export function sidebarSurface(
  doc: Document,
  styles: StylesSource,
  signal: AbortSignal,
): (visible: boolean) => HTMLElement {
  let sidebar: { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } | null = null;
  let styled = false;
  return (visible: boolean): HTMLElement => {
    if (!sidebar) {
      const { host, shadow, container } = shadowHost(doc, 'ackly-sidebar');
      (doc.body ?? doc.documentElement).append(host);
      signal.addEventListener('abort', () => host.remove(), { once: true });
      sidebar = { host, shadow, container };
    }
    if (visible && !styled) {
      styled = true;
      const { host, shadow } = sidebar;
      // Without its styles (the background did not answer) it still shows, plain.
      host.style.visibility = 'hidden';
      void styles()
        .then(
          (css) => addStyles(shadow, css),
          () => console.warn('Ackly: the sidebar styles could not be loaded'),
        )
        .finally(() => host.style.removeProperty('visibility'));
    }
    return sidebar.container;
  };
}

export function mountAckly(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  const controller = createController(adapter, sidebarSurface(document, fromBackground, abort.signal), abort.signal);
  void controller.start();
  // History API navigation inside the app (no reload): look again.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.schedule());
}
