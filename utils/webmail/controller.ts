// The page controller every webmail shares: ties a site's adapter, the background and the sidebar
// together. It reads the open thread when the view changes, asks the background for its state,
// carries out the sidebar's actions and marks inbox rows. Nothing here knows which site it is on:
// all of that is behind WebmailAdapter (utils/webmail/<site>/adapter.ts).
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { Sidebar, focusRequest, type DueText, type SidebarStatus } from '@/components/Sidebar';
import { RowMarker } from '@/components/sidebar/RowMarker';
import type { EventRow, TemplateKind, TrackedRequest } from '@/utils/db/types';
import { applyUiLanguage, browserUiLanguage, t, uiLocale } from '@/utils/i18n/t';
import { isLang, type Lang } from '@/utils/languages';
import { sendMessage } from '@/utils/messaging/client';
import { onDataChanged } from '@/utils/messaging/changes';
import { localItem } from '@/utils/messaging/local-item';
import { isAcknowledgeCommand } from '@/utils/messaging/commands';
import { takeIntent } from '@/utils/messaging/intent';
import type { ThreadState } from '@/utils/messaging/protocol';
import type { Action } from '@/utils/requests/lifecycle';
import { formatDue } from '@/utils/schedule/format';
import { resolveTimeZone, type Settings } from '@/utils/settings/model';
import { isStorageFull } from '@/utils/data/storage-full';

import { SelectorError, type ThreadSnapshot, type WebmailAdapter } from '@/utils/webmail/types';
import { createCoach } from './coach-ui';

/** Width of the sidebar plus its margin (see style.css). */
const SIDEBAR_ROOM = 300;

/** The few settings the page needs. */
export type PageSettings = Pick<Settings, 'acknowledgeBehaviour' | 'timeZone' | 'uiLanguage' | 'coach' | 'theme'>;

/**
 * Their defaults: DEFAULT_SETTINGS' own (test/unit/sidebar.test.tsx holds them equal), copied so the
 * page does not carry the whole settings table.
 */
export const PAGE_DEFAULTS: Readonly<PageSettings> = {
  acknowledgeBehaviour: 'fill',
  timeZone: '',
  uiLanguage: 'auto',
  coach: true,
  theme: 'system',
};

/**
 * The few settings the page needs, read without the full validator (it would double the script's
 * size): anything not as expected falls back to the default.
 */
export function pageSettings(raw: unknown): PageSettings {
  const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const s = { ...PAGE_DEFAULTS };
  if (v.acknowledgeBehaviour === 'send' || v.acknowledgeBehaviour === 'fill')
    s.acknowledgeBehaviour = v.acknowledgeBehaviour;
  if (typeof v.timeZone === 'string') s.timeZone = v.timeZone;
  if (typeof v.uiLanguage === 'string') s.uiLanguage = v.uiLanguage;
  if (typeof v.coach === 'boolean') s.coach = v.coach;
  if (v.theme === 'light' || v.theme === 'dark') s.theme = v.theme;
  return s;
}

/**
 * Light or dark for Ackly's UI on the page: the setting, or else the webmail's own look (its body or
 * root background, when it has one), or else the system's.
 */
