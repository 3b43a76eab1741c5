// The background's door: privileged messages only from Ackly's own pages, nothing at all from other
// extensions, a typed error for every malformed message, and content scripts kept to their own
// webmail's threads and requests.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRepository } from '@/utils/db/repository';
import {
  dispatch,
  listen,
  refuseOtherExtensions,
  REFUSED_EXTERNAL,
  type Caller,
  type Handlers,
} from '@/utils/messaging/server';
import { validateRequest } from '@/utils/messaging/validate';
import { PRIVILEGED, type MessageName } from '@/utils/messaging/protocol';
import { createHandlers, threadState } from '@/entrypoints/background/handlers';
import { loadSettings } from '@/utils/settings/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/model';
import { renderTemplate } from '@/utils/templates';
import { freshDatabase, trackInput } from './helpers';

const EXT_ID = 'ackly-test-id';
const ORIGIN = `chrome-extension://${EXT_ID}/`;
const popup: Caller = { kind: 'extension-page' };
const gmailTab: Caller = { kind: 'content-script', webmail: 'gmail', tabId: 7 };
const outlookTab: Caller = { kind: 'content-script', webmail: 'outlook', tabId: 8 };
const NAMES = Object.keys(PRIVILEGED) as MessageName[];
const PRIVILEGED_NAMES = NAMES.filter((n) => PRIVILEGED[n]);
const OPEN_NAMES = NAMES.filter((n) => !PRIVILEGED[n]);

const SHOWN = { overdue: 10, today: 10, upcoming: 10, snoozed: 10 };
const SNAPSHOT = { webmail: 'gmail', threadId: 't-1', subject: '', url: '', me: null, messages: [] };

/** Well-formed data for every message (request ids point at request 1). */
const VALID: Record<MessageName, unknown> = {
  'thread.analyze': SNAPSHOT,
  'thread.state': { webmail: 'gmail', threadId: 't-1' },
  'request.act': { id: 1, action: 'acknowledge' },
  'request.history': { id: 1 },
  'templates.list': {},
  'template.used': { id: 'builtin:en:acknowledge', requestId: 1 },
  'schedule.check': {},
  'request.openThread': { id: 1, intent: 'view' },
  'data.export': {},
  'data.import': { file: '{}' },
  'data.wipe': { confirm: 'WIPE' },
  'template.save': { template: { kind: 'acknowledge', language: 'en', title: 'Hi', body: 'Hi {firstName}' } },
  'template.delete': { id: 'user:1' },
  'owed.list': {},
  'owed.page': { query: '', shown: SHOWN },
  'coach.draft': { text: 'Could you send it?', hasAttachments: false, replyTo: null },
  'waiting.list': { limit: 50 },
  'service.summary': {},
  'template.compose': { kind: 'acknowledge', webmail: 'gmail', requestId: 1, to: null, subject: 'x', me: null },
  'request.snoozePreset': { id: 1, preset: 'tomorrow' },
  'i18n.messages': { lang: 'nl' },
  'ui.styles': {},
  'owed.threads': { webmail: 'gmail' },
  'insights.get': { range: { kind: 'week' } },
};

/** Data with the right name but the wrong shape, at least one per message. */
const MALFORMED: [MessageName, unknown][] = [
  ['thread.analyze', { ...SNAPSHOT, webmail: 'yahoo' }],
  ['thread.analyze', { ...SNAPSHOT, messages: 'none' }],
  ['thread.analyze', { ...SNAPSHOT, threadId: '' }],
  ['thread.state', { webmail: 'gmail' }],
  ['thread.state', { webmail: 'gmail', threadId: { $gt: '' } }],
  ['request.act', { id: '1', action: 'done' }],
  ['request.act', { id: 1, action: 'delete-everything' }],
  ['request.act', { id: 1.5, action: 'done' }],
  ['request.act', { id: 1, action: 'snooze', snoozedUntil: 'tomorrow' }],
  ['request.history', { id: -1 }],
  ['templates.list', []],
  ['template.used', { id: 42 }],
  ['template.used', { id: 'builtin:en:acknowledge', requestId: 'all' }],
  ['schedule.check', 'now'],
  ['request.openThread', { id: 1, intent: 'javascript:alert(1)' }],
  ['data.export', null],
  ['data.import', { file: 42 }],
  ['data.import', {}],
  ['data.wipe', { confirm: ['WIPE'] }],
  ['template.save', { template: { kind: 'acknowledge', language: 'xx', title: 'Hi', body: 'Hi' } }],
  ['template.save', { template: { kind: 'acknowledge', language: 'en', title: 'Hi', body: 'x'.repeat(100_001) } }],
  ['template.save', { template: 'Hi' }],
  ['template.delete', { id: '' }],
  ['owed.list', 7],
  ['owed.page', { query: 1, shown: SHOWN }],
  ['owed.page', { query: '', shown: { ...SHOWN, overdue: -1 } }],
  ['coach.draft', { text: null }],
  ['coach.draft', { text: 'hi', lang: 'klingon' }],
  ['waiting.list', { limit: 'all' }],
  ['service.summary', undefined],
  ['template.compose', { kind: 'love-letter', webmail: 'gmail' }],
  ['template.compose', { kind: 'acknowledge', webmail: 'gmail', to: 'ana@example.com' }],
  ['request.snoozePreset', { id: 1, preset: 'forever' }],
  ['i18n.messages', { lang: '../../etc/passwd' }],
  ['owed.threads', { webmail: '*' }],
  ['insights.get', { range: { kind: ['week'] } }],
  ['insights.get', { range: 'week' }],
];

