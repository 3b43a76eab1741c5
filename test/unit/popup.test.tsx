import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { filterOwed } from '@/utils/requests/filter';
import { OwedList, PAGE_SIZE, visibleItems } from '@/components/popup/OwedList';
import type { TrackedRequest } from '@/utils/db/types';
import { owedPage } from '@/utils/requests/owed-page';
import { requestFixture } from '../fixtures';

const NOW = Date.parse('2026-11-24T12:00:00+01:00');
const t = (key: string, subs?: string | string[]) => (subs ? `${key}(${[subs].flat().join(',')})` : key);

function mount(requests: TrackedRequest[], shown = PAGE_SIZE) {
  const shownAll = { overdue: shown, today: shown, upcoming: shown, snoozed: shown };
  const { groups } = owedPage(requests, { query: '', shown: shownAll }, NOW, 'Europe/Amsterdam');
  const root = document.createElement('div');
  const onShowMore = vi.fn();
  const onDone = vi.fn();
  render(
    <OwedList
      groups={groups}
      selectedId={null}
      snoozeOpenId={null}
      t={t}
      dueText={() => ({ absolute: 'abs', relative: 'rel' })}
      onShowMore={onShowMore}
      onSelect={() => {}}
      onOpen={() => {}}
      onAcknowledge={() => {}}
      onDone={onDone}
      onToggleSnooze={() => {}}
      onSnooze={() => {}}
    />,
    root,
  );
  return { root, onShowMore, onDone, groups };
}

describe('popup list', () => {
  it('renders one header per non-empty group with its count', () => {
    const { root } = mount([
      requestFixture({ id: 1, ackDueAt: NOW - 1 }),
      requestFixture({ id: 2, ackDueAt: NOW - 2 }),
      requestFixture({ id: 3, ackDueAt: NOW + 3_600_000 }),
    ]);
    const headers = [...root.querySelectorAll('[data-testid^="ackly-group-"]')].map((h) =>
      h.getAttribute('data-testid'),
    );
    expect(headers).toEqual(['ackly-group-overdue', 'ackly-group-today']);
    expect(root.querySelector('[data-testid="ackly-group-overdue"]')!.textContent).toContain('2');
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(3);
  });

  it('renders a page of a huge group and offers the rest', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => requestFixture({ id: i + 1, ackDueAt: NOW - i - 1 }));
    const { root, onShowMore } = mount(many);
    expect(root.querySelectorAll('[data-testid="ackly-owed-item"]')).toHaveLength(PAGE_SIZE);
    const more = root.querySelector<HTMLButtonElement>('.owed-group__more')!;
    expect(more.textContent).toBe(`popupShowMore(${PAGE_SIZE},${10_000 - PAGE_SIZE})`);
    more.click();
    expect(onShowMore).toHaveBeenCalledWith('overdue');
  });

  it('shows email text as text only', () => {
    const { root } = mount([requestFixture({ id: 1, subject: '<img src=x onerror="alert(1)">', ackDueAt: NOW + 1 })]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('calls back with the request when Done is clicked', () => {
    const { root, onDone } = mount([requestFixture({ id: 7, ackDueAt: NOW + 1 })]);
    root.querySelector<HTMLButtonElement>('[data-testid="ackly-popup-done"]')!.click();
    expect(onDone).toHaveBeenCalledWith(expect.objectContaining({ id: 7 }));
  });

  it('lists the visible items in screen order for the arrow keys', () => {
    const a = requestFixture({ id: 1, ackDueAt: NOW + 3_600_000 });
    const b = requestFixture({ id: 2, ackDueAt: NOW - 1 });
    const shown = { overdue: 5, today: 5, upcoming: 5, snoozed: 5 };
    const { groups } = owedPage([a, b], { query: '', shown }, NOW, 'Europe/Amsterdam');
    expect(visibleItems(groups).map((r) => r.id)).toEqual([2, 1]);
  });
});

describe('search', () => {
  const requests = [
    requestFixture({ id: 1, subject: 'Budget Q3', sender: { name: 'Ana Lima', email: 'ana@acme.example' } }),
    requestFixture({ id: 2, subject: 'Holiday rota', sender: { name: 'Jonas Berg', email: 'jonas@acme.example' } }),
  ];
  it.each([
    ['', [1, 2]],
    ['budget', [1]],
    ['JONAS rota', [2]],
    ['ana@acme', [1]],
    ['figures', [1, 2]],
    ['nothing-like-this', []],
  ])('"%s"', (query, ids) => {
    expect(filterOwed(requests, query).map((r) => r.id)).toEqual(ids);
  });
});

describe('owed page (what the background sends the popup)', () => {
  const H = 3_600_000;
  const many = Array.from({ length: 25 }, (_, i) =>
    requestFixture({ id: i + 1, subject: i % 5 === 0 ? `Budget ${i}` : `Other ${i}`, ackDueAt: NOW - (i + 1) * H }),
  );
  const done = requestFixture({ id: 99, state: 'done', ackDueAt: NOW - H });
  const shown = { overdue: 10, today: 10, upcoming: 10, snoozed: 10 };

  it('counts every match but sends only the first items of each group, most overdue first', () => {
    const page = owedPage([...many, done], { query: '', shown }, NOW, 'Europe/Amsterdam');
    expect(page.total).toBe(25);
    expect(page.groups.overdue.count).toBe(25);
    expect(page.groups.overdue.items.map((r) => r.id)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(page.groups.today).toEqual({ count: 0, items: [] });
  });

  it('applies the search before counting, and still reports that something is owed', () => {
    const page = owedPage(many, { query: 'budget', shown }, NOW, 'Europe/Amsterdam');
    expect(page.total).toBe(25);
    expect(page.groups.overdue.count).toBe(5);
    expect(owedPage(many, { query: 'nothing-like-this', shown }, NOW, 'Europe/Amsterdam')).toMatchObject({
      total: 25,
      groups: { overdue: { count: 0, items: [] } },
    });
  });

  it('treats missing, negative or huge page sizes safely', () => {
    const odd = { overdue: -3, today: Number.NaN, upcoming: 1e9 } as never;
    const page = owedPage(many, { query: '', shown: odd }, NOW, 'Europe/Amsterdam');
    expect(page.groups.overdue.items).toEqual([]);
    expect(page.groups.overdue.count).toBe(25);
    expect(owedPage(many, { query: '', shown: undefined as never }, NOW, 'Europe/Amsterdam').groups.overdue.count).toBe(
      25,
    );
  });
});
