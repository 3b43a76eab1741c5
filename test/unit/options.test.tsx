// The options page's pure components: settings controls report the right change, the template
// editor previews in the template's language and stops unknown variables, the data section
// guards the wipe and shows what went wrong.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DataSection } from '@/components/options/DataSection';
import { SettingsForm, formatOverrides, lines, parseOverrides } from '@/components/options/SettingsForm';
import { TemplateEditor, type TemplateEditorProps } from '@/components/options/TemplateEditor';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { BUILTIN_TEMPLATES } from '@/utils/templates';

const EN = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const t = (key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : [subs].flat();
  return (EN[key]?.message ?? `??${key}`).replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
};

let host: HTMLElement | null = null;
function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  host = el;
  act(() => render(node, el));
  return el;
}
const root = () => host!;
const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
function setValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, type = 'input') {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

afterEach(() => {
  const el = host;
  if (!el) return;
  act(() => render(null, el));
  el.remove();
  host = null;
});

describe('settings helpers', () => {
  it('reads lists one per line, ignoring blanks', () => {
    expect(lines(' acme.example \n\n\r\nbeta.example\n')).toEqual(['acme.example', 'beta.example']);
  });

  it('round-trips per-domain standards in hours', () => {
    const overrides = [
      { match: 'acme.example', ackWithinMinutes: 120, replyWithinMinutes: 480 },
      { match: 'ceo@acme.example', ackWithinMinutes: 30, replyWithinMinutes: 90 },
    ];
    expect(formatOverrides(overrides)).toBe('acme.example, 2, 8\nceo@acme.example, 0.5, 1.5');
    expect(parseOverrides(formatOverrides(overrides))).toEqual(overrides);
    expect(parseOverrides('x.example; 1,5')).toEqual([
      { match: 'x.example', ackWithinMinutes: 60, replyWithinMinutes: 300 },
    ]);
    // Nonsense stays visibly wrong so the settings check names the field.
    expect(Number.isNaN(parseOverrides('x.example, soon, later')[0]!.ackWithinMinutes)).toBe(true);
  });
});

describe('SettingsForm', () => {
  it('has a control for every setting and reports changes', () => {
    const onChange = vi.fn();
    mount(<SettingsForm settings={DEFAULT_SETTINGS} t={t} onChange={onChange} />);
    expect(root().textContent).not.toContain('??');
    const checkboxes = [...root().querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    // working days + external, auto-done, progress suggestions, coach, notifications, quiet
    expect(checkboxes).toHaveLength(7 + 6);
    setValue(byTestId('ackly-options-ack-hours') as HTMLInputElement, '2,5', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ standard: { ackWithinMinutes: 150, replyWithinMinutes: 960 } });
    setValue(byTestId('ackly-options-ui-language') as HTMLSelectElement, 'pl', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ uiLanguage: 'pl' });
    const saturday = root().querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')[5]!;
    act(() => saturday.click());
    expect(onChange).toHaveBeenLastCalledWith({
      workingHours: { ...DEFAULT_SETTINGS.workingHours, days: [1, 2, 3, 4, 5, 6] },
    });
    const send = root().querySelector<HTMLInputElement>('input[type="radio"][value="send"]')!;
    act(() => send.click());
    expect(onChange).toHaveBeenLastCalledWith({ acknowledgeBehaviour: 'send' });
    setValue(byTestId('ackly-options-follow-up-days') as HTMLInputElement, '3', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ followUpWorkingDays: 3 });
    act(() => (byTestId('ackly-options-coach') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith({ coach: false });
    act(() => (byTestId('ackly-options-suggestProgress') as HTMLInputElement).click());
    expect(onChange).toHaveBeenLastCalledWith({ suggestProgress: false });
  });
});

describe('TemplateEditor', () => {
  const props = (overrides: Partial<TemplateEditorProps> = {}): TemplateEditorProps => ({
    templates: BUILTIN_TEMPLATES,
    t,
    previewVars: {
      firstName: 'Anna',
      senderName: 'Anna Kowalska',
      myName: 'Alex',
      subject: 'Budget',
      dueDate: new Date('2026-12-03T15:00:00Z'),
      requestSummary: 'send the figures',
    },
    timeZone: 'Europe/Warsaw',
    defaultLanguage: 'de',
    onSave: vi.fn(async () => 'user:1'),
    onDelete: vi.fn(async () => {}),
    ...overrides,
  });

  it('lists the built-ins of the chosen language and previews them in that language', () => {
    mount(<TemplateEditor {...props()} />);
    const items = () => [...root().querySelectorAll('[data-testid="ackly-options-template-item"]')];
    expect(items()).toHaveLength(6);
    expect(
      items()
        .map((i) => i.textContent)
        .join(' '),
    ).toContain('Danke für deine Hilfe');
    setValue(byTestId('ackly-options-template-filter') as HTMLSelectElement, 'pl', 'change');
    expect(
      items()
        .map((i) => i.textContent)
        .join(' '),
    ).toContain('Dzięki za pomoc');
    const ack = items().find((i) => i.textContent?.includes('Dotarło'))! as HTMLElement;
    act(() => ack.click());
    const preview = byTestId('ackly-options-template-preview')!.textContent!;
    expect(preview).toContain('Anna');
    expect(preview).not.toMatch(/\{[a-zA-Z]+\}/);
    // Polish date formatting for December, not English.
    if (BUILTIN_TEMPLATES.find((r) => r.id === 'builtin:pl:acknowledge')!.body.includes('{dueDate')) {
      expect(preview).toMatch(/grudnia|grudzień|12/);
      expect(preview).not.toContain('December');
    }
    expect(byTestId('ackly-options-template-delete')!.textContent).toBe(t('optionsTemplateReset'));
  });

  it('reports unknown variables and parse errors inline and blocks saving', async () => {
    const p = props();
    mount(<TemplateEditor {...p} />);
    act(() => (byTestId('ackly-options-template-new') as HTMLButtonElement).click());
    setValue(byTestId('ackly-options-template-title') as HTMLInputElement, 'Mine');
    setValue(byTestId('ackly-options-template-body') as HTMLTextAreaElement, 'Hi {nickname}, [[open');
    const errors = [...root().querySelectorAll('[data-testid="ackly-options-template-error"]')].map(
      (e) => e.textContent,
    );
    expect(errors[0]).toBe('Unknown variable: {nickname}');
    expect(errors.length).toBeGreaterThan(1);
    expect((byTestId('ackly-options-template-save') as HTMLButtonElement).disabled).toBe(true);

    setValue(byTestId('ackly-options-template-body') as HTMLTextAreaElement, '[[Hi {firstName},||Hi,]] thanks!');
    expect(root().querySelector('[data-testid="ackly-options-template-error"]')).toBeNull();
    expect(byTestId('ackly-options-template-preview')!.textContent).toBe('Hi Anna, thanks!');
    await act(async () => (byTestId('ackly-options-template-save') as HTMLButtonElement).click());
    await flush();
    expect(p.onSave).toHaveBeenCalledWith({
      kind: 'acknowledge',
      language: 'de',
      title: 'Mine',
      body: '[[Hi {firstName},||Hi,]] thanks!',
    });
    expect(byTestId('ackly-options-template-status')!.textContent).toBe('Template saved');
  });

  it('shows the background’s refusal', async () => {
    mount(
      <TemplateEditor
        {...props({ onSave: vi.fn(async () => Promise.reject(new Error('A template needs a title'))) })}
      />,
    );
    const first = root().querySelector<HTMLElement>('[data-testid="ackly-options-template-item"]')!;
    act(() => first.click());
    await act(async () => (byTestId('ackly-options-template-save') as HTMLButtonElement).click());
    await flush();
    expect(byTestId('ackly-options-template-status')!.textContent).toBe('Check the text: A template needs a title');
  });
});

describe('DataSection', () => {
  it('wipes only after WIPE is typed, and shows failures', async () => {
    const onWipe = vi.fn(async () => 'All data deleted.');
    const onImport = vi.fn(async () =>
      Promise.reject(new Error('Nothing was imported: requests[0].subject is too long')),
    );
    mount(<DataSection t={t} onExport={vi.fn(async () => 'ok')} onImport={onImport} onWipe={onWipe} />);
    const wipe = byTestId('ackly-options-wipe') as HTMLButtonElement;
    expect(wipe.disabled).toBe(true);
    setValue(byTestId('ackly-options-wipe-confirm') as HTMLInputElement, 'wipe');
    expect(wipe.disabled).toBe(true);
    setValue(byTestId('ackly-options-wipe-confirm') as HTMLInputElement, 'WIPE');
    expect(wipe.disabled).toBe(false);
    await act(async () => wipe.click());
    await flush();
    expect(onWipe).toHaveBeenCalledTimes(1);
    expect(byTestId('ackly-options-data-status')!.textContent).toBe('All data deleted.');
    expect((byTestId('ackly-options-wipe-confirm') as HTMLInputElement).value).toBe('');

    const input = byTestId('ackly-options-import') as HTMLInputElement;
    const file = new File(['{"format":"ackly-export"'], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await flush();
    expect(onImport).toHaveBeenCalledWith('{"format":"ackly-export"');
    const status = byTestId('ackly-options-data-status')!;
    expect(status.textContent).toBe('Nothing was imported: requests[0].subject is too long');
    expect(status.className).toBe('error');
  });
});
