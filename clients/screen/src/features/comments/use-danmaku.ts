import { useEffect, useReducer, useRef, useState } from 'react';
import type { CommentView } from '@live/shared/realtime/types';
import { commentsAfter, type CommentFeed } from '../../realtime/comment-feed';
import { commentLabel, defaultDanmaku, emptyDanmaku, enqueue, step, type DanmakuOptions, type DanmakuState } from './danmaku';

export interface DanmakuControls { enabled: boolean; paused: boolean; showNicknames: boolean; cleared: number | null }

type Action =
  | { type: 'arrive'; comments: CommentView[]; now: number }
  | { type: 'tick'; now: number }
  | { type: 'clear' };

const tickMs = 200;

/** A lane is this many times the font size; a plate (line-height 1.3) fills it but for a thin gap. */
export const laneEm = 1.45;
/** 3 lanes, or 2 when the view needs the height (a poll of many options). */
export const defaultLanes = 3;

/**
 * Font and lanes from the viewport: the font is 3.4% of the height (37 px at 1080p, 24 px at 720p), in `lanes`
 * lanes of `laneEm`. They fill a band across the top of the screen that every view is moved below (app.css
 * --comment-band uses the same numbers), so 弹幕 never fly over a title, a bar or a number.
 */
export function layoutFor(width: number, height: number, lanes = defaultLanes): DanmakuOptions {
  const fontPx = Math.max(16, Math.round(height * 0.034));
  return { ...defaultDanmaku, width, fontPx, lanes };
}

function useViewport() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** Drains the comment feed into lanes; ticks only while something waits or floats. */
export function useDanmaku(feed: CommentFeed, controls: DanmakuControls, lanes = defaultLanes) {
  const { width, height } = useViewport();
  const options = layoutFor(width, height, lanes);
  // The reducer reads this render's layout and controls through a ref, so ticks scheduled earlier use the current ones.
  const ref = useRef({ options, controls });
  // eslint-disable-next-line react-hooks/refs -- written during render on purpose: the reducer below runs in render too
  ref.current = { options, controls };

  // eslint-disable-next-line react-hooks/refs -- reads the ref written just above, in the same render
  const [state, dispatch] = useReducer((s: DanmakuState, a: Action): DanmakuState => {
    const { options: o, controls: c } = ref.current;
    const run = { paused: c.paused, label: (x: CommentView) => commentLabel(x, c.showNicknames) };
    switch (a.type) {
      case 'clear': return s.queue.length || s.floating.length ? emptyDanmaku : s;
      case 'arrive': return step(enqueue(s, a.comments, a.now, o), a.now, o, run);
      case 'tick': return step(s, a.now, o, run);
    }
  }, emptyDanmaku);

  // Take only what arrived since we last looked; while 弹幕 is off, arrivals are skipped, not saved up.
  const seen = useRef(feed.last);
  useEffect(() => {
    const fresh = commentsAfter(feed, seen.current);
    seen.current = feed.last;
    if (controls.enabled && fresh.length > 0) dispatch({ type: 'arrive', comments: fresh, now: Date.now() });
  }, [feed, controls.enabled]);

  // Switching off, or the host clearing the screen (cleared grows), drops everything at once.
  const lastCleared = useRef(controls.cleared);
  useEffect(() => {
    const grew = controls.cleared !== null && lastCleared.current !== null && controls.cleared > lastCleared.current;
    if (controls.cleared !== null) lastCleared.current = controls.cleared;
    if (grew || !controls.enabled) dispatch({ type: 'clear' });
  }, [controls.cleared, controls.enabled]);

  const busy = state.queue.length > 0 || state.floating.length > 0;
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), tickMs);
    return () => clearInterval(timer);
  }, [busy]);

  return { floating: state.floating, options };
}
