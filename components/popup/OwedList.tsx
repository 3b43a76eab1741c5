// Owed replies in four groups. Each group shows a page of items at a time (the background sends
// only those), so ten thousand requests render as fast as a few dozen.
import type { TrackedRequest } from '@/utils/db/types';
import type { Translate } from '@/utils/i18n/t';
import { OWED_GROUPS, type OwedPage } from '@/utils/requests/owed-page';
import type { OwedGroup } from '@/utils/schedule';
import { OwedItem, type DueText } from './OwedItem';
import type { SnoozeChoice } from './SnoozeMenu';

export const GROUP_ORDER: readonly OwedGroup[] = OWED_GROUPS;
// About two screens of the popup per group; "show more" brings the next page.
export const PAGE_SIZE = 10;

export interface OwedListProps {
  /** Per group: how many match, and the items on screen. */
  groups: OwedPage['groups'];
  selectedId: number | null;
  snoozeOpenId: number | null;
  t: Translate;
  dueText: (request: TrackedRequest) => DueText | null;
  /** Requests due a progress update now. */
  progressDue?: (request: TrackedRequest) => boolean;
  onShowMore: (group: OwedGroup) => void;
  onSelect: (id: number) => void;
  onOpen: (request: TrackedRequest) => void;
  onAcknowledge: (request: TrackedRequest) => void;
  onDone: (request: TrackedRequest) => void;
  onToggleSnooze: (request: TrackedRequest) => void;
  onSnooze: (request: TrackedRequest, choice: SnoozeChoice) => void;
}

/** The items on screen, in order: what the arrow keys move through. */
export function visibleItems(groups: OwedPage['groups']): TrackedRequest[] {
  return GROUP_ORDER.flatMap((g) => groups[g].items);
}

export function OwedList(props: OwedListProps) {
  const { groups, t } = props;
  return (
    // A labelled region the arrow keys move through (see App); each item is a list entry with its
    // own buttons, and the selected one is marked aria-current (options could not hold buttons).
    <div class="owed-list" role="region" tabIndex={0} aria-label={t('popupTitle')}>
      {GROUP_ORDER.filter((g) => groups[g].count > 0).map((group) => {
        const { count, items: visible } = groups[group];
        return (
          <section class={`owed-group owed-group--${group}`} key={group}>
            <h2 class="owed-group__header" data-testid={`ackly-group-${group}`}>
              {t(`group_${group}`)} <span class="owed-group__count">{count}</span>
            </h2>
            <ul class="owed-group__items">
              {visible.map((request) => (
                <OwedItem
                  key={request.id}
                  request={request}
                  due={props.dueText(request)}
                  progressDue={props.progressDue?.(request) ?? false}
                  selected={request.id === props.selectedId}
                  snoozeOpen={request.id === props.snoozeOpenId}
                  t={t}
                  onSelect={() => props.onSelect(request.id!)}
                  onOpen={() => props.onOpen(request)}
                  onAcknowledge={() => props.onAcknowledge(request)}
                  onDone={() => props.onDone(request)}
                  onToggleSnooze={() => props.onToggleSnooze(request)}
                  onSnooze={(choice) => props.onSnooze(request, choice)}
                />
              ))}
            </ul>
            {count > visible.length && (
              <button type="button" class="owed-group__more" onClick={() => props.onShowMore(group)}>
                {t('popupShowMore', [
                  String(Math.min(PAGE_SIZE, count - visible.length)),
                  String(count - visible.length),
                ])}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
