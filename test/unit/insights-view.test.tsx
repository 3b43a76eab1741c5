// The insights tables and their CSV, and the page as a person sees it (headline figures, charts
// with a table behind each, the open items one click from their thread).
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { InsightsView } from '@/components/insights/InsightsView';
import { computeInsights, csvCell, insightsTables, tablesToCsv } from '@/utils/insights';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { requestFixture } from '../fixtures';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-11-27T15:00:00+01:00');
const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join('|')})`);

function sample() {
  return computeInsights({
    requests: [
      requestFixture({
        id: 1,
        receivedAt: at('2026-11-23T10:00:00+01:00'),
        ackDueAt: at('2026-11-23T14:00:00+01:00'),
        replyDueAt: at('2026-11-25T10:00:00+01:00'),
        state: 'done',
        timestamps: { acknowledged: at('2026-11-23T10:30:00+01:00'), done: at('2026-11-24T10:00:00+01:00') },
      }),
      requestFixture({
        id: 2,
        subject: '=HYPERLINK("x")',
        sender: { name: 'Bo, "the boss"', email: 'bo@beta.example' },
        receivedAt: at('2026-11-24T10:00:00+01:00'),
        ackDueAt: at('2026-11-24T14:00:00+01:00'),
        replyDueAt: at('2026-11-26T10:00:00+01:00'),
        state: 'new',
      }),
    ],
    range: { kind: 'week' },
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    settings: DEFAULT_SETTINGS,
  });
}

describe('CSV', () => {
  it('quotes what needs quoting and keeps formulas as text', () => {
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes every table under its title, exactly as the tables hold it', () => {
    const result = sample();
    const tables = insightsTables(result, t, 'en');
    const csv = tablesToCsv(tables, ['Title']);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Title');
    const colleagues = tables.find((x) => x.id === 'colleagues')!;
    const start = lines.indexOf(colleagues.title);
    expect(lines[start + 1]).toBe(colleagues.columns.join(','));
    expect(lines[start + 2]).toBe('Ana Lima,ana@acme.example,1,1,100,1,100,0.5');
    expect(lines[start + 3]).toBe('"Bo, ""the boss""",bo@beta.example,1,0,,0,,');
    const summary = tables.find((x) => x.id === 'summary')!;
    expect(summary.rows.slice(0, 5)).toEqual([
      ['insightsReceived', 2],
      ['insightsAcknowledged', 1],
      ['insightsAnswered', 1],
      ['insightsAckShare', 100],
      ['insightsReplyShare', 100],
    ]);
  });
});

describe('InsightsView', () => {
  it('shows the headline figures, a chart with a table behind it, and opens a thread in one click', async () => {
    const result = sample();
    const onOpen = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <InsightsView
        result={result}
        tables={insightsTables(result, t, 'en')}
        range={{ kind: 'week' }}
        locale="en"
        t={t}
        onRange={() => {}}
        onExport={() => {}}
        onOpen={onOpen}
      />,
      root,
    );
    const value = (metric: string) =>
      root.querySelector(`[data-testid="ackly-insight"][data-metric="${metric}"]`)?.getAttribute('data-value');
    expect(value('received')).toBe('2');
    expect(value('acknowledged')).toBe('1');
    expect(value('answered')).toBe('1');
    expect(value('ack_within_standard_share')).toBe('1');
    expect(value('reply_within_standard_share')).toBe('1');
    const charts = root.querySelectorAll('figure[data-testid="ackly-chart"]');
    expect(charts.length).toBe(5);
    expect(charts[0]!.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(
      'insightsAckSummary(1|1|',
    );
    // The table appears when asked for.
    expect(charts[0]!.querySelector('table')).toBeNull();
    (charts[0]!.querySelector('[data-testid="ackly-chart-toggle"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(charts[0]!.querySelector('table')?.textContent).toContain('insightsColWithin');
    // Arrow keys read the bars out.
    const svg = charts[0]!.querySelector('svg')!;
    svg.dispatchEvent(new FocusEvent('focus'));
    await new Promise((r) => setTimeout(r, 0));
    expect(charts[0]!.querySelector('.chart__readout')?.textContent).toBe('insightsDescribeBucket(≤ 30 min|1|0)');
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(charts[0]!.querySelector('.chart__readout')?.textContent).toBe('insightsDescribeBucket(≤ 1 hr|0|0)');
    const open = root.querySelectorAll('[data-testid="ackly-insights-open-item"]');
    expect(open.length).toBe(1);
    (open[0]!.querySelector('button') as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 2 }));
    render(null, root);
    root.remove();
  });
});

describe('durations in working time', () => {
  it('say "< 1 min" for replies within the minute, minutes under an hour, hours above', async () => {
    const { formatMinutes } = await import('@/utils/insights/format');
    expect(formatMinutes(0, 'en')).toBe('< 1 min');
    expect(formatMinutes(45, 'en')).toBe('45 min');
    expect(formatMinutes(150, 'en')).toBe('2.5 hr');
    expect(formatMinutes(null, 'en')).toBe('–');
  });
});
