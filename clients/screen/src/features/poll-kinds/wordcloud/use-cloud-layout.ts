import { useEffect, useRef, useState, type RefObject } from 'react';
import type { WordRow } from '@live/shared/poll-kinds/wordcloud';
import { layoutCloud, type PlacedWord } from './cloud-layout';

/** Time between two layouts: results arrive up to 10 times a second, a layout of 60 words takes tens of ms. */
export const relayoutMs = 1200;

/** The size of an element in CSS pixels, following it as the window resizes. */
export function useBoxSize(box: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const read = () => setSize(s => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.round(r.width), height: Math.round(r.height) };
      return next.width === s.width && next.height === s.height ? s : next;
    });
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);
  return size;
}

/**
 * The placed words for the current counts and area. Layouts are throttled (the last counts always win, at most one
 * layout per relayoutMs); between two the words keep their places and CSS carries each to its next one.
 */
export function useCloudLayout(words: readonly WordRow[], width: number, height: number): PlacedWord[] {
  const [placed, setPlaced] = useState<PlacedWord[]>([]);
  const last = useRef(0);
  const latest = useRef(words);
  useEffect(() => { latest.current = words; }); // before the layout effect below, which reads it from its timer
  const signature = `${width}x${height}|${words.map(w => `${w.key}:${w.count}`).join('|')}`;
  useEffect(() => {
    if (width <= 0 || height <= 0) return;
    const timer = setTimeout(() => {
      last.current = Date.now();
      setPlaced(layoutCloud(latest.current, width, height));
    }, Math.max(0, last.current + relayoutMs - Date.now()));
    return () => clearTimeout(timer);
  }, [signature, width, height]);
  return placed;
}
