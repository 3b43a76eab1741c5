// @vitest-environment node
// No code from strings, no HTML from strings, no remote code: the manifest keeps Manifest V3's
// default content security policy, product code has none of the APIs that turn text into markup
// or script, and eslint refuses them in product code (tests may still build fixtures with them).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const productFiles = PRODUCT_DIRS.flatMap((d) => filesUnder(join(ROOT, d))).filter((f) =>
  /\.(ts|tsx|js|html)$/.test(f),
);

describe('content security policy', () => {
  it('wxt.config.ts sets no content_security_policy, sandbox or web-accessible resources', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).not.toMatch(/content_security_policy|sandbox|web_accessible_resources|unsafe-eval/);
  });
});

describe('product code', () => {
  it('has files to check', () => {
    expect(productFiles.length).toBeGreaterThan(50);
  });

  it('never turns text into HTML or code', () => {
    const forbidden =
      /\.(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe)\b|document\.write|dangerouslySetInnerHTML|\beval\(|new\s+Function\(|\bimportScripts\(|\bsrcdoc\b/;
    const found = productFiles
      .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')] as const)
      .filter(([, text]) => forbidden.test(text))
      .map(([path]) => path);
    expect(found).toEqual([]);
  });

  it('loads no remote code: no script from an address, no fetch of code', () => {
    const remote = /import\s*\(\s*['"`]https?:|<script[^>]*src=["']https?:|\bimportScripts\b/;
    expect(productFiles.filter((f) => remote.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('eslint', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const SNIPPETS: [string, string][] = [
    ['el.innerHTML = text;', 'no-restricted-properties'],
    ['el.outerHTML = text;', 'no-restricted-properties'],
    ["el.insertAdjacentHTML('beforeend', text);", 'no-restricted-properties'],
    ['document.write(text);', 'no-restricted-properties'],
    ['range.createContextualFragment(text);', 'no-restricted-properties'],
    ['eval(text);', 'no-eval'],
    ["setTimeout('run()', 1);", 'no-implied-eval'],
    ["window.setInterval('run()', 1);", 'no-implied-eval'],
    ["new Function('return 1');", 'no-new-func'],
    ["location.href = 'javascript:void 0';", 'no-script-url'],
    ["importScripts('https://cdn.example/x.js');", 'no-restricted-globals'],
    ["void import('https://cdn.example/x.js');", 'no-restricted-syntax'],
    ['void import(url);', 'no-restricted-syntax'],
  ];

  const rulesFor = async (code: string, file: string) =>
    (
      await eslint.lintText(`declare const el: HTMLElement, text: string, range: Range, url: string;\n${code}\n`, {
        filePath: join(ROOT, file),
      })
    )[0]!.messages.map((m) => m.ruleId);

  it('refuses HTML and code from strings in product code, and allows them in tests', async () => {
    for (const [code, rule] of SNIPPETS) {
      for (const dir of ['utils/x.ts', 'entrypoints/popup/x.ts', 'components/x.ts']) {
        expect(await rulesFor(code, dir), `${code} in ${dir}`).toContain(rule);
      }
      expect(await rulesFor(code, 'test/unit/x.test.ts'), `${code} in a test`).not.toContain(rule);
    }
  }, 60_000);

  it('refuses dangerouslySetInnerHTML in product components', async () => {
    const code = 'export const A = (p: { html: string }) => <div dangerouslySetInnerHTML={{ __html: p.html }} />;';
    expect(await rulesFor(code, 'components/x.tsx')).toContain('no-restricted-syntax');
    expect(await rulesFor(code, 'test/unit/x.test.tsx')).not.toContain('no-restricted-syntax');
  }, 30_000);
});
