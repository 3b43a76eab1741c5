// `npm run screenshots`: the pictures in README.md, taken from the built extension in Chromium with
// the same setup as the end-to-end tests and the demo (simulated Gmail and Outlook, sample mailboxes),
// so they never go stale. Writes docs/screenshots/*.png.
import { join } from 'node:path';
import { rows } from '../bench/insights';
import { launchExtension, ROOT, seedRequests } from '../test/e2e/harness';
import { openDemoMailbox, saveScreenshots } from './demo';

const dir = join(ROOT, 'docs', 'screenshots');
const h = await launchExtension();
try {
  // A few months of history first, so the insights have something to show.
  await seedRequests(h, rows(400));
  const page = await h.context.newPage();
  await openDemoMailbox(h, page);
  const files = await saveScreenshots(h, page, dir);
  const insights = await h.extensionPage('insights.html');
  await insights.setViewportSize({ width: 1200, height: 1400 });
  await insights.waitForFunction(() => performance.getEntriesByName('ackly-insights-drawn').length > 0, null, {
    timeout: 30_000,
  });
  const file = join(dir, 'insights.png');
  await insights.screenshot({ path: file });
  files.push(file);
  for (const f of files) console.log(f);
} finally {
  await h.close();
}
