// The built extension as the stores receive it: Manifest V3's default content security policy,
// nothing that loosens who may run code or reach Ackly, and pages that load only their own bundles.
// (With the end-to-end tests, which run after the build.)
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Every manifest key that loosens what the extension may run or who may reach it. */
function loosening(manifest: Record<string, unknown>): string[] {
  const found = ['content_security_policy', 'sandbox', 'web_accessible_resources'].filter((key) => key in manifest);
  // Web pages, or every extension, allowed to message Ackly (an empty or listed set of ids only narrows it).
  const external = manifest.externally_connectable as { matches?: unknown[]; ids?: unknown[] } | undefined;
  if (external && ((external.matches ?? []).length > 0 || (external.ids ?? []).includes('*'))) {
    found.push('externally_connectable');
  }
  return found;
}

describe('the built extension', () => {
  const outDir = EXTENSION_DIR;
  const built = join(outDir, 'manifest.json');
  it('the built manifest keeps the default policy and runs only packaged files', () => {
    const manifest = JSON.parse(readFileSync(built, 'utf8')) as {
      manifest_version: number;
      background?: { service_worker?: string };
      content_scripts?: { js?: string[]; css?: string[] }[];
    } & Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(loosening(manifest)).toEqual([]);
    const scripts = [
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ].filter((s): s is string => typeof s === 'string');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script).not.toMatch(/^[a-z]+:|^\/\//i);
      expect(existsSync(join(outDir, script)), script).toBe(true);
    }
    // The pages load their own bundles only: no inline script, nothing from another origin.
    for (const page of readdirSync(outDir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(outDir, page), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, page).toMatch(/\bsrc="\/[^/]/);
      expect(html, page).not.toMatch(/<script\b[^>]*>(?!\s*<\/script>)/);
      expect(html, page).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});
