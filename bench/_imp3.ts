import { launchExtension } from '../test/e2e/harness';
import { exportFile } from './db';
const h = await launchExtension();
const page = await h.extensionPage('options.html');
const text = JSON.stringify(exportFile(10000));
const out: number[] = [];
for (let i = 0; i < 5; i++) {
  const ms = await page.evaluate(async (file) => {
    const rt = (globalThis as any).chrome.runtime;
    await rt.sendMessage({ ackly: 1, name: 'data.wipe', data: { confirm: 'WIPE' } });
    await new Promise((r) => setTimeout(r, 300));
    const start = performance.now();
    const r = await rt.sendMessage({ ackly: 1, name: 'data.import', data: { file } });
    if (!r.ok) throw new Error(JSON.stringify(r));
    return performance.now() - start;
  }, text);
  out.push(Math.round(ms));
}
console.log(process.argv[2] ?? '', out.join(' '), 'median', out.sort((a, b) => a - b)[2]);
await h.close();
