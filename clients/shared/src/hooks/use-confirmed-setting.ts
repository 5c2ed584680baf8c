import { useState } from 'react';

/** A setting as a view carries it, with that view's version. */
export interface Versioned<T> { value: T; version: number }

/** The settings of a view that has them (Q&A, check-in, draw), for useConfirmedSetting. */
export const settingsOf = <S>(view: { settings: S; version: number } | null | undefined): Versioned<S> | null =>
  (view ? { value: view.settings, version: view.version } : null);

/**
 * A setting the server confirms (a switch on the console). change(next) shows next at once and is busy (disable the
 * control, aria-busy) until the server answers; from then on the server's answer shows until the pushed view is as new
 * as it, so a switch never flickers back while the push is on its way. A refused change goes back to what was there.
 * save resolves to the server's answer, or null or undefined when the call failed (it shows its own error).
 */
export function useConfirmedSetting<T>(pushed: Versioned<T> | null, save: (next: T) => Promise<Versioned<T> | null | undefined>) {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  const [answer, setAnswer] = useState<Versioned<T> | null>(null);
  const confirmed = answer && (!pushed || answer.version > pushed.version) ? answer.value : pushed?.value ?? null;
  const change = async (next: T) => {
    setPending({ value: next });
    try {
      const saved = await save(next);
      if (saved) setAnswer(saved);
    } finally {
      setPending(null);
    }
  };
  return { shown: pending ? pending.value : confirmed, busy: pending !== null, change };
}
