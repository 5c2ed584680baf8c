import { useEffect, useState } from 'react';
import { pageSize } from './draw-stage';

export const pageMs = 8000;

/** Turns the winners' pages every 8 s when a batch is bigger than one page; starts again at page 1 for a new round. */
export function usePageTurner(roundKey: string, count: number): number {
  const [page, setPage] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new round starts at page 1, in the same effect that starts its timer
    setPage(0);
    if (count <= pageSize) return;
    const timer = setInterval(() => setPage(p => p + 1), pageMs);
    return () => clearInterval(timer);
  }, [roundKey, count]);
  return page;
}
