import { useEffect, useState } from 'react';
import { pageMs } from './table-pages';

/**
 * A page counter that moves on every `pageMs` while there is more than one page; a new `restartKey` (a new round)
 * starts again at the first page. The count only grows: tablesPage wraps it round.
 */
export function usePageRotation(pages: number, restartKey: string): number {
  const [page, setPage] = useState(0);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new round starts at page 1, in the same effect that starts its timer
    setPage(0);
    if (pages <= 1) return;
    const timer = setInterval(() => setPage(p => p + 1), pageMs);
    return () => clearInterval(timer);
  }, [pages, restartKey]);
  return page;
}
