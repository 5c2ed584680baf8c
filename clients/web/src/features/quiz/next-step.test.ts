import { describe, expect, it } from 'vitest';
import type { QuizView } from '@live/shared/quiz/types';
import { nextStep } from './next-step';
import { liveQuestion, quizView } from './test-data';

const at = (phase: QuizView['phase'], number: number, over: Partial<QuizView> = {}) =>
  quizView({ phase, questionCount: 3, current: phase === 'lobby' ? null : liveQuestion({ number }), ...over });

describe('nextStep', () => {
  it('starts with question 1, and not without questions', () => {
    expect(nextStep(at('lobby', 0))).toEqual({ action: 'start', number: 1 });
    expect(nextStep(at('lobby', 0, { questionCount: 0 }))).toEqual({ action: 'none' });
    expect(nextStep(null)).toEqual({ action: 'none' });
  });

  it('closes an open question (reading or answering), then reveals it', () => {
    expect(nextStep(at('question', 1))).toEqual({ action: 'close' });
    expect(nextStep(at('closed', 1))).toEqual({ action: 'reveal' });
  });

  it('shows the board after a reveal, then the next question', () => {
    expect(nextStep(at('revealed', 1))).toEqual({ action: 'leaderboard' });
    expect(nextStep(at('leaderboard', 1))).toEqual({ action: 'next', number: 2 });
  });

  it('skips the board when it is off', () => {
    const never = { settings: { ...quizView().settings, leaderboard: 'never' as const } };
    expect(nextStep(at('revealed', 2, never))).toEqual({ action: 'next', number: 3 });
    expect(nextStep(at('revealed', 3, never))).toEqual({ action: 'finish' });
  });

  it('finishes after the last question\'s board, and has nothing after the podium', () => {
    expect(nextStep(at('revealed', 3))).toEqual({ action: 'leaderboard' });
    expect(nextStep(at('leaderboard', 3))).toEqual({ action: 'finish' });
    expect(nextStep(at('finished', 3))).toEqual({ action: 'none' });
  });
});
