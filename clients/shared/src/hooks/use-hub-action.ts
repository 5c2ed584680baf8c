import { useCallback, useState } from 'react';
import { errorCode } from '../i18n/error-code';
import type { HubArgs, HubMethod, HubResult, Invoke } from '../realtime/hub-methods';

/** Runs a hub method and keeps its error code for <ErrorText>; resolves to undefined on failure. */
export function useHubAction(invoke: Invoke) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <M extends HubMethod>(method: M, ...args: HubArgs<M>): Promise<HubResult<M> | undefined> => {
    setError(null);
    try {
      return await invoke(method, ...args);
    } catch (e) {
      setError(errorCode(e));
      return undefined;
    }
  }, [invoke]);
  return { run, error, setError };
}
