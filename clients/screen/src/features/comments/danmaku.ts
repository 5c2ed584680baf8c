import type { CommentView } from '@live/shared/realtime/types';

/**
 * Lane assignment and queue capping for bullet comments (弹幕), with no DOM and no clock of its own:
 * the layer passes `now` in, so every rule here is tested with plain numbers.
 *
 * A comment flies from the right edge to the left in `duration` ms (8 s short … 12 s as wide as the screen).
 * A lane takes a new comment only when the previous one there has fully entered the screen (plus a gap)
 * and the new one, if faster, cannot catch it up before it leaves: comments in one lane never overlap.
 */
export interface DanmakuOptions {
  lanes: number;
  /** Screen width and comment font size in px, to estimate widths and speeds. */
  width: number;
  fontPx: number;
  /** At most this many comments float at once; the DOM never grows past it. */
  maxOnScreen: number;
  /** At most this many wait for a lane; the oldest waiting ones are dropped first. */
  maxQueued: number;
  /** A comment that waited this long for a lane is stale and dropped. */
  maxWaitMs: number;
  /** Space kept between two comments in one lane, in px. */
  gapPx: number;
  /** Launches per step: a batch of 100 trickles in instead of appearing as one wall. */
  maxLaunchPerStep: number;
}

export const defaultDanmaku: DanmakuOptions = {
  lanes: 10, width: 1920, fontPx: 54, maxOnScreen: 60, maxQueued: 60, maxWaitMs: 20_000, gapPx: 80, maxLaunchPerStep: 2,
};

export interface Waiting { comment: CommentView; at: number }
export interface Floating { comment: CommentView; lane: number; start: number; duration: number; width: number }
export interface DanmakuState { queue: Waiting[]; floating: Floating[] }

export const emptyDanmaku: DanmakuState = { queue: [], floating: [] };

/** Wide (CJK, full-width, emoji) characters take about 1em, the rest about 0.6em; plus the pill's padding. */
export function estimateWidth(text: string, fontPx: number): number {
  let em = 1.2;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return Math.ceil(em * fontPx);
}

/** 8 s for a short comment up to 12 s for one as wide as the screen. */
export const crossingMs = (width: number, screenWidth: number) => Math.round(8000 + 4000 * Math.min(1, width / screenWidth));

/** The text a comment shows, with the nickname before it when the host wants nicknames. */
export const commentLabel = (comment: CommentView, showNicknames: boolean) =>
  showNicknames && comment.author ? `${comment.author}: ${comment.text}` : comment.text;

/** Adds arrivals to the queue (skipping ones already queued or floating), dropping the oldest waiting past the cap. */
export function enqueue(state: DanmakuState, comments: readonly CommentView[], now: number, options: DanmakuOptions): DanmakuState {
  const known = new Set([...state.queue.map(w => w.comment.id), ...state.floating.map(f => f.comment.id)]);
  const fresh: Waiting[] = [];
  for (const comment of comments) {
    if (known.has(comment.id)) continue;
    known.add(comment.id);
    fresh.push({ comment, at: now });
  }
  if (fresh.length === 0) return state;
  return { ...state, queue: [...state.queue, ...fresh].slice(-options.maxQueued) };
}

/** Can a comment `width` px wide start in a lane whose newest comment is `prev`? */
export function laneFree(prev: Floating | undefined, width: number, now: number, options: DanmakuOptions): boolean {
  if (!prev) return true;
  const W = options.width;
  const prevSpeed = (W + prev.width) / prev.duration;
  const speed = (W + width) / crossingMs(width, W);
  const entered = now >= prev.start + (prev.width + options.gapPx) / prevSpeed;
  // When the previous one's tail leaves the left edge, the new one's head must not be past it.
  const noCatchUp = now + (W - options.gapPx) / speed >= prev.start + prev.duration;
  return entered && noCatchUp;
}

/**
 * One tick: drop comments that finished crossing and stale waiting ones, then (unless paused) launch
 * waiting comments, oldest first, into the topmost free lane, up to `maxOnScreen` and `maxLaunchPerStep`.
 * Returns the same object when nothing changed, so React can skip the render.
 */
export function step(state: DanmakuState, now: number, options: DanmakuOptions, opts: { paused: boolean; label: (c: CommentView) => string }): DanmakuState {
  let floating = state.floating.filter(f => now < f.start + f.duration);
  let queue = state.queue.filter(w => now - w.at <= options.maxWaitMs);
  if (!opts.paused && queue.length > 0) {
    const newest: (Floating | undefined)[] = Array.from({ length: options.lanes }, () => undefined);
    for (const f of floating) if (f.lane < options.lanes && (!newest[f.lane] || f.start >= newest[f.lane]!.start)) newest[f.lane] = f;
    const launched: Floating[] = [];
    const waiting: Waiting[] = [];
    for (const w of queue) {
      if (floating.length + launched.length >= options.maxOnScreen || launched.length >= options.maxLaunchPerStep) { waiting.push(w); continue; }
      const width = estimateWidth(opts.label(w.comment), options.fontPx);
      const lane = newest.findIndex(prev => laneFree(prev, width, now, options));
      if (lane < 0) { waiting.push(w); continue; }
      const f: Floating = { comment: w.comment, lane, start: now, duration: crossingMs(width, options.width), width };
      newest[lane] = f;
      launched.push(f);
    }
    if (launched.length > 0) { floating = [...floating, ...launched]; queue = waiting; }
  }
  if (floating.length === state.floating.length && queue.length === state.queue.length) return state;
  return { queue, floating };
}
