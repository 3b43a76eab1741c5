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
import { contentScriptSizes } from './sizes';

const figures: Record<string, unknown> = {};

function record(name: string, values: Record<string, unknown>) {
  console.log(`${name}: ${JSON.stringify(values)}`);
  Object.assign(figures, values);
}

record(
  'content scripts',
  contentScriptSizes(join(import.meta.dirname, '..', process.env.WXT_OUT_DIR || '.output', 'chrome-mv3')),
);
record('detection', await benchDetect());
// The popup with 10,000 owed replies: opening it to its first page of groups drawn.
record('popup', await benchPopup());
// Tracking in bulk (an import of 10,000 requests) and one by one (thread.analyze from the page).
record('database', await benchDb());
// The insights page with 10,000 requests.
record('insights', await benchInsights());
// What the content scripts add to the webmail page's script time at load, and per mutation batch.
record('page load', await benchPageScripting());
record('observer', await benchObserver());
// What the writing coach adds to the page's script time per keystroke.
record('typing', await benchTyping());

console.log(JSON.stringify(figures));
