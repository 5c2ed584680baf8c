import { describe, expect, it } from 'vitest';
import { quizTakesScreen } from './quiz-takeover';

describe('quizTakesScreen', () => {
  it('leaves the lobby to the host\'s screen and takes every running phase', () => {
    expect(quizTakesScreen(undefined, null, 'join:')).toBe(false);
    expect(quizTakesScreen('lobby', null, 'join:')).toBe(false);
    for (const phase of ['question', 'closed', 'revealed', 'leaderboard'] as const) expect(quizTakesScreen(phase, null, 'qna:')).toBe(true);
  });

  it('keeps the podium until its time is up or the host changes the screen', () => {
    expect(quizTakesScreen('finished', null, 'join:')).toBe(true);
    expect(quizTakesScreen('finished', { screen: 'join:', expired: false }, 'join:')).toBe(true);
    expect(quizTakesScreen('finished', { screen: 'join:', expired: true }, 'join:')).toBe(false);
    expect(quizTakesScreen('finished', { screen: 'join:', expired: false }, 'qna:')).toBe(false);
  });
});
