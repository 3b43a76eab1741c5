// The insights page: how well the user served colleagues over a period, said warmly. A mirror for
// the user only. Props in, events out; the page (entrypoints/insights) does the talking.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/t';
import { formatIsoDate, formatMinutes, formatNumber, formatShare, periodPhrase } from '@/utils/insights/format';
import { bucketLabel, type TableModel } from '@/utils/insights/tables';
import type { GroupRow, InsightsRange, InsightsResult, Milestone, OpenItem, TimeStats } from '@/utils/insights/types';
import { BarChart } from './BarChart';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';

export interface InsightsViewProps {
  result: InsightsResult;
  tables: TableModel[];
  range: InsightsRange;
  locale: string;
  t: Translate;
  onRange: (range: InsightsRange) => void;
  onExport: () => void;
  onOpen: (item: OpenItem) => void;
}

const CHART_ROWS = 10;
/** Drawing width of the charts that span the page. */
const WIDE = 1000;

/** The headline figure, with its number in data-value for anyone reading the page by machine. */
function Insight(props: { metric: string; value: number | null; label: string; shown: string; sub?: string }) {
  return (
    <div
      class="insight"
      data-testid="ackly-insight"
      data-metric={props.metric}
      data-value={props.value === null ? '' : String(props.value)}
    >
      <span class="insight__value">{props.shown}</span>
      <span class="insight__label">{props.label}</span>
      {props.sub && <span class="insight__sub">{props.sub}</span>}
    </div>
  );
}

function cheer(m: Milestone, period: string, t: Translate, locale: string): string {
  switch (m.kind) {
    case 'ackStreak':
      return t('insightsCheerStreak', formatNumber(m.value, locale));
    case 'colleaguesHeard':
      return t('insightsCheerColleagues', [formatNumber(m.value, locale), period]);
    case 'allAcksOnTime':
      return t('insightsCheerAllAcks', period);
    case 'allAnswersOnTime':
      return t('insightsCheerAllAnswers', period);
    case 'fastAck':
      return t('insightsCheerFastAck', formatMinutes(m.value, locale));
  }
}

