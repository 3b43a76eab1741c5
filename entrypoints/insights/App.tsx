// Insights: how well the user has served colleagues, over a period they choose. Asks the
// background for the aggregates (never the rows), draws them, and exports the tables as CSV.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { InsightsView, RangePicker } from '@/components/insights/InsightsView';
import { t, uiLocale } from '@/utils/i18n/t';
import { formatIsoDate } from '@/utils/insights/format';
import { insightsTables, tablesToCsv } from '@/utils/insights';
import type { InsightsRange, InsightsResult, OpenItem } from '@/utils/insights/types';
import { onDataChanged } from '@/utils/messaging/changes';
import { sendMessage } from '@/utils/messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { loadSettings } from '@/utils/settings/store';
import { download } from '@/utils/pages/download';

export const DEFAULT_RANGE: InsightsRange = { kind: 'week' };

type Load = { status: 'loading' } | { status: 'ready'; result: InsightsResult } | { status: 'error'; message: string };

export function App({ first }: { first?: Promise<InsightsResult> }) {
  const [range, setRange] = useState<InsightsRange>(DEFAULT_RANGE);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [changes, setChanges] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const firstUsed = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    onDataChanged(() => setChanges((n) => n + 1), controller.signal);
    document.title = t('insightsTitle');
    return () => controller.abort();
  }, []);

  useEffect(() => {
    const mine = ++latest.current;
    // The page's first answer was asked for before the page rendered (main.tsx).
    const pending =
      !firstUsed.current && first && range === DEFAULT_RANGE ? first : sendMessage('insights.get', { range });
    firstUsed.current = true;
    pending
      .then((result) => {
        if (mine === latest.current) setLoad({ status: 'ready', result });
      })
      .catch((e: unknown) => {
        if (mine === latest.current) setLoad({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
  }, [range, changes]);

  const locale = uiLocale(settings);
  const result = load.status === 'ready' ? load.result : null;
  const tables = useMemo(() => (result ? insightsTables(result, t, locale) : []), [result, locale]);

  // For `npm run bench`: the moment the charts are on screen.
  useEffect(() => {
    if (!result) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('ackly-insights-drawn').length === 0) performance.mark('ackly-insights-drawn');
    });
  }, [result]);

  function exportCsv() {
    if (!result) return;
    const { from, to } = result.range;
    const heading = [t('insightsTitle'), `${formatIsoDate(from, locale)} – ${formatIsoDate(to, locale)}`];
    download(`ackly-insights-${from}-${to}.csv`, ['\ufeff', tablesToCsv(tables, heading)], 'text/csv;charset=utf-8');
  }

  async function openThread(item: OpenItem) {
    try {
      setError(null);
      await sendMessage('request.openThread', { id: item.id, intent: 'view' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <main class="insights" data-testid="ackly-insights" data-state={load.status}>
      <header class="insights__header">
        <div>
          <h1>{t('insightsTitle')}</h1>
          <p class="insights__intro">{t('insightsIntro')}</p>
        </div>
        <div class="insights__tools">
          <RangePicker
            range={range}
            from={result?.range.from ?? ''}
            to={result?.range.to ?? ''}
            t={t}
            onRange={setRange}
          />
          <button type="button" data-testid="ackly-insights-export" disabled={!result} onClick={exportCsv}>
            {t('insightsExport')}
          </button>
        </div>
      </header>
      {result && (
        <p class="insights__period" data-testid="ackly-insights-period">
          {formatIsoDate(result.range.from, locale)} – {formatIsoDate(result.range.to, locale)}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {load.status === 'loading' && <p class="hint">{t('loading')}</p>}
      {load.status === 'error' && (
        <p class="error" role="alert">
          {t('errorLoading')}
        </p>
      )}
      {result && (
        <InsightsView
          result={result}
          tables={tables}
          range={range}
          locale={locale}
          t={t}
          onRange={setRange}
          onExport={exportCsv}
          onOpen={(item) => void openThread(item)}
        />
      )}
      {result && <p class="hint insights__footnote">{t('insightsFootnote', result.timeZone)}</p>}
    </main>
  );
}
