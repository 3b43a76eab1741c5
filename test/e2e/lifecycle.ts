// One browser with the built extension for a test file: launched before its tests, with the given
// webmail pages served, and closed after them. After every test, no request may have left the
// browser (the harness records them from every context; closing fails on any left over).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchExtension, type Harness } from './harness';

/** Calls `use` with the file's harness once it is up; `pages` maps page addresses to their HTML. */
export function withExtension(use: (h: Harness) => void, pages: Record<string, string> = {}): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchExtension();
    for (const [url, html] of Object.entries(pages)) harness.servePage(url, html);
    use(harness);
  });
  afterEach(() => {
    // Said by the test that made them; cleared so the next test answers only for its own.
    const stray = harness ? harness.strayRequests.splice(0) : [];
    expect(stray, 'requests that left the browser (Ackly makes none)').toEqual([]);
  });
  afterAll(async () => {
    await harness?.close();
  });
}
