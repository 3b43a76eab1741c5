// A request's history: what happened and when, newest last. Events never hold email text.
import type { EventRow, RequestState } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/t';

const EVENT_KEYS: Record<string, string> = {
  tracked: 'sidebarEventTracked',
  'reply-seen': 'sidebarEventReplySeen',
  'template-used': 'sidebarEventTemplate',
  'ack-drafted': 'sidebarEventAckDrafted',
  imported: 'sidebarEventImported',
  'progress-drafted': 'sidebarEventProgressDrafted',
  'progress-sent': 'sidebarEventProgressSent',
  'nudge-drafted': 'sidebarEventNudgeDrafted',
  'nudge-sent': 'sidebarEventNudgeSent',
  'thanks-drafted': 'sidebarEventThanksDrafted',
  'thanks-sent': 'sidebarEventThanksSent',
  'closing-drafted': 'sidebarEventClosingDrafted',
};

export interface HistoryProps {
  events: EventRow[];
  t: Translate;
  stateLabel: (state: RequestState) => string;
  /** Formats a time; defaults to the runtime's locale. */
  formatTime?: (at: number) => string;
}

const defaultFormat = (at: number): string =>
  new Date(at).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function History({ events, t, stateLabel, formatTime = defaultFormat }: HistoryProps) {
  if (events.length === 0) return null;
  return (
    <section class="ackly-history" data-testid="ackly-history">
      <h3>{t('sidebarHistory')}</h3>
      <ol>
        {events.map((e, i) => (
          <li key={e.id ?? i}>
            <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at)}</time>{' '}
            {e.type === 'transition' && e.to
              ? `${e.from ? stateLabel(e.from) : '·'} → ${stateLabel(e.to)}`
              : t(EVENT_KEYS[e.type] ?? e.type)}
          </li>
        ))}
      </ol>
    </section>
  );
}
