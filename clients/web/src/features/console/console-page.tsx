import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import type { SessionView } from '@live/shared/realtime/types';
import { sessionsApi } from '../../api/sessions';
import { hostKeyFor, storage } from '../../api/storage';
import { TopBar } from '../../components/top-bar';
import { useLive } from '../../realtime/use-live';
import { ConsoleCheckIn } from '../checkin/console-checkin';
import { ConsoleDraw } from '../draw/console-draw';
import { ConsoleQna } from '../qna/console-qna';
import { ConsoleHeader } from './console-header';
import { ConsoleTabs, type ConsoleTab } from './console-tabs';
import { CreatePollForm } from './create-poll-form';
import { PollCard } from './poll-card';

/** The host console: join details, presence, and four tabs: polls (creation, live results), Q&A moderation, check-in and the lucky draw. */
export function ConsolePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const location = useLocation();
  const hostKey = hostKeyFor(code, location.hash);
  const live = useLive(hostKey);
  const [tab, setTab] = useState<ConsoleTab>('polls');
  const { session, presence, results } = live.snapshot;
  const screenKey = storage.screenKey(code);
  const joinUrl = useJoinUrl(code);
  const connected = (presence?.onsite ?? 0) + (presence?.online ?? 0);

  if (!hostKey || live.refused) {
    return <div className="page"><TopBar title={t('app.name')} /><main className="narrow"><p className="error" role="alert">{t('console.missingKey')}</p></main></div>;
  }

  return (
    <div className="page">
      <TopBar title={session?.title ?? '…'} status={live.status} />
      <ConsoleHeader code={code} joinUrl={joinUrl} screenKey={screenKey} presence={presence} />
      <ConsoleTabs tab={tab} onTab={setTab} session={session} invoke={live.invoke}
        waiting={(live.snapshot.qna?.questions.filter(q => q.state === 'pending').length ?? 0) + (live.snapshot.commentQueue?.pending.length ?? 0)} />
      {tab === 'qna' && <ConsoleQna code={code} hostKey={hostKey} snapshot={live.snapshot} invoke={live.invoke} />}
      {tab === 'checkin' && <ConsoleCheckIn code={code} hostKey={hostKey} checkins={live.snapshot.checkins} invoke={live.invoke} />}
      {tab === 'draw' && <ConsoleDraw code={code} hostKey={hostKey} snapshot={live.snapshot} invoke={live.invoke} />}
      {tab === 'polls' && (
        <main className="console">
          <aside><CreatePollForm onCreate={draft => live.invoke<SessionView>('CreatePoll', draft)} /></aside>
          <section className="poll-list">
            <h2>{t('console.polls')}</h2>
            {session && session.polls.length === 0 && <p className="muted">{t('console.noPolls')}</p>}
            {session?.polls.map(poll => (
              <PollCard key={poll.id} poll={poll} results={results[poll.id]}
                onScreen={session.screen.view === 'poll' && session.screen.pollId === poll.id}
                connected={connected} invoke={live.invoke} />
            ))}
          </section>
        </main>
      )}
    </div>
  );
}

/** The server's join link (it swaps a loopback host for the LAN address phones can reach). */
function useJoinUrl(code: string) {
  const [joinUrl, setJoinUrl] = useState(`${window.location.origin}/j/${code}`);
  useEffect(() => {
    sessionsApi.get(code).then(info => setJoinUrl(info.joinUrl), () => { /* keep the local guess */ });
  }, [code]);
  return joinUrl;
}
