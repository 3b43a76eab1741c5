// The options page in real Chromium: the interface language override reaching the popup, the
// export → wipe → import round trip through the page's own controls, and an edited template
// offered in the Gmail sidebar.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { simHtml } from '../fixtures/sim';
import { requestRow, seedRequests, sendFromPage, toolbarTitle, type Harness } from './harness';
import { withExtension } from './lifecycle';

const ROOT = new URL('../../', import.meta.url);
const localeText = async (lang: string, key: string): Promise<string> => {
  const file = JSON.parse(await readFile(new URL(`public/_locales/${lang}/messages.json`, ROOT), 'utf8')) as Record<
    string,
    { message: string }
  >;
  return file[key]!.message;
};

type Ok<T> = { ok: true; value: T };
interface Exported {
  format: string;
  version: number;
  requests: { id: number; subject: string }[];
  events: { id: number; type: string }[];
  templates: { id: string; body: string }[];
  settings: Record<string, unknown>;
}

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.extensionPage('options.html');
  await page.getByTestId('ackly-options-data').waitFor();
  return page;
}

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD_ID = '1957c2a4e8b10f91';

/** Gmail (the simulator) with one thread open: a colleague's English request. */
async function openGmailThread(h: Harness): Promise<Page> {
  const me = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
  const data = {
    me,
    threads: [
      {
        id: THREAD_ID,
        subject: 'Q3 vendor figures',
        labels: ['INBOX', 'UNREAD'],
        messages: [
          {
            id: '1826104311922810691',
            from: { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' },
            to: [me],
            sentAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
            bodyHtml:
              '<div dir="ltr">Hi Alex,<br><br>Could you please send me the final Q3 spend figures for our three logistics vendors by Friday?<br><br>Thanks,<br>Dana</div>',
            attachments: [],
          },
        ],
      },
    ],
  };
  h.servePage(GMAIL, simHtml('gmail', data));
  const gmail = await h.context.newPage();
  await gmail.goto(`${GMAIL}#inbox/${THREAD_ID}`);
  return gmail;
}

describe('options page', () => {
  let h: Harness;

  withExtension((harness) => (h = harness));

  it('shows the privacy statement beside the data controls', async () => {
    const page = await openOptions(h);
    const privacy = page.getByTestId('ackly-privacy');
    await privacy.waitFor({ state: 'visible' });
    expect(await privacy.locator('h2').textContent()).toBe(await localeText('en', 'optionsSectionPrivacy'));
    expect(await privacy.textContent()).toContain(await localeText('en', 'optionsWipe'));
    await page.close();
  });

  it('switches the interface to Polish and the popup follows', async () => {
    const page = await openOptions(h);
    expect(await page.locator('h1').textContent()).toBe(await localeText('en', 'optionsTitle'));
    await page.getByTestId('ackly-options-ui-language').selectOption('pl');
    // The page itself switches at once.
    await expect.poll(() => page.locator('h1').textContent()).toBe(await localeText('pl', 'optionsTitle'));
    expect(await page.getByTestId('ackly-options-status').textContent()).toContain(
      await localeText('pl', 'optionsSaved'),
    );
    await page.screenshot({ path: '/tmp/ackly-options-pl.png', fullPage: true });

    const popup = await h.openPopup();
    await popup.locator('h1').waitFor();
    expect(await popup.locator('h1').textContent()).toBe(await localeText('pl', 'popupTitle'));
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('pl');
    await popup.screenshot({ path: '/tmp/ackly-popup-pl.png' });
    await popup.close();
    // The background follows too: the toolbar tooltip (and notifications) in Polish.
    await expect.poll(() => toolbarTitle(h)).toBe(await localeText('pl', 'actionTitleNone'));

    // Back to the browser's language (English in the test browser).
    await page.getByTestId('ackly-options-ui-language').selectOption('auto');
    await expect.poll(() => page.locator('h1').textContent()).toBe(await localeText('en', 'optionsTitle'));
    const again = await h.openPopup();
    await again.locator('h1').waitFor();
    expect(await again.locator('h1').textContent()).toBe(await localeText('en', 'popupTitle'));
    await expect.poll(() => toolbarTitle(h)).toBe(await localeText('en', 'actionTitleNone'));
    await again.close();
    await page.close();
  });

  it('switches the Gmail sidebar too, without touching the page of Gmail', async () => {
    const page = await openOptions(h);
    await page.getByTestId('ackly-options-ui-language').selectOption('de');
    await expect.poll(() => page.locator('h1').textContent()).toBe(await localeText('de', 'optionsTitle'));
    const gmail = await openGmailThread(h);
    const acknowledge = gmail.locator('ackly-sidebar').getByTestId('ackly-acknowledge');
    await acknowledge.waitFor({ timeout: 20_000 });
    expect(await acknowledge.textContent()).toBe(await localeText('de', 'sidebarAcknowledge'));
    const gmailLang = await gmail.evaluate(() => document.documentElement.lang);
    // Back to the browser's language while Gmail stays open: the sidebar follows at once.
    await page.getByTestId('ackly-options-ui-language').selectOption('auto');
    await expect.poll(() => acknowledge.textContent()).toBe(await localeText('en', 'sidebarAcknowledge'));
    expect(await gmail.evaluate(() => document.documentElement.lang)).toBe(gmailLang);
    await gmail.close();
    // The thread was tracked; the next tests start from an empty database.
    expect(await sendFromPage(page, 'data.wipe', { confirm: 'WIPE' })).toEqual({ ok: true, value: null });
    await page.close();
  });

  it('shows a clear error for a bad setting and stores nothing', async () => {
    const page = await openOptions(h);
    const zone = page.getByTestId('ackly-options-time-zone');
    await zone.fill('Mars/Olympus_Mons');
    await zone.blur();
    await expect
      .poll(() => page.getByTestId('ackly-options-status').textContent())
      .toContain(await localeText('en', 'optionsSaveFailed').then((s) => s.replace('$1', '').trim()));
    const stored = (await sendFromPage(page, 'data.export', {})) as Ok<Exported>;
    expect(stored.value.settings.timeZone).toBe('');
    await zone.fill('Europe/Warsaw');
    await zone.blur();
    await expect.poll(() => page.getByTestId('ackly-options-status').textContent()).toBe('Saved');
    await page.close();
  });

  it('exports, wipes and imports everything back through the page', async () => {
    const page = await openOptions(h);
    await sendFromPage(page, 'templates.list', {}); // opens the database
    await seedRequests(h, [
      requestRow({ subject: 'Budget figures', sender: { name: 'Ola Nordmann', email: 'ola@acme.example' } }),
      requestRow({ subject: 'Contract draft', state: 'acknowledged' }),
    ]);
    const saved = (await sendFromPage(page, 'template.save', {
      template: { kind: 'thanks', language: 'nb', title: 'Tusen takk', body: 'Tusen takk, {firstName|du}!' },
    })) as Ok<{ id: string }>;
    expect(saved.ok).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ackly-options-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ackly-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const before = JSON.parse(await readFile(path, 'utf8')) as Exported;
    expect(before.format).toBe('ackly-export');
    expect(before.version).toBe(1);
    expect(before.requests.map((r) => r.subject).sort()).toEqual(['Budget figures', 'Contract draft']);
    expect(before.templates.map((t) => t.id)).toContain(saved.value.id);
    expect(before.settings.timeZone).toBe('Europe/Warsaw');

    // Wiping needs the typed confirmation.
    const wipe = page.getByTestId('ackly-options-wipe');
    expect(await wipe.isDisabled()).toBe(true);
    await page.getByTestId('ackly-options-wipe-confirm').fill('WIPE');
    await wipe.click();
    await expect
      .poll(() => page.getByTestId('ackly-options-data-status').textContent())
      .toBe(await localeText('en', 'optionsWipeDone'));
    const empty = (await sendFromPage(page, 'data.export', {})) as Ok<Exported>;
    expect(empty.value.requests).toEqual([]);
    expect(empty.value.events).toEqual([]);
    expect(empty.value.templates).toEqual([]);
    expect(empty.value.settings.timeZone).toBe('');

    // A broken file is refused with a message, and nothing changes.
    await page.getByTestId('ackly-options-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"ackly-export","version":1,"requests":['),
    });
    await expect
      .poll(() => page.getByTestId('ackly-options-data-status').textContent())
      .toMatch(/^Nothing was imported: .+/);
    expect(((await sendFromPage(page, 'data.export', {})) as Ok<Exported>).value.requests).toEqual([]);

    await page.getByTestId('ackly-options-import').setInputFiles(path);
    await expect
      .poll(() => page.getByTestId('ackly-options-data-status').textContent())
      .toMatch(/^Imported: 2 new and 0 updated requests/);
    await page.screenshot({ path: '/tmp/ackly-options-data.png', fullPage: true });

    const after = ((await sendFromPage(page, 'data.export', {})) as Ok<Exported>).value;
    expect(after.requests).toEqual(before.requests);
    expect(after.templates).toEqual(before.templates);
    expect(after.settings).toEqual(before.settings);
    // The import itself is recorded in the history; everything exported before is back.
    for (const event of before.events) expect(after.events).toContainEqual(event);
    expect(after.events.filter((e) => e.type === 'imported')).toHaveLength(
      before.events.filter((e) => e.type === 'imported').length + 1,
    );

    // Importing the same file again adds nothing.
    await page.getByTestId('ackly-options-import').setInputFiles(path);
    await expect
      .poll(() => page.getByTestId('ackly-options-data-status').textContent())
      .toMatch(/^Imported: 0 new and 0 updated requests, 0 history entries/);
    const twice = ((await sendFromPage(page, 'data.export', {})) as Ok<Exported>).value;
    expect(twice.requests).toEqual(before.requests);
    await page.close();
  });

  it('edits a template with a live preview and the Gmail sidebar offers it', async () => {
    const page = await openOptions(h);
    await page.getByTestId('ackly-options-template-filter').selectOption('en');
    const item = page.getByTestId('ackly-options-template-item').filter({ hasText: 'Thank you for your help' });
    await item.click();
    const body = page.getByTestId('ackly-options-template-body');
    await body.fill('[[Hi {firstName},||Hi,]]\n\nThanks a million for {subject} — you are a star.\n\n{myName}');
    await expect.poll(() => page.getByTestId('ackly-options-template-preview').textContent()).toContain('Hi Anna,');
    expect(await page.getByTestId('ackly-options-template-preview').textContent()).toContain(
      'Thanks a million for Figures for the quarterly report',
    );
    // An unknown variable is reported inline and blocks saving.
    await body.fill('Hi {nickname}, thanks!');
    await expect.poll(() => page.getByTestId('ackly-options-template-error').textContent()).toContain('{nickname}');
    expect(await page.getByTestId('ackly-options-template-save').isDisabled()).toBe(true);
    await body.fill('[[Hi {firstName},||Hi,]]\n\nThanks a million — you are a star.');
    await page.getByTestId('ackly-options-template-save').click();
    await expect
      .poll(() => page.getByTestId('ackly-options-template-status').textContent())
      .toBe(await localeText('en', 'optionsTemplateSaved'));
    await page.screenshot({ path: '/tmp/ackly-options-template.png', fullPage: true });
    const listed = (await sendFromPage(page, 'templates.list', {})) as Ok<{ id: string; body: string }[]>;
    expect(listed.value.find((t) => t.id === 'builtin:en:thanks')?.body).toContain('you are a star');

    // The Gmail sidebar fills the edited text for an English thread.
    const gmail = await openGmailThread(h);
    const select = gmail.locator('ackly-sidebar').getByTestId('ackly-template');
    await select.waitFor({ timeout: 20_000 });
    await select.selectOption('thanks');
    const editor = gmail.locator('.M9 div[aria-label="Message Body"]');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('Thanks a million — you are a star.');
    expect(await editor.innerText()).toMatch(/^Hi Dana,/);
    await gmail.screenshot({ path: '/tmp/ackly-gmail-edited-template.png' });
    await gmail.close();

    // Resetting the built-in brings the original back.
    await item.click();
    await page.getByTestId('ackly-options-template-delete').click();
    await expect
      .poll(async () => {
        const rows = (await sendFromPage(page, 'templates.list', {})) as Ok<{ id: string; body: string }[]>;
        return rows.value.find((t) => t.id === 'builtin:en:thanks')?.body ?? '';
      })
      .not.toContain('you are a star');
    expect(h.strayRequests).toEqual([]);
    await page.close();
  });
});
