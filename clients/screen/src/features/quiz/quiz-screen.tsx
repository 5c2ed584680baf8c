import { useTranslation } from 'react-i18next';
import type { QuizView } from '@live/shared/quiz/types';
import { Leaderboard } from './leaderboard';
import { Podium } from './podium';
import { QuestionStage } from './question-stage';
import './quiz.css';

/** The quiz on the wall, by phase: the question (read, answered, revealed), the leaderboard, the podium. */
export function QuizScreen({ quiz }: { quiz: QuizView }) {
  const { t } = useTranslation();
  if (quiz.phase === 'finished') return <Podium leaders={quiz.leaders} teams={quiz.teams} />;
  // With the board off the server sends none: the revealed question stays.
  if (quiz.phase === 'leaderboard' && quiz.settings.leaderboard !== 'never') return <Leaderboard leaders={quiz.leaders} teams={quiz.teams} title={t('quiz.leaderboard')} />;
  if (!quiz.current) return null;
  return <QuestionStage quiz={quiz} question={quiz.current} />;
}
