// The sidebar shown beside a webmail thread: is there a request, what, by when, its state and
// history, and one-click actions. Props in, callbacks out; email text is rendered as text only.
import type { EventRow, RequestState, TemplateKind, TrackedRequest } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/t';
import type { Action } from '@/utils/requests/lifecycle';
import type { ThreadState } from '@/utils/messaging/protocol';
import { History } from './sidebar/History';

export interface DueText {
  absolute: string;
  relative: string;
}

export type SidebarStatus =
  | { kind: 'idle' }
  | { kind: 'loading' }
  /** Something went wrong talking to the background; `storageFull`: it could not store the request. */
  | { kind: 'error'; storageFull?: boolean }
  /**
   * The page lacks a part the adapter reads (the site changed): say so, break nothing else.
   * `report`: the details for a bug report (which part, versions; never email content).
   */
  | { kind: 'unreadable'; report?: string }
  | { kind: 'ready'; state: ThreadState };

export const TEMPLATE_CHOICES: readonly TemplateKind[] = ['please', 'thanks', 'progress', 'closing'];

export interface SidebarProps {
  status: SidebarStatus;
  collapsed: boolean;
  t: Translate;
  /** History of the request shown, oldest first. */
  history: EventRow[];
  ackDue: DueText | null;
  replyDue: DueText | null;
  /** A short message after an action (e.g. the acknowledgement is in the reply). */
  notice: string | null;
  busy: boolean;
  /** Formats any moment (the stepper's times, when a request was asked). */
  when: (at: number) => DueText;
  now: number;
  onToggle: () => void;
  onAcknowledge: () => void;
  onTemplate: (kind: TemplateKind) => void;
  onAction: (action: Action) => void;
  /** Copies the bug-report details of an unreadable page. */
  onCopyReport?: (report: string) => void;
  /** Shows the bug-report details open (e.g. when copying was not allowed). */
  reportOpen?: boolean;
}

const STATE_KEYS: Partial<Record<RequestState, string>> = {
  new: 'sidebarStateNew',
  acknowledged: 'sidebarStateAcknowledged',
  done: 'sidebarStateDone',
  snoozed: 'sidebarStateSnoozed',
  dismissed: 'sidebarStateDismissed',
  waiting: 'sidebarStateWaiting',
  answered: 'sidebarStateAnswered',
};

export function stateLabel(state: RequestState, t: Translate): string {
  const key = STATE_KEYS[state];
  return key ? t(key) : state;
}

const TEMPLATE_KEYS: Record<string, string> = {
  please: 'sidebarTemplatePlease',
  thanks: 'sidebarTemplateThanks',
  progress: 'sidebarTemplateProgress',
  closing: 'sidebarTemplateClosing',
};

/**
 * The request the sidebar is about: the newest one the user still owes, else the user's own that
 * waits for an answer (or was just answered, for the thank-you), else the newest.
 */
export function focusRequest(state: ThreadState): TrackedRequest | null {
  const owed = state.requests.filter((r) => r.state === 'new' || r.state === 'acknowledged' || r.state === 'snoozed');
  const own = state.requests.filter((r) => r.state === 'waiting' || r.state === 'answered');
  return owed.at(-1) ?? own.at(-1) ?? state.requests.at(-1) ?? null;
}

const PHASES = ['opening', 'performing', 'closing'] as const;

/**
 * The three phases of the interaction and when each was done, from the request's timestamps and
 * events: opening = acknowledged, performing = a progress update sent, closing = answered.
 */
export function phasesOf(
  request: TrackedRequest,
  events: readonly EventRow[],
): Record<(typeof PHASES)[number], number | null> {
  const closing = request.state === 'done' ? (request.timestamps.done ?? null) : null;
  const opening = request.timestamps.acknowledged ?? closing;
  const progress = events.filter((e) => e.type === 'progress-sent').at(-1)?.at ?? null;
  return { opening, performing: progress ?? closing, closing };
}

