// Sizes of the built content scripts, minified and gzipped: what every webmail page load pays; and
// of the background, with the part each language's sentence model takes in it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MODEL_TEXT } from '../utils/detect/model/weights';

export function contentScriptSizes(outputDir: string) {
  const dir = join(outputDir, 'content-scripts');
  if (!existsSync(dir)) throw new Error(`No build in ${outputDir}: run \`npm run build\` first`);
  const bytes: Record<string, number> = {};
  const gzip: Record<string, number> = {};
  for (const file of readdirSync(dir)) {
    const match = /^(\w+)\.(js|css)$/.exec(file);
    if (!match) continue;
    const data = readFileSync(join(dir, file));
    const name = match[1]!;
    bytes[name] = (bytes[name] ?? 0) + data.length;
    gzip[name] = (gzip[name] ?? 0) + gzipSync(data, { level: 9 }).length;
  }
  return { content_script_bytes: bytes, content_script_gzip_bytes: gzip };
}

/**
 * The background script, minified and gzipped, and each language's sentence model in it (the text
 * train.ts writes, one "feature weight" line a feature), found in the bundle.
 */
export function backgroundSizes(outputDir: string) {
  const file = join(outputDir, 'background.js');
  if (!existsSync(file)) throw new Error(`No build in ${outputDir}: run \`npm run build\` first`);
  const bundle = readFileSync(file, 'utf8');
  const models: Record<string, number> = {};
  const modelsGzip: Record<string, number> = {};
  for (const [lang, text] of Object.entries(MODEL_TEXT)) {
    // Its first lines as the bundle has them (a string with "\n" or a template literal with line
    // breaks): proof the figure describes what ships.
    const head = text.trim().split('\n').slice(0, 3);
    if (!bundle.includes(head.join('\n')) && !bundle.includes(head.join('\\n')))
      throw new Error(`The ${lang} model is not in ${file} as expected`);
    models[lang] = Buffer.byteLength(text);
    modelsGzip[lang] = gzipSync(text, { level: 9 }).length;
  }
  const data = Buffer.from(bundle);
  return {
    background_bytes: data.length,
    background_gzip_bytes: gzipSync(data, { level: 9 }).length,
    model_bytes_by_lang: models,
    model_gzip_bytes_by_lang: modelsGzip,
  };
}
