import { useEffect, useState } from 'react';
import { errorCode } from '@live/shared/i18n/error-code';
import { fetchStatus, type SessionStatus } from '../../api/status';

/** How often the console asks for the status (one host per session: a small request every few seconds). */
export const statusPollMs = 5000;

export interface SessionStatusState {
  status: SessionStatus | null;
  /** The last request's error code; the last good figures stay shown beside it. */
  error: string | null;
}

/** Polls GET /api/sessions/{code}/status while `enabled`; stops and aborts on unmount. */
export function useSessionStatus(code: string, hostKey: string | null, enabled: boolean): SessionStatusState {
  const [state, setState] = useState<SessionStatusState>({ status: null, error: null });
  useEffect(() => {
    if (!enabled || !hostKey) return;
    const abort = new AbortController();
    const load = () => fetchStatus(code, hostKey, abort.signal).then(
      status => setState({ status, error: null }),
      e => { if (!abort.signal.aborted) setState(s => ({ ...s, error: errorCode(e) })); });
    void load();
    const timer = window.setInterval(load, statusPollMs);
    return () => { abort.abort(); window.clearInterval(timer); };
  }, [code, hostKey, enabled]);
  return state;
}
