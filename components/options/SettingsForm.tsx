// The options page's settings sections: props in, changes out (the page stores them).
import type { Settings, StandardOverride } from '@/utils/settings/model';
import { LANGUAGES, type Lang } from '@/utils/languages';
import type { Translate } from '@/utils/i18n/t';

export interface SettingsFormProps {
  settings: Settings;
  t: Translate;
  onChange: (change: Partial<Settings>) => void;
}

type FieldEvent = { currentTarget: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement };

export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const minutes = (text: string) => Math.round(Number(text.replace(',', '.')) * 60);

export function formatOverrides(overrides: StandardOverride[]): string {
  return overrides.map((o) => `${o.match}, ${hours(o.ackWithinMinutes)}, ${hours(o.replyWithinMinutes)}`).join('\n');
}

/** "acme.example, 2, 8" per line; a line that doesn't parse keeps NaN so the store names the field. */
export function parseOverrides(text: string): StandardOverride[] {
  return lines(text).map((line) => {
    const [match = '', ack = '', reply = ''] = line.split(/[,;\t]/).map((part) => part.trim());
    return { match, ackWithinMinutes: minutes(ack), replyWithinMinutes: minutes(reply) };
  });
}

/** A labelled text area: one entry per line. */
function LinesField(props: { label: string; rows: number; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <textarea rows={props.rows} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} />
    </label>
  );
}

export function SettingsForm({ settings, t, onChange }: SettingsFormProps) {
  const text = (e: FieldEvent) => e.currentTarget.value;
  const langName = (lang: Lang) => t(`optionsLang_${lang}`);
  return (
    <>
      <section data-testid="ackly-options-work">
        <h2>{t('optionsSectionWork')}</h2>
        <label>
          {t('optionsMyName')}
          <input
            data-testid="ackly-options-my-name"
            value={settings.myName}
            onChange={(e) => onChange({ myName: text(e) })}
          />
        </label>
        <LinesField
          label={t('optionsMyAddresses')}
          rows={2}
          value={settings.myAddresses.join('\n')}
          onChange={(value) => onChange({ myAddresses: lines(value) })}
        />
        <label>
          {t('optionsTimeZone')}
          <input
            data-testid="ackly-options-time-zone"
            value={settings.timeZone}
            placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
            onChange={(e) => onChange({ timeZone: text(e).trim() })}
          />
        </label>
        <fieldset>
          <legend>{t('optionsWorkingDays')}</legend>
          {[1, 2, 3, 4, 5, 6, 0].map((day) => (
            <label key={day} class="inline">
              <input
                type="checkbox"
                checked={settings.workingHours.days.includes(day)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const days = settings.workingHours.days.filter((d) => d !== day);
                  if (on) days.push(day);
                  onChange({ workingHours: { ...settings.workingHours, days: days.sort((a, b) => a - b) } });
                }}
              />
              {t(`optionsDay_${day}`)}
            </label>
          ))}
        </fieldset>
        <div class="row">
          {(['start', 'end'] as const).map((edge) => (
            <label key={edge}>
              {t(edge === 'start' ? 'optionsWorkStart' : 'optionsWorkEnd')}
              <input
                type="time"
                value={settings.workingHours[edge]}
                onChange={(e) => onChange({ workingHours: { ...settings.workingHours, [edge]: text(e) } })}
              />
            </label>
          ))}
        </div>
        <LinesField
          label={t('optionsHolidays')}
          rows={3}
          value={settings.holidays.join('\n')}
          onChange={(value) => onChange({ holidays: lines(value) })}
        />
        <div class="row">
          {(
            [
              ['ackWithinMinutes', 'optionsAckWithin', 'ackly-options-ack-hours'],
              ['replyWithinMinutes', 'optionsReplyWithin', undefined],
            ] as const
          ).map(([field, label, testId]) => (
            <label key={field}>
              {t(label)}
              <input
                data-testid={testId}
                type="number"
                min="0"
                step="0.25"
                value={hours(settings.standard[field])}
                onChange={(e) => onChange({ standard: { ...settings.standard, [field]: minutes(text(e)) } })}
              />
            </label>
          ))}
        </div>
        <LinesField
          label={t('optionsOverrides')}
          rows={3}
          value={formatOverrides(settings.overrides)}
          onChange={(value) => onChange({ overrides: parseOverrides(value) })}
        />
      </section>

      <section data-testid="ackly-options-colleagues">
        <h2>{t('optionsSectionColleagues')}</h2>
        <LinesField
          label={t('optionsOrgDomains')}
          rows={3}
          value={settings.orgDomains.join('\n')}
          onChange={(value) => onChange({ orgDomains: lines(value).map((d) => d.toLowerCase()) })}
        />
        <label class="inline">
          <input
            type="checkbox"
            checked={settings.trackExternal}
            onChange={(e) => onChange({ trackExternal: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('optionsTrackExternal')}
        </label>
      </section>

      <section data-testid="ackly-options-ack">
        <h2>{t('optionsSectionAck')}</h2>
        <fieldset>
          <legend>{t('optionsAckBehaviour')}</legend>
          {(['fill', 'send'] as const).map((value) => (
            <label key={value} class="inline">
              <input
                type="radio"
                name="ackBehaviour"
                value={value}
                checked={settings.acknowledgeBehaviour === value}
                onChange={() => onChange({ acknowledgeBehaviour: value })}
              />
              {t(value === 'fill' ? 'optionsAckFill' : 'optionsAckSend')}
            </label>
          ))}
        </fieldset>
        <label>
          {t('optionsFollowUpDays')}
          <input
            type="number"
            min={1}
            max={30}
            step={1}
            data-testid="ackly-options-follow-up-days"
            value={settings.followUpWorkingDays}
            onChange={(e) => onChange({ followUpWorkingDays: Number(text(e)) })}
          />
        </label>
        {(
          [
            ['autoDoneOnReply', 'optionsAutoDone'],
            ['suggestProgress', 'optionsSuggestProgress'],
            ['coach', 'optionsCoach'],
            ['notifications', 'optionsNotifications'],
            ['quietOutsideWorkingHours', 'optionsQuiet'],
          ] as const
        ).map(([field, label]) => (
          <label key={field} class="inline">
            <input
              type="checkbox"
              data-testid={`ackly-options-${field}`}
              checked={settings[field]}
              onChange={(e) => onChange({ [field]: (e.currentTarget as HTMLInputElement).checked })}
            />
            {t(label)}
          </label>
        ))}
      </section>

      <section data-testid="ackly-options-language">
        <h2>{t('optionsSectionLanguage')}</h2>
        <label>
          {t('optionsUiLanguage')}
          <select
            data-testid="ackly-options-ui-language"
            value={settings.uiLanguage}
            onChange={(e) => onChange({ uiLanguage: text(e) as Settings['uiLanguage'] })}
          >
            <option value="auto">{t('optionsUiAuto')}</option>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {langName(lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('optionsDefaultLanguage')}
          <select value={settings.defaultLanguage} onChange={(e) => onChange({ defaultLanguage: text(e) as Lang })}>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {langName(lang)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <section data-testid="ackly-options-appearance">
        <h2>{t('optionsSectionAppearance')}</h2>
        <label>
          {t('optionsTheme')}
          <select
            data-testid="ackly-options-theme"
            value={settings.theme}
            onChange={(e) => onChange({ theme: text(e) as Settings['theme'] })}
          >
            <option value="system">{t('optionsThemeSystem')}</option>
            <option value="light">{t('optionsThemeLight')}</option>
            <option value="dark">{t('optionsThemeDark')}</option>
          </select>
        </label>
      </section>
    </>
  );
}
