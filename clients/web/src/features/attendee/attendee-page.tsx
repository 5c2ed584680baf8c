import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import { storage } from '../../api/storage';
import { EndedPage } from '../../components/ended-page';
import { TopBar } from '../../components/top-bar';
import { answerOf } from '../../realtime/ballots';
import { useLive } from '../../realtime/use-live';
import { AttendeeCheckIn } from '../checkin/attendee-checkin';
import { MyPrize } from '../draw/my-prize';
import { MyTable } from '../groups/my-table';
import { AttendeeQna } from '../qna/attendee-qna';
import { AttendeeQuiz } from '../quiz/phone/attendee-quiz';
import { AttendeeSurvey } from '../survey/phone/attendee-survey';
import { AttendeePolls } from './attendee-polls';
import type { AnswerUpvoteCalls } from './use-answer-upvotes';

type Tab = 'polls' | 'qna' | 'checkin';

/**
 * The attendee's session page: polls (open ones appear by themselves, newest first), Q&A and, for people in
 * the room, check-in, as tabs; a running quiz, a prize won in the lucky draw and this phone's discussion table show above them. "?tab=checkin" (the venue's check-in QR code) opens on check-in.
 */
export function AttendeePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const record = storage.attendee(code);
  const live = useLive(record?.attendeeToken ?? null);
  const [tab, setTab] = useState<Tab>(() => (search.get('tab') === 'checkin' ? 'checkin' : 'polls'));
  const { invoke } = live;
  // One object for the page's life: each poll reads this device's upvotes when it (re)connects, not on every render.
  const answerUpvotes = useMemo<AnswerUpvoteCalls>(() => ({
    upvote: request => invoke('UpvoteAnswer', request),
    mine: pollId => invoke('GetMyAnswerUpvotes', pollId),
  }), [invoke]);
  // The server refused this phone's join (its session is gone, or the token no longer holds): forget it, so the join
  // page asks again instead of sending the phone straight back here.
  useEffect(() => { if (live.refused) storage.forgetAttendee(code); }, [live.refused, code]);

  // The session was deleted (or, in principle, this phone's link revoked): say so instead of rejoining.
  if (live.ended) return <EndedPage reason={live.ended} />;
  if (!record || live.refused) return <Navigate to={`/j/${code}${search.toString() ? `?${search}` : ''}`} replace />;

  const { session, results } = live.snapshot;
  const mode = t(`attendee.${record.mode}`);
  // Online viewers are not at the door; a phone that has checked in keeps the tab whatever its mode.
  const tabs: Tab[] = record.mode === 'onsite' || live.myCheckIn || tab === 'checkin' ? ['polls', 'qna', 'checkin'] : ['polls', 'qna'];
  return (
    <div className="page phone">
      <TopBar title={session?.title ?? '…'} status={live.status} />
      <main className="narrow stack">
        <AttendeeQuiz quiz={live.snapshot.quiz} mine={live.myQuiz} myAnswer={live.myQuizAnswer}
          answer={request => live.invoke('AnswerQuiz', request)} onAck={live.keepQuizAnswer}
          chooseTeam={team => live.invoke('ChooseQuizTeam', team)} onMine={live.keepMyQuiz} />
        <MyPrize prizes={live.myPrizes} />
        <MyTable table={live.myTable} />
        <AttendeeSurvey survey={live.snapshot.survey} mine={live.mySurvey} answer={request => live.invoke('AnswerSurvey', request)}
          onSaved={live.keepMySurvey} />
        <p className="muted hello">{record.nickname ? t('attendee.hello', { name: record.nickname, mode }) : mode}</p>
        <div className="tabs" role="tablist">
          {tabs.map(id => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab selected' : 'tab'}
              data-testid={`${id}-tab`} onClick={() => setTab(id)}>{t(`tabs.${id}`)}</button>
          ))}
        </div>
        {tab === 'polls' && <AttendeePolls session={session} results={results} ballots={live.ballots}
          vote={request => live.invoke('Vote', request)}
          onAck={ack => live.keepBallot(ack.pollId, answerOf(ack))} onCheckIn={() => setTab('checkin')}
          answerUpvotes={answerUpvotes} live={live.status === 'live'} />}
        {tab === 'qna' && <AttendeeQna {...live} />}
        {tab === 'checkin' && <AttendeeCheckIn {...live} />}
      </main>
    </div>
  );
}
