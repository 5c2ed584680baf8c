import { useEffect, useState } from 'react';
import type { EndReason } from './types';

/**
 * Why the server refused this link's key (a 401 at negotiate): a deleted session answers `session_not_found` for
 * its code forever, so that is "deleted"; anything else means the key was replaced ("revoked").
 */
export async function refusalReason(code: string, fetcher: typeof fetch = fetch): Promise<EndReason> {
  try {
    const response = await fetcher(`/api/sessions/${encodeURIComponent(code)}`);
    if (response.status !== 404) return 'revoked';
    const problem = await response.json().catch(() => null);
    return problem?.code === 'session_not_found' ? 'deleted' : 'revoked';
  } catch {
    return 'revoked';
  }
}

/** The ending to show for a connection: the server's own word when it sent one, else why a refusal happened (null while asking). */
export function useEndReason(code: string, ended: EndReason | null, refused: boolean): EndReason | null {
  const [refusal, setRefusal] = useState<EndReason | null>(null);
  useEffect(() => {
    if (!refused || ended) return;
    let current = true;
    void refusalReason(code).then(reason => { if (current) setRefusal(reason); });
    return () => { current = false; };
  }, [code, ended, refused]);
  return ended ?? (refused ? refusal : null);
}