export function pageTheme(setting: Settings['theme'], doc: Document = document): 'light' | 'dark' {
  if (setting !== 'system') return setting;
  const view = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    const m =
      el && view
        ? /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(view.getComputedStyle(el).backgroundColor)
        : null;
    if (m && m[4] !== '0') return 0.299 * +m[1]! + 0.587 * +m[2]! + 0.114 * +m[3]! < 128 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The settings item (utils/settings/store.ts, key "local:settings"), read here without its validator. */
const settingsItem = localItem<unknown>('settings', null);

/**
 * The interface language whose strings the page shows: the setting, or for 'auto' the one the
 * browser picks from the extension's locales for its own language ("en-GB" → en, "nb"/"no" → nb,
 * a language Ackly lacks → en, the default locale).
 */
export function pageLanguage(setting: string, browserLanguage: string): Lang {
  if (isLang(setting)) return setting;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  if (base === 'no') return 'nb';
  return isLang(base) ? base : 'en';
}

/**
 * The interface strings for the page. Content scripts cannot read extension files, and the browser's
 * own i18n.getMessage costs the page a blocking round trip to the browser for the whole message
 * catalogue on its first call (10–40 ms at load): the background hands over the table instead, for
 * the browser's language too. Any failure leaves `t` on the browser's strings.
 */
export function applyPageLanguage(setting: string): Promise<void> {
  return applyUiLanguage(pageLanguage(setting, browserUiLanguage()), (lang) => sendMessage('i18n.messages', { lang }));
}

export const collapsedItem = localItem<boolean>('ackly:sidebarCollapsed', false);

interface Model {
  status: SidebarStatus;
  collapsed: boolean;
  history: EventRow[];
  notice: string | null;
  busy: boolean;
  /** The bug-report details are shown open (copying them was refused). */
  reportOpen: boolean;
}

/** The browser and its major version from the user agent ("Chrome 140", "Firefox 140"), nothing more. */
export function browserName(userAgent: string): string {
  for (const [token, name] of [
    ['Edg', 'Edge'],
    ['OPR', 'Opera'],
    ['Firefox', 'Firefox'],
    ['Chrome', 'Chrome'],
    ['Version', 'Safari'],
  ] as const) {
    const version = new RegExp(`${token}/(\\d+)`).exec(userAgent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return 'unknown';
}

/**
 * The details of an unreadable page for a bug report: Ackly's version, the webmail, the part that
 * was missing (what it is for and its selector) and the browser. SelectorError carries only
 * selectors from the adapters' tables, so nothing here comes from the page or its email.
 */
export function pageProblemReport(error: SelectorError, webmail: string, version: string, userAgent: string): string {
  return [
    `Ackly ${version}`,
    `Webmail: ${webmail}`,
    `Missing: ${error.what}`,
    `Selector: ${error.selector}`,
    `Browser: ${browserName(userAgent)}`,
  ].join('\n');
}

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

function logError(where: string, error: unknown): void {
  // Never email content: selector errors carry only the selector; others only their name.
  if (error instanceof SelectorError) console.warn(`Ackly (${where}): ${error.message}`);
  else console.warn(`Ackly (${where}): ${error instanceof Error ? error.name : 'error'}`);
}

/** Puts the caret after the editor's last character. */
function caretToEnd(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  editor.focus();
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Where the controller draws: a container, or a function that makes one on first use and is told
 * whether the sidebar shows (mount.ts puts the host in the page then, and its styles once it shows).
 */
export type SidebarSurface = HTMLElement | ((visible: boolean) => HTMLElement);

/** Quiet time after the page's last change before the controller looks at it. */
const SETTLE_MS = 150;

/** How long the background may take to answer for a thread before the sidebar says it is loading. */
export const LOADING_SHOWN_AFTER_MS = 300;

/** Runs `job` after the next frame is painted (when reading styles forces no extra work), or never in a hidden tab. */
function afterPaint(job: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(job, 0));
}

export function createController(adapter: WebmailAdapter, surface: SidebarSurface, signal: AbortSignal) {
  const webmail = adapter.webmail;
  let settings: PageSettings = PAGE_DEFAULTS;
  let snapshot: ThreadSnapshot | null = null;
  let analysedKey = '';
  /** Light or dark, worked out when first needed (see pageTheme); null: not yet. */
  let theme: 'light' | 'dark' | null = null;
  /** The locale and time zone of due times, worked out once per settings. */
  let dueFormat: { locale: string; zone: string } | null = null;
  /** The container once something was drawn (null: nothing is in the page yet). */
  let container: HTMLElement | null = null;
  /** The room last asked of the adapter (-1: ask again, e.g. for a thread drawn anew). */
  let room = -1;
  /** What the last drawing of a thread's state showed (empty after any other drawing). */
  let drawnState = '';

  const currentTheme = (): 'light' | 'dark' => (theme ??= pageTheme(settings.theme));
  const coach = createCoach(
    adapter,
    {
      enabled: () => settings.coach,
      // The message a reply in the open thread answers: the newest one someone else wrote.
      replyTo: () => snapshot?.messages.filter((m) => !m.isFromMe).at(-1)?.bodyText ?? null,
      theme: currentTheme,
      strings: () => strings(),
      onError: (error) => logError('coach', error),
    },
    signal,
  );
  const model: Model = {
    status: { kind: 'idle' },
    collapsed: false,
    history: [],
    notice: null,
    busy: false,
    reportOpen: false,
  };

  /** Settings and the collapsed flag, read together once (one storage.local.get). */
  let loaded: Promise<void> | null = null;
  let settingsChanged = false;
  function loadSettings(): Promise<void> {
    return (loaded ??= browser.storage.local.get([settingsItem.key, collapsedItem.key]).then(
      (stored) => {
        // A change that came in while this was read is newer.
        if (!settingsChanged) useSettings(stored[settingsItem.key]);
        model.collapsed = stored[collapsedItem.key] === true;
      },
      (error: unknown) => logError('settings', error),
    ));
  }

  function useSettings(raw: unknown): void {
    settings = pageSettings(raw);
    theme = settings.theme === 'system' ? null : settings.theme;
    dueFormat = null;
    // The webmail's own look, read once its page is drawn (then styles are up to date).
    if (theme === null) afterPaint(() => !signal.aborted && currentTheme());
  }

  /** The interface strings in the language the settings ask for, fetched when first shown. */
  let stringsOf: { lang: string; ready: Promise<void> } | null = null;
  function strings(): Promise<void> {
    const lang = settings.uiLanguage;
    if (stringsOf?.lang !== lang) stringsOf = { lang, ready: applyPageLanguage(lang) };
    return stringsOf.ready;
  }

  function due(at: number | null): DueText | null {
    if (at === null) return null;
    dueFormat ??= { locale: uiLocale(settings), zone: resolveTimeZone(settings) };
    return formatDue(at, Date.now(), dueFormat.locale, dueFormat.zone);
  }

  function draw(): void {
    const visible = model.status.kind !== 'idle';
    container = typeof surface === 'function' ? surface(visible) : surface;
    drawnState = '';
    if (visible) container.dataset.theme = currentTheme();
    // Room for the open sidebar beside the thread, so it covers none of the email; asked only when
    // it changes (or for a thread read anew), as the page restyles on each write.
    const wanted = model.collapsed || !visible ? 0 : SIDEBAR_ROOM;
    if (wanted !== room) adapter.makeRoom((room = wanted));
    const request = model.status.kind === 'ready' ? focusRequest(model.status.state) : null;
    render(
      h(Sidebar, {
        status: model.status,
        collapsed: model.collapsed,
        t,
        history: model.history,
        ackDue: due(request?.ackDueAt ?? null),
        replyDue: due(request?.replyDueAt ?? null),
        notice: model.notice,
        busy: model.busy,
        when: (at) => due(at)!,
        now: Date.now(),
        onToggle: () => {
          model.collapsed = !model.collapsed;
          void collapsedItem.setValue(model.collapsed);
          draw();
        },
        onAcknowledge: () => void acknowledge(),
        onTemplate: (kind) => void insertTemplate(kind),
        onAction: (action) => void act(action),
        onCopyReport: (report) => void copyReport(report),
        reportOpen: model.reportOpen,
      }),
      container,
    );
  }

  async function setState(state: ThreadState): Promise<void> {
    model.status = { kind: 'ready', state };
    const request = focusRequest(state);
    model.history = request?.id !== undefined ? await sendMessage('request.history', { id: request.id }) : [];
    // Drawn again only when it shows something new (a data change elsewhere often changes nothing
    // here); relative times ("in 3 hours") move on by the minute.
    const shown = JSON.stringify([state, model.history, Math.floor(Date.now() / 60_000)]);
    if (shown === drawnState) return;
    draw();
    drawnState = shown;
  }

  function currentRequest(): TrackedRequest | null {
    return model.status.kind === 'ready' ? focusRequest(model.status.state) : null;
  }

  /** Fills a template in the background, puts it in the reply box and records its use. */
  async function fill(kind: TemplateKind, request: TrackedRequest | null): Promise<HTMLElement | null> {
    const newestOther = snapshot?.messages.filter((m) => !m.isFromMe).at(-1);
    const composed = await sendMessage('template.compose', {
      kind,
      webmail,
      ...(request?.id !== undefined ? { requestId: request.id } : {}),
      to: newestOther?.from ?? null,
      subject: snapshot?.subject ?? '',
      me: snapshot?.me ?? null,
    });
    if (!composed) {
      model.notice = t('sidebarNoTemplate');
      return null;
    }
    const editor = await adapter.openReply();
    // Below whatever is already written, as its own paragraph.
    const written = (editor.textContent ?? '').trim() !== '';
    caretToEnd(editor);
    adapter.insertText(editor, written ? `\n\n${composed.text}` : composed.text);
    await sendMessage(
      'template.used',
      request?.id !== undefined ? { id: composed.templateId, requestId: request.id } : { id: composed.templateId },
    );
    return editor;
  }

  async function guarded(where: string, job: () => Promise<void>): Promise<void> {
    model.busy = true;
    model.notice = null;
    draw();
    try {
      await job();
    } catch (error) {
      logError(where, error);
      model.notice = t(isStorageFull(error) ? 'storageFullSave' : 'sidebarError');
    } finally {
      model.busy = false;
      draw();
    }
  }

  /** Puts the bug-report details on the clipboard, or shows them to copy by hand when that is refused. */
  async function copyReport(report: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(report);
      model.notice = t('sidebarReportCopied');
    } catch (error) {
      logError('report', error);
      model.reportOpen = true;
    }
    draw();
  }

  function acknowledge(): Promise<void> {
    return guarded('acknowledge', async () => {
      const request = currentRequest();
      if (!request) return;
      const editor = await fill('acknowledge', request);
      if (!editor) return;
      model.notice = t('sidebarAckReady');
      if (settings.acknowledgeBehaviour === 'send') adapter.send(editor);
    });
  }

  function insertTemplate(kind: TemplateKind): Promise<void> {
    return guarded('template', async () => {
      await fill(kind, currentRequest());
    });
  }

  function act(action: Action): Promise<void> {
    return guarded(action, async () => {
      const request = currentRequest();
      if (request?.id === undefined || !snapshot) return;
      // "Tomorrow" is the next working morning, worked out in the background from the settings.
      if (action === 'snooze') await sendMessage('request.snoozePreset', { id: request.id, preset: 'tomorrow' });
      else await sendMessage('request.act', { id: request.id, action });
      await reloadState();
    });
  }

  async function reloadState(): Promise<void> {
    if (!snapshot || model.status.kind !== 'ready') return;
    const prev = model.status.state;
    const state = await sendMessage('thread.state', { webmail, threadId: snapshot.threadId });
    await setState({ ...state, newest: state.newest ?? prev.newest });
  }

  /** Owed threads of this webmail (thread id → overdue), asked once and again only after a data change. */
  let owedThreads: Promise<Map<string, boolean>> | null = null;
  /** What each marker shows ("overdue|title"): a marker is drawn only when that changes. */
  const markerShows = new WeakMap<HTMLElement, string>();

  /**
   * Marks the list rows whose thread owes a reply. Some webmails show the list beside the open
   * conversation (Outlook), so this runs in every view that has rows.
   */
  async function markRows(): Promise<void> {
    const rows = adapter.inboxRows();
    if (rows.length === 0) return;
    owedThreads ??= sendMessage('owed.threads', { webmail }).then(
      (list) => new Map(list.map((o) => [o.threadId, o.overdue])),
      (error: unknown) => {
        owedThreads = null;
        throw error;
      },
    );
    const owed = await owedThreads;
    if (rows.some((row) => row.threadId && owed.has(row.threadId))) await strings();
    for (const row of rows) {
      const overdue = row.threadId ? owed.get(row.threadId) : undefined;
      let host = row.element.querySelector<HTMLElement>('span[data-ackly="marker"]');
      if (overdue === undefined) {
        host?.remove();
        continue;
      }
      if (!host) {
        host = row.element.ownerDocument.createElement('span');
        host.dataset.ackly = 'marker';
        host.style.display = 'contents';
        // Inside the site's own subject line (the adapter knows where), so the row keeps its layout.
        const slot = adapter.rowMarkerSlot(row);
        if (!slot) continue;
        slot.prepend(host);
      }
      const title = t(overdue ? 'sidebarMarkerOverdue' : 'sidebarMarkerOwed');
      const shows = `${overdue}|${title}`;
      if (markerShows.get(host) === shows) continue;
      render(h(RowMarker, { overdue, title }), host);
      markerShows.set(host, shows);
    }
  }

  /** Counts looks at the page: a newer one decides what an unreadable page shows. */
  let looks = 0;

  async function refresh(): Promise<void> {
    if (signal.aborted) return;
    const look = ++looks;
    await loadSettings();
    coach.scan();
    const view = adapter.currentView();
    if (view !== 'thread') {
      snapshot = null;
      analysedKey = '';
      // The idle sidebar (hidden) goes in on the first look, and is drawn again only after a thread.
      if (model.status.kind !== 'idle' || !container) {
        model.status = { kind: 'idle' };
        model.history = [];
        model.notice = null;
        draw();
      }
      if (view === 'inbox') await markRows().catch((e) => logError('markers', e));
      return;
    }
    void markRows().catch((e) => logError('markers', e));
    // Fetched while the page is read and analysed: the sidebar's first drawing needs them.
    const text = strings();
    let next: ThreadSnapshot;
    try {
      next = adapter.readThread();
    } catch (error) {
      logError('read', error);
      if (error instanceof SelectorError) {
        await text;
        if (look !== looks || signal.aborted) return;
        snapshot = null;
        analysedKey = '';
        const report = pageProblemReport(error, webmail, extensionVersion(), navigator.userAgent);
        // Drawn again only when something changed (the page is re-read on every mutation).
        if (model.status.kind !== 'unreadable' || model.status.report !== report) {
          model.status = { kind: 'unreadable', report };
          model.reportOpen = false;
          model.notice = null;
          draw();
        }
      }
      return;
    }
    const key = `${next.threadId}|${next.messages.map((m) => `${m.messageId}:${m.bodyText.length}`).join(',')}`;
    if (key === analysedKey) return;
    const newThread = snapshot?.threadId !== next.threadId;
    analysedKey = key;
    snapshot = next;
    // The thread may be drawn anew by the site: its room is asked for again, its state drawn again.
    room = -1;
    drawnState = '';
    const analysed = sendMessage('thread.analyze', next);
    // Handled below, after the strings: a refusal meanwhile is not an unhandled one.
    analysed.catch(() => {});
    if (newThread) {
      model.status = { kind: 'loading' };
      model.history = [];
      model.notice = null;
      // "Loading" is drawn only when the answer is slow: a quick one is drawn straight away, without
      // a flash of the loading state (and without drawing the sidebar twice as the page loads).
      const slow = setTimeout(() => {
        void text.then(() => {
          if (snapshot === next && model.status.kind === 'loading' && !signal.aborted) draw();
        });
      }, LOADING_SHOWN_AFTER_MS);
      void analysed.finally(() => clearTimeout(slow)).catch(() => {});
    }
    try {
      const state = await analysed;
      await text;
      if (snapshot !== next) return;
      await setState(state);
      if (newThread) {
        const intent = await takeIntent(webmail, next.threadId, Date.now());
        if (intent && currentRequest()?.id === intent.requestId) {
          await (intent.action === 'nudge' ? insertTemplate('nudge') : acknowledge());
        }
      }
    } catch (error) {
      logError('analyze', error);
      analysedKey = '';
      // Storage full: the request could not be stored; the sidebar says so in words.
      model.status = isStorageFull(error) ? { kind: 'error', storageFull: true } : { kind: 'error' };
      draw();
    }
  }

  // Every change of the page (many per second while a webmail draws) only moves this deadline; one
  // timer looks at the page once it has been quiet for SETTLE_MS.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let quietAt = 0;
  function settled(): void {
    const wait = quietAt - Date.now();
    if (wait > 0) {
      timer = setTimeout(settled, wait);
      return;
    }
    timer = undefined;
    void refresh();
  }
  function schedule(): void {
    quietAt = Date.now() + SETTLE_MS;
    timer ??= setTimeout(settled, SETTLE_MS);
  }

  /**
   * Starts following the page. Nothing is drawn and no string fetched here: the first look at the
   * page (once it has settled) decides what Ackly needs.
   */
  function start(): Promise<void> {
    settingsItem.watch((value) => {
      const previous = settings;
      settingsChanged = true;
      useSettings(value);
      if (settings.coach !== previous.coach) coach.scan(true);
      if (!container) return;
      if (settings.uiLanguage === previous.uiLanguage) draw();
      else void strings().then(draw);
    }, signal);
    onDataChanged(() => {
      owedThreads = null;
      void markRows().catch((e) => logError('markers', e));
      if (adapter.currentView() !== 'inbox') void reloadState().catch((e) => logError('reload', e));
    }, signal);
    // The keyboard shortcut (entrypoints/background/commands.ts): the same as the sidebar's button,
    // and only while it shows one.
    const onCommand = (message: unknown): undefined => {
      const request = currentRequest();
      if (isAcknowledgeCommand(message) && request?.state === 'new' && !model.busy) void acknowledge();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onCommand);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onCommand);
      if (container) render(null, container);
    });
    adapter.observe(schedule, signal);
    schedule();
    return loadSettings();
  }

  return { start, schedule, refresh };
}
