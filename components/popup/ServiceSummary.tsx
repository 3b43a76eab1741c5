// The user's last week of service to colleagues, with a cheer when every one of them heard back
// in time.
import type { Translate } from '@/utils/i18n/t';
import type { ServiceSummary as Summary } from '@/utils/requests/summary';

export interface ServiceSummaryProps {
  summary: Summary;
  locale: string;
  t: Translate;
}

export function ServiceSummary({ summary, locale, t }: ServiceSummaryProps) {
  if (summary.firstReplies === 0 && summary.answered === 0) return null;
  const percent = (part: number, whole: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
  const allOnTime = summary.firstRepliesOnTime === summary.firstReplies && summary.answeredOnTime === summary.answered;
  return (
    <section class="service-summary" data-testid="ackly-service-summary" aria-label={t('popupWeekTitle')}>
      <h2 class="service-summary__title">{t('popupWeekTitle')}</h2>
      <dl>
        {(
          [
            ['popupWeekFirstReplies', summary.firstReplies, summary.firstRepliesOnTime],
            ['popupWeekAnswered', summary.answered, summary.answeredOnTime],
          ] as const
        ).map(
          ([label, count, onTime]) =>
            count > 0 && (
              <div key={label}>
                <dt>{t(label)}</dt>
                <dd>
                  {count} · {t('popupWeekOnTime', percent(onTime, count))}
                </dd>
              </div>
            ),
        )}
      </dl>
      {allOnTime && <p class="service-summary__cheer">{t('popupWeekCheer')}</p>}
    </section>
  );
}
