// Scheduling: pure functions of settings and `now` for working time, service standards and owed replies.
export {
  addWorkingMinutes,
  isWithinWorkingHours,
  nextWorkingStart,
  parseTimeOfDay,
  workingDayMinutes,
} from './working-time';
export { workingCalendar, type CalendarDay, type WorkingCalendar } from './working-calendar';
export { computeDue, standardFor, type DueInput } from './standards';
export { followUpAt, progressUpdateAt, workingMinutesBetween } from './follow-up';
export {
  badgeFor,
  badgeOf,
  owedCounts,
  BADGE_CALM,
  BADGE_OVERDUE,
  classifyOwed,
  dueOf,
  firstOwed,
  groupOwed,
  isSnoozedAt,
  nextCheckAt,
  snoozeUntil,
  type OwedGroup,
  type OwedGroups,
  type SnoozePreset,
} from './owed';
export { formatDue } from './format';
export { fromWallClock, isValidTimeZone, offsetAt, parseLocalDateTime, wallClock } from './time-zone';
