import { useTranslation } from 'react-i18next';
import type { QuizLeader, QuizTeamView } from '@live/shared/quiz/types';

/** "▲2", "▼1" or nothing: places gained or lost since the last board. */
export const movementText = (movement: number) => (movement > 0 ? `▲${movement}` : movement < 0 ? `▼${-movement}` : '');

/** The top 10 with their movement since the last board and, with teams on, the teams beside them. */
export function Leaderboard({ leaders, teams, title }: { leaders: QuizLeader[]; teams: QuizTeamView[]; title: string }) {
  const { t } = useTranslation();
  return (
    <main className={`quiz-board${teams.length > 0 ? ' with-teams' : ''}`} data-testid="quiz-leaderboard">
      <h1 className="quiz-board-title">{title}</h1>
      <div className="quiz-board-columns">
        <ol className="quiz-board-list" data-testid="quiz-leaders">
          {leaders.length === 0 && <li className="quiz-board-empty">{t('quiz.noPlayers')}</li>}
          {leaders.map(l => (
            <li key={`${l.rank}-${l.name}`} className="quiz-board-row" data-testid="quiz-leader">
              <span className="quiz-board-rank">{l.rank}</span>
              <span className="quiz-board-name">{l.name}{l.team && <small> · {l.team}</small>}</span>
              <span className={`quiz-board-move ${l.movement > 0 ? 'up' : l.movement < 0 ? 'down' : ''}`} data-testid="quiz-movement"
                aria-label={l.movement ? t(l.movement > 0 ? 'quiz.movedUp' : 'quiz.movedDown', { count: Math.abs(l.movement) }) : undefined}>
                {movementText(l.movement)}
              </span>
              <span className="quiz-board-score">{l.score.toLocaleString()}</span>
            </li>
          ))}
        </ol>
        {teams.length > 0 && (
          <section className="quiz-board-teams" data-testid="quiz-teams">
            <h2>{t('quiz.teams')}</h2>
            <ol className="quiz-board-list">
              {teams.slice(0, 10).map(team => (
                <li key={team.team} className="quiz-board-row" data-testid="quiz-team">
                  <span className="quiz-board-rank">{team.rank}</span>
                  <span className="quiz-board-name">{team.team}<small> · {t('quiz.members', { count: team.members })}</small></span>
                  <span className="quiz-board-score">{team.score.toLocaleString()}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </main>
  );
}
