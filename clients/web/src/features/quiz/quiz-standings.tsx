import { useTranslation } from 'react-i18next';
import type { QuizLeader, QuizTeamView } from '@live/shared/quiz/types';

/** The console's top 10 and, with teams on, the team table. */
export function QuizStandings({ leaders, teams }: { leaders: QuizLeader[]; teams: QuizTeamView[] }) {
  const { t } = useTranslation();
  return (
    <div className="quiz-standings">
      <section className="stack">
        <h4>{t('quiz.top10')}</h4>
        {leaders.length === 0 && <p className="muted small">{t('quiz.noPlayers')}</p>}
        <ol className="quiz-leaders" data-testid="quiz-leaders">
          {leaders.map(l => (
            <li key={`${l.rank}-${l.name}`}>
              <span className="quiz-rank">{l.rank}</span>
              <span className="quiz-name">{l.name}{l.team && <span className="muted small"> · {l.team}</span>}</span>
              <span className="quiz-score">{l.score.toLocaleString()}</span>
            </li>
          ))}
        </ol>
      </section>
      {teams.length > 0 && (
        <section className="stack">
          <h4>{t('quiz.teamBoard')}</h4>
          <ol className="quiz-leaders" data-testid="quiz-team-board">
            {teams.map(team => (
              <li key={team.team}>
                <span className="quiz-rank">{team.rank}</span>
                <span className="quiz-name">{team.team}<span className="muted small"> · {t('quiz.members', { count: team.members })}</span></span>
                <span className="quiz-score">{team.score.toLocaleString()}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
