// Options: settings, templates and the user's data. Wires the pure components to storage and
// the background; the components themselves never talk to the browser.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { TemplateRow } from '@/utils/db/types';
import { DataSection } from '@/components/options/DataSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { SettingsForm } from '@/components/options/SettingsForm';
import { TemplateEditor, type TemplateDraft } from '@/components/options/TemplateEditor';
import { activeUiLanguage, t } from '@/utils/i18n/t';
import { initI18n } from '@/utils/i18n/init';
import { onDataChanged } from '@/utils/messaging/changes';
import { sendMessage } from '@/utils/messaging/client';
import type { Settings } from '@/utils/settings/model';
import { applyTheme } from '@/utils/theme';
import { loadSettings, resolveTimeZone, saveSettings, watchSettings } from '@/utils/settings/store';
import type { TemplateVars } from '@/utils/templates';
import { download } from '@/utils/pages/download';
import { storageFullText } from '@/utils/data/storage-full';

const DAY = 24 * 3_600_000;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [templates, setTemplates] = useState<TemplateRow[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [, setLanguage] = useState(activeUiLanguage());

  const refreshTemplates = useCallback(() => {
    sendMessage('templates.list', {})
      .then(setTemplates)
      .catch(() => setTemplates([]));
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    watchSettings(setSettings, controller.signal);
    refreshTemplates();
    onDataChanged(refreshTemplates, controller.signal);
    return () => controller.abort();
  }, [refreshTemplates]);

  useEffect(() => {
    document.title = t('optionsTitle');
  });

  // The theme setting applies at once, here and (through storage) in every open options page.
  const theme = settings?.theme;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);

  const change = async (partial: Partial<Settings>) => {
    try {
      const next = await saveSettings(partial);
      setSettings(next);
      if (partial.uiLanguage !== undefined) {
        await initI18n(next.uiLanguage);
        setLanguage(activeUiLanguage());
        setStatus({ ok: true, text: `${t('optionsSaved')}. ${t('optionsUiReload')}` });
      } else {
        setStatus({ ok: true, text: t('optionsSaved') });
      }
    } catch (error) {
      setStatus({ ok: false, text: t('optionsSaveFailed', String((error as Error)?.message ?? error)) });
    }
  };

  const previewVars = useMemo<TemplateVars>(
    () => ({
      firstName: 'Anna',
      senderName: 'Anna Kowalska',
      myName: settings?.myName || null,
      subject: t('optionsPreviewSubject'),
      dueDate: new Date(Math.ceil((Date.now() + 2 * DAY) / 3_600_000) * 3_600_000),
      requestSummary: t('optionsPreviewSummary'),
    }),
    // The sample texts follow the interface language.
    [settings?.myName, activeUiLanguage()],
  );

  if (!settings) return <main aria-busy="true" />;

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href="/insights.html" data-testid="ackly-options-insights">
          {t('optionsInsightsLink')}
        </a>
      </p>
      {status && (
        <p class={`toast ${status.ok ? 'ok' : 'error'}`} role="status" data-testid="ackly-options-status">
          {status.text}
        </p>
      )}
      <SettingsForm settings={settings} t={t} onChange={(partial) => void change(partial)} />
      <TemplateEditor
        templates={templates}
        t={t}
        previewVars={previewVars}
        timeZone={resolveTimeZone(settings)}
        defaultLanguage={settings.defaultLanguage}
        onSave={async (draft: TemplateDraft) => {
          const row = await sendMessage('template.save', { template: draft });
          refreshTemplates();
          return row.id;
        }}
        onDelete={async (id) => {
          await sendMessage('template.delete', { id });
          refreshTemplates();
        }}
      />
      <PrivacySection t={t} />
      <DataSection
        t={t}
        onExport={async () => {
          const file = await sendMessage('data.export', {});
          download(
            `ackly-export-${file.exportedAt.slice(0, 10)}.json`,
            [JSON.stringify(file, null, 2)],
            'application/json',
          );
          return t('optionsExportDone', String(file.requests.length));
        }}
        onImport={async (text) => {
          try {
            const counts = await sendMessage('data.import', { file: text });
            refreshTemplates();
            setSettings(await loadSettings());
            return t('optionsImportDone', [
              String(counts.requestsAdded),
              String(counts.requestsUpdated),
              String(counts.eventsAdded),
              String(counts.templates),
            ]);
          } catch (error) {
            // Storage full has its own words: the background's message is for logs.
            const full = storageFullText(error, t, 'import');
            throw new Error(full ?? t('optionsImportFailed', String((error as Error)?.message ?? error)));
          }
        }}
        onWipe={async () => {
          try {
            await sendMessage('data.wipe', { confirm: 'WIPE' });
          } catch (error) {
            throw new Error(t('optionsWipeFailed', String((error as Error)?.message ?? error)));
          }
          refreshTemplates();
          setSettings(await loadSettings());
          return t('optionsWipeDone');
        }}
      />
    </main>
  );
}
