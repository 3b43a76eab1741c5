// The page controller every webmail shares: ties a site's adapter, the background and the sidebar
// together. It reads the open thread when the view changes, asks the background for its state,
// carries out the sidebar's actions and marks inbox rows. Nothing here knows which site it is on:
// all of that is behind WebmailAdapter (utils/webmail/<site>/adapter.ts).
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { Sidebar, focusRequest, type DueText, type SidebarStatus } from '@/components/Sidebar';
import { RowMarker } from '@/components/sidebar/RowMarker';
import type { EventRow, TemplateKind, TrackedRequest } from '@/utils/db/types';
import { applyUiLanguage, t, uiLocale } from '@/utils/i18n/t';
import { sendMessage } from '@/utils/messaging/client';
import { onDataChanged } from '@/utils/messaging/changes';
import { localItem } from '@/utils/messaging/local-item';
import { isAcknowledgeCommand } from '@/utils/messaging/commands';
import { takeIntent } from '@/utils/messaging/intent';
import type { ThreadState } from '@/utils/messaging/protocol';
import type { Action } from '@/utils/requests/lifecycle';
import { formatDue } from '@/utils/schedule/format';
import { DEFAULT_SETTINGS, resolveTimeZone, type Settings } from '@/utils/settings/model';
import { isStorageFull } from '@/utils/data/storage-full';

import { SelectorError, type ThreadSnapshot, type WebmailAdapter } from '@/utils/webmail/types';
import { createCoach } from './coach-ui';

/** Width of the sidebar plus its margin (see style.css). */
const SIDEBAR_ROOM = 300;

/**
 * The few settings the page needs, read without the full validator (it would double the script's
 * size): anything not as expected falls back to the default.
 */
export function pageSettings(raw: unknown): Settings {
  const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Settings>;
  const s = { ...DEFAULT_SETTINGS };
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

/** The interface language override. Content scripts cannot read extension files: the background hands over the table. */
export function applyPageLanguage(setting: string): Promise<void> {
  return applyUiLanguage(setting, (lang) => sendMessage('i18n.messages', { lang }));
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

export function createController(adapter: WebmailAdapter, container: HTMLElement, signal: AbortSignal) {
  const webmail = adapter.webmail;
  let settings: Settings = DEFAULT_SETTINGS;
  let snapshot: ThreadSnapshot | null = null;
  let analysedKey = '';
  let theme: 'light' | 'dark' = 'light';
  const coach = createCoach(
    adapter,
    {
      enabled: () => settings.coach,
      // The message a reply in the open thread answers: the newest one someone else wrote.
      replyTo: () => snapshot?.messages.filter((m) => !m.isFromMe).at(-1)?.bodyText ?? null,
      theme: () => theme,
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

  const due = (at: number | null): DueText | null =>
    at === null ? null : formatDue(at, Date.now(), uiLocale(settings), resolveTimeZone(settings));

  function draw(): void {
    container.dataset.theme = theme;
    // Room for the open sidebar beside the thread, so it covers none of the email.
    adapter.makeRoom(model.collapsed || model.status.kind === 'idle' ? 0 : SIDEBAR_ROOM);
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
    draw();
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
      render(h(RowMarker, { overdue, title: t(overdue ? 'sidebarMarkerOverdue' : 'sidebarMarkerOwed') }), host);
    }
  }

  async function refresh(): Promise<void> {
    if (signal.aborted) return;
    coach.scan();
    const view = adapter.currentView();
    if (view !== 'thread') {
      snapshot = null;
      analysedKey = '';
      if (model.status.kind !== 'idle') {
        model.status = { kind: 'idle' };
        model.history = [];
        model.notice = null;
        draw();
      }
      if (view === 'inbox') await markRows().catch((e) => logError('markers', e));
      return;
    }
    void markRows().catch((e) => logError('markers', e));
    let next: ThreadSnapshot;
    try {
      next = adapter.readThread();
    } catch (error) {
      logError('read', error);
      if (error instanceof SelectorError) {
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
    if (newThread) {
      model.status = { kind: 'loading' };
      model.history = [];
      model.notice = null;
      draw();
    }
    try {
      const state = await sendMessage('thread.analyze', next);
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

  let timer: ReturnType<typeof setTimeout> | undefined;
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 150);
  }

  async function start(): Promise<void> {
    settings = pageSettings(await settingsItem.getValue().catch(() => null));
    theme = pageTheme(settings.theme);
    await applyPageLanguage(settings.uiLanguage);
    model.collapsed = await collapsedItem.getValue().catch(() => false);
    settingsItem.watch((value) => {
      const previous = settings.uiLanguage;
      const coachWas = settings.coach;
      settings = pageSettings(value);
      theme = pageTheme(settings.theme);
      if (settings.coach !== coachWas) coach.scan(true);
      if (settings.uiLanguage === previous) draw();
      else void applyPageLanguage(settings.uiLanguage).then(draw);
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
      render(null, container);
    });
    draw();
    adapter.observe(schedule, signal);
    schedule();
  }

  return { start, schedule, refresh };
}
