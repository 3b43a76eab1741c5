// Template list and editor with a live preview in the template's language. Pure: the page saves.
import { useMemo, useState } from 'preact/hooks';
import type { TemplateKind, TemplateRow } from '@/utils/db/types';
import { LANGUAGES, type Lang } from '@/utils/languages';
import type { Translate } from '@/utils/i18n/t';
import {
  TEMPLATE_KINDS,
  TEMPLATE_VARIABLES,
  parseTemplate,
  renderTemplate,
  type TemplateVars,
} from '@/utils/templates';

export interface TemplateDraft {
  id?: string;
  kind: TemplateKind;
  language: Lang;
  title: string;
  body: string;
}

export interface TemplateEditorProps {
  templates: readonly TemplateRow[];
  t: Translate;
  previewVars: TemplateVars;
  timeZone: string;
  defaultLanguage: Lang;
  /** Resolves with the saved row's id, or rejects with a message to show. */
  onSave: (draft: TemplateDraft) => Promise<string>;
  onDelete: (id: string) => Promise<void>;
}

const draftOf = (row: TemplateRow): TemplateDraft => ({
  id: row.id,
  kind: row.kind,
  language: row.language,
  title: row.title,
  body: row.body,
});

export function TemplateEditor(props: TemplateEditorProps) {
  const { templates, t, previewVars, timeZone, defaultLanguage } = props;
  const [draft, setDraft] = useState<TemplateDraft | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [filter, setFilter] = useState<Lang>(defaultLanguage);

  const listed = templates
    .filter((row) => row.language === filter)
    .sort((a, b) => TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind) || a.title.localeCompare(b.title));
  const selected = draft?.id ? templates.find((row) => row.id === draft.id) : undefined;
  const isBuiltin = Boolean(draft?.id?.startsWith('builtin:'));

  const parsed = useMemo(() => (draft ? parseTemplate(draft.body) : null), [draft?.body]);
  const preview = useMemo(
    () => (draft ? renderTemplate(draft.body, previewVars, draft.language, { timeZone }) : null),
    [draft?.body, draft?.language, previewVars, timeZone],
  );
  const unknown = parsed
    ? [...new Set(parsed.errors.filter((e) => e.code === 'unknown-variable').map((e) => e.name ?? ''))]
    : [];
  const otherErrors = parsed ? parsed.errors.filter((e) => e.code !== 'unknown-variable') : [];
  const invalid = !draft || unknown.length > 0 || otherErrors.length > 0 || !draft.title.trim() || !draft.body.trim();

  const edit = (change: Partial<TemplateDraft>) => {
    if (draft) setDraft({ ...draft, ...change });
    setStatus(null);
  };

  const save = async () => {
    if (!draft || invalid) return;
    try {
      const id = await props.onSave(draft);
      setDraft({ ...draft, id });
      setStatus({ ok: true, text: t('optionsTemplateSaved') });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsTemplateError', String((error as Error)?.message ?? error)) });
    }
  };

  const remove = async () => {
    if (!draft?.id) return;
    try {
      await props.onDelete(draft.id);
      setDraft(null);
      setStatus(null);
    } catch (error) {
      setStatus({ ok: false, text: t('optionsTemplateError', String((error as Error)?.message ?? error)) });
    }
  };

  return (
    <section data-testid="ackly-options-templates">
      <h2>{t('optionsSectionTemplates')}</h2>
      <div class="template-layout">
        <div class="template-list">
          <select
            class="template-filter"
            aria-label={t('optionsTemplateLanguage')}
            data-testid="ackly-options-template-filter"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value as Lang)}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`optionsLang_${lang}`)}
              </option>
            ))}
          </select>
          <ul>
            {listed.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  data-testid="ackly-options-template-item"
                  aria-pressed={draft?.id === row.id}
                  onClick={() => {
                    setDraft(draftOf(row));
                    setStatus(null);
                  }}
                >
                  <span class="kind">{t(`optionsKind_${row.kind}`)}</span>
                  <span class="template-name">{row.title}</span>
                  {row.builtin && <span class="tag">{t('optionsTemplateBuiltin')}</span>}
                  {row.uses > 0 && <span class="tag">{t('optionsTemplateUses', String(row.uses))}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="ackly-options-template-new"
            onClick={() => {
              setDraft({ kind: 'acknowledge', language: filter, title: '', body: '' });
              setStatus(null);
            }}
          >
            {t('optionsTemplateNew')}
          </button>
        </div>

        {draft && (
          <div class="template-edit" data-testid="ackly-options-template-editor">
            <div class="row">
              <label>
                {t('optionsTemplateKind')}
                <select
                  data-testid="ackly-options-template-kind"
                  value={draft.kind}
                  disabled={isBuiltin}
                  onChange={(e) => edit({ kind: e.currentTarget.value as TemplateKind })}
                >
                  {TEMPLATE_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`optionsKind_${kind}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('optionsTemplateLanguage')}
                <select
                  data-testid="ackly-options-template-language"
                  value={draft.language}
                  disabled={isBuiltin}
                  onChange={(e) => edit({ language: e.currentTarget.value as Lang })}
                >
                  {LANGUAGES.map((lang) => (
                    <option key={lang} value={lang}>
                      {t(`optionsLang_${lang}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <label>
              {t('optionsTemplateTitle')}
              <input
                data-testid="ackly-options-template-title"
                value={draft.title}
                maxLength={200}
                onInput={(e) => edit({ title: e.currentTarget.value })}
              />
            </label>
            {/* The text and its preview side by side where there is room (entrypoints/options/style.css). */}
            <div class="template-text">
              <label class="template-body">
                {t('optionsTemplateBody')}
                <textarea
                  data-testid="ackly-options-template-body"
                  rows={12}
                  value={draft.body}
                  onInput={(e) => edit({ body: e.currentTarget.value })}
                />
              </label>
              <div class="template-preview">
                <h3 id="ackly-template-preview-title">{t('optionsTemplatePreview')}</h3>
                <pre
                  class="preview"
                  data-testid="ackly-options-template-preview"
                  lang={draft.language}
                  aria-labelledby="ackly-template-preview-title"
                >
                  {preview?.text ?? ''}
                </pre>
              </div>
            </div>
            {unknown.length > 0 && (
              <p class="error" role="alert" data-testid="ackly-options-template-error">
                {t('optionsTemplateUnknown', unknown.map((name) => `{${name}}`).join(', '))}
              </p>
            )}
            {otherErrors.map((error, index) => (
              <p key={index} class="error" role="alert" data-testid="ackly-options-template-error">
                {t('optionsTemplateError', error.message)}
              </p>
            ))}
            <div class="hints">
              <p>{t('optionsTemplateVariables')}</p>
              <ul>
                {TEMPLATE_VARIABLES.map((name) => (
                  <li key={name}>
                    <button type="button" class="chip" onClick={() => edit({ body: `${draft.body}{${name}}` })}>
                      {`{${name}}`}
                    </button>{' '}
                    {t(`optionsVar_${name}`)}
                  </li>
                ))}
              </ul>
              <p class="hint">{t('optionsVarConditional')}</p>
            </div>
            <div class="row">
              <button type="button" data-testid="ackly-options-template-save" disabled={invalid} onClick={save}>
                {t('optionsTemplateSave')}
              </button>
              {selected && (
                <button type="button" data-testid="ackly-options-template-delete" onClick={remove}>
                  {t(isBuiltin ? 'optionsTemplateReset' : 'optionsTemplateDelete')}
                </button>
              )}
            </div>
            {status && (
              <p class={status.ok ? 'ok' : 'error'} role="status" data-testid="ackly-options-template-status">
                {status.text}
              </p>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
