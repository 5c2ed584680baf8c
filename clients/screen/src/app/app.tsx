import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { followSessionLanguage } from '@live/shared/i18n/setup';
import { useEndReason } from '@live/shared/realtime/refusal-reason';
import { CheckInWall } from '../features/checkin/checkin-wall';
import { CommentLayer } from '../features/comments/comment-layer';
import { DrawView } from '../features/draw/draw-view';
import { GroupsWall } from '../features/groups/groups-wall';
import { JoinView } from '../features/join/join-view';
import { PollResultsView } from '../features/poll-results/poll-results-view';
import { QnaView } from '../features/qna/qna-view';
import { QuizScreen } from '../features/quiz/quiz-screen';
import { useQuizTakeover } from '@live/shared/quiz/quiz-takeover';
import { ReactionLayer } from '../features/reactions/reaction-layer';
import { CornerTimer } from '../features/timer/corner-timer';
import { cornerTimerShown } from '../features/timer/corner-timer-shown';
import { SpeakerMonitor } from '../features/timer/speaker-monitor';
import '../features/timer/timer.css';
import { useLive } from '../realtime/use-live';
import { CornerTools } from './corner-tools';
import { isSpeakerMonitor, parseScreenLink } from './screen-link';
import { screenRoute, type ScreenRoute } from './screen-route';
import { useSessionInfo } from './use-session-info';

export function App() {
  const { t } = useTranslation();
  const { code, key } = parseScreenLink(window.location.pathname, window.location.hash);
  const { status, refused, ended, snapshot, comments } = useLive(code && key ? key : null);
  const info = useSessionInfo(code);
  // The link was replaced (credentialRevoked, or a 401 for the old key) or the session deleted: nothing reconnects.
  const over = useEndReason(code ?? '', ended, refused, key); // with the key, the hub tells a mistyped link from a replaced one
  // The session's language, not the projector PC's browser: a Chinese event on an English laptop reads Chinese.
  const language = snapshot.session?.language;
  useEffect(() => followSessionLanguage(language), [language]);
  // A running quiz takes the wall over whatever view the host picked (see quiz-takeover.ts).
  const quizOn = useQuizTakeover(snapshot.quiz, snapshot.session);

  if (!code || !key) return <Message text={t('screen.noKey')} />;
  if (over) return <Message text={t(`screen.${over}`)} reason={over} />;
  if (refused) return <Message text={t('screen.waiting')} />;

  if (isSpeakerMonitor(window.location.pathname)) {
    return <div className="screen"><SpeakerMonitor agenda={snapshot.agenda} /><CornerTools status={status} /></div>;
  }

  const session = snapshot.session;
  const joinUrl = info?.joinUrl ?? `${window.location.origin}/j/${code}`;
  const route = session && !quizOn ? screenRoute(session) : null; // none while the quiz has the wall
  const commentsOn = !!session && (snapshot.qna?.settings.commentsEnabled ?? true);
  const timer = cornerTimerShown(snapshot.agenda);
  const lanes = commentLanes(route, timer, quizOn);
  const className = ['screen', timer && 'with-corner-timer', commentsOn && 'with-comments'].filter(Boolean).join(' ');
  return (
    <div className={className} data-comment-lanes={lanes}>
      {!session && <Message text={t('screen.waiting')} />}
      {session && quizOn && snapshot.quiz && <QuizScreen quiz={snapshot.quiz} />}
      {session && route?.kind === 'join' && <JoinView title={session.title} code={code} joinUrl={joinUrl} presence={snapshot.presence} />}
      {session && route?.kind === 'poll' && <PollResultsView poll={route.poll} results={snapshot.results[route.poll.id]} code={code} joinUrl={joinUrl} />}
      {session && route?.kind === 'qna' && <QnaView title={session.title} qna={snapshot.qna} code={code} joinUrl={joinUrl} />}
      {session && route?.kind === 'checkin' && <CheckInWall title={session.title} checkins={snapshot.checkins} code={code} joinUrl={joinUrl} />}
      {session && route?.kind === 'groups' && <GroupsWall title={session.title} groups={snapshot.groups} />}
      {session && route?.kind === 'draw' && <DrawView title={session.title} draw={snapshot.draw} code={code} origin={new URL(joinUrl).origin} />}
      {session && <CornerTimer agenda={snapshot.agenda} />}
      {session && <ReactionLayer reactions={snapshot.reactions} />}
      {session && <CommentLayer feed={comments} settings={snapshot.qna?.settings ?? null} cleared={snapshot.commentQueue?.cleared ?? null} lanes={lanes} />}
      <CornerTools status={status} />
    </div>
  );
}

/** 弹幕 lanes: 2 over a poll, the table list or the quiz, which need the height for their rows, or under the corner timer's band; 3 otherwise. */
function commentLanes(route: ScreenRoute | null, cornerTimer: boolean, quiz: boolean) {
  return route?.kind === 'poll' || route?.kind === 'groups' || quiz || cornerTimer ? 2 : 3;
}

function Message({ text, reason }: { text: string; reason?: string }) {
  return <main className="message" role="alert" data-testid="screen-message" data-reason={reason}>{text}<CornerTools /></main>;
}
