import { describe, expect, it } from 'vitest';
import type { CommentView } from '@live/shared/realtime/types';
import { commentLabel, crossingMs, defaultDanmaku, emptyDanmaku, enqueue, estimateWidth, step, type DanmakuOptions } from './danmaku';

const c = (id: string, text = id, author: string | null = null): CommentView =>
  ({ id, text, author, channel: 'onsite', at: '', state: 'shown', flagged: false, deviceId: null });
const many = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => c(`${prefix}${i}`, `comment ${i}`));
const opts: DanmakuOptions = { ...defaultDanmaku, lanes: 4, maxOnScreen: 10, maxQueued: 8, maxLaunchPerStep: 100 };
const run = { paused: false, label: (x: CommentView) => x.text };

describe('danmaku', () => {
  it('launches into the top lane first, then the next free lanes', () => {
    const s = step(enqueue(emptyDanmaku, many(3), 0, opts), 0, opts, run);
    expect(s.floating.map(f => f.lane)).toEqual([0, 1, 2]);
    expect(s.queue).toHaveLength(0);
  });

  it('never puts two comments in one lane before the first has fully entered', () => {
    let s = step(enqueue(emptyDanmaku, many(5), 0, opts), 0, opts, run);
    expect(s.floating).toHaveLength(4);
    expect(s.queue.map(w => w.comment.id)).toEqual(['c4']);
    s = step(s, 100, opts, run);
    expect(s.floating).toHaveLength(4);
    // Later the lane has room again.
    s = step(s, 3000, opts, run);
    expect(s.floating).toHaveLength(5);
    expect(s.floating[4].lane).toBe(0);
  });

  it('keeps a fast long comment from catching a slow short one in the same lane', () => {
    const one = { ...opts, lanes: 1 };
    let s = step(enqueue(emptyDanmaku, [c('short', 'hi')], 0, one), 0, one, run);
    s = enqueue(s, [c('long', '很'.repeat(60))], 1, one);
    s = step(s, 2000, one, run); // the short one has long entered, but the long one is much faster
    expect(s.floating.map(f => f.comment.id)).toEqual(['short']);
    const short = s.floating[0];
    s = step(s, short.duration - 1000, one, run);
    expect(s.floating.map(f => f.comment.id)).toContain('long');
  });

  it('caps comments on screen and drops the oldest waiting ones', () => {
    const wide = { ...opts, lanes: 20, maxOnScreen: 5, maxQueued: 8 };
    let s = enqueue(emptyDanmaku, many(1000), 0, wide);
    expect(s.queue).toHaveLength(8);
    expect(s.queue[0].comment.id).toBe('c992');
    s = step(s, 0, wide, run);
    expect(s.floating).toHaveLength(5);
    expect(s.floating.map(f => f.comment.id)).toEqual(['c992', 'c993', 'c994', 'c995', 'c996']);
  });

  it('removes comments once they crossed and drops stale waiting ones', () => {
    let s = step(enqueue(emptyDanmaku, many(1), 0, opts), 0, opts, run);
    s = enqueue(s, [c('late')], 0, opts);
    s = step(s, opts.maxWaitMs + 1, { ...opts }, { ...run, paused: true });
    expect(s.queue).toHaveLength(0);
    s = step(s, 60_000, opts, run);
    expect(s.floating).toHaveLength(0);
  });

  it('launches nothing while paused but lets floating ones finish', () => {
    let s = step(enqueue(emptyDanmaku, many(1), 0, opts), 0, opts, run);
    s = enqueue(s, [c('x')], 10, opts);
    s = step(s, 5000, opts, { ...run, paused: true });
    expect(s.floating.map(f => f.comment.id)).toEqual(['c0']);
    expect(s.queue.map(w => w.comment.id)).toEqual(['x']);
    s = step(s, 13_000, opts, { ...run, paused: true });
    expect(s.floating).toHaveLength(0);
  });

  it('lets a big batch trickle in a few per step', () => {
    const two = { ...opts, maxLaunchPerStep: 2 };
    let s = step(enqueue(emptyDanmaku, many(4), 0, two), 0, two, run);
    expect(s.floating.map(f => f.lane)).toEqual([0, 1]);
    s = step(s, 200, two, run);
    expect(s.floating.map(f => f.lane)).toEqual([0, 1, 2, 3]);
  });

  it('skips comments already queued or floating', () => {
    let s = step(enqueue(emptyDanmaku, [c('a')], 0, opts), 0, opts, run);
    s = enqueue(s, [c('a'), c('b'), c('b')], 1, opts);
    expect(s.queue.map(w => w.comment.id)).toEqual(['b']);
  });

  it('returns the same state when nothing changed', () => {
    const s = step(enqueue(emptyDanmaku, many(1), 0, opts), 0, opts, run);
    expect(step(s, 10, opts, run)).toBe(s);
  });

  it('sizes and times comments by their text', () => {
    expect(estimateWidth('弹幕弹幕', 50)).toBeGreaterThan(estimateWidth('abcd', 50));
    expect(crossingMs(960, 1920)).toBe(10_000);
    expect(crossingMs(5000, 1920)).toBe(12_000);
    expect(crossingMs(0, 1920)).toBe(8000);
  });

  it('puts the nickname first only when asked', () => {
    expect(commentLabel(c('a', 'hello', 'Amy'), true)).toBe('Amy: hello');
    expect(commentLabel(c('a', 'hello', 'Amy'), false)).toBe('hello');
    expect(commentLabel(c('a', 'hello', null), true)).toBe('hello');
  });
});
