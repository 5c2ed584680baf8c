import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { storage } from '../../api/storage';
import { TopBar } from '../../components/top-bar';
import { useLive } from '../../realtime/use-live';
import type { VoteAck } from './attendee-poll';
import { AttendeePolls } from './attendee-polls';

/** The attendee's session page: open polls appear by themselves, newest first. */
export function AttendeePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const record = storage.attendee(code);
  const live = useLive(record?.attendeeToken ?? null);

  if (!record || live.refused) return <Navigate to={`/j/${code}`} replace />;

  const { session, results } = live.snapshot;
  const mode = t(`attendee.${record.mode}`);
  return (
    <div className="page phone">
      <TopBar title={session?.title ?? '…'} status={live.status} />
      <main className="narrow stack">
        <p className="muted hello">{record.nickname ? t('attendee.hello', { name: record.nickname, mode }) : mode}</p>
        <AttendeePolls session={session} results={results} ballots={live.ballots}
          vote={request => live.invoke<VoteAck>('Vote', request)}
          onAck={ack => live.keepBallot(ack.pollId, ack.optionIds)} />
      </main>
    </div>
  );
}
