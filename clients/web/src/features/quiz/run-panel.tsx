import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServerNow } from '@live/shared/agenda/use-server-clock';
import { distributionPercents, quizClock } from '@live/shared/quiz/quiz-clock';
import type { LiveQuizQuestion, QuizView } from '@live/shared/quiz/types';
import { nextStep, type QuizStep } from './next-step';
import { optionLabel } from './option-label';
import { QuizStandings } from './quiz-standings';

export interface RunPanelProps {
  quiz: QuizView;
  /** Attendees connected now: the "of M" in "answered N of M". */
  connected: number;
  /** Runs a step; refusals are shown by the tab. */
  onStep(step: QuizStep): void;
  onReset(): void;
}

const stepLabel: Record<QuizStep['action'], string> = {
  start: 'quiz.step.start', close: 'quiz.step.close', reveal: 'quiz.step.reveal', leaderboard: 'quiz.step.leaderboard',
  next: 'quiz.step.next', finish: 'quiz.step.finish', none: 'quiz.step.none',
};

/** The quiz as it runs: one button for the next step, the question on show with its clock and answers, the top 10. */
export function RunPanel({ quiz, connected, onStep, onReset }: RunPanelProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const step = nextStep(quiz);
  const q = quiz.current;
  return (
    <section className="card stack quiz-run" data-testid="quiz-run" data-phase={quiz.phase}>
      <div className="quiz-run-head">
        <span className={`badge quiz-phase-badge phase-${quiz.phase}`} data-testid="quiz-phase">{t(`quiz.phase.${quiz.phase}`)}</span>
        {q && <span className="muted">{t('quiz.questionOf', { n: q.number, count: quiz.questionCount })}</span>}
        {/* The screen bar above says what the host picked; a running quiz overrides it, so say so here. */}
        {quiz.phase !== 'lobby' && <span className="badge badge-screen" data-testid="quiz-on-screen">{t('quiz.onScreen')}</span>}
        <span className="grow" />
        <button className="primary big quiz-next" data-testid="quiz-next" disabled={step.action === 'none'} onClick={() => onStep(step)}>
          {t(stepLabel[step.action], { n: step.action === 'next' ? step.number : 0 })}
        </button>
      </div>
      {quiz.phase === 'lobby' && <p className="muted">{quiz.questionCount === 0 ? t('quiz.lobbyEmpty') : t('quiz.lobbyReady', { count: quiz.questionCount })}</p>}
      {q && quiz.phase !== 'finished' && <OnShow quiz={quiz} question={q} connected={connected} />}
      {quiz.phase === 'finished' && <p className="quiz-done" data-testid="quiz-finished">{t('quiz.finishedNote')}</p>}
      {quiz.phase !== 'lobby' && <QuizStandings leaders={quiz.leaders} teams={quiz.teams} />}
      <p className="hint">{t('quiz.screenNote')}</p>
      <div className="actions">
        {!confirming && <button className="ghost" data-testid="quiz-reset" disabled={quiz.phase === 'lobby' && quiz.players === 0} onClick={() => setConfirming(true)}>{t('quiz.reset')}</button>}
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog">
          <span>{t('quiz.resetConfirm')}</span>
          <button className="danger" data-testid="quiz-confirm-reset" onClick={() => { setConfirming(false); onReset(); }}>{t('quiz.confirmReset')}</button>
          <button onClick={() => setConfirming(false)}>{t('quiz.cancel')}</button>
        </div>
      )}
    </section>
  );
}

/** The question on show: its clock, "answered N of M", and each option with its key mark and (the host sees it live) its count. */
function OnShow({ quiz, question: q, connected }: { quiz: QuizView; question: LiveQuizQuestion; connected: number }) {
  const { t } = useTranslation();
  const now = useServerNow(quiz);
  const clock = quizClock(q, now);
  const open = quiz.phase === 'question';
  const distribution = q.distribution ?? [];
  const percents = distributionPercents(distribution);
  return (
    <div className="stack">
      <div className="quiz-run-question">
        <h3 data-testid="quiz-run-text">{q.text}</h3>
        {open && (
          <div className={`quiz-clock stage-${clock.stage}`} data-testid="quiz-clock" data-stage={clock.stage}>
            <span className="quiz-clock-value">{clock.secondsLeft}</span>
            <span className="label">{t(`quiz.stage.${clock.stage}`)}</span>
          </div>
        )}
      </div>
      <p className="quiz-answered" data-testid="quiz-answered">{t('quiz.answeredOf', { n: quiz.answered, count: Math.max(connected, quiz.answered) })}</p>
      {q.kind === 'typed'
        ? <p className="quiz-key" data-testid="quiz-run-accepted">✓ {q.accepted.join(' / ')}</p>
        : (
          <ul className="result-bars quiz-bars" data-testid="quiz-distribution">
            {q.options.map((_, i) => (
              <li key={i} data-correct={q.correct.includes(i)}>
                <span className="result-text">{q.correct.includes(i) ? '✓ ' : ''}{optionLabel(t, q.kind, q.options, i)}</span>
                <span className="result-track"><span className="result-fill" style={{ width: `${percents[i] ?? 0}%` }} /></span>
                <span className="result-count">{distribution[i] ?? 0}</span>
                <span className="result-percent">{percents[i] ?? 0}%</span>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}
