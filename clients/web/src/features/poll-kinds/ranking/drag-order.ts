import { useRef, useState, type CSSProperties, type PointerEvent } from 'react';

interface Span { top: number; height: number }
interface Drag { index: number; pointerId: number; startY: number; dy: number; spans: Span[] }

/** Where a row dragged from `index` by `dy` pixels would land, given every row's span at the start of the drag. */
export function dropIndex(spans: readonly Span[], index: number, dy: number): number {
  const center = spans[index].top + spans[index].height / 2 + dy;
  let target = index;
  spans.forEach((s, j) => {
    const mid = s.top + s.height / 2;
    if (j > index && center > mid) target = j;
    if (j < index && center < mid) target = Math.min(target, j);
  });
  return target;
}

/**
 * Reordering a list by dragging a handle with one finger (or a mouse): pointer capture keeps the moves coming while the
 * thumb leaves the handle, the dragged row follows the pointer and the rows it passes make room. `onMove(from, to)`
 * runs on release. The handle needs `touch-action: none` so the drag does not scroll the page.
 */
export function useDragOrder(onMove: (from: number, to: number) => void) {
  const rows = useRef<(HTMLElement | null)[]>([]);
  const [drag, setDrag] = useState<Drag | null>(null);

  const handle = (index: number) => ({
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0 && e.pointerType === 'mouse') return;
      e.preventDefault();
      e.currentTarget.setPointerCapture?.(e.pointerId);
      const spans = rows.current.map(r => { const b = r?.getBoundingClientRect(); return { top: b?.top ?? 0, height: b?.height ?? 0 }; });
      setDrag({ index, pointerId: e.pointerId, startY: e.clientY, dy: 0, spans });
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      setDrag(d => (d && d.pointerId === e.pointerId ? { ...d, dy: e.clientY - d.startY } : d));
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      if (!drag || drag.pointerId !== e.pointerId) return;
      const to = dropIndex(drag.spans, drag.index, e.clientY - drag.startY);
      setDrag(null);
      if (to !== drag.index) onMove(drag.index, to);
    },
    onPointerCancel() { setDrag(null); },
  });

  /** The transform of row `index` while a drag is on. */
  const style = (index: number): CSSProperties | undefined => {
    if (!drag) return undefined;
    if (index === drag.index) return { transform: `translateY(${drag.dy}px)`, zIndex: 2, position: 'relative' };
    const to = dropIndex(drag.spans, drag.index, drag.dy);
    const a = drag.spans[drag.index], next = drag.spans[drag.index + 1] ?? drag.spans[drag.index - 1];
    const step = next ? Math.abs(next.top - a.top) : a.height;
    if (drag.index < to && index > drag.index && index <= to) return { transform: `translateY(${-step}px)` };
    if (to < drag.index && index >= to && index < drag.index) return { transform: `translateY(${step}px)` };
    return undefined;
  };

  return { rowRef: (index: number) => (el: HTMLElement | null) => { rows.current[index] = el; }, handle, style, dragging: drag?.index ?? null };
}

/** `list` with the item at `from` moved to `to`. */
export const moved = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};
