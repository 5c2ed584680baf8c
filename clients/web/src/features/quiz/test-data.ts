import type { LiveQuizQuestion, MyQuizView, QuizQuestionView, QuizView } from '@live/shared/quiz/types';

/** Test views of the quiz, as the server sends them (the host's unless a test empties the keys). */
export const quizQuestion = (over: Partial<QuizQuestionView> = {}): QuizQuestionView => ({
  id: 'q1', kind: 'single', text: 'Capital of France?', options: ['Paris', 'Lyon', 'Nice', 'Lille'], correct: [0], accepted: [],
  timeLimitSeconds: 20, points: 1000, ...over,
});

export const liveQuestion = (over: Partial<LiveQuizQuestion> = {}): LiveQuizQuestion => ({
  id: 'q1', number: 1, kind: 'single', text: 'Capital of France?', options: ['Paris', 'Lyon', 'Nice', 'Lille'], timeLimitSeconds: 20, points: 1000,
  shownAt: 1_000_000, answersAt: 1_003_000, deadline: 1_023_000, correct: [0], accepted: [], distribution: [5, 1, 0, 2], ...over,
});

export const quizView = (over: Partial<QuizView> = {}): QuizView => ({
  version: 1, now: 1_000_000, phase: 'lobby', questionCount: 0,
  settings: { streakBonus: true, wrongPenalty: 0, readSeconds: 3, leaderboard: 'betweenQuestions', teams: 'none' },
  current: null, answered: 0, players: 0, leaders: [], teams: [], questions: [], ...over,
});

export const myQuiz = (over: Partial<MyQuizView> = {}): MyQuizView => ({
  name: 'Lin', score: 1850, rank: 3, players: 120, gapToNext: 120, streak: 2, lastPoints: 950, lastCorrect: true, team: null, myAnswer: null, ...over,
});
