import type { QuizClock } from '@live/shared/quiz/quiz-clock';

/** The seconds left inside a ring that empties with the time; red for the last five. */
export function CountdownRing({ clock }: { clock: QuizClock }) {
  const r = 44;
  const length = 2 * Math.PI * r;
  return (
    <div className={`quiz-ring${clock.stage === 'answering' && clock.secondsLeft <= 5 ? ' hurry' : ''}`} data-testid="quiz-countdown" data-stage={clock.stage}>
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <circle className="quiz-ring-track" cx="50" cy="50" r={r} />
        <circle className="quiz-ring-fill" cx="50" cy="50" r={r} strokeDasharray={length} strokeDashoffset={length * (1 - clock.fraction)} />
      </svg>
      <span className="quiz-ring-seconds" data-testid="quiz-seconds">{clock.secondsLeft}</span>
    </div>
  );
}