/** Handlers that only record that they ran. */
function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    NAMES.map((name) => [
      name,
      vi.fn(async () => {
        calls.push(name);
        return 'ran';
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

/** The real handlers on a fresh database, with a gmail request (id 1) and an outlook request (id 2). */
async function realBackground() {
  const repo = createRepository(freshDatabase());
  const onChange = vi.fn();
  const settings = {
    loadSettings: vi.fn(async () => DEFAULT_SETTINGS),
    storeSettings: vi.fn(),
    clearSettings: vi.fn(),
  };
  const handlers = createHandlers({
    repo,
    now: () => Date.UTC(2026, 10, 24, 11),
    analyzeThread: async (t) => threadState(repo, t.webmail, t.threadId),
    onChange,
    reminders: { check: vi.fn(async () => ({ badge: { text: '', color: '' } })) as never, openThread: vi.fn() },
    settings,
  });
  const gmail = (await repo.track(trackInput({ webmail: 'gmail', messageId: 'g-1', threadId: 'tg' }), 1)).request;
  const outlook = (
    await repo.track(
      trackInput({
        webmail: 'outlook',
        messageId: 'o-1',
        threadId: 'to',
        threadUrl: 'https://outlook.office.com/mail/id/to',
      }),
      1,
    )
  ).request;
  expect([gmail.id, outlook.id]).toEqual([1, 2]);
  return { repo, handlers, onChange, settings, gmail, outlook };
}

const refused = (name: string) => ({ ok: false, error: { name, message: expect.any(String) } });

describe('which messages are privileged', () => {
  it('keeps listing, export, import, wipe, template changes and page-only actions to Ackly’s own pages', () => {
    expect(PRIVILEGED_NAMES.sort()).toEqual(
      [
        'data.export',
        'data.import',
        'data.wipe',
        'insights.get',
        'owed.list',
        'owed.page',
        'request.openThread',
        'schedule.check',
        'service.summary',
        'template.delete',
        'template.save',
        'templates.list',
        'waiting.list',
      ].sort(),
    );
  });

  it('has well-formed example data for every message, and the validator accepts it', () => {
    expect(Object.keys(VALID).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect(() => validateRequest(name, VALID[name]), name).not.toThrow();
  });

  it('settings are not a message: the options page stores them, and whatever is stored is read back valid', async () => {
    // Settings live in storage.local, which only Ackly's own contexts can reach (not web pages,
    // not other extensions); the background never trusts their shape.
    await fakeBrowser.storage.local.set({
      settings: { timeZone: '<img src=x onerror=alert(1)>', workingHours: 'all', myName: 42, bogus: true },
    });
    const settings = await loadSettings();
    expect(settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect(settings.timeZone).toBe(DEFAULT_SETTINGS.timeZone);
    expect(settings.myName).toBe(DEFAULT_SETTINGS.myName);
    expect(settings).not.toHaveProperty('bogus');
  });
});

describe('privileged messages', () => {
  it.each(PRIVILEGED_NAMES)('refuses %s from a content script of either webmail, running nothing', async (name) => {
    const { handlers, calls } = spyHandlers();
    for (const caller of [gmailTab, outlookTab]) {
      expect(await dispatch(handlers, { ackly: 1, name, data: VALID[name] }, caller)).toEqual({
        ok: false,
        error: { name: 'PermissionError', message: `${name} is only available to Ackly's own pages` },
      });
    }
    expect(calls).toEqual([]);
  });

  it.each(PRIVILEGED_NAMES)('refuses %s from a sender Ackly does not serve, even malformed', async (name) => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch(handlers, { ackly: 1, name, data: VALID[name] }, null)).toEqual(refused('PermissionError'));
    expect(await dispatch(handlers, { ackly: 1, name, data: 'junk' }, null)).toEqual(refused('PermissionError'));
    expect(calls).toEqual([]);
  });

  it.each(PRIVILEGED_NAMES)('serves %s to Ackly’s own pages', async (name) => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch(handlers, { ackly: 1, name, data: VALID[name] }, popup)).toEqual({ ok: true, value: 'ran' });
    expect(calls).toEqual([name]);
  });

  it('a content script can neither wipe, import over, nor export the data', async () => {
    const { repo, handlers, settings } = await realBackground();
    const file = JSON.stringify({ format: 'ackly-export', version: 1, requests: [], events: [], templates: [] });
    for (const [name, data] of [
      ['data.wipe', { confirm: 'WIPE' }],
      ['data.import', { file }],
      ['data.export', {}],
      ['owed.list', {}],
    ] as const) {
      expect(await dispatch(handlers, { ackly: 1, name, data }, gmailTab)).toEqual(refused('PermissionError'));
    }
    expect(await repo.db.requests.count()).toBe(2);
    expect(settings.clearSettings).not.toHaveBeenCalled();
    expect(settings.storeSettings).not.toHaveBeenCalled();
  });
});

describe('messages from content scripts and unknown senders', () => {
  it.each(OPEN_NAMES)('refuses %s from a sender Ackly does not serve', async (name) => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch(handlers, { ackly: 1, name, data: VALID[name] }, null)).toEqual(refused('PermissionError'));
    expect(calls).toEqual([]);
  });
});

