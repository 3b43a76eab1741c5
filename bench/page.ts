// What Ackly costs the webmail page itself, in Chromium with the Gmail and Outlook simulators:
// - page_scripting_ms_added: script time on the page (CDP Performance.getMetrics ScriptDuration,
//   which counts content scripts too) from opening a thread of a 40-conversation mailbox until
//   Ackly's sidebar has drawn, with the extension minus without it (the same page on a host the
//   extension does not match, the same settle time), one load each, alternating, nine pairs in one
//   browser: the median (the simulator's own script varies from load to load), and the first pair
//   (the browser's first load) apart; page_scripting_ms_floor_*: the same for an extension whose
//   content script does nothing (test/fixtures/floor-extension), what any content script costs here;
// - observer_ms_per_batch_*: the content script's work per DOM mutation batch while the webmail
//   renders a 200-row inbox, scrolls it (rows drawn anew as they come into view, as virtualised
//   lists do) and opens threads: every call into the content script's MutationObserver callbacks,
//   timed by Chromium's own tracing (FunctionCall events of the content script's file, inside a
//   microtask checkpoint), so the shipped build is measured without a hook of its own; the work is
//   the renderer thread's own time in each call (`_wall` beside it also counts the moments the thread
//   was preempted), over the batches of three runs per webmail.
import type { CDPSession, Page } from 'playwright-core';
import { simHtml, type SimData, type SimThread } from '../test/fixtures/sim';
import { join } from 'node:path';
import { launchExtension, requestRow, seedRequests, type Harness } from '../test/e2e/harness';

type Webmail = 'gmail' | 'outlook';
const H = 3_600_000;
const ME = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };

const SITES = {
  gmail: {
    base: 'https://mail.google.com/mail/u/0/',
    threadId: (i: number) => (0x19c0d0e0f0000000n + BigInt(i)).toString(16),
    threadUrl: (id: string) => `https://mail.google.com/mail/u/0/#inbox/${id}`,
    inboxUrl: 'https://mail.google.com/mail/u/0/#inbox',
    row: 'tr.zA',
    file: 'content-scripts/gmail.js',
  },
  outlook: {
    base: 'https://outlook.office.com/mail/',
    threadId: (i: number) =>
      `AAQkAGI2ZTk0NjZhLTcxZDYtNDhmYy1hOTQxLTQyYjVmNTkxN2Q0MAAQAJtqZ1VLpERAk3y0e2e${String(i).padStart(4, '0')}=`,
    threadUrl: (id: string) => `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(id)}`,
    inboxUrl: 'https://outlook.office.com/mail/inbox',
    row: '#MailList [role=option][data-convid]',
    file: 'content-scripts/outlook.js',
  },
} as const;

/** An inbox of `count` threads, one message each; every fifth asks the user for something. */
export function inbox(webmail: Webmail, count: number): SimData {
  const now = Date.now();
  const threads: SimThread[] = Array.from({ length: count }, (_, i) => {
    const from = { name: `Colleague ${i % 40}`, email: `colleague${i % 40}@example.com` };
    const asks = i % 5 === 0;
    return {
      id: SITES[webmail].threadId(i),
      subject: asks ? `Figures for the review ${i}` : `Notes from the meeting ${i}`,
      labels: i % 3 === 0 ? ['INBOX', 'UNREAD'] : ['INBOX'],
      messages: [
        {
          id:
            webmail === 'gmail' ? `${1_920_000_000_000_000_000n + BigInt(i)}` : `AAkALgAAAAAAHYQDEapmEc2byACqAC-b${i}`,
          from,
          to: [ME],
          sentAt: new Date(now - (i + 1) * 0.5 * H).toISOString(),
          bodyHtml: asks
            ? `<div dir="ltr">Hi Alex,<br><br>Could you send me the figures for the review by Friday?<br><br>Thanks,<br>${from.name}</div>`
            : `<div dir="ltr">Hi Alex,<br><br>Here are my notes from today's meeting, for the record.<br><br>${from.name}</div>`,
        },
      ],
    };
  });
  return { me: ME, threads };
}

