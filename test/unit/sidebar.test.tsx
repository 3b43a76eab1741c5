// The sidebar as a pure component: what it says for each thread state, which callbacks its
// buttons call, and that email text stays text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Sidebar, focusRequest, type SidebarProps } from '@/components/Sidebar';
import { RowMarker } from '@/components/sidebar/RowMarker';
import type { EventRow, TrackedRequest } from '@/utils/db/types';
import type { ThreadState } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { PAGE_DEFAULTS, pageLanguage, pageSettings } from '@/utils/webmail/controller';
import { trackInput } from './helpers';

// English interface strings, as the extension shows them.
const EN = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;
const t = (key: string, subs?: string | string[]) => {
  const message = EN[key]?.message ?? key;
  const list = subs === undefined ? [] : [subs].flat();
  return message.replace(/\$[A-Z_]+\$/g, () => list.shift() ?? '');
};

function request(overrides: Partial<TrackedRequest> = {}): TrackedRequest {
  return {
    ...trackInput(),
    id: 7,
    state: 'new',
    stateBeforeSnooze: null,
    updatedAt: 0,
    createdAt: 0,
    timestamps: {},
    ...overrides,
  } as TrackedRequest;
}

function state(requests: TrackedRequest[], newest: ThreadState['newest'] = null): ThreadState {
  return { webmail: 'gmail', threadId: 'thread-1', requests, newest };
}

function mount(overrides: Partial<SidebarProps>) {
  const root = document.createElement('div');
  const props: SidebarProps = {
    status: { kind: 'idle' },
    collapsed: false,
    t,
    history: [],
    ackDue: null,
    replyDue: null,
    when: (at) => ({ absolute: new Date(at).toISOString(), relative: 'soon' }),
    now: Date.now(),
    notice: null,
    busy: false,
    onToggle: vi.fn(),
    onAcknowledge: vi.fn(),
    onTemplate: vi.fn(),
    onAction: vi.fn(),
    ...overrides,
  };
  render(<Sidebar {...props} />, root);
  const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { root, props, q };
}

