// Options: settings, templates and the user's data.
import { t } from '@/utils/i18n/t';

export function App() {
  return (
    <main>
      <h1>{t('extName')}</h1>
    </main>
  );
}
