// One browser with the built extension for a test file: launched before its tests, with the given
// webmail pages served, and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type Harness } from './harness';

/** Calls `use` with the file's harness once it is up; `pages` maps page addresses to their HTML. */
export function withExtension(use: (h: Harness) => void, pages: Record<string, string> = {}): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchExtension();
    for (const [url, html] of Object.entries(pages)) harness.servePage(url, html);
    use(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
}
