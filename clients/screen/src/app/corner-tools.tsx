import { useEffect, useRef, useState } from 'react';
import { LangSwitch } from '@live/shared/components/lang-switch';
import { StatusPill } from '@live/shared/components/status-pill';
import type { ConnectionStatus } from '@live/shared/realtime/types';

/** How long the language switch stays after L was pressed (it stays while focused). */
export const revealMs = 8000;

/**
 * The projector's top-right corner, empty while all is well: the connection status shows only while it is not
 * live, and the language switch only while the corner is hovered or holds the focus (Tab reaches it), or for a
 * few seconds after L is pressed, which also focuses it so Enter switches. Escape puts it away.
 */
export function CornerTools({ status }: { status?: ConnectionStatus }) {
  const ref = useRef<HTMLDivElement>(null);
  const [revealedAt, setRevealedAt] = useState<number | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
      if (e.key === 'l' || e.key === 'L') {
        setRevealedAt(e.timeStamp);
        ref.current?.querySelector<HTMLButtonElement>('.lang-switch')?.focus();
      } else if (e.key === 'Escape') {
        setRevealedAt(null);
        if (ref.current?.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (revealedAt === null) return;
    const timer = setTimeout(() => setRevealedAt(null), revealMs);
    return () => clearTimeout(timer);
  }, [revealedAt]);

  return (
    <div ref={ref} className={revealedAt === null ? 'corner-tools' : 'corner-tools revealed'} data-testid="corner-tools">
      {status && status !== 'live' && <StatusPill status={status} />}
      <LangSwitch />
    </div>
  );
}
