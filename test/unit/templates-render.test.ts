import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../../utils/languages';
import type { Lang } from '../../utils/languages';
import {
  BUILTIN_TEMPLATES,
  formatDueDate,
  parseTemplate,
  renderTemplate,
  TEMPLATE_VARIABLES,
} from '../../utils/templates';
import type { TemplateVars } from '../../utils/templates';

const DUE = new Date('2026-11-27T16:00:00Z'); // Friday 17:00 in Amsterdam/Berlin/Warsaw/Oslo
const TZ = { timeZone: 'Europe/Amsterdam' };
const FULL: TemplateVars = {
  firstName: 'Piet',
  senderName: 'Piet de Vries',
  myName: 'Anna Kowalska',
  subject: 'Q3 budget',
  dueDate: DUE,
  requestSummary: 'Please send the Q3 figures.',
  deadlineAsk: 'By when do you need it?',
  attachmentNote: 'The attachment did not come through.',
  toSend: '[Add the figures here]',
};
const GREETING: Record<Lang, string> = { en: 'Hi', nl: 'Hoi', de: 'Hallo', pl: 'Cześć', nb: 'Hei' };

function assertTidy(text: string): void {
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/\n{3}/);
  expect(text).not.toMatch(/^\s/);
  expect(text).not.toMatch(/\s$/);
  expect(text).not.toMatch(/ [,.!?:;]/);
  expect(text).not.toMatch(/[ \t]\n/);
  expect(text).not.toContain('{');
  expect(text).not.toContain('[[');
  expect(text).not.toContain('\u0000');
}

describe('formatDueDate', () => {
  it.each([
    ['en', /Friday 27 November/],
    ['nl', /vrijdag 27 november/],
    ['de', /Freitag, 27\. November/],
    ['pl', /piątek, 27 listopada/],
    ['nb', /fredag 27\. november/],
  ] as const)('%s uses the language of the template', (lang, re) => {
    const s = formatDueDate(DUE, lang, TZ);
    expect(s).toMatch(re);
    expect(s).toContain('17:00');
  });
  it('honours the time zone', () => {
    expect(formatDueDate(DUE, 'en', { timeZone: 'UTC' })).toContain('16:00');
  });
  it('survives an unknown time zone and an invalid date', () => {
    expect(formatDueDate(DUE, 'en', { timeZone: 'Mars/Olympus' })).toMatch(/November/);
    expect(formatDueDate(new Date(NaN), 'en')).toBe('');
  });
});

