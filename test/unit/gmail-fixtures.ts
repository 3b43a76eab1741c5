// Gmail pages for unit tests: the saved fixtures as they are, and the simulator with our own
// threads injected into its #sim-data block (its script runs in a happy-dom window).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures/gmail');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURES, name), 'utf8');
}

/** A saved page, scripts not run. */
export function savedPage(name: string, url = 'https://mail.google.com/mail/u/0/#inbox'): Window {
  const window = new Window({ url });
  window.document.write(fixtureHtml(name));
  return window;
}

export interface SimMessage {
  id: string;
  from: { name: string; email: string };
  to: { name: string; email: string }[];
  cc?: { name: string; email: string }[];
  sentAt: string;
  bodyHtml: string;
  attachments?: { name: string; size?: string }[];
}
export interface SimThread {
  id: string;
  subject: string;
  labels: string[];
  messages: SimMessage[];
}
export interface SimData {
  me: { name: string; email: string };
  threads: SimThread[];
}

export function simHtml(data?: SimData): string {
  const html = fixtureHtml('sim/gmail.html');
  if (!data) return html;
  // Escape "</" so email text cannot close the JSON script block.
  const json = JSON.stringify(data).replace(/<\//g, '<\\/');
  return html.replace(
    /(<script type="application\/json" id="sim-data">)[\s\S]*?(<\/script>)/,
    (_m, a, b) => a + json + b,
  );
}

/** The simulator at `hash`, its first view drawn. */
export async function simPage(hash: string, data?: SimData): Promise<Window> {
  const window = new Window({
    url: `https://mail.google.com/mail/u/0/${hash}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } as never,
  });
  window.document.write(simHtml(data));
  const sim = () => (window as unknown as { __sim?: { ready: boolean } }).__sim;
  for (let i = 0; i < 100 && !sim()?.ready; i++) await new Promise((r) => setTimeout(r, 20));
  if (!sim()?.ready) throw new Error('simulator did not draw its first view');
  return window;
}