export function RangePicker({
  range,
  from,
  to,
  t,
  onRange,
}: {
  range: InsightsRange;
  from: string;
  to: string;
  t: Translate;
  onRange: (range: InsightsRange) => void;
}) {
  const [custom, setCustom] = useState({ from, to });
  const options: [InsightsRange['kind'], string][] = [
    ['week', t('insightsRangeWeek')],
    ['4weeks', t('insightsRange4Weeks')],
    ['quarter', t('insightsRangeQuarter')],
    ['custom', t('insightsRangeCustom')],
  ];
  return (
    <form
      class="range"
      data-testid="ackly-insights-range"
      onSubmit={(e) => {
        e.preventDefault();
        if (custom.from && custom.to) onRange({ kind: 'custom', from: custom.from, to: custom.to });
      }}
    >
      <fieldset class="range__kinds">
        <legend class="visually-hidden">{t('insightsRangeLegend')}</legend>
        {options.map(([kind, label]) => (
          <label key={kind} class={`range__option${range.kind === kind ? ' range__option--on' : ''}`}>
            <input
              type="radio"
              name="range"
              value={kind}
              checked={range.kind === kind}
              onChange={() => {
                if (kind === 'custom') {
                  setCustom({ from, to });
                  onRange({ kind: 'custom', from, to });
                } else onRange({ kind });
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {range.kind === 'custom' && (
        <div class="range__custom">
          <label>
            {t('insightsFrom')}
            <input
              type="date"
              value={custom.from}
              data-testid="ackly-insights-from"
              onInput={(e) => setCustom((c) => ({ ...c, from: e.currentTarget.value }))}
            />
          </label>
          <label>
            {t('insightsTo')}
            <input
              type="date"
              value={custom.to}
              data-testid="ackly-insights-to"
              onInput={(e) => setCustom((c) => ({ ...c, to: e.currentTarget.value }))}
            />
          </label>
          <button type="submit" data-testid="ackly-insights-apply">
            {t('insightsApply')}
          </button>
        </div>
      )}
    </form>
  );
}

function timeSummary(stats: TimeStats, kind: 'ack' | 'reply', t: Translate, locale: string): string {
  if (stats.count === 0) return t(kind === 'ack' ? 'insightsAckNone' : 'insightsReplyNone');
  return t(kind === 'ack' ? 'insightsAckSummary' : 'insightsReplySummary', [
    formatNumber(stats.withinStandard, locale),
    formatNumber(stats.count, locale),
    formatShare(stats.share, locale),
    formatMinutes(stats.medianMinutes, locale),
    formatMinutes(stats.p90Minutes, locale),
  ]);
}

function TimeChart(props: {
  id: 'ack' | 'reply';
  title: string;
  stats: TimeStats;
  table: TableModel;
  locale: string;
  t: Translate;
}) {
  const { stats, locale, t } = props;
  const labels = stats.buckets.map((b, i) =>
    bucketLabel(b.upToMinutes, stats.buckets[i - 1]?.upToMinutes ?? null, locale),
  );
  const summary = timeSummary(stats, props.id, t, locale);
  return (
    <ChartFigure id={props.id} title={props.title} summary={summary} table={props.table} locale={locale} t={t}>
      <BarChart
        label={`${props.title}. ${summary}`}
        categories={labels}
        layout="stacked"
        series={[
          { name: t('insightsWithin'), className: 'series--within', values: stats.buckets.map((b) => b.within) },
          { name: t('insightsOver'), className: 'series--over', values: stats.buckets.map((b) => b.over) },
        ]}
        formatValue={(v) => formatNumber(v, locale)}
        describe={(i) =>
          t('insightsDescribeBucket', [
            labels[i]!,
            formatNumber(stats.buckets[i]!.within, locale),
            formatNumber(stats.buckets[i]!.over, locale),
          ])
        }
      />
    </ChartFigure>
  );
}

function GroupChart(props: {
  id: 'colleagues' | 'domains';
  title: string;
  rows: GroupRow[];
  total: number;
  table: TableModel;
  locale: string;
  t: Translate;
}) {
  const { rows, locale, t } = props;
  const shown = rows.slice(0, CHART_ROWS);
  const top = rows[0];
  const summary = top
    ? t(props.id === 'colleagues' ? 'insightsColleaguesSummary' : 'insightsDomainsSummary', [
        formatNumber(props.total, locale),
        top.name,
        formatNumber(top.received, locale),
      ])
    : t('insightsNothingYet');
  return (
    <ChartFigure id={props.id} title={props.title} summary={summary} table={props.table} locale={locale} t={t}>
      {shown.length > 0 && (
        <BarChart
          label={`${props.title}. ${summary}`}
          width={WIDE}
          orientation="horizontal"
          layout="stacked"
          categories={shown.map((r) => r.name)}
          series={[
            { name: t('insightsWithin'), className: 'series--within', values: shown.map((r) => r.ackWithin) },
            {
              name: t('insightsOver'),
              className: 'series--over',
              values: shown.map((r) => r.acknowledged - r.ackWithin),
            },
            {
              name: t('insightsNoReplyYet'),
              className: 'series--pending',
              values: shown.map((r) => Math.max(0, r.received - r.acknowledged)),
            },
          ]}
          formatValue={(v) => formatNumber(v, locale)}
          describe={(i) =>
            t('insightsDescribeGroup', [
              shown[i]!.name,
              formatNumber(shown[i]!.received, locale),
              formatNumber(shown[i]!.ackWithin, locale),
              formatNumber(shown[i]!.acknowledged - shown[i]!.ackWithin, locale),
            ])
          }
        />
      )}
    </ChartFigure>
  );
}

export function InsightsView(props: InsightsViewProps) {
  const { result, tables, locale, t } = props;
  const table = (id: TableModel['id']) => tables.find((x) => x.id === id)!;
  const period = periodPhrase(result.range, t);
  const { totals, ack, reply, waiting } = result;
  const cheers = result.milestones.map((m) => cheer(m, period, t, locale));
  const weeks = result.weeks;
  const best = weeks.reduce<(typeof weeks)[number] | null>(
    (b, w) => (w.ackShare !== null && (b === null || w.ackShare > (b.ackShare ?? -1)) ? w : b),
    null,
  );
  const trendSummary = best
    ? t('insightsTrendSummary', [formatIsoDate(best.week, locale), formatShare(best.ackShare, locale)])
    : t('insightsNothingYet');
  const ofCount = (part: number, whole: number) =>
    t('insightsOfCount', [formatNumber(part, locale), formatNumber(whole, locale)]);

  return (
    <>
      <section class="cheers" aria-label={t('insightsCheersTitle')} data-testid="ackly-insights-cheers">
        {cheers.length > 0 ? (
          <ul>
            {cheers.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : (
          <p>{totals.acknowledged > 0 ? t('insightsCheerDefault') : t('insightsCheerEmpty')}</p>
        )}
      </section>

      <section class="insights-grid" aria-label={t('insightsSummaryTitle')}>
        <Insight
          metric="received"
          value={totals.received}
          shown={formatNumber(totals.received, locale)}
          label={t('insightsReceived')}
        />
        <Insight
          metric="acknowledged"
          value={totals.acknowledged}
          shown={formatNumber(totals.acknowledged, locale)}
          label={t('insightsAcknowledged')}
        />
        <Insight
          metric="answered"
          value={totals.answered}
          shown={formatNumber(totals.answered, locale)}
          label={t('insightsAnswered')}
        />
        <Insight
          metric="ack_within_standard_share"
          value={ack.share === null ? null : Math.round(ack.share * 10_000) / 10_000}
          shown={formatShare(ack.share, locale)}
          label={t('insightsAckShare')}
          sub={ack.count ? ofCount(ack.withinStandard, ack.count) : undefined}
        />
        <Insight
          metric="reply_within_standard_share"
          value={reply.share === null ? null : Math.round(reply.share * 10_000) / 10_000}
          shown={formatShare(reply.share, locale)}
          label={t('insightsReplyShare')}
          sub={reply.count ? ofCount(reply.withinStandard, reply.count) : undefined}
        />
        <Insight
          metric="ack_median_minutes"
          value={ack.medianMinutes}
          shown={formatMinutes(ack.medianMinutes, locale)}
          label={t('insightsCardAckMedian')}
          sub={t('insightsWorkingTime')}
        />
        <Insight
          metric="reply_median_minutes"
          value={reply.medianMinutes}
          shown={formatMinutes(reply.medianMinutes, locale)}
          label={t('insightsCardReplyMedian')}
          sub={t('insightsWorkingTime')}
        />
        <Insight
          metric="colleagues_heard"
          value={totals.colleaguesHeard}
          shown={formatNumber(totals.colleaguesHeard, locale)}
          label={t('insightsColleaguesHeard')}
        />
      </section>

      <div class="charts">
        <TimeChart id="ack" title={t('insightsAckTitle')} stats={ack} table={table('ack')} locale={locale} t={t} />
        <TimeChart
          id="reply"
          title={t('insightsReplyTitle')}
          stats={reply}
          table={table('reply')}
          locale={locale}
          t={t}
        />
        <ChartFigure
          id="weeks"
          title={t('insightsTrendTitle')}
          summary={trendSummary}
          table={table('weeks')}
          locale={locale}
          t={t}
        >
          <BarChart
            label={`${t('insightsTrendTitle')}. ${trendSummary}`}
            width={WIDE}
            categories={weeks.map((w) => formatIsoDate(w.week, locale))}
            layout="grouped"
            max={100}
            series={[
              {
                name: t('insightsSeriesAck'),
                className: 'series--ack',
                values: weeks.map((w) => (w.ackShare === null ? null : w.ackShare * 100)),
              },
              {
                name: t('insightsSeriesReply'),
                className: 'series--reply',
                values: weeks.map((w) => (w.replyShare === null ? null : w.replyShare * 100)),
              },
            ]}
            formatValue={(v) => formatShare(v / 100, locale)}
            describe={(i) =>
              t('insightsDescribeWeek', [
                formatIsoDate(weeks[i]!.week, locale),
                formatShare(weeks[i]!.ackShare, locale),
                formatNumber(weeks[i]!.ackCount, locale),
                formatShare(weeks[i]!.replyShare, locale),
                formatNumber(weeks[i]!.replyCount, locale),
              ])
            }
          />
        </ChartFigure>
        <GroupChart
          id="colleagues"
          title={t('insightsColleaguesTitle')}
          rows={result.colleagues}
          total={result.colleaguesTotal}
          table={table('colleagues')}
          locale={locale}
          t={t}
        />
        <GroupChart
          id="domains"
          title={t('insightsDomainsTitle')}
          rows={result.domains}
          total={result.domainsTotal}
          table={table('domains')}
          locale={locale}
          t={t}
        />
      </div>

      <section class="open-items" data-testid="ackly-insights-open">
        <h2>{t('insightsOpenTitle')}</h2>
        {result.longestOpen.length === 0 ? (
          <p class="hint">{t('insightsOpenNone')}</p>
        ) : (
          <ol>
            {result.longestOpen.map((item) => (
              <li key={item.id} class="open-item" data-testid="ackly-insights-open-item">
                <div class="open-item__text">
                  <span class="open-item__subject">{item.subject || '—'}</span>
                  <span class="open-item__meta">
                    {item.senderName} · {t('insightsWaited', formatMinutes(item.waitedMinutes, locale))}
                    {item.overdue && <span class="tag tag--overdue">{t('insightsOverdue')}</span>}
                    {item.snoozed && <span class="tag">{t('insightsSnoozed')}</span>}
                  </span>
                </div>
                <button
                  type="button"
                  data-testid="ackly-insights-open-thread"
                  aria-label={t('insightsOpenThreadLabel', item.subject || item.senderName)}
                  onClick={() => props.onOpen(item)}
                >
                  {t('insightsOpenThread')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>

      {waiting.present && (
        <section class="waiting" data-testid="ackly-insights-waiting">
          <h2>{t('insightsWaitingTitle')}</h2>
          <p class="hint">{t('insightsWaitingIntro')}</p>
          <DataTable table={table('waiting')} locale={locale} empty={t('insightsNothingYet')} />
        </section>
      )}
    </>
  );
}
