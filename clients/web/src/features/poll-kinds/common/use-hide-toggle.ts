import { useState } from 'react';

/**
 * Hiding and showing result items (words, answers) from the console: which key is waiting for the server, and the
 * call that marks it busy until the server answers. Without onSetHidden (phones) toggling does nothing.
 */
export function useHideToggle(onSetHidden?: (key: string, hidden: boolean) => Promise<unknown>) {
  const [busy, setBusy] = useState<string | null>(null);
  const toggle = (key: string, hide: boolean) => {
    if (!onSetHidden) return;
    setBusy(key);
    void onSetHidden(key, hide).finally(() => setBusy(null));
  };
  return { busy, toggle };
}
