import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../../utils/languages';
import {
  BUILTIN_TEMPLATES,
  TEMPLATE_KINDS,
  isTemplateVariable,
  parseTemplate,
  renderTemplate,
} from '../../utils/templates';

describe('parseTemplate', () => {
  it('lists variables once, in order', () => {
    const p = parseTemplate('Hi {firstName}, [[{subject}||{firstName|you}]]');
    expect(p.variables).toEqual(['firstName', 'subject']);
    expect(p.errors).toEqual([]);
    expect(p.parts.map((x) => x.type)).toEqual(['text', 'var', 'text', 'section']);
  });
  it('names an unknown variable with its position', () => {
    const p = parseTemplate('Hi {fristName},');
    expect(p.errors).toEqual([expect.objectContaining({ code: 'unknown-variable', name: 'fristName', index: 3 })]);
    expect(p.errors[0]?.message).toContain('fristName');
  });
  it('reports lone braces, unclosed variables and unbalanced brackets', () => {
    expect(parseTemplate('a { b').errors.map((e) => e.code)).toEqual(['bad-variable']);
    expect(parseTemplate('a {firstName b').errors.map((e) => e.code)).toEqual(['unclosed-variable']);
    expect(parseTemplate('[[a').errors).toEqual([expect.objectContaining({ code: 'unclosed-section', index: 0 })]);
    expect(parseTemplate('a]]').errors).toEqual([expect.objectContaining({ code: 'unopened-section', index: 1 })]);
    expect(parseTemplate('[[a [[b]] c]]').errors.map((e) => e.code)).toEqual(['nested-section', 'unopened-section']);
  });
  it('accepts escaped braces without errors', () => {
    expect(parseTemplate('{{not a var}} \\{x\\}').errors).toEqual([]);
  });
  it('is safe with non-string input', () => {
    expect(parseTemplate(undefined as unknown as string)).toEqual({ parts: [], variables: [], errors: [] });
  });
});

describe('hostile input', () => {
  const MB = 1024 * 1024;
  const cases: [string, string][] = [
    ['1 MB of text', 'a'.repeat(MB)],
    ['1 MB of lone braces', '{'.repeat(MB - 1) + 'x'],
    ['1 MB of {a|', '{a|'.repeat(MB / 4)],
    ['1 MB of {firstName', '{firstName'.repeat(MB / 10)],
    ['10,000 nested brackets', '[['.repeat(10_000) + '{firstName}' + ']]'.repeat(10_000)],
    ['1 MB of spaces around a gap', ' '.repeat(MB / 2) + '{firstName}' + ' '.repeat(MB / 2)],
    ['many sections', '[[{firstName} ]]'.repeat(50_000)],
    ['many blank lines', '[[{firstName}]]\n'.repeat(50_000)],
    ['1 MB of |', '[[' + '|'.repeat(MB) + ']]'],
    ['backslashes', '\\'.repeat(MB)],
  ];
  it.each(cases)('%s: returns quickly without throwing', (_name, body) => {
    const start = performance.now();
    const p = parseTemplate(body);
    expect(p.errors.length).toBeLessThanOrEqual(101);
    const r = renderTemplate(body, {}, 'en');
    expect(typeof r.text).toBe('string');
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('built-in templates', () => {
  it('has every kind in every language, with ids builtin:<lang>:<kind>', () => {
    for (const lang of LANGUAGES)
      for (const kind of TEMPLATE_KINDS) {
        const t = BUILTIN_TEMPLATES.filter((x) => x.language === lang && x.kind === kind);
        expect(t, `${lang}/${kind}`).toHaveLength(1);
        expect(t[0]).toMatchObject({ id: `builtin:${lang}:${kind}`, builtin: true, uses: 0, updatedAt: 0 });
        expect(t[0]?.title.trim()).not.toBe('');
      }
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t.body] as const))(
    '%s parses cleanly with known variables',
    (_id, body) => {
      const p = parseTemplate(body);
      expect(p.errors).toEqual([]);
      expect(p.variables.every(isTemplateVariable)).toBe(true);
      expect(p.variables).toContain('firstName');
      expect(p.variables).toContain('myName');
    },
  );
  it('titles are distinct within a language', () => {
    for (const lang of LANGUAGES) {
      const titles = BUILTIN_TEMPLATES.filter((t) => t.language === lang).map((t) => t.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });
});
