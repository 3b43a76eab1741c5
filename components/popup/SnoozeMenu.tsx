// Snooze presets and a custom time.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/t';
import type { SnoozePreset } from '@/utils/schedule';

/** A preset, or a date-time as typed ("2026-11-24T09:30"), read in the user's time zone by the page. */
export type SnoozeChoice = { preset: SnoozePreset } | { local: string };

export function SnoozeMenu({ t, onChoose }: { t: Translate; onChoose: (choice: SnoozeChoice) => void }) {
  const [custom, setCustom] = useState('');
  const presets: [SnoozePreset, string][] = [
    ['1h', t('snooze1h')],
    ['tomorrow', t('snoozeTomorrow')],
    ['nextWeek', t('snoozeNextWeek')],
  ];
  const complete = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(custom);
  return (
    <div class="snooze-menu" role="menu" onClick={(e) => e.stopPropagation()}>
      {presets.map(([preset, label]) => (
        <button type="button" role="menuitem" key={preset} onClick={() => onChoose({ preset })}>
          {label}
        </button>
      ))}
      <form
        class="snooze-menu__custom"
        onSubmit={(e) => {
          e.preventDefault();
          if (complete) onChoose({ local: custom });
        }}
      >
        <label>
          {t('snoozeCustom')}
          <input type="datetime-local" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!complete}>
          {t('snoozeSet')}
        </button>
      </form>
    </div>
  );
}