describe('Sidebar', () => {
  it('shows a new request: who asks, what, by when, and the state', () => {
    const r = request({ replyDueAt: 1000, analysis: { ...trackInput().analysis, dueAt: 1000 } });
    const { q } = mount({
      status: { kind: 'ready', state: state([r]) },
      ackDue: { absolute: 'Tue 14:00', relative: 'in 2 hours' },
      replyDue: { absolute: 'Fri 17:00', relative: 'in 3 days' },
    });
    expect(q('ackly-sidebar')).not.toBeNull();
    expect(q('ackly-request-status')?.textContent).toBe('Status: new');
    expect(q('ackly-request-sentences')?.textContent).toBe('Could you send me the budget figures by Friday?');
    expect(q('ackly-due')?.textContent).toContain('Fri 17:00 (in 3 days)');
    expect(q('ackly-due')?.textContent).toContain('deadline from the email');
    for (const id of ['ackly-acknowledge', 'ackly-template', 'ackly-done', 'ackly-snooze', 'ackly-not-request']) {
      expect(q(id), id).not.toBeNull();
    }
  });

  it('says the due time comes from the service standard when the email named none', () => {
    const { q } = mount({
      status: { kind: 'ready', state: state([request({ replyDueAt: 5000 })]) },
      replyDue: { absolute: 'Wed 17:00', relative: 'tomorrow' },
    });
    expect(q('ackly-due')?.textContent).toContain('your service standard');
  });

  it('calls back for each action', () => {
    const { q, props } = mount({ status: { kind: 'ready', state: state([request()]) } });
    q('ackly-acknowledge')!.click();
    q('ackly-done')!.click();
    q('ackly-snooze')!.click();
    q('ackly-not-request')!.click();
    expect(props.onAcknowledge).toHaveBeenCalledTimes(1);
    expect(vi.mocked(props.onAction).mock.calls.map((c) => c[0])).toEqual(['done', 'snooze', 'dismiss']);
    const select = q('ackly-template') as unknown as HTMLSelectElement;
    select.value = 'thanks';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onTemplate).toHaveBeenCalledWith('thanks');
    expect(select.value).toBe('');
  });

  it('offers no acknowledgement once acknowledged, and reopening once done', () => {
    const ack = mount({ status: { kind: 'ready', state: state([request({ state: 'acknowledged' })]) } });
    expect(ack.q('ackly-request-status')?.textContent).toContain('acknowledged');
    expect(ack.q('ackly-acknowledge')).toBeNull();
    expect(ack.q('ackly-done')).not.toBeNull();
    const done = mount({ status: { kind: 'ready', state: state([request({ state: 'done' })]) } });
    expect(done.q('ackly-request-status')?.textContent).toContain('done');
    expect(done.q('ackly-done')).toBeNull();
    done.q('ackly-reopen')!.click();
    expect(done.props.onAction).toHaveBeenCalledWith('reopen');
  });

  it.each([
    [null, 'No request: nobody is waiting for an answer here.'],
    [
      { messageId: 'm', isRequest: false, automated: true, fromColleague: false, tracked: false },
      'No request: this is an automated email.',
    ],
    [
      { messageId: 'm', isRequest: true, automated: false, fromColleague: false, tracked: false },
      "A request, but not from a colleague, so Ackly doesn't track it.",
    ],
    [
      { messageId: 'm', isRequest: false, automated: false, fromColleague: true, tracked: false },
      'No request: nobody is waiting for an answer here.',
    ],
  ])('without a tracked request says why (%j)', (newest, text) => {
    const { q } = mount({ status: { kind: 'ready', state: state([], newest) } });
    expect(q('ackly-request-status')?.textContent).toBe(text);
    expect(q('ackly-acknowledge')).toBeNull();
    expect(q('ackly-template')).not.toBeNull();
  });

  it('renders HTML and script in email text as inert text', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const r = request({
      sender: { name: '<b>Mallory</b>', email: 'm@example.com' },
      analysis: { ...trackInput().analysis, requestSentences: [payload] },
    });
    const { root, q } = mount({ status: { kind: 'ready', state: state([r]) } });
    expect(q('ackly-request-sentences')?.textContent).toBe(payload);
    expect(root.querySelectorAll('img, script, b').length).toBe(0);
    expect(root.textContent).toContain('<b>Mallory</b> asks:');
  });

  it('says when something should be attached or is missing', () => {
    const missing = request({ analysis: { ...trackInput().analysis, attachmentHint: 'missing' } });
    expect(
      mount({ status: { kind: 'ready', state: state([missing]) } }).q('ackly-attachment-hint')?.textContent,
    ).toContain("there isn't one");
    const asked = request({ analysis: { ...trackInput().analysis, attachmentHint: 'requested' } });
    expect(
      mount({ status: { kind: 'ready', state: state([asked]) } }).q('ackly-attachment-hint')?.textContent,
    ).toContain('remember to attach');
    expect(mount({ status: { kind: 'ready', state: state([request()]) } }).q('ackly-attachment-hint')).toBeNull();
  });

  it('lists the history of transitions', () => {
    const history: EventRow[] = [
      { id: 1, requestId: 7, type: 'tracked', at: 0 },
      { id: 2, requestId: 7, type: 'ack-drafted', at: 1 },
      { id: 3, requestId: 7, type: 'transition', at: 2, from: 'new', to: 'acknowledged' },
    ];
    const { q } = mount({ status: { kind: 'ready', state: state([request({ state: 'acknowledged' })]) }, history });
    const items = Array.from(q('ackly-history')!.querySelectorAll('li')).map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Spotted as a request');
    expect(items[1]).toContain('Acknowledgement drafted');
    expect(items[2]).toContain('new → acknowledged');
  });

  it('folds away to a single button and keeps its test hook', () => {
    const { q, root, props } = mount({ collapsed: true, status: { kind: 'ready', state: state([request()]) } });
    expect(q('ackly-sidebar')?.getAttribute('data-collapsed')).toBe('true');
    expect(q('ackly-acknowledge')).toBeNull();
    expect(root.querySelectorAll('button')).toHaveLength(1);
    q('ackly-toggle')!.click();
    expect(props.onToggle).toHaveBeenCalledTimes(1);
  });

  it('shows loading and errors, and stays out of the way with no conversation open', () => {
    expect(mount({ status: { kind: 'loading' } }).root.textContent).toContain('Reading this conversation');
    expect(mount({ status: { kind: 'error' } }).q('ackly-request-status')?.textContent).toBe(
      "Ackly couldn't read this conversation.",
    );
    const unreadable = mount({ status: { kind: 'unreadable' } }).q('ackly-request-status');
    expect(unreadable?.textContent).toMatch(/can't read this page/);
    expect(unreadable?.dataset.status).toBe('unreadable');
    const idle = mount({ status: { kind: 'idle' } });
    expect(idle.q('ackly-sidebar')?.hidden).toBe(true);
    expect(idle.root.textContent).toBe('');
  });
});

