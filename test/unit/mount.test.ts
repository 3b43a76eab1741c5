// The sidebar's surface on the page: its host goes in when first drawn, its style sheet comes from
// the background when it first shows, and it is hidden until then, so no unstyled sidebar shows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sidebarSurface } from '@/utils/webmail/mount';
import { stylesHandlers } from '@/entrypoints/background/i18n-handlers';
import { dispatch } from '@/utils/messaging/server';

const host = () => document.querySelector<HTMLElement>('ackly-sidebar');

afterEach(() => {
  document.body.innerHTML = '';
});

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('sidebarSurface', () => {
  it('puts the host in when first drawn idle, without fetching the styles', () => {
    const styles = vi.fn(() => Promise.resolve('.x{}'));
    const surface = sidebarSurface(document, styles, new AbortController().signal);
    const container = surface(false);
    expect(host()).not.toBeNull();
    expect(host()!.shadowRoot!.contains(container)).toBe(true);
    expect(styles).not.toHaveBeenCalled();
    expect(host()!.shadowRoot!.querySelector('style')).toBeNull();
  });

  it('fetches the styles once when it first shows, hidden until they are in', async () => {
    const css = deferred<string>();
    const styles = vi.fn(() => css.promise);
    const surface = sidebarSurface(document, styles, new AbortController().signal);
    surface(true);
    expect(host()!.style.visibility).toBe('hidden');
    surface(true);
    surface(false);
    expect(styles).toHaveBeenCalledTimes(1);
    css.resolve('.ackly-sidebar{color:red}');
    await vi.waitFor(() => expect(host()!.style.visibility).toBe(''));
    expect(host()!.shadowRoot!.querySelector('style')!.textContent).toBe('.ackly-sidebar{color:red}');
  });

  it('shows the sidebar plain when the styles cannot be had', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const surface = sidebarSurface(
      document,
      () => Promise.reject(new Error('no background')),
      new AbortController().signal,
    );
    surface(true);
    await vi.waitFor(() => expect(host()!.style.visibility).toBe(''));
    expect(host()!.shadowRoot!.querySelector('style')).toBeNull();
    expect(warn).toHaveBeenCalledWith('Ackly: the sidebar styles could not be loaded');
    warn.mockRestore();
  });

  it('takes the host out when the content script is stopped', () => {
    const abort = new AbortController();
    sidebarSurface(document, () => Promise.resolve(''), abort.signal)(false);
    expect(host()).not.toBeNull();
    abort.abort();
    expect(host()).toBeNull();
  });
});

describe('ui.styles', () => {
  it("hands a content script the sidebar's own style sheet", async () => {
    const sheet = readFileSync(resolve(import.meta.dirname, '../../components/sidebar/sidebar.css'), 'utf8');
    const reply = await dispatch(stylesHandlers(sheet) as never, { ackly: 1, name: 'ui.styles', data: {} }, {
      kind: 'content',
      webmail: 'gmail',
    } as never);
    expect(reply).toEqual({ ok: true, value: { css: sheet } });
  });
});
