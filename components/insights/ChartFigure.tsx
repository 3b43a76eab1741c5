// A chart with its title, a sentence that says what it shows, and the table behind it (toggle).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/t';
import type { TableModel } from '@/utils/insights/tables';
import { DataTable } from './DataTable';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  summary: string;
  table: TableModel;
  locale: string;
  t: Translate;
  children: ComponentChildren;
}

export function ChartFigure({ id, title, summary, table, locale, t, children }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  return (
    <figure class="chart-figure" data-testid="ackly-chart" data-chart={id} aria-labelledby={`${id}-title`}>
      <div class="chart-figure__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          class="chart-figure__toggle"
          aria-pressed={showTable}
          aria-controls={`${id}-table`}
          data-testid="ackly-chart-toggle"
          onClick={() => setShowTable((s) => !s)}
        >
          {showTable ? t('insightsHideTable') : t('insightsShowTable')}
        </button>
      </div>
      <figcaption class="chart-figure__summary">{summary}</figcaption>
      {children}
      <div id={`${id}-table`} hidden={!showTable}>
        {showTable && <DataTable table={table} locale={locale} empty={t('insightsNothingYet')} />}
      </div>
    </figure>
  );
}
