import { useTranslation } from 'react-i18next';
import type { MyQuizView } from '@live/shared/quiz/types';

/** Score, rank "#3 of 120", the gap to the player above, the streak and the team. */
export function MyStanding({ mine }: { mine: MyQuizView }) {
  const { t } = useTranslation();
  if (mine.rank === 0) return <p className="muted" data-testid="quiz-not-playing">{t('quiz.phone.notPlaying')}</p>;
  return (
    <div className="quiz-standing" data-testid="quiz-standing">
      <div className="quiz-standing-figures">
        <div><span className="label">{t('quiz.phone.score')}</span><strong data-testid="quiz-my-score">{mine.score.toLocaleString()}</strong></div>
        <div><strong className="quiz-my-rank" data-testid="quiz-my-rank">{t('quiz.phone.rank', { rank: mine.rank, count: mine.players })}</strong></div>
      </div>
      <p className="quiz-gap" data-testid="quiz-gap">
        {mine.rank === 1 ? t('quiz.phone.leading') : t('quiz.phone.behind', { gap: mine.gapToNext, above: mine.rank - 1 })}
      </p>
      {mine.streak >= 2 && <p className="quiz-streak">{t('quiz.phone.streak', { count: mine.streak })}</p>}
      {mine.team && <p className="muted small">{t('quiz.phone.team', { team: mine.team })}</p>}
    </div>
  );
}