function Stepper({
  request,
  events,
  t,
  when,
}: { request: TrackedRequest; events: readonly EventRow[] } & Pick<SidebarProps, 't' | 'when'>) {
  const phases = phasesOf(request, events);
  return (
    <ol class="ackly-phases" aria-label={t('sidebarPhases')}>
      {PHASES.map((phase) => {
        const at = phases[phase];
        return (
          <li
            key={phase}
            class={at !== null ? 'ackly-phase-done' : undefined}
            data-testid="ackly-phase"
            data-phase={phase}
            data-done={String(at !== null)}
          >
            <span class="ackly-phase-name">{t(`phase_${phase}`)}</span>
            {at !== null && (
              <time title={when(at).absolute} dateTime={new Date(at).toISOString()}>
                {when(at).relative}
              </time>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** What every request view opens with: its state, who asked whom, and what was asked. */
function RequestHead({ request, t, from }: { request: TrackedRequest; t: Translate; from: string }) {
  return (
    <>
      <p class={`ackly-status ackly-status-${request.state}`} data-testid="ackly-request-status">
        {t('sidebarStatus')}: <strong>{stateLabel(request.state, t)}</strong>
      </p>
      <p class="ackly-from">{from}</p>
      <ul class="ackly-sentences" data-testid="ackly-request-sentences">
        {request.analysis.requestSentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </>
  );
}

/** The user's own request to a colleague: waiting for the answer (nudge), or answered (say thanks). */
function OwnRequestView(props: SidebarProps & { request: TrackedRequest }) {
  const { request, t, busy, when, now } = props;
  const name = request.sender.name || request.sender.email;
  const followUp = request.replyDueAt;
  return (
    <div class="ackly-request">
      <RequestHead request={request} t={t} from={t('sidebarYouAsked', name)} />
      {request.state === 'waiting' ? (
        <>
          <dl class="ackly-due">
            <dt>{t('sidebarWaitingSince')}</dt>
            <dd title={when(request.receivedAt).absolute} data-testid="ackly-waiting-since">
              {when(request.receivedAt).absolute} ({when(request.receivedAt).relative})
            </dd>
            {followUp !== null && (
              <>
                <dt>{t('sidebarFollowUpAt')}</dt>
                <dd title={when(followUp).absolute} data-testid="ackly-follow-up">
                  {when(followUp).absolute} ({when(followUp).relative})
                </dd>
              </>
            )}
          </dl>
          <div class="ackly-actions">
            <button
              type="button"
              class={followUp !== null && followUp <= now ? 'ackly-primary' : undefined}
              data-testid="ackly-nudge"
              disabled={busy}
              onClick={() => props.onTemplate('nudge')}
            >
              {t('sidebarNudge')}
            </button>
            <button
              type="button"
              data-testid="ackly-mark-answered"
              disabled={busy}
              onClick={() => props.onAction('answered')}
            >
              {t('sidebarMarkAnswered')}
            </button>
            <button
              type="button"
              data-testid="ackly-stop-waiting"
              disabled={busy}
              onClick={() => props.onAction('dismiss')}
            >
              {t('sidebarStopWaiting')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="ackly-hint">{t('sidebarAnsweredThank', name)}</p>
          <div class="ackly-actions">
            <button
              type="button"
              class="ackly-primary"
              data-testid="ackly-thank"
              disabled={busy}
              onClick={() => props.onTemplate('thanks')}
            >
              {t('sidebarThank')}
            </button>
          </div>
        </>
      )}
      <History events={props.history} t={t} stateLabel={(s) => stateLabel(s, t)} />
    </div>
  );
}

function Verdict({ state, t }: { state: ThreadState; t: Translate }) {
  const v = state.newest;
  let key = 'sidebarNoRequest';
  if (v?.automated) key = 'sidebarAutomated';
  else if (v?.isRequest && !v.fromColleague) key = 'sidebarNotColleague';
  return (
    <p class="ackly-verdict" data-testid="ackly-request-status">
      {t(key)}
    </p>
  );
}

function RequestView(props: SidebarProps & { request: TrackedRequest }) {
  const { request, t, ackDue, replyDue, busy } = props;
  if (request.state === 'waiting' || request.state === 'answered') return <OwnRequestView {...props} />;
  const progressAt =
    props.status.kind === 'ready' && request.id !== undefined
      ? (props.status.state.progressAt?.[request.id] ?? null)
      : null;
  const progressDue = progressAt !== null && progressAt <= props.now;
  const owed = request.state === 'new' || request.state === 'acknowledged' || request.state === 'snoozed';
  const hint = request.analysis.attachmentHint;
  return (
    <div class="ackly-request">
      <RequestHead
        request={request}
        t={t}
        from={t('sidebarRequestFrom', request.sender.name || request.sender.email)}
      />
      {owed && (
        <dl class="ackly-due">
          {request.state === 'new' && ackDue && (
            <>
              <dt>{t('sidebarAckDue')}</dt>
              <dd title={ackDue.absolute}>
                {ackDue.absolute} ({ackDue.relative})
              </dd>
            </>
          )}
          {replyDue && (
            <>
              <dt>{t('sidebarReplyDue')}</dt>
              <dd title={replyDue.absolute} data-testid="ackly-due">
                {replyDue.absolute} ({replyDue.relative}) ·{' '}
                {t(request.analysis.dueAt === request.replyDueAt ? 'sidebarDueFromEmail' : 'sidebarDueFromStandard')}
              </dd>
            </>
          )}
        </dl>
      )}
      <Stepper request={request} events={props.history} t={t} when={props.when} />
      {progressDue && (
        <p class="ackly-hint" data-testid="ackly-progress-due">
          {t('sidebarProgressDue', request.sender.name || request.sender.email)}
        </p>
      )}
      {hint && (
        <p class="ackly-hint" data-testid="ackly-attachment-hint">
          {t(hint === 'requested' ? 'sidebarAttachmentRequested' : 'sidebarAttachmentMissing')}
        </p>
      )}
      <div class="ackly-actions">
        {request.state === 'new' && (
          <button
            type="button"
            class="ackly-primary"
            data-testid="ackly-acknowledge"
            disabled={busy}
            onClick={props.onAcknowledge}
          >
            {t('sidebarAcknowledge')}
          </button>
        )}
        {request.state === 'acknowledged' && (
          <button
            type="button"
            class={progressDue ? 'ackly-primary' : undefined}
            data-testid="ackly-progress"
            disabled={busy}
            onClick={() => props.onTemplate('progress')}
          >
            {t('sidebarProgress')}
          </button>
        )}
        {owed && request.state !== 'snoozed' && (
          <button type="button" data-testid="ackly-snooze" disabled={busy} onClick={() => props.onAction('snooze')}>
            {t('sidebarSnooze')}
          </button>
        )}
        {request.state === 'snoozed' && (
          <button type="button" data-testid="ackly-unsnooze" disabled={busy} onClick={() => props.onAction('unsnooze')}>
            {t('sidebarUnsnooze')}
          </button>
        )}
        {owed && (
          <button type="button" data-testid="ackly-done" disabled={busy} onClick={() => props.onAction('done')}>
            {t('sidebarDone')}
          </button>
        )}
        {owed && (
          <button
            type="button"
            data-testid="ackly-not-request"
            disabled={busy}
            onClick={() => props.onAction('dismiss')}
          >
            {t('sidebarNotRequest')}
          </button>
        )}
        {!owed && (
          <button type="button" data-testid="ackly-reopen" disabled={busy} onClick={() => props.onAction('reopen')}>
            {t('sidebarReopen')}
          </button>
        )}
      </div>
      <History events={props.history} t={t} stateLabel={(s) => stateLabel(s, t)} />
    </div>
  );
}

function Templates({ t, busy, onTemplate }: Pick<SidebarProps, 't' | 'busy' | 'onTemplate'>) {
  return (
    <label class="ackly-templates">
      <span>{t('sidebarTemplate')}</span>
      <select
        data-testid="ackly-template"
        disabled={busy}
        onChange={(e) => {
          const el = e.currentTarget;
          const kind = el.value as TemplateKind;
          el.value = '';
          if (kind) onTemplate(kind);
        }}
      >
        <option value="">{t('sidebarTemplate')}…</option>
        {TEMPLATE_CHOICES.map((k) => (
          <option key={k} value={k}>
            {t(TEMPLATE_KEYS[k] ?? k)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What to send the developers when the page cannot be read: a copy button and the text itself. */
function ProblemReport({ t, report, onCopyReport, reportOpen }: SidebarProps & { report: string }) {
  return (
    <div class="ackly-report">
      {onCopyReport && (
        <div class="ackly-actions">
          <button type="button" data-testid="ackly-report-copy" onClick={() => onCopyReport(report)}>
            {t('sidebarReportCopy')}
          </button>
        </div>
      )}
      <details open={reportOpen} data-testid="ackly-report-details">
        <summary>{t('sidebarReportDetails')}</summary>
        <p class="ackly-muted">{t('sidebarReportPrivacy')}</p>
        <pre data-testid="ackly-report">{report}</pre>
      </details>
    </div>
  );
}

export function Sidebar(props: SidebarProps) {
  const { status, collapsed, t } = props;
  if (status.kind === 'idle') {
    // No conversation open (e.g. the inbox list): nothing to cover Gmail with; the hook stays.
    return <aside class="ackly-sidebar ackly-idle" data-testid="ackly-sidebar" data-idle="true" hidden />;
  }
  if (collapsed) {
    return (
      <aside class="ackly-sidebar ackly-collapsed" data-testid="ackly-sidebar" data-collapsed="true">
        <button type="button" class="ackly-toggle" data-testid="ackly-toggle" onClick={props.onToggle}>
          {t('sidebarExpand')}
        </button>
      </aside>
    );
  }
  const request = status.kind === 'ready' ? focusRequest(status.state) : null;
  return (
    <aside class="ackly-sidebar" data-testid="ackly-sidebar" data-collapsed="false" aria-label={t('sidebarTitle')}>
      <header class="ackly-head">
        <h2>{t('sidebarTitle')}</h2>
        <button type="button" class="ackly-toggle" data-testid="ackly-toggle" onClick={props.onToggle}>
          {t('sidebarCollapse')}
        </button>
      </header>
      {status.kind === 'loading' && <p class="ackly-muted">{t('sidebarLoading')}</p>}
      {status.kind === 'error' && (
        <p
          class="ackly-error"
          role="alert"
          data-testid="ackly-request-status"
          data-status={status.storageFull ? 'storage-full' : 'error'}
        >
          {t(status.storageFull ? 'storageFullTrack' : 'sidebarError')}
        </p>
      )}
      {status.kind === 'unreadable' && (
        <>
          <p class="ackly-error" data-testid="ackly-request-status" data-status="unreadable">
            {t('sidebarUnreadable')}
          </p>
          {status.report && <ProblemReport {...props} report={status.report} />}
        </>
      )}
      {status.kind === 'ready' &&
        (request ? <RequestView {...props} request={request} /> : <Verdict state={status.state} t={t} />)}
      {status.kind === 'ready' && <Templates t={t} busy={props.busy} onTemplate={props.onTemplate} />}
      {props.notice && (
        <p class="ackly-notice" role="status" data-testid="ackly-notice">
          {props.notice}
        </p>
      )}
    </aside>
  );
}