describe('malformed messages', () => {
  it.each([
    ['null', null],
    ['a string', 'data.wipe'],
    ['a number', 1],
    ['a list', [1, 'data.wipe']],
    ['an empty object', {}],
    ['another protocol version', { ackly: 2, name: 'owed.list', data: {} }],
    ['a version as text', { ackly: '1', name: 'owed.list', data: {} }],
  ])('answers %s with a TypeError', async (_label, message) => {
    const { handlers, calls } = spyHandlers();
    expect(await dispatch(handlers, message, popup)).toEqual({
      ok: false,
      error: { name: 'TypeError', message: 'Not an Ackly message' },
    });
    expect(calls).toEqual([]);
  });

  it.each([undefined, 42, '', 'data.nuke', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'answers the unknown name %j with a TypeError',
    async (name) => {
      const { handlers, calls } = spyHandlers();
      for (const caller of [popup, gmailTab]) {
        expect(await dispatch(handlers, { ackly: 1, name, data: {} }, caller)).toEqual({
          ok: false,
          error: { name: 'TypeError', message: 'Unknown Ackly message' },
        });
      }
      expect(calls).toEqual([]);
    },
  );

  it.each(MALFORMED)('answers %s with malformed data with a ValidationError', async (name, data) => {
    const { handlers, calls } = spyHandlers();
    const caller = PRIVILEGED[name] ? popup : gmailTab;
    const reply = await dispatch(handlers, { ackly: 1, name, data }, caller);
    expect(reply).toEqual(refused('ValidationError'));
    expect(!reply.ok && reply.error.message.startsWith(`${name}: `)).toBe(true);
    expect(calls).toEqual([]);
  });

  it.each(NAMES)('answers %s without data, or with data of the wrong type, with a ValidationError', async (name) => {
    const { handlers, calls } = spyHandlers();
    const caller = PRIVILEGED[name] ? popup : gmailTab;
    for (const data of [undefined, null, 'x', 3, [], true]) {
      expect(await dispatch(handlers, { ackly: 1, name, data }, caller)).toEqual(refused('ValidationError'));
    }
    expect(calls).toEqual([]);
  });

  it('says which field is wrong but never echoes the data', async () => {
    const { handlers } = spyHandlers();
    const secret = 'Confidential: the merger closes Friday';
    const reply = await dispatch(
      handlers,
      { ackly: 1, name: 'thread.state', data: { webmail: secret, threadId: 't' } },
      gmailTab,
    );
    expect(reply).toMatchObject({ ok: false, error: { name: 'ValidationError' } });
    expect(!reply.ok && reply.error.message).toMatch(/^thread\.state: webmail /);
    expect(JSON.stringify(reply)).not.toContain('merger');
  });

  it('drops fields a message does not have before the handler sees them', async () => {
    const { handlers } = spyHandlers();
    await dispatch(handlers, { ackly: 1, name: 'owed.threads', data: { webmail: 'gmail', extra: 'x' } }, gmailTab);
    expect(handlers['owed.threads']).toHaveBeenCalledWith({ webmail: 'gmail' }, gmailTab);
  });
});

describe('a content script and its own webmail', () => {
  it.each([
    ['thread.state', { webmail: 'outlook', threadId: 'to' }],
    ['thread.analyze', { ...SNAPSHOT, webmail: 'outlook' }],
    ['owed.threads', { webmail: 'outlook' }],
    ['template.compose', { kind: 'acknowledge', webmail: 'outlook' }],
  ] as const)('refuses %s about the other webmail', async (name, data) => {
    const { handlers } = await realBackground();
    expect(await dispatch(handlers, { ackly: 1, name, data }, gmailTab)).toEqual(refused('PermissionError'));
    // The same question from the other webmail's own content script, or from a page, is answered.
    expect(await dispatch(handlers, { ackly: 1, name, data }, outlookTab)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, { ackly: 1, name, data }, popup)).toMatchObject({ ok: true });
  });

  it.each([
    ['request.act', { id: 2, action: 'done' }],
    ['request.history', { id: 2 }],
    ['request.snoozePreset', { id: 2, preset: 'tomorrow' }],
    ['template.used', { id: 'builtin:en:acknowledge', requestId: 2 }],
    ['template.compose', { kind: 'acknowledge', webmail: 'gmail', requestId: 2 }],
  ] as const)('refuses %s on a request of the other webmail, changing nothing', async (name, data) => {
    const { repo, handlers, onChange } = await realBackground();
    const before = { request: await repo.require(2), events: await repo.db.events.toArray() };
    expect(await dispatch(handlers, { ackly: 1, name, data }, gmailTab)).toEqual(refused('PermissionError'));
    expect({ request: await repo.require(2), events: await repo.db.events.toArray() }).toEqual(before);
    expect(onChange).not.toHaveBeenCalled();
    // Its own webmail's content script may.
    const own = { ...data, ...('webmail' in data ? { webmail: 'outlook' } : {}) };
    expect(await dispatch(handlers, { ackly: 1, name, data: own }, outlookTab)).toMatchObject({ ok: true });
  });

  it('lets a content script act on its own webmail’s requests', async () => {
    const { handlers } = await realBackground();
    for (const [name, data] of [
      ['request.history', { id: 1 }],
      ['template.used', { id: 'builtin:en:acknowledge', requestId: 1 }],
      ['template.compose', { kind: 'acknowledge', webmail: 'gmail', requestId: 1 }],
      ['request.act', { id: 1, action: 'acknowledge' }],
      ['request.snoozePreset', { id: 1, preset: '1h' }],
    ] as const) {
      expect(await dispatch(handlers, { ackly: 1, name, data }, gmailTab), name).toMatchObject({ ok: true });
    }
  });

  it('answers a request id that does not exist with a typed error, not a crash', async () => {
    const { handlers } = await realBackground();
    expect(await dispatch(handlers, { ackly: 1, name: 'request.history', data: { id: 99 } }, gmailTab)).toMatchObject({
      ok: false,
      error: { name: 'MissingRecordError' },
    });
  });
});

