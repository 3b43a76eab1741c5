// Which templates to offer: the email's language (else the user's default), most used first.
import type { TemplateKind, TemplateRow } from '../db/types';
import type { Lang } from '../languages';

export interface PickOptions {
  kind?: TemplateKind;
  /** The language of the email being answered; null when unknown. */
  language: Lang | null | undefined;
  /** The user's default language. */
  fallbackLanguage: Lang;
}

function compare(a: TemplateRow, b: TemplateRow): number {
  return (
    (b.uses || 0) - (a.uses || 0) ||
    Number(a.builtin) - Number(b.builtin) ||
    a.title.localeCompare(b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function pickTemplates(all: readonly TemplateRow[], options: PickOptions): TemplateRow[] {
  const ofKind = options.kind ? all.filter((t) => t.kind === options.kind) : all;
  let chosen = options.language ? ofKind.filter((t) => t.language === options.language) : [];
  if (chosen.length === 0) chosen = ofKind.filter((t) => t.language === options.fallbackLanguage);
  return [...chosen].sort(compare);
}

/** The best acknowledgement for an email in `lang`, or undefined when there is none. */
export function acknowledgementFor(
  templates: readonly TemplateRow[],
  lang: Lang | null | undefined,
  fallback: Lang,
): TemplateRow | undefined {
  return pickTemplates(templates, { kind: 'acknowledge', language: lang, fallbackLanguage: fallback })[0];
}
