// Snooze presets and a custom time.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/t';
import type { SnoozePreset } from '@/utils/schedule';

export type SnoozeChoice = { preset: SnoozePreset } | { until: number };

export function SnoozeMenu({ t, onChoose }: { t: Translate; onChoose: (choice: SnoozeChoice) => void }) {
  const [custom, setCustom] = useState('');
  const presets: [SnoozePreset, string][] = [
    ['1h', t('snooze1h')],
    ['tomorrow', t('snoozeTomorrow')],
    ['nextWeek', t('snoozeNextWeek')],
  ];
  const customTime = custom ? new Date(custom).getTime() : NaN;
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
          if (Number.isFinite(customTime)) onChoose({ until: customTime });
        }}
      >
        <label>
          {t('snoozeCustom')}
          <input type="datetime-local" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!Number.isFinite(customTime)}>
          {t('snoozeSet')}
        </button>
      </form>
    </div>
  );
}
