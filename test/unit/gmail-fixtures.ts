// Gmail pages for unit tests: the saved fixtures as they are, and the simulator with our own
// threads injected into its #sim-data block (its script runs in a happy-dom window).
import { Window } from 'happy-dom';
import { fixtureText, simHtml, type SimData } from '../fixtures/sim';

export type { SimData, SimMessage, SimThread } from '../fixtures/sim';

export function fixtureHtml(name: string): string {
  return fixtureText(`gmail/${name}`);
}

/** A saved page, scripts not run. */
export function savedPage(name: string, url = 'https://mail.google.com/mail/u/0/#inbox'): Window {
  const window = new Window({ url });
  window.document.write(fixtureHtml(name));
  return window;
}

/** The simulator at `hash`, its first view drawn. */
export async function simPage(hash: string, data?: SimData): Promise<Window> {
  const window = new Window({
    url: `https://mail.google.com/mail/u/0/${hash}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } as never,
  });
  window.document.write(simHtml('gmail', data));
  const sim = () => (window as unknown as { __sim?: { ready: boolean } }).__sim;
  for (let i = 0; i < 100 && !sim()?.ready; i++) await new Promise((r) => setTimeout(r, 20));
  if (!sim()?.ready) throw new Error('simulator did not draw its first view');
  return window;
}
