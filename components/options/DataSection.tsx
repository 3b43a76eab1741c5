// "Your data": export, import and wipe. Pure: the page does the work and passes back a message.
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n/t';

export interface DataSectionProps {
  t: Translate;
  /** Each resolves with the message to show (success) or rejects with one (failure). */
  onExport: () => Promise<string>;
  onImport: (text: string) => Promise<string>;
  onWipe: () => Promise<string>;
}

export function DataSection({ t, onExport, onImport, onWipe }: DataSectionProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus({ ok: true, text: await work() });
    } catch (error) {
      setStatus({ ok: false, text: String((error as Error)?.message ?? error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="ackly-options-data">
      <h2>{t('optionsSectionData')}</h2>
      <p>{t('optionsDataIntro')}</p>
      <div class="row">
        <button type="button" data-testid="ackly-options-export" disabled={busy} onClick={() => run(onExport)}>
          {t('optionsExport')}
        </button>
      </div>
      <label>
        {t('optionsImport')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="ackly-options-import"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            void run(async () => onImport(await file.text())).finally(() => {
              input.value = '';
            });
          }}
        />
      </label>
      <div class="danger">
        <label>
          {t('optionsWipeConfirm')}
          <input
            data-testid="ackly-options-wipe-confirm"
            value={confirm}
            autoComplete="off"
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="danger"
          data-testid="ackly-options-wipe"
          disabled={busy || confirm !== 'WIPE'}
          onClick={() =>
            run(async () => {
              const message = await onWipe();
              setConfirm('');
              return message;
            })
          }
        >
          {t('optionsWipe')}
        </button>
      </div>
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role="status" data-testid="ackly-options-data-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
