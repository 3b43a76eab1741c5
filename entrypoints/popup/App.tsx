// The toolbar popup: the replies the user owes, grouped by urgency, searchable, keyboard-driven,
// and live while open.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EmptyState } from '@/components/EmptyState';
import { GROUP_ORDER, OwedList, PAGE_SIZE, visibleItems } from '@/components/popup/OwedList';
import { canAcknowledge } from '@/components/popup/OwedItem';
import type { SnoozeChoice } from '@/components/popup/SnoozeMenu';
import type { TrackedRequest } from '@/utils/db/types';
import { t, uiLocale } from '@/utils/i18n/t';
import { onDataChanged } from '@/utils/messaging/changes';
import { sendMessage } from '@/utils/messaging/client';
import type { OwedPage, OwedShown } from '@/utils/requests/owed-page';
import type { ServiceSummary as Summary } from '@/utils/requests/summary';
import { ServiceSummary } from '@/components/popup/ServiceSummary';
import { WaitingList } from '@/components/popup/WaitingList';
import { dueOf, formatDue, parseLocalDateTime, snoozeUntil } from '@/utils/schedule';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { loadSettings, resolveTimeZone } from '@/utils/settings/store';

type Page = OwedPage & { progressAt: Record<number, number> };
type Load = { status: 'loading' } | { status: 'ready'; page: Page } | { status: 'error' };
type Waiting = { total: number; items: TrackedRequest[] };
const NO_WAITING: Waiting = { total: 0, items: [] };

export const FIRST_PAGE: OwedShown = {
  overdue: PAGE_SIZE,
  today: PAGE_SIZE,
  upcoming: PAGE_SIZE,
  snoozed: PAGE_SIZE,
};

