import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReactionBatcher } from './reaction-batcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('reaction batching', () => {
  it('turns a burst of taps into one call per emoji per 250 ms', () => {
    const send = vi.fn();
    const batcher = createReactionBatcher(send);
    for (let i = 0; i < 7; i++) batcher.tap('👏');
    batcher.tap('❤️');
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(249);
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(send.mock.calls).toEqual([['👏', 7], ['❤️', 1]]);
  });

  it('starts a new window after sending and sends nothing when idle', () => {
    const send = vi.fn();
    const batcher = createReactionBatcher(send);
    batcher.tap('👏');
    vi.advanceTimersByTime(250);
    vi.advanceTimersByTime(1000);
    batcher.tap('👏');
    batcher.tap('👏');
    vi.advanceTimersByTime(250);
    expect(send.mock.calls).toEqual([['👏', 1], ['👏', 2]]);
  });

  it('caps one call at 50 taps', () => {
    const send = vi.fn();
    const batcher = createReactionBatcher(send);
    for (let i = 0; i < 120; i++) batcher.tap('🎉');
    vi.advanceTimersByTime(250);
    expect(send.mock.calls).toEqual([['🎉', 50]]);
  });

  it('sends what is left when disposed, and nothing afterwards', () => {
    const send = vi.fn();
    const batcher = createReactionBatcher(send);
    batcher.tap('👍');
    batcher.dispose();
    expect(send.mock.calls).toEqual([['👍', 1]]);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
