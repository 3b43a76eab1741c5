import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_DELAY_MS, coalesce } from '@/entrypoints/background/coalesce';

describe('work after a change, coalesced', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once for a burst of changes, after the delay, never at once', () => {
    const run = vi.fn();
    const changed = coalesce(run);
    changed();
    changed();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CHANGE_DELAY_MS - 1);
    changed();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * CHANGE_DELAY_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs after every change: a change after a run schedules the next one', () => {
    const run = vi.fn();
    const changed = coalesce(run, 20);
    changed();
    vi.advanceTimersByTime(20);
    changed();
    vi.advanceTimersByTime(19);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs once per delay under a steady stream of changes', () => {
    const run = vi.fn();
    const changed = coalesce(run, 50);
    for (let ms = 0; ms < 1000; ms += 5) {
      changed();
      vi.advanceTimersByTime(5);
    }
    expect(run).toHaveBeenCalledTimes(20);
  });

  it('a change made while the work runs is followed by another run', () => {
    let runs = 0;
    const changed = coalesce(() => {
      runs += 1;
      if (runs === 1) changed();
    }, 10);
    changed();
    vi.advanceTimersByTime(10);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(10);
    expect(runs).toBe(2);
    vi.advanceTimersByTime(100);
    expect(runs).toBe(2);
  });
});
