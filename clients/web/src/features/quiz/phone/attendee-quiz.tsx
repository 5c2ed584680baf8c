import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { offsetOf } from '@live/shared/agenda/timer-display';
import { useServerNow } from '@live/shared/agenda/use-server-clock';
import { quizClock } from '@live/shared/quiz/quiz-clock';
import type { LiveQuizQuestion, MyQuizView, QuizAnswerAck, QuizAnswerRequest, QuizView } from '@live/shared/quiz/types';
import { newOpId } from '@live/shared/realtime/op-id';
import { ErrorText } from '../../../components/error-text';
import { optionLabel } from '../option-label';
import { AnswerButtons } from './answer-buttons';
import { answerElapsedMs } from './answer-timing';
import { CountdownBar } from './countdown-bar';
import { MyStanding } from './my-standing';
import { TeamPicker } from './team-picker';
import './phone-quiz.css';

export interface AttendeeQuizProps {
  /** The public quiz view (phones get it at each phase change). */
  quiz: QuizView | null;
  mine: MyQuizView | null;
  /** This phone's acknowledged answer (to whichever question it was). */
  myAnswer: QuizAnswerAck | null;
  answer(request: QuizAnswerRequest): Promise<QuizAnswerAck>;
  onAck(ack: QuizAnswerAck): void;
  /** Teams by pick (ChooseQuizTeam) and the standing it answers. */
  chooseTeam(team: string): Promise<MyQuizView>;
  onMine(mine: MyQuizView): void;
}

/**
 * The quiz on a phone, above everything else while it runs: the question with its countdown and answer tiles, then
 * "Answer locked in", then right or wrong with the points and the standing. In the lobby nothing shows, unless the
 * phones pick their teams: then the team buttons do, and stay up until the phone's first answer.
 */
export function AttendeeQuiz({ quiz, mine, myAnswer, answer, onAck, chooseTeam, onMine }: AttendeeQuizProps) {
  const { t } = useTranslation();
  if (!quiz) return null;
  const names = quiz.settings.teams === 'pick' ? quiz.settings.teamNames ?? [] : [];
  const picker = names.length > 0 && quiz.questionCount > 0
    && <TeamPicker names={names} current={mine?.team ?? null} choose={chooseTeam} onChosen={onMine} />;
  if (quiz.phase === 'lobby' || !quiz.current) {
    // Nobody has answered in the lobby (a reset clears every player), so any team may still be picked or changed.
    return picker && quiz.phase === 'lobby' ? <section className="card stack phone-quiz" data-testid="phone-quiz" data-phase="lobby">{picker}</section> : null;
  }
  const q = quiz.current;
  const answered = myAnswer?.questionId === q.id ? myAnswer : null;
  return (
    <section className="card stack phone-quiz" data-testid="phone-quiz" data-phase={quiz.phase} aria-live="polite">
      {/* A latecomer without a team picks one before answering; a phone that has one keeps its screen for the question. */}
      {quiz.phase === 'question' && !answered && !mine?.team && picker}
      <p className="label">{quiz.phase === 'finished' ? t('quiz.phone.finished') : t('quiz.phone.questionOf', { n: q.number, count: quiz.questionCount })}</p>
      {quiz.phase !== 'finished' && <h2 className="phone-quiz-question" data-testid="phone-quiz-text">{q.text}</h2>}
      {quiz.phase === 'question' && !answered && <AnswerPad key={q.id} quiz={quiz} question={q} answer={answer} onAck={onAck} />}
      {(quiz.phase === 'question' || quiz.phase === 'closed') && answered && <LockedIn question={q} ack={answered} />}
      {quiz.phase === 'closed' && !answered && <p className="phone-quiz-banner muted" data-testid="quiz-time-up">{t('quiz.phone.timeUp')}</p>}
      {(quiz.phase === 'revealed' || quiz.phase === 'leaderboard') && <Result question={q} mine={mine} answered={!!answered} />}
      {quiz.phase === 'finished' && mine && <MyStanding mine={mine} />}
      {quiz.phase === 'finished' && !mine && <p className="muted">{t('quiz.phone.notPlaying')}</p>}
    </section>
  );
}

