import { useEffect, useState } from 'react';
import type { EndReason } from './types';

/** What the hub's negotiate says of a refused key (ProblemDetails `code` of its 401). */
const refusals = new Map<unknown, EndReason>([['credential_revoked', 'revoked'], ['session_not_found', 'deleted'], ['unauthorized', 'invalid']]);

/** Asks the hub's negotiate with the key why it refuses it: null when it does not say (no 401 code, or no answer). */
async function negotiateRefusal(key: string, fetcher: typeof fetch, hubUrl: string): Promise<EndReason | null> {
  try {
    const response = await fetcher(`${hubUrl}/negotiate?negotiateVersion=1`, {
      method: 'POST', headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
    });
    if (response.status !== 401) return null;
    const problem = await response.json().catch(() => null);
    return refusals.get(problem?.code) ?? null;
  } catch {
    return null;
  }
}

/**
 * Why the server refused this link's key (a 401 at negotiate). With the key, the hub says so itself: a replaced link
 * (`credential_revoked`), a deleted session (`session_not_found`) or a key that was never valid (`unauthorized`, a
 * mistyped link). Without it, or when that answer says nothing, the public lookup tells a deleted session
 * (`session_not_found` for its code forever) from a replaced key ("revoked").
 */
export async function refusalReason(code: string, key: string | null = null, fetcher: typeof fetch = fetch, hubUrl = '/hubs/live'): Promise<EndReason> {
  const said = key ? await negotiateRefusal(key, fetcher, hubUrl) : null;
  if (said) return said;
  try {
    const response = await fetcher(`/api/sessions/${encodeURIComponent(code)}`);
    if (response.status !== 404) return 'revoked';
    const problem = await response.json().catch(() => null);
    return problem?.code === 'session_not_found' ? 'deleted' : 'revoked';
  } catch {
    return 'revoked';
  }
}

/**
 * The ending to show for a connection: the server's own word when it sent one, else why a refusal happened (null while
 * asking). key: the refused credential, so the hub can say whether it was replaced or never valid.
 */
export function useEndReason(code: string, ended: EndReason | null, refused: boolean, key: string | null = null): EndReason | null {
  const [refusal, setRefusal] = useState<EndReason | null>(null);
  useEffect(() => {
    if (!refused || ended) return;
    let current = true;
    void refusalReason(code, key).then(reason => { if (current) setRefusal(reason); });
    return () => { current = false; };
  }, [code, ended, refused, key]);
  return ended ?? (refused ? refusal : null);
}
