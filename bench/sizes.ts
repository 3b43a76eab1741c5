// Sizes of the built content scripts, minified and gzipped: what every webmail page load pays.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
