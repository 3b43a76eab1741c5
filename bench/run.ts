// `npm run bench`: prints each figure as it is measured, then one JSON line with all of them.
// Everything after the detection figures is measured in Chromium with the built extension
// (WXT_OUT_DIR picks the build, as for the e2e tests): real IndexedDB, real pages.
import { join } from 'node:path';
import { benchDb } from './db';
import { benchDetect } from './detect';
import { benchInsights } from './insights';
import { benchObserver, benchPageScripting } from './page';
import { benchPopup } from './popup';
import { benchTyping } from './typing';
import { benchWake } from './wake';
import { backgroundSizes, contentScriptSizes } from './sizes';

const figures: Record<string, unknown> = {};
const BUILD = join(import.meta.dirname, '..', process.env.WXT_OUT_DIR || '.output', 'chrome-mv3');

/** The parts in the order they run; `npm run bench -- database popup` runs only those named. */
const parts: [string, () => Promise<Record<string, unknown>> | Record<string, unknown>][] = [
  [
    'content scripts',
    () => contentScriptSizes(join(import.meta.dirname, '..', process.env.WXT_OUT_DIR || '.output', 'chrome-mv3')),
  ],
  // The background and the sentence models in it (what the package ships, what the worker loads).
  ['background', () => backgroundSizes(BUILD)],
  ['detection', benchDetect],
  // The popup with 10,000 owed replies: opening it to its first page of groups drawn.
  ['popup', benchPopup],
  // Tracking in bulk (an import of 10,000 requests) and one by one (thread.analyze from the page).
  ['database', () => benchDb()],
  // The background started anew by a message, as after every pause of half a minute.
  ['wake', () => benchWake()],
  // The insights page with 10,000 requests.
  ['insights', benchInsights],
  // What the content scripts add to the webmail page's script time at load, and per mutation batch.
  ['page load', benchPageScripting],
  ['observer', benchObserver],
  // What the writing coach adds to the page's script time per keystroke.
  ['typing', benchTyping],
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !parts.some(([part]) => part === name));
if (unknown.length > 0) {
  console.error(`Unknown bench part ${unknown.join(', ')}; the parts are: ${parts.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of parts) {
  if (only.length > 0 && !only.includes(name)) continue;
  const values = await run();
  console.log(`${name}: ${JSON.stringify(values)}`);
  Object.assign(figures, values);
}

console.log(JSON.stringify(figures));
