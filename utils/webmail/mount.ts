// What every webmail content script does once it has its adapter: mounts Ackly's sidebar in a
// shadow root (isolated from the site's styles), starts the shared controller and follows the
// site's in-page navigation. A site's entrypoint is its matches plus one call to this.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createController } from './controller';
import type { WebmailAdapter } from './types';

export async function mountAckly(ctx: ContentScriptContext, adapter: WebmailAdapter): Promise<void> {
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
      controller = createController(adapter, container, abort.signal);
      void controller.start();
      return container;
    },
  });
  ui.mount();
  // History API navigation inside the app (no reload): look again.
  ctx.addEventListener(window, 'wxt:locationchange', () => controller?.schedule());
}
