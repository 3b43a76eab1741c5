// "Privacy": what Ackly stores, where, for how long, that nothing leaves the computer, and where to
// export or delete it. Pure: only text. The facts it states are the ones in README's "Privacy".
import type { Translate } from '@/utils/i18n/t';

export interface PrivacySectionProps {
  t: Translate;
}

export function PrivacySection({ t }: PrivacySectionProps) {
  return (
    <section data-testid="ackly-privacy" aria-labelledby="ackly-privacy-title">
      <h2 id="ackly-privacy-title">{t('optionsSectionPrivacy')}</h2>
      <p>{t('optionsPrivacyIntro')}</p>
      <h3>{t('optionsPrivacyStoredTitle')}</h3>
      <ul>
        <li>{t('optionsPrivacyStoredRequests')}</li>
        <li>{t('optionsPrivacyStoredTemplates')}</li>
        <li>{t('optionsPrivacyStoredEvents')}</li>
      </ul>
      <h3>{t('optionsPrivacyWhereTitle')}</h3>
      <p>{t('optionsPrivacyWhere')}</p>
      <h3>{t('optionsPrivacyHowLongTitle')}</h3>
      <p>{t('optionsPrivacyHowLong')}</p>
      <h3>{t('optionsPrivacySentTitle')}</h3>
      <p>{t('optionsPrivacySent')}</p>
      <h3>{t('optionsPrivacyControlTitle')}</h3>
      <p>{t('optionsPrivacyControl', [t('optionsSectionData'), t('optionsExport'), t('optionsWipe')])}</p>
    </section>
  );
}
