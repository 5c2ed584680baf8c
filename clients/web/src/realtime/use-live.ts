import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { openLiveConnection, type LiveConnection } from '@live/shared/realtime/connection';
import { emptySnapshot, snapshotReducer, type Snapshot } from '@live/shared/realtime/reducer';
import type { ConnectionStatus, LiveState } from '@live/shared/realtime/types';
import { ballotsFromState, pruneBallots, type Ballots } from './ballots';

export type { Ballots };

export interface Live {
  status: ConnectionStatus;
  refused: boolean;
  snapshot: Snapshot;
  me: LiveState['me'];
  ballots: Ballots;
  /** Records a ballot the server acknowledged. */
  keepBallot(pollId: string, optionIds: number[]): void;
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
}

/** The app's one realtime hook: connects with a host key or attendee token while mounted. */
export function useLive(credential: string | null): Live {
  const [snapshot, dispatch] = useReducer(snapshotReducer, emptySnapshot);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [refused, setRefused] = useState(false);
  const [me, setMe] = useState<LiveState['me']>(null);
  const [ballots, setBallots] = useState<Ballots>({});
  const connection = useRef<LiveConnection | null>(null);

  useEffect(() => {
    if (!credential) return;
    const opened = openLiveConnection(credential, {
      onStatus: setStatus,
      onSnapshot: dispatch,
      onState: state => {
        setMe(state.me);
        setBallots(ballotsFromState(state));
      },
      onRefused: () => setRefused(true),
    });
    connection.current = opened;
    return () => { opened.close(); connection.current = null; };
  }, [credential]);

  // A reset (the poll turns draft, so attendees stop seeing it) clears the ballot on the server: follow it here.
  useEffect(() => setBallots(current => pruneBallots(current, snapshot.session)), [snapshot.session]);

  const keepBallot = useCallback((pollId: string, optionIds: number[]) =>
    setBallots(current => ({ ...current, [pollId]: optionIds })), []);
  const invoke = useCallback(<T,>(method: string, ...args: unknown[]) =>
    connection.current ? connection.current.invoke<T>(method, ...args) : Promise.reject(new Error('unavailable')), []);

  return { status, refused, snapshot, me, ballots, keepBallot, invoke };
}
