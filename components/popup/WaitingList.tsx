// The user's own requests to colleagues that still wait for an answer: who was asked, what, since
// when, and when to follow up, with a polite nudge one click away.
import type { TrackedRequest } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/t';
import type { DueText } from './OwedItem';

export interface WaitingListProps {
  items: TrackedRequest[];
  total: number;
  now: number;
  t: Translate;
  /** "in 2 days" / "3 hours ago" for a moment. */
  when: (at: number) => DueText;
  onNudge: (request: TrackedRequest) => void;
  onOpen: (request: TrackedRequest) => void;
  onAnswered: (request: TrackedRequest) => void;
  onStop: (request: TrackedRequest) => void;
}

export function WaitingList(props: WaitingListProps) {
  const { items, t, now } = props;
  return (
    <section class="owed-group owed-group--waiting" aria-label={t('popupWaitingTitle')}>
      <h2 class="owed-group__header" data-testid="ackly-group-waiting">
        {t('popupWaitingTitle')} <span class="owed-group__count">{props.total}</span>
      </h2>
      <ul class="owed-group__items">
        {items.map((request) => {
          const followUp = request.replyDueAt;
          const due = followUp !== null && followUp <= now;
          const since = props.when(request.receivedAt);
          const next = followUp === null ? null : props.when(followUp);
          return (
            <li
              key={request.id}
              class={`owed-item waiting-item${due ? ' waiting-item--due' : ''}`}
              data-testid="ackly-waiting-item"
              data-nudge-due={due}
            >
              <div class="owed-item__top">
                <span class="owed-item__sender">{request.sender.name || request.sender.email}</span>
                {next && (
                  <time class="owed-item__due" title={next.absolute}>
                    {due ? t('popupNudgeDue') : t('popupFollowUp', next.relative)}
                  </time>
                )}
              </div>
              <div class="owed-item__subject">{request.subject}</div>
              {request.analysis.requestSentences[0] && (
                <div class="owed-item__sentence">{request.analysis.requestSentences[0]}</div>
              )}
              <div class="owed-item__meta">
                <span title={since.absolute}>{t('popupAskedSince', since.relative)}</span>
              </div>
              <div class="owed-item__actions">
                <button
                  type="button"
                  class={due ? 'owed-item__primary' : undefined}
                  onClick={() => props.onNudge(request)}
                  data-testid="ackly-nudge"
                >
                  {t('popupNudge')}
                </button>
                <button type="button" onClick={() => props.onOpen(request)} data-testid="ackly-waiting-open">
                  {t('popupOpen')}
                </button>
                <button type="button" onClick={() => props.onAnswered(request)} data-testid="ackly-waiting-answered">
                  {t('popupMarkAnswered')}
                </button>
                <button type="button" onClick={() => props.onStop(request)} data-testid="ackly-waiting-stop">
                  {t('popupStopWaiting')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
