import { useTranslation } from 'react-i18next';
import type { QuizClock } from '@live/shared/quiz/quiz-clock';

/** The time left as a shrinking bar with the seconds beside it; while reading, "Get ready… 3". */
export function CountdownBar({ clock }: { clock: QuizClock }) {
  const { t } = useTranslation();
  if (clock.stage === 'reading') {
    return <p className="quiz-get-ready" data-testid="quiz-get-ready" aria-live="polite">{t('quiz.phone.getReady')} <strong>{clock.secondsLeft}</strong></p>;
  }
  return (
    <div className={`quiz-countdown${clock.secondsLeft <= 5 ? ' hurry' : ''}`} role="timer" aria-label={t('quiz.phone.timeLeft')} data-testid="quiz-countdown">
      <span className="quiz-countdown-track"><span className="quiz-countdown-fill" style={{ width: `${Math.round(clock.fraction * 100)}%` }} /></span>
      <span className="quiz-countdown-seconds" data-testid="quiz-seconds">{clock.secondsLeft}</span>
    </div>
  );
}
