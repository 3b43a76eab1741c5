// The writing coach's hint line under a draft: small, never in the way, dismissible; a hint with
// a clear fix is a button that applies it. Props in, callbacks out.
import type { CoachHint } from '@/utils/coach';
import type { Translate } from '@/utils/i18n/t';

export interface CoachHintsProps {
  hints: readonly CoachHint[];
  t: Translate;
  onFix: (hint: CoachHint) => void;
  onDismiss: () => void;
}

export function CoachHints({ hints, t, onFix, onDismiss }: CoachHintsProps) {
  if (hints.length === 0) return null;
  return (
    <div class="ackly-coach" role="status" aria-live="polite" data-testid="ackly-coach">
      <span class="ackly-coach-title">{t('coachTitle')}</span>
      {hints.map((hint) => {
        const text = t(hint.messageKey, hint.params);
        return hint.fix ? (
          <button
            type="button"
            key={hint.code}
            class="ackly-coach-hint"
            data-testid="ackly-coach-hint"
            data-code={hint.code}
            title={t('coachFixTitle', hint.fix.text.trim())}
            onClick={() => onFix(hint)}
          >
            {text}
          </button>
        ) : (
          <span key={hint.code} class="ackly-coach-hint" data-testid="ackly-coach-hint" data-code={hint.code}>
            {text}
          </span>
        );
      })}
      <button
        type="button"
        class="ackly-coach-close"
        title={t('coachDismiss')}
        aria-label={t('coachDismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
