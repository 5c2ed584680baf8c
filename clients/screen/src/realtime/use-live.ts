import { useEffect, useReducer, useState } from 'react';
import { openLiveConnection } from './connection';
import { emptySnapshot, snapshotReducer, type Snapshot } from './reducer';
import type { ConnectionStatus } from './types';

export interface LiveView { status: ConnectionStatus; refused: boolean; snapshot: Snapshot }

/** Connects with the screen key while mounted; components read everything through this hook. */
export function useLive(credential: string | null): LiveView {
  const [snapshot, dispatch] = useReducer(snapshotReducer, emptySnapshot);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (!credential) return;
    return openLiveConnection(credential, { onStatus: setStatus, onSnapshot: dispatch, onRefused: () => setRefused(true) });
  }, [credential]);

  return { status, refused, snapshot };
}
