// Small DOM helpers every webmail adapter uses: querying, waiting for an element, and reading
// text the way the page shows it from an inert copy (nothing in it loads or runs).
import { SelectorError } from './types';

const WAIT_MS = 5_000;

export const $ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null =>
  root.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [
  ...root.querySelectorAll<T>(selector),
];

/**
 * A `tag` element with an open shadow root holding `css` and an empty container for a Preact tree:
 * Ackly's UI on a webmail page, isolated from the site's styles. The caller places the host; `css`
 * can also come later (addStyles), when the UI first shows.
 */
export function shadowHost(
  doc: Document,
  tag: string,
  css?: string,
): { host: HTMLElement; shadow: ShadowRoot; container: HTMLElement } {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  shadow.append(container);
  if (css) addStyles(shadow, css);
  return { host, shadow, container };
}

/**
 * Puts `css` in a shadow root. A <style> element: the browser parses a given text once and shares it
 * between shadow roots, so a constructed sheet (adoptedStyleSheets) would save nothing, and Firefox's
 * content-script wrappers make those awkward.
 */
export function addStyles(shadow: ShadowRoot, css: string): void {
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}

/** Ackly's own nodes in the page: its hosts (<ackly-…>) and its row markers (data-ackly). */
const isAckly = (node: Node) =>
  node.nodeType === 1 &&
  ((node as Element).localName.startsWith('ackly-') || (node as Element).hasAttribute('data-ackly'));

/**
 * Whether a batch of mutation records holds a change the page made, rather than only Ackly's own
 * writes (a host or marker put in or taken out, a marker drawn): observers call back only for the
 * former, so Ackly's drawing does not make it look at the page again. Reads no DOM.
 */
export const pageChanged = (records: readonly MutationRecord[]): boolean =>
  records.some(
    (r) =>
      !isAckly(r.target) &&
      (r.addedNodes.length + r.removedNodes.length === 0 || ![...r.addedNodes, ...r.removedNodes].every(isAckly)),
  );

/** A deep copy of `el` in a document without a window: its images do not load, its handlers never run. */
export function inertCopy<T extends Element>(el: T): T {
  return el.ownerDocument.implementation.createHTMLDocument('').importNode(el, true);
}

const BLOCK = new Set([
  'DIV',
  'P',
  'LI',
  'TR',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'TABLE',
  'PRE',
]);
const MAX_TEXT = 200_000;

/** Text of an element with line breaks where the page shows them (innerText needs layout; this does not). */
export function textOf(root: Node): string {
  const out: string[] = [];
  let length = 0;
  const walk = (node: Node) => {
    if (length > MAX_TEXT) return;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ');
      out.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out.push('\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Resolves with the first element matching `selector` under `root`, waiting for it to appear. */
export function waitFor<T extends Element>(root: ParentNode & Node, selector: string, timeout = WAIT_MS): Promise<T> {
  const found = root.querySelector<T>(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const el = root.querySelector<T>(selector);
      if (el) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(el);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new SelectorError(selector, 'element that did not appear in time'));
    }, timeout);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  });
}

/** A point in the editor's DOM: a text node and an offset in it, or the end of an element. */
export interface DomPoint {
  node: Node;
  offset: number;
}

export interface DraftText {
  /** What the user wrote, line breaks where the editor shows them, up to the quoted history. */
  text: string;
  /** The DOM point of a character offset of `text`, for inserting at it. */
  locate(at: number): DomPoint;
}

/**
 * The text of a compose editor up to `stopAt` (the quoted history, when the editor holds one),
 * with a way back from a character offset to the DOM. Text nodes are taken as they are (no
 * whitespace folding) so offsets map one to one.
 */
export function draftText(editor: HTMLElement, stopAt: Element | null, max = 50_000): DraftText {
  const parts: string[] = [];
  const marks: { start: number; node: Text }[] = [];
  let length = 0;
  let stopped = false;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const walk = (node: Node) => {
    if (stopped || length > max) return;
    if (node === stopAt) {
      stopped = true;
      return;
    }
    if (node.nodeType === 3) {
      marks.push({ start: length, node: node as Text });
      push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'BR') return push('\n');
    const block = BLOCK.has(el.tagName) && length > 0;
    if (block && !parts.at(-1)?.endsWith('\n')) push('\n');
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  for (const child of Array.from(editor.childNodes)) walk(child);
  return {
    text: parts.join(''),
    locate(at) {
      // The text node holding `at`, or the next one after a line break; else the end of what was read.
      for (const mark of marks) {
        if (at >= mark.start && at <= mark.start + mark.node.data.length)
          return { node: mark.node, offset: at - mark.start };
        if (mark.start > at) return { node: mark.node, offset: 0 };
      }
      const last = marks.at(-1);
      return last ? { node: last.node, offset: last.node.data.length } : { node: editor, offset: 0 };
    },
  };
}
