import { describe, expect, it } from 'vitest';
import { createRepository } from '@/utils/db/repository';
import { dataHandlers, mergeTemplates } from '@/entrypoints/background/data-handlers';
import { ImportError, parseExport, type ExportFile } from '@/utils/data/schema';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { BUILTIN_TEMPLATES } from '@/utils/templates';
import type { Caller } from '@/utils/messaging/server';
import { freshDatabase, trackInput } from './helpers';

const page: Caller = { kind: 'extension-page' };
const NOW = Date.parse('2026-11-24T12:00:00Z');

function setup() {
  const repo = createRepository(freshDatabase());
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const handlers = dataHandlers({
    repo,
    now: () => NOW,
    loadSettings: async () => settings,
    storeSettings: async (s) => {
      settings = s;
    },
    clearSettings: async () => {
      settings = { ...DEFAULT_SETTINGS };
    },
    onChange: () => {},
  });
  return { repo, handlers, getSettings: () => settings };
}

async function seed(repo: ReturnType<typeof setup>['repo']) {
  const a = await repo.track(trackInput({ messageId: 'a' }), NOW - 10);
  const b = await repo.track(trackInput({ messageId: 'b', subject: 'Zażółć gęślą jaźń' }), NOW - 5);
  await repo.transition(a.request.id!, 'acknowledge', NOW - 4);
  await repo.transition(b.request.id!, 'snooze', NOW - 3, { snoozedUntil: NOW + 1000 });
  await repo.putTemplate({ ...BUILTIN_TEMPLATES[0]!, body: 'Edited {firstName}', updatedAt: NOW - 2 });
}

describe('export and import', () => {
  it('export → wipe → import gives identical data', async () => {
    const { repo, handlers, getSettings } = setup();
    await seed(repo);
    await handlers['template.save'](
      { template: { kind: 'thanks', language: 'pl', title: 'Dzięki', body: 'Dzięki, {firstName}!' } },
      page,
    );
    const before = await handlers['data.export']({}, page);
    const settingsBefore = { ...before.settings, orgDomains: ['acme.example'] };
    const file: ExportFile = { ...before, settings: settingsBefore };
    const json = JSON.stringify(file);

    await handlers['data.wipe']({ confirm: 'WIPE' }, page);
    expect(await repo.db.requests.count()).toBe(0);
    expect(await repo.db.templates.count()).toBe(0);

    const counts = await handlers['data.import']({ file: json }, page);
    expect(counts).toMatchObject({
      requestsAdded: 2,
      requestsUpdated: 0,
      eventsAdded: file.events.length,
      templates: 2,
    });
    const after = await handlers['data.export']({}, page);
    expect(after.requests).toEqual(file.requests);
    expect(after.templates).toEqual(file.templates);
    expect(after.events.filter((e) => e.type !== 'imported')).toEqual(file.events);
    expect(getSettings().orgDomains).toEqual(['acme.example']);
  });

  it('carries the user’s own requests and the nudges, thank-yous and progress updates sent', async () => {
    const { repo, handlers } = setup();
    const own = await repo.track(trackInput({ messageId: 'own', state: 'waiting', replyDueAt: NOW - 2 }), NOW - 9);
    await repo.logEvent({ requestId: own.request.id!, type: 'nudge-sent', at: NOW - 2, detail: 'x' });
    await repo.transition(own.request.id!, 'answered', NOW - 1);
    await repo.logEvent({ requestId: own.request.id!, type: 'thanks-sent', at: NOW - 1, detail: 'y' });
    const json = JSON.stringify(await handlers['data.export']({}, page));
    await handlers['data.wipe']({ confirm: 'WIPE' }, page);
    await handlers['data.import']({ file: json }, page);
    const [back] = await repo.db.requests.toArray();
    expect(back).toMatchObject({ messageId: 'own', state: 'answered', replyDueAt: NOW - 2 });
    expect((await repo.events(back!.id!)).map((e) => e.type)).toEqual([
      'tracked',
      'nudge-sent',
      'transition',
      'thanks-sent',
    ]);
  });

  it('importing the same file twice adds nothing', async () => {
    const { repo, handlers } = setup();
    await seed(repo);
    const json = JSON.stringify(await handlers['data.export']({}, page));
    const counts = await handlers['data.import']({ file: json }, page);
    expect(counts).toMatchObject({ requestsAdded: 0, requestsUpdated: 0, requestsKept: 2, eventsAdded: 0 });
    expect(await repo.db.requests.count()).toBe(2);
  });

  it('merges another device’s newer rows by key and keeps events attached', async () => {
    const other = setup();
    await seed(other.repo);
    const theirs = await other.handlers['data.export']({}, page);
    const mine = setup();
    await mine.repo.track(trackInput({ messageId: 'zzz' }), NOW); // id 1 here, taken
    const older = await mine.repo.track(trackInput({ messageId: 'a' }), NOW - 100);
    const counts = await mine.handlers['data.import']({ file: theirs }, page);
    expect(counts).toMatchObject({ requestsAdded: 1, requestsUpdated: 1 });
    const a = await mine.repo.byMessage('gmail', 'a');
    expect(a).toMatchObject({ id: older.request.id, state: 'acknowledged' });
    const b = await mine.repo.byMessage('gmail', 'b');
    expect((await mine.repo.events(b!.id!)).map((e) => e.to)).toEqual(['new', 'snoozed']);
  });

  it('applies nothing when any part is wrong', async () => {
    const { repo, handlers } = setup();
    await seed(repo);
    const file = await handlers['data.export']({}, page);
    const bad = structuredClone(file);
    (bad.requests[1] as unknown as Record<string, unknown>).state = 'exploded';
    bad.requests.push({ ...bad.requests[0]!, messageId: 'new-one', id: 99 });
    await handlers['data.wipe']({ confirm: 'WIPE' }, page);
    await expect(handlers['data.import']({ file: JSON.stringify(bad) }, page)).rejects.toThrow('requests[1].state');
    expect(await repo.db.requests.count()).toBe(0);
  });

  it('wipes only with the confirmation', async () => {
    const { repo, handlers } = setup();
    await seed(repo);
    await expect(handlers['data.wipe']({ confirm: 'yes' }, page)).rejects.toThrow('WIPE');
    expect(await repo.db.requests.count()).toBe(2);
  });
});

