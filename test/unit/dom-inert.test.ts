// inertCopy: the copies the adapters read message bodies from live in a document without a window.
import { describe, expect, it } from 'vitest';
import { inertCopy } from '@/utils/webmail/dom';

describe('inertCopy', () => {
  it('copies deeply into a windowless document, reused for the next copy, and each copy stays apart', () => {
    document.body.innerHTML = '<div id="a"><p>First <b>one</b></p><img src="x.png"></div><div id="b">Second</div>';
    const a = inertCopy(document.getElementById('a')!);
    const b = inertCopy(document.getElementById('b')!);
    expect(a.textContent).toBe('First one');
    expect(a.querySelector('img')?.getAttribute('src')).toBe('x.png');
    expect(a.ownerDocument).not.toBe(document);
    expect(a.ownerDocument.defaultView).toBeNull();
    expect(b.ownerDocument).toBe(a.ownerDocument);
    // Not inserted anywhere: changing one copy changes neither the page nor the other copy.
    expect(a.parentNode).toBeNull();
    a.querySelector('b')!.remove();
    expect(document.getElementById('a')!.textContent).toBe('First one');
    expect(b.textContent).toBe('Second');
  });

  it('gives each page document its own inert document', () => {
    const other = document.implementation.createHTMLDocument('other');
    other.body.innerHTML = '<div id="c">Other page</div>';
    document.body.innerHTML = '<div id="d">This page</div>';
    const c = inertCopy(other.getElementById('c')!);
    const d = inertCopy(document.getElementById('d')!);
    expect(c.ownerDocument).not.toBe(d.ownerDocument);
    expect(c.textContent).toBe('Other page');
  });
});