describe('focusRequest', () => {
  it('prefers the newest request still owed', () => {
    const a = request({ id: 1, state: 'acknowledged' });
    const b = request({ id: 2, state: 'done' });
    expect(focusRequest(state([a, b]))?.id).toBe(1);
    expect(focusRequest(state([b]))?.id).toBe(2);
    expect(focusRequest(state([]))).toBeNull();
  });
});

describe('RowMarker', () => {
  it('marks owed and overdue rows differently', () => {
    const root = document.createElement('div');
    render(<RowMarker overdue={false} title="owed" />, root);
    const owed = root.querySelector<HTMLElement>('[data-testid="ackly-row-marker"]')!;
    expect(owed.dataset.overdue).toBe('false');
    const owedColour = owed.style.background;
    render(<RowMarker overdue title="late" />, root);
    const late = root.querySelector<HTMLElement>('[data-testid="ackly-row-marker"]')!;
    expect(late.dataset.overdue).toBe('true');
    expect(late.style.background).not.toBe(owedColour);
    expect(late.getAttribute('title')).toBe('late');
  });
});

describe('content script helpers', () => {
  it('reads only valid page settings, falling back to defaults', () => {
    expect(pageSettings({ acknowledgeBehaviour: 'send', timeZone: 'Europe/Oslo' })).toMatchObject({
      acknowledgeBehaviour: 'send',
      timeZone: 'Europe/Oslo',
    });
    expect(pageSettings({ acknowledgeBehaviour: 'shout', timeZone: 5 }).acknowledgeBehaviour).toBe('fill');
    expect(pageSettings(null).acknowledgeBehaviour).toBe('fill');
    expect(pageSettings('garbage').timeZone).toBe('');
  });

  it('falls back to the same defaults as the settings themselves', () => {
    const keys = Object.keys(PAGE_DEFAULTS) as (keyof typeof PAGE_DEFAULTS)[];
    expect(PAGE_DEFAULTS).toEqual(Object.fromEntries(keys.map((k) => [k, DEFAULT_SETTINGS[k]])));
    expect(pageSettings(null)).toEqual(PAGE_DEFAULTS);
  });

  it('shows the language the setting names, or the one the browser picks for its own', () => {
    expect(pageLanguage('de', 'en-US')).toBe('de');
    expect(pageLanguage('auto', 'en-GB')).toBe('en');
    expect(pageLanguage('auto', 'nl')).toBe('nl');
    expect(pageLanguage('auto', 'pl-PL')).toBe('pl');
    // Chrome names Norwegian Bokmål "nb" (and reads it from _locales/no).
    expect(pageLanguage('auto', 'nb')).toBe('nb');
    expect(pageLanguage('auto', 'no')).toBe('nb');
    // A language Ackly lacks: the default locale.
    expect(pageLanguage('auto', 'pt-BR')).toBe('en');
    expect(pageLanguage('klingon', '')).toBe('en');
  });
});
