import { useEffect, useReducer, useState } from 'react';
import { openLiveConnection } from '@live/shared/realtime/connection';
import { emptySnapshot, snapshotReducer, type Snapshot } from '@live/shared/realtime/reducer';
import type { ConnectionStatus, EndReason } from '@live/shared/realtime/types';
import { appendComments, emptyFeed, type CommentFeed } from './comment-feed';

export interface LiveView {
  status: ConnectionStatus;
  refused: boolean;
  /** The server ended this screen's connection for good: its link was replaced, or the session deleted. */
  ended: EndReason | null;
  snapshot: Snapshot;
  comments: CommentFeed;
}

/** Connects with the screen key while mounted; components read everything through this hook. */
export function useLive(credential: string | null): LiveView {
  const [snapshot, dispatch] = useReducer(snapshotReducer, emptySnapshot);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [refused, setRefused] = useState(false);
  const [ended, setEnded] = useState<EndReason | null>(null);
  // Comments are events, not state: each batch is kept in a bounded feed that the 弹幕 layer drains.
  const [comments, setComments] = useState<CommentFeed>(emptyFeed);

  useEffect(() => {
    if (!credential) return;
    const connection = openLiveConnection(credential, {
      onStatus: setStatus,
      onSnapshot: dispatch,
      onRefused: () => setRefused(true),
      onEnded: setEnded,
      onComments: batch => setComments(feed => appendComments(feed, batch.items ?? [])),
    });
    return connection.close;
  }, [credential]);

  return { status, refused, ended, snapshot, comments };
}
