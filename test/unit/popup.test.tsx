import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { filterOwed } from '@/components/popup/filter';
import { OwedList, PAGE_SIZE, visibleItems } from '@/components/popup/OwedList';
import type { TrackedRequest } from '@/utils/db/types';
import { groupOwed } from '@/utils/schedule';
import { requestFixture } from './popup-fixture';

const NOW = Date.parse('2026-11-24T12:00:00+01:00');
const t = (key: string, subs?: string | string[]) => (subs ? `${key}(${[subs].flat().join(',')})` : key);

function mount(requests: TrackedRequest[], shown = PAGE_SIZE) {
  const groups = groupOwed(requests, NOW, 'Europe/Amsterdam');
  const root = document.createElement('div');
  const onShowMore = vi.fn();
  const onDone = vi.fn();
  render(
    <OwedList
      groups={groups}
      shown={{ overdue: shown, today: shown, upcoming: shown, snoozed: shown }}
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
    const groups = groupOwed([a, b], NOW, 'Europe/Amsterdam');
    expect(visibleItems(groups, { overdue: 5, today: 5, upcoming: 5, snoozed: 5 }).map((r) => r.id)).toEqual([2, 1]);
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
