// Work that follows a change to tracked data (announcing it to every page and content script,
// re-checking the reminders) reads every owed row and writes to storage: worth doing once for a
// burst of changes, and never before the reply of the message that made the change.

/** How long after a change its follow-up work starts; changes meanwhile join it. */
export const CHANGE_DELAY_MS = 50;

/**
 * Returns a trigger that runs `run` once, `delayMs` after the first call since its last run: calls
 * in between join that run, a call after it schedules the next. Under a steady stream of changes it
 * runs once per `delayMs`; after the last change of a burst it always runs.
 */
export function coalesce(run: () => void, delayMs: number = CHANGE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      run();
    }, delayMs);
  };
}
