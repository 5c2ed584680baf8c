import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useEndReason } from '@live/shared/realtime/refusal-reason';
import type { AccessLinks } from '@live/shared/realtime/types';
import { sessionsApi } from '../../api/sessions';
import { hostKeyFor, storage } from '../../api/storage';
import { EndedPage } from '../../components/ended-page';
import { TopBar } from '../../components/top-bar';
import { useLive } from '../../realtime/use-live';
import { ConsoleCheckIn } from '../checkin/console-checkin';
import { ConsoleAgenda } from '../agenda/console-agenda';
import { ConsoleDraw } from '../draw/console-draw';
import { ConsoleGroups } from '../groups/console-groups';
import { LinksTab } from '../links/links-tab';
import { keyInLink, routerPath } from '../links/link-urls';
import { useAccessLinks } from '../links/use-access-links';
import { ConsoleQna } from '../qna/console-qna';
import { ConsoleQuiz } from '../quiz/console-quiz';
import { ConsoleSurvey } from '../survey/console-survey';
import { ConsoleHeader } from './console-header';
import { ConsolePolls } from './console-polls';
import { canConfigure, consoleTabIn, consoleTabsFor } from './console-role';
import { ConsoleTabs, type ConsoleTab } from './console-tabs';
import { StatusPanel } from './status-panel';
import { useSessionStatus } from './use-session-status';

/**
 * The console, opened with a host key (polls, Q&A, check-in, draw, tables, agenda, links) or a moderator key (Q&A moderation and
 * the check-in desk only). A replaced link or a deleted session ends it with a full-page message.
 */
export function ConsolePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const consoleKey = hostKeyFor(code, location.hash);
  const live = useLive(consoleKey);
  // The open tab lives in the address (?tab=qna), so a reload comes back to it; the #key= fragment stays as it is.
  const tab = consoleTabIn(location.search);
  const setTab = (next: ConsoleTab) => {
    const search = new URLSearchParams(location.search);
    search.set('tab', next);
    navigate({ search: `?${search}`, hash: location.hash }, { replace: true });
  };
  const [deletedHere, setDeletedHere] = useState(false);
  const host = live.role === 'host';
  const access = useAccessLinks(live.invoke, host && live.status === 'live');
  const joinUrl = useJoinUrl(code, access.links);
  const { presence } = live.snapshot;
  const ended = useEndReason(code, live.ended, live.refused, consoleKey);
  const serverStatus = useSessionStatus(code, consoleKey, host && !live.ended);

  if (!consoleKey) return <MissingKey text={t('console.missingKey')} />;
  // This console deleted the session: the sessionDeleted event may beat DeleteSession's reply. Either way, go home.
  if (live.ended === 'deleted' && deletedHere) return <Navigate to="/" replace />;
  if (ended) return <EndedPage reason={ended} homeLink />;
  if (live.refused) return <div className="page"><TopBar title={t('app.name')} /></div>; // asking why, a moment
  const tabs = consoleTabsFor(live.role);
  if (live.role && tabs.length === 0) return <MissingKey text={t('console.missingKey')} />;
  const shown = tabs.includes(tab) ? tab : tabs[0];

  const moveToNewHostLink = (links: AccessLinks) => {
    const key = keyInLink(links.consoleUrl);
    if (key) storage.setHostKey(code, key);
    const moved = new URL(routerPath(links.consoleUrl), window.location.origin);
    navigate({ pathname: moved.pathname, search: location.search, hash: moved.hash }, { replace: true });
  };
  const qnaWaiting = (live.snapshot.qna?.questions.filter(q => q.state === 'pending').length ?? 0) + (live.snapshot.commentQueue?.pending.length ?? 0);

  return (
    <div className="page">
      <TopBar title={live.snapshot.session?.title ?? '…'} status={live.status} />
      <ConsoleHeader code={code} joinUrl={joinUrl} screenUrl={host ? screenUrlOf(code, access.links) : null} presence={presence}
        moderator={live.role === 'moderator'} />
      {host && <StatusPanel status={serverStatus.status} error={serverStatus.error} />}
      {shown && (
        <ConsoleTabs tab={shown} onTab={setTab} tabs={tabs} canSetScreen={host} session={live.snapshot.session} quiz={live.snapshot.quiz ?? null} invoke={live.invoke} waiting={qnaWaiting} />
      )}
      {shown === 'qna' && <ConsoleQna code={code} hostKey={consoleKey} canConfigure={canConfigure(live.role)} snapshot={live.snapshot} invoke={live.invoke} />}
      {shown === 'checkin' && <ConsoleCheckIn code={code} hostKey={consoleKey} canConfigure={canConfigure(live.role)} checkins={live.snapshot.checkins} invoke={live.invoke} />}
      {shown === 'agenda' && <ConsoleAgenda agenda={live.snapshot.agenda} invoke={live.invoke} />}
      {shown === 'groups' && <ConsoleGroups code={code} groups={live.snapshot.groups} categories={live.snapshot.checkins?.byCategory ?? []} invoke={live.invoke}
        readOnly={!canConfigure(live.role)} />}
      {shown === 'draw' && <ConsoleDraw code={code} hostKey={consoleKey} snapshot={live.snapshot} invoke={live.invoke} />}
      {shown === 'survey' && <ConsoleSurvey survey={live.snapshot.survey} connected={(presence?.onsite ?? 0) + (presence?.online ?? 0)} invoke={live.invoke}
        code={code} hostKey={consoleKey} />}
      {shown === 'quiz' && <ConsoleQuiz quiz={live.snapshot.quiz} connected={(presence?.onsite ?? 0) + (presence?.online ?? 0)} invoke={live.invoke}
        code={code} hostKey={consoleKey} />}
      {shown === 'polls' && <ConsolePolls code={code} hostKey={consoleKey} snapshot={live.snapshot} connected={(presence?.onsite ?? 0) + (presence?.online ?? 0)} invoke={live.invoke} />}
      {shown === 'links' && (
        <LinksTab code={code} language={live.snapshot.session && { value: live.snapshot.session.language, version: live.snapshot.session.version }} links={access.links} linksError={access.error} invoke={live.invoke}
          onLinks={access.setLinks} onHostLinkReplaced={moveToNewHostLink}
          onDeleting={() => setDeletedHere(true)} onDeleted={() => navigate('/', { replace: true })} />
      )}
    </div>
  );
}

function MissingKey({ text }: { text: string }) {
  const { t } = useTranslation();
  return <div className="page"><TopBar title={t('app.name')} /><main className="narrow"><p className="error" role="alert">{text}</p></main></div>;
}

/**
 * The big-screen link at the current key generation, to open from this machine (so on this page's address); before
 * GetAccessLinks answers, the one this tab created, if any.
 */
function screenUrlOf(code: string, links: AccessLinks | null): string | null {
  if (links) return links.screenUrl;
  const created = storage.screenKey(code);
  return created ? `/screen/${code}#key=${created}` : null;
}

/** The server's join link (it swaps a loopback host for the LAN address phones can reach). */
function useJoinUrl(code: string, links: AccessLinks | null) {
  const [joinUrl, setJoinUrl] = useState(`${window.location.origin}/j/${code}`);
  useEffect(() => {
    sessionsApi.get(code).then(info => setJoinUrl(info.joinUrl), () => { /* keep the local guess */ });
  }, [code]);
  return links?.joinUrl ?? joinUrl;
}
