// Outlook on the web pages for unit tests: the constructed simulator with our own threads injected
// into its #sim-data block (its script runs in a happy-dom window), optionally rewritten into
// another interface language or another build's class names (test/fixtures/outlook/translate.ts).
import { Window } from 'happy-dom';
import { simHtml as simPageHtml, type SimData } from '../fixtures/sim';

export type { SimData, SimMessage, SimPerson, SimThread } from '../fixtures/sim';

export const ORIGIN = 'https://outlook.office.com';

export interface SimSent {
  kind: string;
  threadId: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  bodyHtml: string;
}
export interface SimState {
  ready: boolean;
  sent: SimSent[];
  data: SimData;
}

/** The simulator with `data` as its threads, optionally rewritten (another language, another build). */
export function simHtml(data?: SimData, rewrite: (html: string) => string = (html) => html): string {
  return rewrite(simPageHtml('outlook', data));
}

export function simState(window: Window): SimState {
  return (window as unknown as { __sim: SimState }).__sim;
}

/** Waits (in short steps, at most ~3 s) until `check` holds. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The simulator at `path` (e.g. "/mail/inbox" or "/mail/inbox/id/<encoded convId>"), its first view
 * drawn: for a conversation, until its messages are in the reading pane.
 */
export async function simPage(path: string, data?: SimData, rewrite?: (html: string) => string): Promise<Window> {
  const window = new Window({
    url: `${ORIGIN}${path}`,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } as never,
  });
  window.document.write(simHtml(data, rewrite));
  await until(() => simState(window)?.ready === true, 'the simulator to draw its first view');
  return window;
}

/** The conversation path for a conversation id, as the simulator (and Outlook) writes it. */
export function convPath(convId: string): string {
  return `/mail/inbox/id/${encodeURIComponent(convId)}`;
}

// ── Threads injected by the Outlook tests ──

export const ME = { name: 'Piet de Vries', email: 'piet@acme.example' };
export const ANA = { name: 'Ana Lima', email: 'ana.lima@acme.example' };
export const JONAS = { name: 'Jonas Berg', email: 'jonas@acme.example' };
export const MIA = { name: 'Mia Jensen', email: 'mia.jensen@acme.example' };

/** An OWA-like conversation id with "+", "/" and "=", which the address carries URL-encoded. */
export const BUDGET = 'AAQkADAwATM0MDAAMS1hNjQ5LTFhZmQtMDACLTAwCgAQAHc+/Kx9TkV3nQbudget=';
export const OFFSITE = 'AAQkADAwATM0MDAAMS1hNjQ5LTFhZmQtMDACLTAwCgAQAHc+/Kx9TkV3nQoffsite=';
export const INVOICE = 'AAQkADAwATM0MDAAMS1hNjQ5LTFhZmQtMDACLTAwCgAQAHc+/Kx9TkV3nQinvoice=';

const HR = '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">';

export const DATA: SimData = {
  me: ME,
  threads: [
    {
      id: BUDGET,
      subject: 'Budget figures',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: 'm1',
          from: ANA,
          to: [ME],
          cc: [JONAS],
          sentAt: '2026-11-23T09:14:00Z',
          bodyHtml:
            '<div class="elementToProof">Hi Piet,<br><br>Could you send me the budget figures by Friday?<br><br>Thanks,<br>Ana</div>',
          attachments: [{ name: 'budget-2025.xlsx', size: '48 KB' }],
        },
        {
          // The user's own reply, with Outlook's quoted history.
          id: 'm2',
          from: ME,
          to: [ANA],
          cc: [JONAS],
          sentAt: '2026-11-23T10:02:00Z',
          bodyHtml:
            '<div class="elementToProof">Sure, on it.</div>' +
            HR +
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Ana Lima &lt;ana.lima@acme.example&gt;<br><b>Sent:</b> Monday, November 23, 2026 9:14 AM<br><b>To:</b> Piet de Vries &lt;piet@acme.example&gt;<br><b>Subject:</b> Budget figures</font><div>&nbsp;</div></div>' +
            '<div>Could you send me the budget figures by Friday?</div>',
        },
        {
          // A plain-text reply: the quoted header is only text.
          id: 'm3',
          from: JONAS,
          to: [ME, ANA],
          sentAt: '2026-11-23T10:40:00Z',
          bodyHtml:
            '<div>Adding the Q4 numbers too, see below.</div><div>________________________________</div>' +
            '<div>From: Ana Lima &lt;ana.lima@acme.example&gt;<br>Sent: Monday, November 23, 2026 09:14<br>To: Piet de Vries<br>Subject: Budget figures</div>' +
            '<div>Could you send me the budget figures by Friday?</div>',
        },
        {
          // Hostile markup must stay text; Mia's address is only in the quoted header.
          id: 'm4',
          from: ANA,
          to: [ME],
          cc: [JONAS, MIA],
          sentAt: '2026-11-23T11:30:00Z',
          bodyHtml:
            '<div class="elementToProof">Also, please attach the <b>invoice</b>.<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>&lt;script&gt;alert(1)&lt;/script&gt;</div>' +
            HR +
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>From:</b> Jonas Berg &lt;jonas@acme.example&gt;<br><b>Sent:</b> Monday, November 23, 2026 10:40 AM<br><b>To:</b> Piet de Vries &lt;piet@acme.example&gt;; Ana Lima &lt;ana.lima@acme.example&gt;<br><b>Cc:</b> Mia Jensen &lt;mia.jensen@acme.example&gt;<br><b>Subject:</b> RE: Budget figures</font></div>' +
            '<div>Adding the Q4 numbers too, see below.</div>',
          attachments: [{ name: 'template.xlsx', size: '12 KB' }],
        },
      ],
    },
    {
      id: OFFSITE,
      subject: 'Quarterly offsite',
      labels: ['INBOX'],
      messages: [
        {
          id: 'o1',
          from: MIA,
          to: [ME],
          sentAt: '2026-11-20T08:00:00Z',
          bodyHtml: '<div>The offsite moves to the 12th. No action needed.</div>',
        },
      ],
    },
    {
      id: INVOICE,
      subject: 'Invoice 2211',
      labels: ['INBOX', 'UNREAD'],
      messages: [
        {
          id: 'i1',
          from: { name: '', email: 'billing@vendor.example' },
          to: [ME],
          sentAt: '2026-11-22T15:45:00Z',
          bodyHtml: '<p>Your invoice 2211 is attached.</p>',
          attachments: [{ name: 'invoice-2211.pdf' }],
        },
      ],
    },
  ],
};
