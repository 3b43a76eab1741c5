// The tables behind the insights charts: one model that the page draws and the CSV export writes,
// so the download holds exactly what the tables show.
import type { Translate } from '../i18n/t';
import { formatIsoDate, formatMinutes, hours, percent } from './format';
import type { GroupRow, InsightsResult, TimeStats } from './types';

export type Cell = string | number | null;

export interface TableModel {
  id: 'summary' | 'ack' | 'reply' | 'weeks' | 'colleagues' | 'domains' | 'waiting';
  title: string;
  columns: string[];
  rows: Cell[][];
}

/** "≤ 30 min", "≤ 8 hr", "> 40 hr": a bucket's label. */
export function bucketLabel(upTo: number | null, previous: number | null, locale: string): string {
  return upTo === null ? `> ${formatMinutes(previous ?? 0, locale)}` : `≤ ${formatMinutes(upTo, locale)}`;
}

function timeTable(id: 'ack' | 'reply', title: string, stats: TimeStats, t: Translate, locale: string): TableModel {
  return {
    id,
    title,
    columns: [t('insightsColTime'), t('insightsColWithin'), t('insightsColOver'), t('insightsColTotal')],
    rows: stats.buckets.map((b, i) => [
      bucketLabel(b.upToMinutes, stats.buckets[i - 1]?.upToMinutes ?? null, locale),
      b.within,
      b.over,
      b.within + b.over,
    ]),
  };
}

function groupTable(id: 'colleagues' | 'domains', title: string, rows: GroupRow[], t: Translate): TableModel {
  const people = id === 'colleagues';
  return {
    id,
    title,
    columns: [
      people ? t('insightsColColleague') : t('insightsColDomain'),
      ...(people ? [t('insightsColAddress')] : []),
      t('insightsColReceived'),
      t('insightsColFirstReplies'),
      t('insightsColAckShare'),
      t('insightsColAnswered'),
      t('insightsColReplyShare'),
      t('insightsColMedianAck'),
    ],
    rows: rows.map((r) => [
      r.name,
      ...(people ? [r.key] : []),
      r.received,
      r.acknowledged,
      percent(r.acknowledged ? r.ackWithin / r.acknowledged : null),
      r.answered,
      percent(r.answered ? r.answerWithin / r.answered : null),
      hours(r.medianAckMinutes),
    ]),
  };
}

export function insightsTables(result: InsightsResult, t: Translate, locale: string): TableModel[] {
  const { totals, ack, reply, waiting } = result;
  const tables: TableModel[] = [
    {
      id: 'summary',
      title: t('insightsSummaryTitle'),
      columns: [t('insightsColMetric'), t('insightsColValue')],
      rows: [
        [t('insightsReceived'), totals.received],
        [t('insightsAcknowledged'), totals.acknowledged],
        [t('insightsAnswered'), totals.answered],
        [t('insightsAckShare'), percent(ack.share)],
        [t('insightsReplyShare'), percent(reply.share)],
        [t('insightsAckMedian'), hours(ack.medianMinutes)],
        [t('insightsAckP90'), hours(ack.p90Minutes)],
        [t('insightsReplyMedian'), hours(reply.medianMinutes)],
        [t('insightsReplyP90'), hours(reply.p90Minutes)],
        [t('insightsColleaguesHeard'), totals.colleaguesHeard],
      ],
    },
    timeTable('ack', t('insightsAckTitle'), ack, t, locale),
    timeTable('reply', t('insightsReplyTitle'), reply, t, locale),
    {
      id: 'weeks',
      title: t('insightsTrendTitle'),
      columns: [
        t('insightsColWeek'),
        t('insightsColFirstReplies'),
        t('insightsColAckShare'),
        t('insightsColAnswered'),
        t('insightsColReplyShare'),
      ],
      rows: result.weeks.map((w) => [
        formatIsoDate(w.week, locale),
        w.ackCount,
        percent(w.ackShare),
        w.replyCount,
        percent(w.replyShare),
      ]),
    },
    groupTable('colleagues', t('insightsColleaguesTitle'), result.colleagues, t),
    groupTable('domains', t('insightsDomainsTitle'), result.domains, t),
  ];
  if (waiting.present) {
    tables.push({
      id: 'waiting',
      title: t('insightsWaitingTitle'),
      columns: [t('insightsColMetric'), t('insightsColValue')],
      rows: [
        [t('insightsWaitingAsked'), waiting.asked],
        [t('insightsWaitingAnswered'), waiting.answered],
        [t('insightsWaitingMedian'), hours(waiting.medianMinutes)],
        [t('insightsWaitingP90'), hours(waiting.p90Minutes)],
        [t('insightsWaitingStill'), waiting.stillWaiting],
        [t('insightsWaitingNudges'), waiting.nudges],
      ],
    });
  }
  return tables;
}
