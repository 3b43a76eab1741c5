#!/usr/bin/env node
// Merges interface strings into public/_locales/*/messages.json.
// Usage: node scripts/add-messages.mjs strings.json
// strings.json: { "key": { "description": "…", "en": "…", "nl": "…", "de": "…", "pl": "…", "nb": "…" } }
// Each key needs all five languages; existing keys are overwritten, others are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['en', 'nl', 'de', 'pl', 'nb'];
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [key, entry] of Object.entries(input)) {
  if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`Bad key ${key}: letters, digits and _ only`);
  for (const lang of LANGS) if (typeof entry[lang] !== 'string') throw new Error(`${key} has no ${lang} text`);
  if (typeof entry.description !== 'string') throw new Error(`${key} has no description`);
}
for (const lang of LANGS) {
  const file = join(import.meta.dirname, '../public/_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries(input)) {
    messages[key] = { message: entry[lang], description: entry.description };
    if (entry.placeholders) messages[key].placeholders = entry.placeholders;
  }
  writeFileSync(file, JSON.stringify(messages, null, 2) + '\n');
}
console.log(`Merged ${Object.keys(input).length} strings into ${LANGS.length} locales`);
