import { useTranslation } from 'react-i18next';
import { useServerNow } from '@live/shared/agenda/use-server-clock';
import { distributionPercents, optionShape, quizClock, shapeGlyph } from '@live/shared/quiz/quiz-clock';
import type { LiveQuizQuestion, QuizView } from '@live/shared/quiz/types';
import { CountdownRing } from './countdown-ring';
import { optionLabel } from './option-label';

/**
 * A question on the wall: alone while it is read, then its options in their colours and shapes with the countdown
 * and the answer count; at the reveal the right options stay lit with a tick and every option shows its share.
 * The key and the distribution arrive only with the reveal (the server withholds them), so nothing here hides them.
 */
export function QuestionStage({ quiz, question: q }: { quiz: QuizView; question: LiveQuizQuestion }) {
  const { t } = useTranslation();
  const now = useServerNow(quiz);
  const clock = quizClock(q, now);
  const revealed = quiz.phase !== 'question' && quiz.phase !== 'closed';
  const reading = quiz.phase === 'question' && clock.stage === 'reading';
  const timeUp = quiz.phase === 'closed' || (quiz.phase === 'question' && clock.stage === 'over');
  const distribution = revealed ? q.distribution : null;
  const percents = distribution ? distributionPercents(distribution) : [];
  return (
    <main className="quiz-stage" data-testid="quiz-question" data-phase={quiz.phase} data-reading={reading}>
      <header className="quiz-stage-head">
        <span className="quiz-stage-number" data-testid="quiz-number">{t('quiz.questionOf', { n: q.number, count: quiz.questionCount })}</span>
        {q.points === 0 ? <span className="quiz-stage-points">{t('quiz.warmUp')}</span>
          : q.points > 1000 && <span className="quiz-stage-points">{t('quiz.points', { count: q.points })}</span>}
      </header>
      <h1 className={`quiz-stage-question${reading ? ' reading' : ''}`} data-testid="quiz-text" data-length={q.text.length > 90 ? 'long' : 'short'}>{q.text}</h1>
      {reading && <p className="quiz-get-ready" data-testid="quiz-get-ready">{t('quiz.getReady', { count: clock.secondsLeft })}</p>}
      {!reading && (
        <div className="quiz-stage-middle">
          {quiz.phase === 'question' && clock.stage === 'answering' && <CountdownRing clock={clock} />}
          <div className="quiz-stage-status">
            {timeUp && <p className="quiz-time-up" data-testid="quiz-time-up">{t('quiz.timeUp')}</p>}
            {revealed && q.kind === 'typed' && <p className="quiz-accepted" data-testid="quiz-accepted">✓ {q.accepted.join(' / ')}</p>}
            <p className="quiz-answered" data-testid="quiz-answered"><strong>{quiz.answered}</strong> {t('quiz.answers', { count: quiz.answered })}</p>
          </div>
        </div>
      )}
      {!reading && q.kind !== 'typed' && (
        <ol className={`quiz-options count-${q.options.length}`} data-testid="quiz-options">
          {q.options.map((_, i) => {
            const shape = optionShape(i);
            const right = revealed && q.correct.includes(i);
            return (
              <li key={i} className={`quiz-option shape-${shape}${revealed ? (right ? ' right' : ' wrong') : ''}`} data-testid={`quiz-option-${i}`} data-correct={revealed ? right : undefined}>
                <span className="quiz-option-shape" aria-hidden="true">{shapeGlyph[shape]}</span>
                <span className="quiz-option-text">{optionLabel(t, q, i)}</span>
                {right && <span className="quiz-option-tick" aria-label={t('quiz.rightAnswer')}>✓</span>}
                {distribution && (
                  <span className="quiz-option-count" data-testid={`quiz-count-${i}`}>
                    {distribution[i] ?? 0}<small> · {percents[i] ?? 0}%</small>
                  </span>
                )}
                {distribution && <span className="quiz-option-bar" style={{ width: `${percents[i] ?? 0}%` }} aria-hidden="true" />}
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