/** The tiles (or the text field) for an open question: off while reading, on from answersAt until the deadline. */
function AnswerPad({ quiz, question: q, answer, onAck }: { quiz: QuizView; question: LiveQuizQuestion } & Pick<AttendeeQuizProps, 'answer' | 'onAck'>) {
  const { t } = useTranslation();
  const now = useServerNow(quiz);
  const clock = quizClock(q, now);
  // When this question reached the screen (this component is keyed by question): the elapsed time starts no earlier.
  const [shownAtClient] = useState(() => Date.now());
  const opId = useRef<string | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = clock.stage === 'answering' && !sending;

  const send = async (options: number[] | null, typed: string | null) => {
    const tapAtClient = Date.now();
    // One op id per question: a second tap or a resend after a reconnect is the same answer to the server.
    opId.current ??= newOpId();
    const elapsedMs = answerElapsedMs({ answersAt: q.answersAt, offset: offsetOf(quiz), shownAtClient, tapAtClient });
    setSending(true);
    setError(null);
    try {
      onAck(await answer({ questionId: q.id, options, text: typed, elapsedMs, opId: opId.current }));
    } catch (e) {
      setError(errorCode(e));
      setSending(false);
    }
  };
  const pick = (i: number) => {
    if (q.kind === 'multiple') setPicked(p => (p.includes(i) ? p.filter(x => x !== i) : [...p, i].sort((a, b) => a - b)));
    else void send([i], null);
  };

  return (
    <div className="stack">
      {clock.stage !== 'over' ? <CountdownBar clock={clock} /> : <p className="phone-quiz-banner muted">{t('quiz.phone.timeUp')}</p>}
      {q.kind === 'typed' ? (
        <form className="quiz-typed" onSubmit={e => { e.preventDefault(); if (text.trim()) void send(null, text.trim()); }}>
          <input value={text} maxLength={40} disabled={!open} placeholder={t('quiz.phone.typedPlaceholder')} aria-label={t('quiz.phone.typedPlaceholder')}
            onChange={e => setText(e.target.value)} data-testid="quiz-typed-input" autoComplete="off" />
          <button className="primary big" type="submit" disabled={!open || !text.trim()} data-testid="quiz-submit">{sending ? t('quiz.phone.sending') : t('quiz.phone.submit')}</button>
        </form>
      ) : (
        <AnswerButtons question={q} enabled={open} picked={picked} onPick={pick} />
      )}
      {q.kind === 'multiple' && (
        <button className="primary big" disabled={!open || picked.length === 0} data-testid="quiz-submit" onClick={() => void send(picked, null)}>
          {sending ? t('quiz.phone.sending') : t('quiz.phone.submit')}
        </button>
      )}
      {sending && q.kind !== 'multiple' && q.kind !== 'typed' && <p className="muted" data-testid="quiz-sending">{t('quiz.phone.sending')}</p>}
      <ErrorText code={error} />
    </div>
  );
}

const answerText = (t: ReturnType<typeof useTranslation>['t'], q: LiveQuizQuestion, ack: QuizAnswerAck) =>
  ack.text ?? ack.options.map(i => optionLabel(t, q.kind, q.options, i)).join(', ');

function LockedIn({ question, ack }: { question: LiveQuizQuestion; ack: QuizAnswerAck }) {
  const { t } = useTranslation();
  return (
    <div className="phone-quiz-locked" data-testid="quiz-locked-in">
      <p className="phone-quiz-banner">✓ {t('quiz.phone.lockedIn')}</p>
      <p className="muted">{t('quiz.phone.yourAnswer', { answer: answerText(t, question, ack) })}</p>
      <p className="muted small">{t('quiz.phone.lockedInHint')}</p>
    </div>
  );
}

/**
 * Right or wrong after the reveal. The myQuiz push that carries this question's result can come a moment after the
 * revealed view: until it does (its myAnswer names this question), a phone that answered keeps "locked in".
 */
function Result({ question: q, mine, answered }: { question: LiveQuizQuestion; mine: MyQuizView | null; answered: boolean }) {
  const { t } = useTranslation();
  const fresh = !!mine && mine.myAnswer?.questionId === q.id;
  const right = q.kind === 'typed' ? q.accepted[0] ?? '' : q.correct.map(i => optionLabel(t, q.kind, q.options, i)).join(', ');
  return (
    <div className="stack">
      {answered && !fresh && <p className="phone-quiz-banner" data-testid="quiz-locked-in">✓ {t('quiz.phone.lockedIn')}</p>}
      {fresh && mine.lastCorrect !== null && (
        <div className={`phone-quiz-result ${mine.lastCorrect ? 'right' : 'wrong'}`} data-testid="quiz-result" data-correct={mine.lastCorrect}>
          <strong>{mine.lastCorrect ? t('quiz.phone.right') : t('quiz.phone.wrong')}</strong>
          <span data-testid="quiz-points">
            {(mine.lastPoints ?? 0) > 0 ? t('quiz.phone.pointsEarned', { points: mine.lastPoints }) : t('quiz.phone.pointsLost', { points: mine.lastPoints ?? 0 })}
          </span>
        </div>
      )}
      {!answered && <p className="phone-quiz-banner muted" data-testid="quiz-no-answer">{t('quiz.phone.noAnswer')}</p>}
      {right && <p className="quiz-right-answer" data-testid="quiz-right-answer">✓ {right}</p>}
      {mine && <MyStanding mine={mine} />}
    </div>
  );
}
