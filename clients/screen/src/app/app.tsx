import { useTranslation } from 'react-i18next';
import { LangSwitch } from '@live/shared/components/lang-switch';
import { StatusPill } from '@live/shared/components/status-pill';
import { JoinView } from '../features/join/join-view';
import { PollResultsView } from '../features/poll-results/poll-results-view';
import { useLive } from '../realtime/use-live';
import { parseScreenLink } from './screen-link';
import { useSessionInfo } from './use-session-info';

export function App() {
  const { t } = useTranslation();
  const { code, key } = parseScreenLink(window.location.pathname, window.location.hash);
  const { status, refused, snapshot } = useLive(code && key ? key : null);
  const info = useSessionInfo(code);

  if (!code || !key || refused) return <Message text={t(refused ? 'screen.refused' : 'screen.noKey')} />;

  const session = snapshot.session;
  const joinUrl = info?.joinUrl ?? `${window.location.origin}/j/${code}`;
  const poll = session?.polls.find(p => p.id === session.screen.pollId);
  return (
    <div className="screen">
      {!session && <Message text={t('screen.waiting')} />}
      {session && !poll && <JoinView title={session.title} code={code} joinUrl={joinUrl} presence={snapshot.presence} />}
      {session && poll && <PollResultsView poll={poll} results={snapshot.results[poll.id]} code={code} joinUrl={joinUrl} />}
      <div className="corner-tools"><StatusPill status={status} /><LangSwitch /></div>
    </div>
  );
}

function Message({ text }: { text: string }) {
  return <main className="message" role="alert">{text}<div className="corner-tools"><LangSwitch /></div></main>;
}