/** The page's script time so far (ms), from one CDP session with Performance enabled. */
async function scriptClock(cdp: CDPSession): Promise<() => Promise<number>> {
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

const sidebarStatus = (page: Page) =>
  page.locator('ackly-sidebar').getByTestId('ackly-sidebar').getByTestId('ackly-request-status');

/** The fixture extension with a content script that does nothing (test/fixtures/floor-extension). */
export const FLOOR_EXTENSION = join(import.meta.dirname, '..', 'test', 'fixtures', 'floor-extension');

/** The same webmail address on a host no extension matches: the same page, no content script. */
const mirrorOf = (base: string) => base.replace('.com/', '.example/');

/**
 * Script milliseconds on the page from opening a thread of the inbox until Ackly's sidebar shows
 * its request (`waitForAckly`), or for `settleMs` (the page without Ackly); returns that time too.
 */
async function loadScriptMs(h: Harness, url: string, waitForAckly: boolean, settleMs: number) {
  const page = await h.context.newPage();
  try {
    const cdp = await h.context.newCDPSession(page);
    const scriptMs = await scriptClock(cdp);
    const before = await scriptMs();
    const start = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __sim?: { ready: boolean } }).__sim?.ready === true);
    if (waitForAckly) {
      await sidebarStatus(page).filter({ hasText: 'new' }).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
    } else await page.waitForTimeout(Math.max(0, settleMs - (Date.now() - start)));
    const elapsed = Date.now() - start;
    return { ms: (await scriptMs()) - before, elapsed };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round1 = (n: number) => Number(n.toFixed(1));

/**
 * In one browser, `pairs` loads of a thread with the content script and as many without (the same
 * page on a mirror host), alternating (with first, then without first): each load's script time
 * minus its partner's. The first pair is the browser's first load of the page.
 */
async function alternate(h: Harness, webmail: Webmail, ackly: boolean, pairs: number, settleMs: number) {
  const site = SITES[webmail];
  const data = inbox(webmail, 40);
  const path = site.threadUrl(data.threads[0]!.id).slice(site.base.length);
  h.servePage(site.base, simHtml(webmail, data));
  h.servePage(mirrorOf(site.base), simHtml(webmail, data));
  const added: number[] = [];
  let settle = settleMs;
  for (let run = 0; run < pairs; run++) {
    const withIt = async () => {
      const r = await loadScriptMs(h, site.base + path, ackly, settle);
      if (ackly) settle = r.elapsed;
      return r.ms;
    };
    const without = () => loadScriptMs(h, mirrorOf(site.base) + path, false, settle).then((r) => r.ms);
    if (run % 2 === 0) {
      const w = await withIt();
      added.push(w - (await without()));
    } else {
      const wo = await without();
      added.push((await withIt()) - wo);
    }
  }
  return { added, settle };
}

export async function benchPageScripting(pairs = 9): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const settled: Record<string, number> = {};
  const h = await launchExtension();
  try {
    for (const webmail of ['gmail', 'outlook'] as const) {
      const { added, settle } = await alternate(h, webmail, true, pairs, 0);
      settled[webmail] = settle;
      out[`page_scripting_ms_added_${webmail}`] = round1(median(added));
      out[`page_scripting_ms_added_${webmail}_first_load`] = round1(added[0]!);
    }
  } finally {
    await h.close();
  }
  out.page_scripting_ms_added = Math.max(out.page_scripting_ms_added_gmail!, out.page_scripting_ms_added_outlook!);
  // The floor: the same measurement for an extension whose content script does nothing.
  const floor = await launchExtension({ extension: false, extraExtensions: [FLOOR_EXTENSION] });
  try {
    for (const webmail of ['gmail', 'outlook'] as const) {
      const { added } = await alternate(floor, webmail, false, pairs, settled[webmail]!);
      out[`page_scripting_ms_floor_${webmail}`] = round1(median(added));
    }
  } finally {
    await floor.close();
  }
  return out;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own (CPU) time for a complete event: its wall time minus what it was preempted. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Records a trace of the page's renderer while `work` runs. */