describe('renderTemplate: sections and variables', () => {
  it('fills every variable', () => {
    const r = renderTemplate('{firstName}|{senderName}|{myName}|{subject}|{requestSummary}', FULL, 'en');
    expect(r.text).toBe('Piet|Piet de Vries|Anna Kowalska|Q3 budget|Please send the Q3 figures.');
    expect(r.missing).toEqual([]);
    expect(r.unknown).toEqual([]);
  });
  it('drops a section whose variable is empty, with no "Hi ,"', () => {
    expect(renderTemplate('Hi[[ {firstName}]],', {}, 'en').text).toBe('Hi,');
    expect(renderTemplate('[[Hi {firstName},]]\nThanks!', {}, 'en').text).toBe('Thanks!');
    expect(renderTemplate('Hi {firstName}, thanks', { firstName: '  ' }, 'en').text).toBe('Hi, thanks');
  });
  it('keeps a section when its variables have values', () => {
    expect(renderTemplate('Hi[[ {firstName}]],', { firstName: 'Ola' }, 'nb').text).toBe('Hi Ola,');
  });
  it('chooses the first complete alternative', () => {
    const body = 'Answer [[by {dueDate}||soon]].';
    expect(renderTemplate(body, {}, 'en').text).toBe('Answer soon.');
    expect(renderTemplate(body, { dueDate: DUE }, 'en', TZ).text).toMatch(/^Answer by Friday 27 November.*17:00\.$/);
  });
  it('removes the line of a dropped section and does not double blank lines', () => {
    const body = 'Hello,\n\n[[{requestSummary}]]\n\nBye\n[[{myName}]]';
    expect(renderTemplate(body, {}, 'en').text).toBe('Hello,\n\nBye');
    expect(renderTemplate(body, FULL, 'en').text).toBe('Hello,\n\nPlease send the Q3 figures.\n\nBye\nAnna Kowalska');
    expect(renderTemplate('[[{firstName}]]\r\nNext', {}, 'en').text).toBe('Next');
  });
  it('collapses the spaces around a dropped piece mid-sentence', () => {
    expect(renderTemplate('Thanks [[for {subject}]] again', {}, 'en').text).toBe('Thanks again');
    expect(renderTemplate('Thanks [[for {subject}]].', {}, 'en').text).toBe('Thanks.');
  });
  it('uses a fallback when the value is missing', () => {
    expect(renderTemplate('Hi {firstName|there},', {}, 'en').text).toBe('Hi there,');
    expect(renderTemplate('Hi {firstName|there},', { firstName: 'Ada' }, 'en').text).toBe('Hi Ada,');
    expect(renderTemplate('Hi {firstName|there},', {}, 'en').missing).toEqual([]);
  });
  it('reports missing variables', () => {
    expect(renderTemplate('Hi[[ {firstName}]], {subject}', {}, 'en').missing).toEqual(['firstName', 'subject']);
  });
  it('reports unknown variables and leaves them visible', () => {
    const r = renderTemplate('Hi {fristName}, [[by {when}]]', FULL, 'en');
    expect(r.unknown).toEqual(['fristName', 'when']);
    expect(r.text).toContain('{fristName}');
    expect(r.errors.map((e) => e.name)).toEqual(['fristName', 'when']);
  });
  it('does not interpret template syntax inside values', () => {
    const r = renderTemplate('Re: {subject}', { subject: '{firstName} [[x]] \u0000' }, 'en');
    expect(r.text).toBe('Re: {firstName} [[x]]');
  });
});

describe('renderTemplate: escaping', () => {
  it('writes literal braces, brackets and bars', () => {
    expect(renderTemplate('{{firstName}} \\[[no]] a\\|\\|b \\\\', FULL, 'en').text).toBe('{firstName} [[no]] a||b \\');
    expect(renderTemplate('a}}b', {}, 'en').text).toBe('a}b');
  });
  it('treats || outside a section as text', () => {
    expect(renderTemplate('a || b', {}, 'en').text).toBe('a || b');
  });
});

describe('built-in templates render in every language', () => {
  for (const lang of LANGUAGES) {
    const mine = BUILTIN_TEMPLATES.filter((t) => t.language === lang);
    it(`${lang}: every variable present`, () => {
      for (const t of mine) {
        const r = renderTemplate(t.body, FULL, lang, TZ);
        expect(r.missing, t.id).toEqual([]);
        expect(r.unknown, t.id).toEqual([]);
        expect(r.text.startsWith(`${GREETING[lang]} Piet,`), t.id).toBe(true);
        expect(r.text.endsWith('Anna Kowalska'), t.id).toBe(true);
        assertTidy(r.text);
      }
    });
    it(`${lang}: every variable absent`, () => {
      for (const t of mine) {
        const r = renderTemplate(t.body, {}, lang, TZ);
        expect(r.text.startsWith(`${GREETING[lang]},\n`), t.id).toBe(true);
        expect(r.unknown).toEqual([]);
        assertTidy(r.text);
      }
    });
    it(`${lang}: each variable absent on its own`, () => {
      for (const t of mine)
        for (const name of TEMPLATE_VARIABLES) {
          const vars: TemplateVars = { ...FULL, [name]: name === 'dueDate' ? null : '' };
          const r = renderTemplate(t.body, vars, lang, TZ);
          assertTidy(r.text);
          if (name === 'dueDate') expect(r.text).not.toContain('17:00');
        }
    });
    it(`${lang}: the acknowledgement says when the answer comes`, () => {
      const ack = mine.find((t) => t.kind === 'acknowledge');
      expect(ack).toBeDefined();
      expect(renderTemplate(ack?.body ?? '', FULL, lang, TZ).text).toContain('17:00');
      expect(parseTemplate(ack?.body ?? '').variables).toContain('dueDate');
    });
  }
});
