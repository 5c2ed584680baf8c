import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { storage } from '../../api/storage';
import { TopBar } from '../../components/top-bar';
import { useLive } from '../../realtime/use-live';
import { AttendeeQna } from '../qna/attendee-qna';
import type { VoteAck } from './attendee-poll';
import { AttendeePolls } from './attendee-polls';

type Tab = 'polls' | 'qna';

/** The attendee's session page: polls (open ones appear by themselves, newest first) and Q&A, as two tabs. */
export function AttendeePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const record = storage.attendee(code);
  const live = useLive(record?.attendeeToken ?? null);
  const [tab, setTab] = useState<Tab>('polls');

  if (!record || live.refused) return <Navigate to={`/j/${code}`} replace />;

  const { session, results } = live.snapshot;
  const mode = t(`attendee.${record.mode}`);
  return (
    <div className="page phone">
      <TopBar title={session?.title ?? '…'} status={live.status} />
      <main className="narrow stack">
        <p className="muted hello">{record.nickname ? t('attendee.hello', { name: record.nickname, mode }) : mode}</p>
        <div className="tabs" role="tablist">
          {(['polls', 'qna'] as const).map(id => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab selected' : 'tab'}
              data-testid={`${id}-tab`} onClick={() => setTab(id)}>{t(`tabs.${id}`)}</button>
          ))}
        </div>
        {tab === 'polls'
          ? <AttendeePolls session={session} results={results} ballots={live.ballots}
              vote={request => live.invoke<VoteAck>('Vote', request)}
              onAck={ack => live.keepBallot(ack.pollId, ack.optionIds)} />
          : <AttendeeQna {...live} />}
      </main>
    </div>
  );
}
