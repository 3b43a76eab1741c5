// Accessibility checks with axe-core in the real browser. Its source is injected from the installed
// package (nothing is fetched); the sidebar is checked inside its shadow root, which axe enters.
import type { Page } from 'playwright-core';
import axe from 'axe-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Where: each node's selector path (shadow hosts included). */
  targets: string[];
}

export interface AxeRun {
  violations: AxeViolation[];
  /** Violations of any impact, counted by impact: what the report shows. */
  counts: Record<string, number>;
}

/** Runs axe on the page (or inside the element `within`, e.g. 'ackly-sidebar'). */
export async function runAxe(page: Page, within?: string): Promise<AxeRun> {
  // Evaluated through the DevTools protocol: extension pages' CSP refuses inline script tags.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(`${axe.source}\n;true`);
  const violations = await page.evaluate(async (host) => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const api = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const context = host ? { include: [[host]] } : document;
    const result = await api.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, within ?? null);
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + v.targets.length;
  return { violations, counts };
}

/** The violations that block a person: impact serious or critical. */
export async function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const { violations } = await runAxe(page, within);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Violations of the rules that say every control has an accessible name. */
export async function unnamedControls(page: Page, within?: string): Promise<AxeViolation[]> {
  const { violations } = await runAxe(page, within);
  return violations.filter((v) =>
    ['button-name', 'label', 'select-name', 'input-button-name', 'link-name'].includes(v.id),
  );
}

/**
 * Presses Tab `count` times from the top of the page and returns the data-testid (or, without one,
 * the tag and text) of each element that took the focus, looking into shadow roots.
 */
export async function tabOrder(page: Page, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return '';
        return (
          el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 30)}`
        );
      }),
    );
  }
  return seen;
}

/** Whether the focused element (in shadow roots too) shows a focus ring: an outline or a box shadow. */
export async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}
