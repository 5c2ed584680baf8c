import type { PollView } from '@live/shared/realtime/types';

/**
 * Whether this phone shows a poll's shared results now. Live results before voting bias the vote, so by default they
 * wait for this phone's acknowledged ballot (or the close). An older server sends no timing: it always showed them.
 */
export function resultsShown(poll: Pick<PollView, 'showResultsToAttendees' | 'attendeeResults' | 'status'>, voted: boolean): boolean {
  if (!poll.showResultsToAttendees) return false;
  switch (poll.attendeeResults ?? 'always') {
    case 'always': return true;
    case 'whenClosed': return poll.status === 'closed';
    default: return voted || poll.status === 'closed';
  }
}