export function App({ first }: { first?: Promise<Page> }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(FIRST_PAGE);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [snoozeOpenId, setSnoozeOpenId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const search = useRef<HTMLInputElement>(null);

  const latest = useRef(0);
  const firstUsed = useRef(false);

  // The background searches, groups and pages; the popup asks again when the search, the page
  // sizes or the data change, and every 30 s so groups and relative times move on.
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    // Changes can come in bursts; only the newest answer is shown, whatever order they arrive in.
    const mine = ++latest.current;
    // The first page was asked for before the popup rendered (main.tsx).
    const pending =
      !firstUsed.current && first && query === '' && shown === FIRST_PAGE
        ? first
        : sendMessage('owed.page', { query, shown });
    firstUsed.current = true;
    pending
      .then((page) => {
        if (mine !== latest.current) return;
        setNow(Date.now());
        setLoad({ status: 'ready', page });
      })
      .catch(() => {
        if (mine === latest.current) setLoad({ status: 'error' });
      });
  }, [query, shown, changes]);

  // The lists below the owed replies are asked for once those are in, so the background answers
  // the first screen alone.
  const listed = load.status !== 'loading';
  const [waiting, setWaiting] = useState<Waiting>(NO_WAITING);
  useEffect(() => {
    if (!listed) return;
    sendMessage('waiting.list', { limit: 50 })
      .then((list) => setWaiting(list ?? NO_WAITING))
      .catch(() => setWaiting(NO_WAITING));
  }, [changes, listed]);

  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    if (!listed) return;
    sendMessage('service.summary', {})
      .then(setSummary)
      .catch(() => setSummary(null));
  }, [changes, listed]);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(setSettings);
    const changed = () => setChanges((n) => n + 1);
    onDataChanged(changed, controller.signal);
    const tick = setInterval(changed, 30_000);
    return () => {
      controller.abort();
      clearInterval(tick);
    };
  }, []);

  const timeZone = resolveTimeZone(settings);
  const locale = uiLocale(settings);
  const page = load.status === 'ready' ? load.page : null;
  const owedCount = page?.total ?? 0;
  const visible = useMemo(() => (page ? visibleItems(page.groups) : []), [page]);

  // For `npm run bench`: the moment the first page of groups is on screen (the frame after the
  // commit that put it in the page; useEffect would run a frame later, after that paint).
  useLayoutEffect(() => {
    if (!page) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('ackly-popup-drawn').length === 0) performance.mark('ackly-popup-drawn');
    });
  }, [page]);

  const selected = visible.find((r) => r.id === selectedId) ?? null;

  const dueText = useCallback(
    (request: TrackedRequest) => {
      const due = request.state === 'snoozed' && request.snoozedUntil ? request.snoozedUntil : dueOf(request);
      return due === null ? null : formatDue(due, now, locale, timeZone);
    },
    [now, locale, timeZone],
  );

  const act = useCallback(async (run: () => Promise<unknown>, closeAfter = false) => {
    try {
      setError(null);
      await run();
      if (closeAfter) window.close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const handlers = {
    onOpen: (r: TrackedRequest) => act(() => sendMessage('request.openThread', { id: r.id!, intent: 'view' }), true),
    onAcknowledge: (r: TrackedRequest) =>
      act(() => sendMessage('request.openThread', { id: r.id!, intent: 'acknowledge' }), true),
    onDone: (r: TrackedRequest) => act(() => sendMessage('request.act', { id: r.id!, action: 'done' })),
    onNudge: (r: TrackedRequest) => act(() => sendMessage('request.openThread', { id: r.id!, intent: 'nudge' }), true),
    onAnswered: (r: TrackedRequest) => act(() => sendMessage('request.act', { id: r.id!, action: 'answered' })),
    onStop: (r: TrackedRequest) => act(() => sendMessage('request.act', { id: r.id!, action: 'dismiss' })),
    onToggleSnooze: (r: TrackedRequest) => setSnoozeOpenId((open) => (open === r.id ? null : r.id!)),
    onSnooze: (r: TrackedRequest, choice: SnoozeChoice) => {
      setSnoozeOpenId(null);
      const until =
        'local' in choice
          ? parseLocalDateTime(choice.local, timeZone)
          : snoozeUntil(choice.preset, Date.now(), settings, timeZone);
      if (until === null || until <= Date.now()) {
        setError(t('snoozePast'));
        return;
      }
      void act(() => sendMessage('request.act', { id: r.id!, action: 'snooze', snoozedUntil: until }));
    },
  };

  function onKeyDown(event: KeyboardEvent) {
    // Browser and system shortcuts (Ctrl+D, Cmd+A…) are not ours.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const inSearch = event.target === search.current;
    const target = event.target instanceof Element ? event.target : null;
    // Other fields (the custom snooze time) and buttons keep their own keys.
    if (!inSearch && target?.closest('input, textarea, select')) return;
    if (target?.closest('button') && (event.key === 'Enter' || event.key === ' ')) return;
    if (event.key === '/' && !inSearch) {
      event.preventDefault();
      search.current?.focus();
      return;
    }
    if (event.key === 'Escape' && inSearch && query) {
      event.preventDefault();
      setQuery('');
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (visible.length === 0) return;
      const index = visible.findIndex((r) => r.id === selectedId);
      const next = event.key === 'ArrowDown' ? Math.min(index + 1, visible.length - 1) : Math.max(index - 1, 0);
      const id = visible[index < 0 ? 0 : next]!.id!;
      setSelectedId(id);
      // Leave the search box so letter shortcuts act on the selection.
      document.querySelector<HTMLElement>('.owed-list')?.focus();
      document.getElementById(`owed-${id}`)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (!selected || (inSearch && event.key !== 'Enter')) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'Enter') void handlers.onOpen(selected);
    else if (key === 'a' && canAcknowledge(selected)) void handlers.onAcknowledge(selected);
    else if (key === 'd') void handlers.onDone(selected);
    else if (key === 's') handlers.onToggleSnooze(selected);
    else return;
    event.preventDefault();
  }

  const total = page ? GROUP_ORDER.reduce((n, g) => n + page.groups[g].count, 0) : 0;

  return (
    <main class="popup" onKeyDown={onKeyDown}>
      <header class="popup__header">
        <h1>{t('popupTitle')}</h1>
        {owedCount > 0 && (
          <input
            ref={search}
            class="popup__search"
            type="search"
            placeholder={t('popupSearch')}
            aria-label={t('popupSearch')}
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setShown(FIRST_PAGE);
            }}
            data-testid="ackly-popup-search"
          />
        )}
      </header>
      {error && (
        <p class="popup__error" role="alert">
          {error}
        </p>
      )}
      {load.status === 'loading' && <p class="popup__status">{t('loading')}</p>}
      {load.status === 'error' && (
        <p class="popup__status" role="alert">
          {t('errorLoading')}
        </p>
      )}
      {load.status === 'ready' && owedCount === 0 && waiting.total === 0 && (
        <EmptyState title={t('popupEmptyTitle')} hint={t('popupEmptyHint')} />
      )}
      {load.status === 'ready' && owedCount > 0 && total === 0 && <p class="popup__status">{t('popupNoMatch')}</p>}
      {page && total > 0 && (
        <OwedList
          groups={page.groups}
          selectedId={selectedId}
          snoozeOpenId={snoozeOpenId}
          t={t}
          dueText={dueText}
          progressDue={(r) => (page.progressAt?.[r.id!] ?? Infinity) <= now}
          onShowMore={(g) => setShown((s) => ({ ...s, [g]: s[g] + PAGE_SIZE }))}
          onSelect={setSelectedId}
          {...handlers}
        />
      )}
      {waiting.total > 0 && (
        <WaitingList
          items={waiting.items}
          total={waiting.total}
          now={now}
          t={t}
          when={(at) => formatDue(at, now, locale, timeZone)}
          onNudge={handlers.onNudge}
          onOpen={handlers.onOpen}
          onAnswered={handlers.onAnswered}
          onStop={handlers.onStop}
        />
      )}
      {summary && <ServiceSummary summary={summary} locale={locale} t={t} />}
      {owedCount > 0 && (
        <footer class="popup__keys" aria-label={t('popupShortcuts')}>
          <kbd>↑</kbd>
          <kbd>↓</kbd> {t('keyMove')} · <kbd>Enter</kbd> {t('keyOpen')} · <kbd>A</kbd> {t('keyAcknowledge')} ·{' '}
          <kbd>D</kbd> {t('keyDone')} · <kbd>S</kbd> {t('keySnooze')} · <kbd>/</kbd> {t('keySearch')}
        </footer>
      )}
      <nav class="popup__links">
        <a href="/insights.html" target="_blank" data-testid="ackly-popup-insights">
          {t('popupInsights')}
        </a>
        <a href="/options.html" target="_blank" data-testid="ackly-popup-options">
          {t('popupSettings')}
        </a>
      </nav>
    </main>
  );
}
