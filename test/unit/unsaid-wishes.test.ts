// Meeting the wishes colleagues did not say: the acknowledgement asks by when they need it when
// they gave no deadline and says so when their attachment did not come; the answer template leaves
// a marked place for the file or figures they asked for. In all five languages.
import { describe, expect, it } from 'vitest';
import { unsaidWishes } from '@/entrypoints/background/compose';
import type { TrackedRequest } from '@/utils/db/types';
import { LANGUAGES } from '@/utils/languages';
import { BUILTIN_TEMPLATES, renderTemplate } from '@/utils/templates';
import { UNSAID_WISHES } from '@/utils/templates/builtin';
import { analysisFixture, requestFixture } from '../fixtures';

const request = (analysis: Partial<TrackedRequest['analysis']>, state: TrackedRequest['state'] = 'new') =>
  requestFixture({ state, analysis: analysisFixture(analysis) });

function render(kind: 'acknowledge' | 'closing', lang: (typeof LANGUAGES)[number], r: TrackedRequest) {
  const template = BUILTIN_TEMPLATES.find((t) => t.id === `builtin:${lang}:${kind}`)!;
  return renderTemplate(
    template.body,
    {
      firstName: 'Ana',
      myName: 'Alex',
      subject: 'Budget',
      dueDate: new Date('2026-12-10T16:00:00Z'),
      requestSummary: r.analysis.requestSentences[0] ?? null,
      ...unsaidWishes(r, lang),
    },
    lang,
    { timeZone: 'Europe/Amsterdam' },
  ).text;
}

describe.each(LANGUAGES)('unsaid wishes in %s', (lang) => {
  const words = UNSAID_WISHES[lang];

  it('asks by when they need it only when they gave no deadline', () => {
    expect(render('acknowledge', lang, request({ dueAt: null }))).toContain(words.deadlineAsk);
    expect(render('acknowledge', lang, request({ dueAt: Date.parse('2026-12-11T16:00:00Z') }))).not.toContain(
      words.deadlineAsk,
    );
  });

  it('says politely when the attachment they mention is missing', () => {
    expect(render('acknowledge', lang, request({ attachmentHint: 'missing' }))).toContain(words.attachmentNote);
    expect(render('acknowledge', lang, request({ attachmentHint: null }))).not.toContain(words.attachmentNote);
  });

  it('leaves a marked place in the answer for the file or the figures asked for', () => {
    expect(render('closing', lang, request({ attachmentHint: 'requested' }))).toContain(words.sendFile);
    const figures = request({ requestSentences: ['Could you send me the Q3 figures?'] });
    expect(render('closing', lang, figures)).toContain(words.sendFigures);
    const plain = request({ requestSentences: ['Could you book the meeting room?'] });
    const text = render('closing', lang, plain);
    expect(text).not.toContain(words.sendFile);
    expect(text).not.toContain(words.sendFigures);
    expect(text).not.toMatch(/\n{3,}/);
  });
});

it('offers none of this on the user’s own requests', () => {
  expect(unsaidWishes(request({ dueAt: null, attachmentHint: 'missing' }, 'waiting'), 'en')).toEqual({});
  expect(unsaidWishes(null, 'en')).toEqual({});
});