async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
  });
  await work();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Durations (ms) of the content script's MutationObserver callbacks in the trace. */
export function observerBatches(events: TraceEvent[], file: string): { wall: number; cpu: number }[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const checkpoints = complete.filter((e) => e.name === 'RunMicrotasks' || e.name === 'V8.RunMicrotasks');
  const inside = (e: TraceEvent) =>
    checkpoints.some((c) => c.tid === e.tid && c.pid === e.pid && c.ts <= e.ts && e.ts + e.dur! <= c.ts + c.dur!);
  return complete
    .filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').endsWith(file) && inside(e))
    .map((e) => ({ wall: e.dur! / 1000, cpu: (e.tdur ?? e.dur!) / 1000 }));
}

async function observerRun(webmail: Webmail): Promise<{ wall: number; cpu: number }[]> {
  const site = SITES[webmail];
  const data = inbox(webmail, 200);
  const h = await launchExtension();
  try {
    // Every fifth thread owes a reply: those rows get Ackly's marker.
    await seedRequests(
      h,
      data.threads
        .filter((_, i) => i % 5 === 0)
        .map((t, i) =>
          requestRow({
            webmail,
            messageId: t.messages[0]!.id,
            threadId: t.id,
            threadUrl: site.threadUrl(t.id),
            subject: t.subject,
            ackDueAt: Date.now() + (i % 2 === 0 ? -H : H),
          }),
        ),
    );
    h.servePage(site.base, simHtml(webmail, data));
    const page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    const events = await traced(cdp, async () => {
      await page.goto(site.inboxUrl);
      await page.locator(site.row).nth(199).waitFor({ state: 'attached', timeout: 20_000 });
      await page.locator('[data-ackly="marker"]').first().waitFor({ state: 'attached', timeout: 20_000 });
      await page.mouse.move(500, 400);
      for (let step = 0; step < 40; step++) {
        await page.mouse.wheel(0, 240);
        // The rows that came into view are drawn anew, as a virtualised list draws them.
        await page.evaluate(
          ([selector, from]) => {
            const rows = [...document.querySelectorAll(selector)].slice(from, from + 8);
            for (const row of rows) row.replaceWith(row.cloneNode(true));
          },
          [site.row, (step * 5) % 192] as const,
        );
        await page.waitForTimeout(40);
        if (step % 10 === 9) {
          // Open a thread and come back: the view is drawn anew each way.
          await page.locator(site.row).nth(step).click();
          await page.waitForTimeout(400);
          await page.goBack();
          await page.locator(site.row).nth(199).waitFor({ state: 'attached', timeout: 20_000 });
        }
      }
      await page.waitForTimeout(300);
    });
    return observerBatches(events, site.file);
  } finally {
    await h.close();
  }
}

/**
 * Every batch of `runs` runs per webmail, pooled: with about 120 batches a run, one run's p99 is its
 * second-longest batch, so one garbage collection or preemption would decide it.
 */
export async function benchObserver(runs = 3): Promise<Record<string, number>> {
  const all: { wall: number; cpu: number }[] = [];
  const out: Record<string, number> = {};
  for (const webmail of ['gmail', 'outlook'] as const) {
    for (let run = 0; run < runs; run++) {
      const batches = await observerRun(webmail);
      if (batches.length === 0)
        throw new Error(`No observer callbacks of Ackly's ${webmail} content script were traced`);
      // Batches per run (the same in every run).
      out[`observer_batches_${webmail}`] = batches.length;
      all.push(...batches);
    }
  }
  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3));
  };
  const cpu = all.map((b) => b.cpu);
  const wall = all.map((b) => b.wall);
  return {
    // The content script's own work: the renderer thread's time in each callback.
    observer_ms_per_batch_p99: quantile(cpu, 0.99),
    observer_ms_per_batch_p50: quantile(cpu, 0.5),
    // Wall time, which also counts the moments the thread was preempted (2 shared cores here).
    observer_ms_per_batch_p99_wall: quantile(wall, 0.99),
    observer_ms_per_batch_max: quantile(cpu, 1),
    ...out,
  };
}
