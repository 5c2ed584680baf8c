import { useCallback, useState } from 'react';
import { errorCode } from '@live/shared/i18n/error-code';

export type Invoke = <T>(method: string, ...args: unknown[]) => Promise<T>;

/** Runs a hub method and keeps its error code for <ErrorText>; resolves to undefined on failure. */
export function useHubAction(invoke: Invoke) {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(method: string, ...args: unknown[]): Promise<T | undefined> => {
    setError(null);
    try {
      return await invoke<T>(method, ...args);
    } catch (e) {
      setError(errorCode(e));
      return undefined;
    }
  }, [invoke]);
  return { run, error, setError };
}
