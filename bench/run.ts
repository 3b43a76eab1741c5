// `npm run bench`: prints each figure as it is measured, then one JSON line with all of them.
import { join } from 'node:path';
import { benchDb } from './db';
import { benchDetect } from './detect';
import { benchInsights } from './insights';
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
record('popup', await benchPopup());
record('database', await benchDb());
// Chromium with the built extension: the insights page with 10,000 requests.
record('insights', await benchInsights());
// Chromium: what the writing coach adds to the page's script time per keystroke.
record('typing', await benchTyping());

console.log(JSON.stringify(figures));
