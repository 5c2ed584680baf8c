import type { CheckInView, DrawView, CommentQueueView, LiveState, PollResults, PresenceCounts, QnaView, ReactionsView, SessionView } from './types';

/** What the screen knows: the newest version of every snapshot, or nothing before the first GetState. */
export interface Snapshot {
  session: SessionView | null;
  results: Record<string, PollResults>;
  presence: PresenceCounts | null;
  qna: QnaView | null;
  commentQueue: CommentQueueView | null;
  reactions: ReactionsView | null;
  checkins: CheckInView | null;
  draw: DrawView | null;
}

export const emptySnapshot: Snapshot = { session: null, results: {}, presence: null, qna: null, commentQueue: null, reactions: null, checkins: null, draw: null };

export type SnapshotAction =
  | { type: 'state'; state: LiveState }
  | { type: 'session'; session: SessionView }
  | { type: 'results'; results: PollResults }
  | { type: 'presence'; presence: PresenceCounts }
  | { type: 'qna'; qna: QnaView }
  | { type: 'commentQueue'; commentQueue: CommentQueueView }
  | { type: 'reactions'; reactions: ReactionsView }
  | { type: 'checkins'; checkins: CheckInView }
  | { type: 'draw'; draw: DrawView };

const newer = <T extends { version: number }>(current: T | null | undefined, next: T) =>
  !current || next.version > current.version;

/**
 * Latest value wins: a snapshot replaces what we hold only when its version is higher, so a late or
 * duplicated push can never move the screen backwards. A full state (after a reconnect) is merged the same way.
 */
export function snapshotReducer(snapshot: Snapshot, action: SnapshotAction): Snapshot {
  switch (action.type) {
    case 'state': {
      let next = snapshotReducer(snapshot, { type: 'session', session: action.state.session });
      next = snapshotReducer(next, { type: 'presence', presence: action.state.presence });
      for (const results of action.state.results) next = snapshotReducer(next, { type: 'results', results });
      if (action.state.qna) next = snapshotReducer(next, { type: 'qna', qna: action.state.qna });
      if (action.state.comments) next = snapshotReducer(next, { type: 'commentQueue', commentQueue: action.state.comments });
      if (action.state.reactions) next = snapshotReducer(next, { type: 'reactions', reactions: action.state.reactions });
      if (action.state.checkins) next = snapshotReducer(next, { type: 'checkins', checkins: action.state.checkins });
      if (action.state.draw) next = snapshotReducer(next, { type: 'draw', draw: action.state.draw });
      return next;
    }
    case 'session':
      return newer(snapshot.session, action.session) ? { ...snapshot, session: action.session } : snapshot;
    case 'presence':
      return newer(snapshot.presence, action.presence) ? { ...snapshot, presence: action.presence } : snapshot;
    case 'qna':
      return newer(snapshot.qna, action.qna) ? { ...snapshot, qna: action.qna } : snapshot;
    case 'commentQueue':
      return newer(snapshot.commentQueue, action.commentQueue) ? { ...snapshot, commentQueue: action.commentQueue } : snapshot;
    case 'reactions':
      return newer(snapshot.reactions, action.reactions) ? { ...snapshot, reactions: action.reactions } : snapshot;
    case 'checkins':
      return newer(snapshot.checkins, action.checkins) ? { ...snapshot, checkins: action.checkins } : snapshot;
    case 'draw':
      return newer(snapshot.draw, action.draw) ? { ...snapshot, draw: action.draw } : snapshot;
    case 'results': {
      const current = snapshot.results[action.results.pollId];
      if (!newer(current, action.results)) return snapshot;
      return { ...snapshot, results: { ...snapshot.results, [action.results.pollId]: action.results } };
    }
  }
}
