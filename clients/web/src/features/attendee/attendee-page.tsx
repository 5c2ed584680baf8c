import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { storage } from '../../api/storage';
import { TopBar } from '../../components/top-bar';
import { useLive } from '../../realtime/use-live';
import { AttendeePoll, type VoteAck } from './attendee-poll';

/** The attendee's session page: open polls appear by themselves, newest first. */
export function AttendeePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const record = storage.attendee(code);
  const live = useLive(record?.attendeeToken ?? null);

  if (!record || live.refused) return <Navigate to={`/j/${code}`} replace />;

  const { session, results } = live.snapshot;
  const polls = (session?.polls ?? [])
    .filter(p => p.status === 'open' || (p.status === 'closed' && live.ballots[p.id]))
    .reverse();

  return (
    <div className="page phone">
      <TopBar title={session?.title ?? '…'} status={live.status} />
      <main className="narrow stack">
        <p className="muted hello">
          {record.nickname ? t('attendee.hello', { name: record.nickname }) : null} · {t(`attendee.${record.mode}`)}
        </p>
        {session && polls.length === 0 && <p className="waiting">{t('attendee.waiting')}</p>}
        {polls.map(poll => (
          <AttendeePoll key={poll.id} poll={poll} ballot={live.ballots[poll.id]} results={results[poll.id]}
            vote={request => live.invoke<VoteAck>('Vote', request)}
            onAck={ack => live.keepBallot(ack.pollId, ack.optionIds)} />
        ))}
      </main>
    </div>
  );
}