/** A browser whose runtime events keep their listeners, to call them as Chrome would. */
function stubBrowser() {
  const onMessage: ((m: unknown, s: unknown, r: (x: unknown) => void) => unknown)[] = [];
  const onMessageExternal: typeof onMessage = [];
  const browser = {
    runtime: {
      id: EXT_ID,
      getURL: (path: string) => `chrome-extension://${EXT_ID}${path}`,
      onMessage: { addListener: (l: (typeof onMessage)[number]) => onMessage.push(l) },
      onMessageExternal: { addListener: (l: (typeof onMessage)[number]) => onMessageExternal.push(l) },
    },
  };
  /** Delivers one message; resolves with [what the listener returned, the reply or undefined]. */
  const deliver = async (
    listeners: typeof onMessage,
    message: unknown,
    sender: Record<string, unknown>,
  ): Promise<[unknown, unknown]> => {
    let reply: unknown;
    const returned = listeners[0]!(message, sender, (r) => (reply = r));
    await new Promise((r) => setTimeout(r, 20));
    return [returned, reply];
  };
  return { browser, onMessage, onMessageExternal, deliver };
}

describe('the listeners', () => {
  const gmailSender = { id: EXT_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };
  const pageSender = { id: EXT_ID, url: `${ORIGIN}options.html` };

  it.each(PRIVILEGED_NAMES)('refuse %s from another extension, through either event', async (name) => {
    const { handlers, calls } = spyHandlers();
    const stub = stubBrowser();
    listen(stub.browser as never, handlers);
    refuseOtherExtensions(stub.browser as never);
    const message = { ackly: 1, name, data: VALID[name] };
    const other = { id: 'another-extension-id', url: 'chrome-extension://another-extension-id/worker.js' };
    expect((await stub.deliver(stub.onMessageExternal, message, other))[1]).toEqual(REFUSED_EXTERNAL);
    expect((await stub.deliver(stub.onMessage, message, other))[1]).toEqual(REFUSED_EXTERNAL);
    // Even one that pretends to be an Ackly page by its URL.
    expect((await stub.deliver(stub.onMessage, message, { ...other, url: `${ORIGIN}options.html` }))[1]).toEqual(
      REFUSED_EXTERNAL,
    );
    expect(calls).toEqual([]);
  });

  it('refuse anything another extension sends, Ackly-shaped or not', async () => {
    const stub = stubBrowser();
    refuseOtherExtensions(stub.browser as never);
    for (const message of ['hello', null, { type: 'ping' }, { ackly: 1, name: 'thread.state' }]) {
      const [, reply] = await stub.deliver(stub.onMessageExternal, message, { id: 'x' });
      expect(reply).toMatchObject({ ok: false, error: { name: 'PermissionError' } });
    }
    expect(REFUSED_EXTERNAL.ok).toBe(false);
  });

  it('answer Ackly’s own malformed messages with a typed error, and leave other messages alone', async () => {
    const stub = stubBrowser();
    listen(stub.browser as never, spyHandlers().handlers);
    expect(await stub.deliver(stub.onMessage, { ackly: 1, name: 'data.nuke', data: {} }, pageSender)).toEqual([
      true,
      { ok: false, error: { name: 'TypeError', message: 'Unknown Ackly message' } },
    ]);
    expect((await stub.deliver(stub.onMessage, { ackly: 1, name: 'thread.state', data: {} }, gmailSender))[1]).toEqual(
      refused('ValidationError'),
    );
    expect(await stub.deliver(stub.onMessage, { ackly: 'command', name: 'acknowledge' }, pageSender)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('tell pages from content scripts by the sender, and refuse privileged calls from a webmail page', async () => {
    const { handlers, calls } = spyHandlers();
    const stub = stubBrowser();
    listen(stub.browser as never, handlers);
    const wipe = { ackly: 1, name: 'data.wipe', data: { confirm: 'WIPE' } };
    expect((await stub.deliver(stub.onMessage, wipe, gmailSender))[1]).toEqual(refused('PermissionError'));
    expect((await stub.deliver(stub.onMessage, wipe, { id: EXT_ID, url: 'https://evil.example/' }))[1]).toEqual(
      refused('PermissionError'),
    );
    expect(calls).toEqual([]);
    expect((await stub.deliver(stub.onMessage, wipe, pageSender))[1]).toEqual({ ok: true, value: 'ran' });
    expect(calls).toEqual(['data.wipe']);
  });
});

describe('placeholders in what people write', () => {
  it('fills a template once: placeholders inside a name or subject stay as typed', () => {
    const { text } = renderTemplate(
      'Hi {firstName}, about {subject}. {myName}',
      { firstName: '{myName}', subject: '{firstName} <img src=x onerror=alert(1)>', myName: 'Alex' },
      'en',
    );
    expect(text).toBe('Hi {myName}, about {firstName} <img src=x onerror=alert(1)>. Alex');
  });

  it('composes a reply for a content script with a hostile sender as plain text', async () => {
    const { handlers } = await realBackground();
    const reply = await dispatch(
      handlers,
      {
        ackly: 1,
        name: 'template.compose',
        data: {
          kind: 'acknowledge',
          webmail: 'gmail',
          to: { name: 'Eve {subject} "><svg onload=alert(1)>', email: 'eve@example.com' },
          subject: '{myName}',
          me: null,
        },
      },
      gmailTab,
    );
    expect(reply).toMatchObject({ ok: true, value: { text: expect.stringMatching(/^Hi Eve,/) } });
  });
});
