import { useEffect, useState } from 'react';
import { errorCode } from '@live/shared/i18n/error-code';
import type { AccessLinks } from '@live/shared/realtime/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';

/**
 * The session's links at the current key generation, from GetAccessLinks (host only). Asked again after every
 * reconnect (`enabled` goes false while reconnecting), so a link another tab replaced shows up here too.
 */
export function useAccessLinks(invoke: Invoke, enabled: boolean) {
  const [links, setLinks] = useState<AccessLinks | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    invoke('GetAccessLinks').then(
      next => { if (current) { setLinks(next); setError(null); } },
      e => { if (current) setError(errorCode(e)); });
    return () => { current = false; };
  }, [enabled, invoke]);
  return { links, setLinks, error };
}
