// One owed reply: who asked, what, and by when; with its actions.
import type { TrackedRequest } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/t';
import { WEBMAIL_NAMES } from '@/utils/webmail/sites';
import { SnoozeMenu, type SnoozeChoice } from './SnoozeMenu';

export interface DueText {
  absolute: string;
  relative: string;
}

export interface OwedItemProps {
  request: TrackedRequest;
  due: DueText | null;
  /** A progress update is due (halfway to the promised answer): keep the requester informed. */
  progressDue?: boolean;
  selected: boolean;
  snoozeOpen: boolean;
  t: Translate;
  onSelect: () => void;
  onOpen: () => void;
  onAcknowledge: () => void;
  onDone: () => void;
  onToggleSnooze: () => void;
  onSnooze: (choice: SnoozeChoice) => void;
}

/** Only a request not yet acknowledged (also while snoozed) can be acknowledged. */
export function canAcknowledge(request: Pick<TrackedRequest, 'state' | 'stateBeforeSnooze'>): boolean {
  return request.state === 'new' || (request.state === 'snoozed' && request.stateBeforeSnooze !== 'acknowledged');
}

export function OwedItem(props: OwedItemProps) {
  const { request, due, selected, t } = props;
  const sentence = request.analysis.requestSentences[0] ?? '';
  const webmail = WEBMAIL_NAMES[request.webmail] ?? request.webmail;
  return (
    <li
      class={`owed-item${selected ? ' owed-item--selected' : ''}`}
      data-testid="ackly-owed-item"
      data-state={request.state}
      aria-current={selected ? 'true' : undefined}
      id={`owed-${request.id}`}
      onClick={props.onSelect}
      onDblClick={props.onOpen}
    >
      <div class="owed-item__top">
        <span class="owed-item__sender">{request.sender.name || request.sender.email}</span>
        {due && (
          <time class="owed-item__due" title={due.absolute}>
            {due.relative}
          </time>
        )}
      </div>
      <div class="owed-item__subject">{request.subject}</div>
      {sentence && <div class="owed-item__sentence">{sentence}</div>}
      <div class="owed-item__meta">
        <span class={`owed-item__state owed-item__state--${request.state}`}>{t(`state_${request.state}`)}</span>
        {due && <span class="owed-item__abs">{due.absolute}</span>}
        {props.progressDue && (
          <span class="owed-item__progress" data-testid="ackly-progress-due">
            {t('popupProgressDue')}
          </span>
        )}
        <span
          class={`owed-item__webmail owed-item__webmail--${request.webmail}`}
          title={t('popupWebmailTitle', webmail)}
          data-testid="ackly-owed-webmail"
        >
          {webmail}
        </span>
      </div>
      <div class="owed-item__actions">
        <button
          type="button"
          onClick={stop(props.onOpen)}
          aria-label={t('popupOpenIn', webmail)}
          title={t('popupOpenIn', webmail)}
          data-testid="ackly-popup-open"
        >
          {t('popupOpen')}
        </button>
        {canAcknowledge(request) && (
          <button type="button" onClick={stop(props.onAcknowledge)} data-testid="ackly-popup-acknowledge">
            {t('popupAcknowledge')}
          </button>
        )}
        <button type="button" onClick={stop(props.onDone)} data-testid="ackly-popup-done">
          {t('popupDone')}
        </button>
        <button
          type="button"
          onClick={stop(props.onToggleSnooze)}
          aria-expanded={props.snoozeOpen}
          data-testid="ackly-popup-snooze"
        >
          {t('popupSnooze')}
        </button>
      </div>
      {props.snoozeOpen && <SnoozeMenu t={t} onChoose={props.onSnooze} />}
    </li>
  );
}

function stop(handler: () => void) {
  return (event: Event) => {
    event.stopPropagation();
    handler();
  };
}
