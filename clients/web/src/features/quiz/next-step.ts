import type { QuizView } from '@live/shared/quiz/types';

/** The one thing the run panel's primary button does next. */
export type QuizStep =
  | { action: 'start'; number: 1 }
  | { action: 'close' }
  | { action: 'reveal' }
  | { action: 'leaderboard' }
  | { action: 'next'; number: number }
  | { action: 'finish' }
  | { action: 'none' };

/**
 * The host's next step for where the quiz stands: Start → Close now → Reveal → Leaderboard (unless the board is
 * off) → Next question … → Finish. After the last question's reveal the board comes before the podium, as between
 * questions. The server checks every step too (invalid_quiz_step); this only picks the button.
 */
export function nextStep(quiz: Pick<QuizView, 'phase' | 'questionCount' | 'settings' | 'current'> | null): QuizStep {
  if (!quiz) return { action: 'none' };
  const number = quiz.current?.number ?? 0;
  const last = number >= quiz.questionCount;
  const onward: QuizStep = last ? { action: 'finish' } : { action: 'next', number: number + 1 };
  switch (quiz.phase) {
    case 'lobby': return quiz.questionCount > 0 ? { action: 'start', number: 1 } : { action: 'none' };
    case 'question': return { action: 'close' };
    case 'closed': return { action: 'reveal' };
    case 'revealed': return quiz.settings.leaderboard === 'betweenQuestions' ? { action: 'leaderboard' } : onward;
    case 'leaderboard': return onward;
    default: return { action: 'none' };
  }
}
