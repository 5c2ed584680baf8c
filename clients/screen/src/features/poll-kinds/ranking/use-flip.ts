import { useLayoutEffect, useRef } from 'react';

/**
 * Rows that change places glide there (FLIP): after each render every row under `list` with a data-key is put back
 * where it was, without a transition, then let go so its CSS transition carries it to its new place.
 */
export function useFlip<T extends HTMLElement>(order: string) {
  const list = useRef<T>(null);
  const tops = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-key]') ?? [])];
    const moved: HTMLElement[] = [];
    for (const row of rows) {
      const key = row.dataset.key!;
      const top = row.getBoundingClientRect().top;
      const before = tops.current.get(key);
      tops.current.set(key, top);
      if (before === undefined || before === top) continue;
      row.style.transition = 'none';
      row.style.transform = `translateY(${before - top}px)`;
      moved.push(row);
    }
    if (moved.length === 0) return;
    void list.current?.offsetHeight; // apply the offsets before letting go
    for (const row of moved) { row.style.transition = ''; row.style.transform = ''; }
  }, [order]);
  return list;
}
