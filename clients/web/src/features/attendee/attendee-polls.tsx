import { useTranslation } from 'react-i18next';
import type { PollResults, PollView, SessionView } from '@live/shared/realtime/types';
import type { Ballots } from '../../realtime/ballots';
import { AttendeePoll, type AttendeePollProps } from './attendee-poll';

/** Open polls, newest first; a closed poll stays while this device has a ballot in it; drafts never show. */
export const visiblePolls = (polls: PollView[], ballots: Ballots): PollView[] =>
  polls.filter(p => p.status === 'open' || (p.status === 'closed' && !!ballots[p.id])).reverse();

export interface AttendeePollsProps {
  session: SessionView | null;
  results: Record<string, PollResults>;
  ballots: Ballots;
  vote: AttendeePollProps['vote'];
  onAck: AttendeePollProps['onAck'];
  onCheckIn?: AttendeePollProps['onCheckIn'];
  answerUpvotes?: AttendeePollProps['answerUpvotes'];
  live?: boolean;
}

/** The phone's poll list, or a friendly waiting message when the host has nothing open. */
export function AttendeePolls({ session, results, ballots, vote, onAck, onCheckIn, answerUpvotes, live }: AttendeePollsProps) {
  const { t } = useTranslation();
  if (!session) return <p className="waiting">{t('attendee.loading')}</p>;
  const polls = visiblePolls(session.polls, ballots);
  if (polls.length === 0) return <p className="waiting" data-testid="attendee-waiting">{t('attendee.waiting')}</p>;
  return (
    <>
      {polls.map(poll => (
        <AttendeePoll key={poll.id} poll={poll} ballot={ballots[poll.id]} results={results[poll.id]} vote={vote} onAck={onAck} onCheckIn={onCheckIn}
          answerUpvotes={answerUpvotes} live={live} />
      ))}
    </>
  );
}