describe('parseExport refuses bad files with a clear message', () => {
  const valid = (): ExportFile => ({
    format: 'ackly-export',
    version: 1,
    exportedAt: '2026-11-24T12:00:00.000Z',
    requests: [],
    events: [],
    templates: [],
    settings: DEFAULT_SETTINGS,
  });

  it('accepts a valid empty export', () => {
    expect(parseExport(JSON.stringify(valid())).settings).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['truncated JSON', JSON.stringify(valid()).slice(0, 40), 'not valid JSON'],
    ['not an object', '[1,2,3]', 'not an Ackly export'],
    ['another format', JSON.stringify({ ...valid(), format: 'other' }), 'format is missing or wrong'],
    ['a newer version', JSON.stringify({ ...valid(), version: 2 }), 'version 2; this Ackly reads version 1'],
    [
      'prototype pollution',
      '{"format":"ackly-export","version":1,"__proto__":{"polluted":true}}',
      'forbidden key "__proto__"',
    ],
    ['constructor key', JSON.stringify({ ...valid(), settings: { constructor: { prototype: {} } } }), 'forbidden key'],
    // Spelled with escapes, so the words are not in the text as written.
    [
      'an escaped prototype key',
      '{"format":"ackly-export","version":1,"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}',
      'forbidden key "__proto__"',
    ],
    ['an escaped constructor key', '{"format":"ackly-export","version":1,"c\\u006fnstructor":{}}', 'forbidden key'],
    [
      'a huge string',
      JSON.stringify({ ...valid(), templates: [{ ...BUILTIN_TEMPLATES[0], body: 'x'.repeat(100_000) }] }),
      'templates[0].body',
    ],
    ['an unknown field', JSON.stringify({ ...valid(), extra: 1 }), 'Unrecognized key'],
    [
      'bad settings',
      JSON.stringify({ ...valid(), settings: { ...DEFAULT_SETTINGS, holidays: ['soon'] } }),
      'settings.holidays[0]',
    ],
  ])('%s', (_name, input, message) => {
    expect(() => parseExport(input)).toThrow(ImportError);
    expect(() => parseExport(input)).toThrow(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses duplicate requests within one file', () => {
    const r = {
      ...(trackInput() as object),
      id: 1,
      state: 'new',
      stateBeforeSnooze: null,
      createdAt: 1,
      updatedAt: 1,
      timestamps: {},
      snoozedUntil: null,
      overdueNotifiedAt: null,
      note: '',
    };
    expect(() => parseExport({ ...valid(), requests: [r, { ...r, id: 2 }] })).toThrow('repeats');
  });
});

describe('templates', () => {
  it('lists the built-ins with the user’s edits and own templates', async () => {
    const { handlers } = setup();
    const own = await handlers['template.save'](
      { template: { kind: 'please', language: 'de', title: 'Bitte', body: 'Hallo {firstName}, bitte …' } },
      page,
    );
    const edited = await handlers['template.save'](
      {
        template: {
          id: 'builtin:en:thanks',
          kind: 'thanks',
          language: 'en',
          title: 'Cheers',
          body: 'Cheers {firstName}!',
        },
      },
      page,
    );
    expect(edited).toMatchObject({ id: 'builtin:en:thanks', builtin: true, title: 'Cheers' });
    const list = await handlers['templates.list']({}, page);
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length + 1);
    expect(list.find((t) => t.id === 'builtin:en:thanks')!.title).toBe('Cheers');
    expect(list.find((t) => t.id === own.id)).toMatchObject({ builtin: false, language: 'de' });
    await handlers['template.delete']({ id: 'builtin:en:thanks' }, page);
    const reset = await handlers['templates.list']({}, page);
    expect(reset.find((t) => t.id === 'builtin:en:thanks')).toEqual(
      BUILTIN_TEMPLATES.find((t) => t.id === 'builtin:en:thanks'),
    );
  });

  it('refuses templates with unknown variables, saying which', async () => {
    const { handlers } = setup();
    await expect(
      handlers['template.save'](
        { template: { kind: 'please', language: 'en', title: 'X', body: 'Hi {fristName}' } },
        page,
      ),
    ).rejects.toThrow('fristName');
  });

  it('a stored copy that only counts uses follows the shipped text', () => {
    const builtin = BUILTIN_TEMPLATES[3]!;
    const merged = mergeTemplates([{ ...builtin, uses: 7, updatedAt: 5 }]);
    expect(merged.find((t) => t.id === builtin.id)).toEqual({ ...builtin, uses: 7, updatedAt: 5 });
  });
});
