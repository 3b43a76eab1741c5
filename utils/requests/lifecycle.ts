// Which state changes a tracked request may make, and why a refused one is refused.
import type { RequestState } from '../db/types';

export type Action = 'acknowledge' | 'done' | 'snooze' | 'unsnooze' | 'dismiss' | 'reopen' | 'answered';

const TARGET: Record<Action, RequestState | 'restore'> = {
  acknowledge: 'acknowledged',
  done: 'done',
  snooze: 'snoozed',
  unsnooze: 'restore',
  dismiss: 'dismissed',
  reopen: 'new',
  answered: 'answered',
};

const ALLOWED_FROM: Record<Action, readonly RequestState[]> = {
  acknowledge: ['new', 'snoozed'],
  done: ['new', 'acknowledged', 'snoozed'],
  snooze: ['new', 'acknowledged', 'snoozed'],
  unsnooze: ['snoozed'],
  // Also "stop waiting" for the user's own request.
  dismiss: ['new', 'acknowledged', 'snoozed', 'waiting'],
  reopen: ['done', 'dismissed', 'acknowledged', 'snoozed', 'answered'],
  answered: ['waiting'],
};

export class TransitionError extends Error {
  override name = 'TransitionError';
  constructor(
    readonly action: Action,
    readonly from: RequestState,
  ) {
    super(`Cannot ${action} a request that is ${from}`);
  }
}

/**
 * The state a request moves to when `action` is applied, or the same state when the action is a
 * repeat (acknowledging an acknowledged request changes nothing). Throws TransitionError otherwise.
 */
export function nextState(from: RequestState, action: Action, stateBeforeSnooze: RequestState | null): RequestState {
  const target = TARGET[action];
  const to = target === 'restore' ? (stateBeforeSnooze ?? 'new') : target;
  if (from === to && action !== 'snooze') return from;
  if (!ALLOWED_FROM[action].includes(from)) throw new TransitionError(action, from);
  return to;
}
