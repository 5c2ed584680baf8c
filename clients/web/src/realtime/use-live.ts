import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { openLiveConnection, type LiveConnection } from '@live/shared/realtime/connection';
import { emptySnapshot, snapshotReducer, type Snapshot } from '@live/shared/realtime/reducer';
import type { MyTableView } from '@live/shared/groups/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { CheckInResult, ConnectionStatus, EndReason, LiveState, PrizeView, QuestionView, Role, UpvoteAck } from '@live/shared/realtime/types';
import type { MyQuizView, QuizAnswerAck } from '@live/shared/quiz/types';
import type { MySurveyView } from '@live/shared/survey/types';
import { ballotsFromState, pruneBallots, type Answer, type Ballots } from './ballots';
import { addPrize, myPrizesFromState } from './my-prizes';
import { applyUpvoteAck, myQuestionsFromState, upsertQuestion, upvotesFromState } from './my-questions';

export type { Ballots };

export interface Live {
  status: ConnectionStatus;
  refused: boolean;
  /** The server ended the connection for good: the link was replaced, or the session deleted. */
  ended: EndReason | null;
  /** The credential's role, from GetState (null until the first one arrives). */
  role: Role | null;
  snapshot: Snapshot;
  me: LiveState['me'];
  ballots: Ballots;
  /** This device's own questions, in any state (attendees only). */
  myQuestions: QuestionView[];
  /** Ids of the questions this device has upvoted (attendees only). */
  myUpvotes: ReadonlySet<string>;
  /** This phone's own check-in, from GetState after a reload or from the CheckIn reply (attendees only). */
  myCheckIn: CheckInResult | null;
  /** Prizes this device won in the lucky draw, from GetState after a reload or a myPrize event (attendees only). */
  myPrizes: PrizeView[];
  /** This phone's discussion table, from GetState after a reload or a myTable event (attendees only); table null when there is none. */
  myTable: MyTableView | null;
  /** This phone's quiz standing: from GetState after a reload, then from each reveal's myQuiz push (attendees only). */
  myQuiz: MyQuizView | null;
  /** This phone's answer to a quiz question, as the server acknowledged it (AnswerQuiz, or myQuiz.myAnswer after a reload). */
  myQuizAnswer: QuizAnswerAck | null;
  /** Records a ballot the server acknowledged. */
  keepBallot(pollId: string, answer: Answer): void;
  /** Records a question the server returned from AskQuestion. */
  keepQuestion(question: QuestionView): void;
  /** Records an acknowledged upvote or take-back. */
  keepUpvote(ack: UpvoteAck): void;
  /** Records the result of CheckIn. */
  keepCheckIn(result: CheckInResult): void;
  /** Records an acknowledged quiz answer. */
  keepQuizAnswer(ack: QuizAnswerAck): void;
  /** A standing the phone asked for (ChooseQuizTeam answers one). */
  keepMyQuiz(mine: MyQuizView): void;
  /** This person's survey answers as the server holds them: from GetState, then from each AnswerSurvey. */
  mySurvey: MySurveyView | null;
  keepMySurvey(mine: MySurveyView): void;
  invoke: Invoke;
}

/** The app's one realtime hook: connects with a host key or attendee token while mounted. */
export function useLive(credential: string | null): Live {
  const [snapshot, dispatch] = useReducer(snapshotReducer, emptySnapshot);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [refused, setRefused] = useState(false);
  const [ended, setEnded] = useState<EndReason | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [me, setMe] = useState<LiveState['me']>(null);
  const [ballots, setBallots] = useState<Ballots>({});
  const [myQuestions, setMyQuestions] = useState<QuestionView[]>([]);
  const [myUpvotes, setMyUpvotes] = useState<ReadonlySet<string>>(() => new Set());
  const [myCheckIn, setMyCheckIn] = useState<CheckInResult | null>(null);
  const [myPrizes, setMyPrizes] = useState<PrizeView[]>([]);
  const [myTable, setMyTable] = useState<MyTableView | null>(null);
  const [myQuiz, setMyQuiz] = useState<MyQuizView | null>(null);
  const [myQuizAnswer, setMyQuizAnswer] = useState<QuizAnswerAck | null>(null);
  const [mySurvey, setMySurvey] = useState<MySurveyView | null>(null);
  const connection = useRef<LiveConnection | null>(null);

  useEffect(() => {
    if (!credential) return;
    // A new credential (the host replaced its own key) starts afresh: the old one's refusal is not this one's.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reset when the connection for the new credential opens
    setRefused(false);
    setEnded(null);
    const opened = openLiveConnection(credential, {
      onStatus: setStatus,
      onSnapshot: dispatch,
      onState: state => {
        setRole(state.role);
        setMe(state.me);
        setBallots(ballotsFromState(state));
        setMyQuestions(myQuestionsFromState(state));
        setMyUpvotes(upvotesFromState(state));
        setMyCheckIn(state.myCheckIn ?? null);
        setMyPrizes(myPrizesFromState(state));
        setMyTable(state.myTable ?? null);
        setMyQuiz(state.myQuiz ?? null);
        setMyQuizAnswer(state.myQuiz?.myAnswer ?? null);
        setMySurvey(state.mySurvey ?? null);
      },
      onRefused: () => setRefused(true),
      onEnded: setEnded,
      onMyQuestion: question => setMyQuestions(current => upsertQuestion(current, question)),
      // Staff took the check-in back (a mistaken tap): the phone must stop saying "checked in".
      onMyCheckIn: result => setMyCheckIn(result),
      onMyPrize: prize => setMyPrizes(current => addPrize(current, prize)),
      // Unversioned, like myCheckIn: the server sends each phone its table whenever it or the table's mates change.
      onMyTable: setMyTable,
      onMyQuiz: mine => {
        setMyQuiz(mine);
        if (mine.myAnswer) setMyQuizAnswer(mine.myAnswer);
      },
    });
    connection.current = opened;
    return () => { opened.close(); connection.current = null; };
  }, [credential]);

  // A reset (the poll turns draft, so attendees stop seeing it) clears the ballot on the server: follow it here.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the pruned ballots are state: a reopened poll must not bring them back
  useEffect(() => setBallots(current => pruneBallots(current, snapshot.session)), [snapshot.session]);

  const keepBallot = useCallback((pollId: string, answer: Answer) =>
    setBallots(current => ({ ...current, [pollId]: answer })), []);
  const keepQuestion = useCallback((question: QuestionView) => setMyQuestions(current => upsertQuestion(current, question)), []);
  const keepUpvote = useCallback((ack: UpvoteAck) => setMyUpvotes(current => applyUpvoteAck(current, ack)), []);
  const keepCheckIn = useCallback((result: CheckInResult) => setMyCheckIn(result), []);
  const keepQuizAnswer = useCallback((ack: QuizAnswerAck) => setMyQuizAnswer(ack), []);
  const keepMyQuiz = useCallback((mine: MyQuizView) => setMyQuiz(mine), []);
  const keepMySurvey = useCallback((mine: MySurveyView) => setMySurvey(mine), []);
  const invoke = useCallback<Invoke>((method, ...args) =>
    connection.current ? connection.current.invoke(method, ...args) : Promise.reject(new Error('unavailable')), []);

  return { status, refused, ended, role, snapshot, me, ballots, myQuestions, myUpvotes, myCheckIn, myPrizes, myTable, myQuiz, myQuizAnswer,
    mySurvey, keepBallot, keepQuestion, keepUpvote, keepCheckIn, keepQuizAnswer, keepMyQuiz, keepMySurvey, invoke };
}
