// The toolbar popup: the replies the user owes.
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/client';
import type { TrackedRequest } from '@/utils/db/types';
import { t } from '@/utils/i18n/t';
import { EmptyState } from '@/components/EmptyState';

type Load = { status: 'loading' } | { status: 'ready'; owed: TrackedRequest[] } | { status: 'error' };

export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    sendMessage('owed.list', {})
      .then((owed) => setLoad({ status: 'ready', owed }))
      .catch(() => setLoad({ status: 'error' }));
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1>{t('popupTitle')}</h1>
      </header>
      {load.status === 'loading' && <p class="popup__status">{t('loading')}</p>}
      {load.status === 'error' && (
        <p class="popup__status" role="alert">
          {t('errorLoading')}
        </p>
      )}
      {load.status === 'ready' && load.owed.length === 0 && (
        <EmptyState title={t('popupEmptyTitle')} hint={t('popupEmptyHint')} />
      )}
      {load.status === 'ready' && load.owed.length > 0 && (
        <ul class="popup__list">
          {load.owed.map((r) => (
            <li key={r.id} data-testid="ackly-owed-item">
              {r.subject}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
