import { useTranslation } from 'react-i18next';
import type { QuizLeader, QuizTeamView } from '@live/shared/quiz/types';

/** The end: 2nd, 1st and 3rd on their steps (1st in the middle, highest), the winning team below when teams are on. */
export function Podium({ leaders, teams }: { leaders: QuizLeader[]; teams: QuizTeamView[] }) {
  const { t } = useTranslation();
  const place = (rank: number) => leaders.filter(l => l.rank === rank);
  // Ties share a step; a step nobody reached stays empty.
  const steps = [2, 1, 3].map(rank => ({ rank, who: place(rank) }));
  return (
    <main className="quiz-podium" data-testid="quiz-podium">
      <h1 className="quiz-board-title">{t('quiz.podiumTitle')}</h1>
      <ol className="quiz-steps">
        {steps.map(({ rank, who }) => (
          <li key={rank} className={`quiz-step place-${rank}`} data-testid={`quiz-place-${rank}`}>
            <div className="quiz-step-who">
              {who.map(l => (
                <div key={l.name} className="quiz-step-person">
                  <span className="quiz-step-name">{l.name}</span>
                  <span className="quiz-step-score">{l.score.toLocaleString()}</span>
                </div>
              ))}
            </div>
            <div className="quiz-step-block"><span>{t(`quiz.place.${rank}`)}</span></div>
          </li>
        ))}
      </ol>
      {teams.length > 0 && (
        <p className="quiz-podium-team" data-testid="quiz-winning-team">{t('quiz.winningTeam', { team: teams[0].team, score: teams[0].score })}</p>
      )}
    </main>
  );
}
