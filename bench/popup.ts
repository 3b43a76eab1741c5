// First render of the popup's list with 10,000 owed replies (happy-dom in Node): the background's
// part (search, grouping, sorting, the first page of each group) and the popup's (formatting due
// times and drawing that page).
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { h } from 'preact';
import { requestFixture } from '../test/fixtures';

export async function benchPopup(count = 10_000): Promise<{ popup_render_ms_10k: number }> {
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document, Node: window.Node, Element: window.Element });
  const { render } = await import('preact');
  const { OwedList, PAGE_SIZE } = await import('../components/popup/OwedList');
  const { dueOf, formatDue } = await import('../utils/schedule');
  const { owedPage } = await import('../utils/requests/owed-page');
  const now = Date.parse('2026-11-24T12:00:00+01:00');
  const hour = 3_600_000;
  const requests = Array.from({ length: count }, (_, i) =>
    requestFixture({
      id: i + 1,
      subject: `Request ${i}`,
      // A realistic spread: a quarter overdue, some due today, most upcoming, a few snoozed.
      ackDueAt: now + ((i % 8) - 2) * 6 * hour,
      ...(i % 20 === 0
        ? { state: 'snoozed' as const, stateBeforeSnooze: 'new' as const, snoozedUntil: now + 24 * hour }
        : {}),
    }),
  );
  const shown = { overdue: PAGE_SIZE, today: PAGE_SIZE, upcoming: PAGE_SIZE, snoozed: PAGE_SIZE };
  const noop = () => {};
  const times: number[] = [];
  for (let run = 0; run < 25; run++) {
    const root = window.document.createElement('div');
    window.document.body.appendChild(root as never);
    const start = performance.now();
    const { groups } = owedPage(requests, { query: '', shown }, now, 'Europe/Amsterdam');
    render(
      h(OwedList, {
        groups,
        selectedId: null,
        snoozeOpenId: null,
        t: (key: string) => key,
        // As the popup does: every visible item's due time in the locale and relative form.
        dueText: (r: (typeof requests)[number]) => {
          const due = r.state === 'snoozed' ? r.snoozedUntil : dueOf(r);
          return due === null ? null : formatDue(due, now, 'en', 'Europe/Amsterdam');
        },
        onShowMore: noop,
        onSelect: noop,
        onOpen: noop,
        onAcknowledge: noop,
        onDone: noop,
        onToggleSnooze: noop,
        onSnooze: noop,
      }),
      root as never,
    );
    times.push(performance.now() - start);
    render(null, root as never);
    root.remove();
  }
  // The first runs warm up the JIT; report the median of the rest (many runs: the machine may be busy).
  const measured = times.slice(5).sort((a, b) => a - b);
  await window.happyDOM.close();
  return { popup_render_ms_10k: Number(measured[Math.floor(measured.length / 2)]!.toFixed(2)) };
}
