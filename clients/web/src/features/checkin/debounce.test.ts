import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer, createLatest } from './debounce';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('createDebouncer', () => {
  it('runs once with the last input after the input goes quiet', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(150, run);
    debouncer.call('张');
    vi.advanceTimersByTime(100);
    debouncer.call('张三');
    vi.advanceTimersByTime(100);
    debouncer.call('张三丰');
    expect(run).not.toHaveBeenCalled();
    expect(debouncer.pending).toBe(true);
    vi.advanceTimersByTime(150);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('张三丰');
    expect(debouncer.pending).toBe(false);
  });

  it('drops a pending call when cancelled', () => {
    const run = vi.fn();
    const debouncer = createDebouncer(150, run);
    debouncer.call('x');
    debouncer.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('createLatest', () => {
  it('knows which ticket is the newest', () => {
    const latest = createLatest();
    const first = latest.next();
    const second = latest.next();
    expect(latest.isLatest(first)).toBe(false);
    expect(latest.isLatest(second)).toBe(true);
  });
});
