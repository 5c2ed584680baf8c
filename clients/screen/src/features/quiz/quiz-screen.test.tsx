import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { LiveQuizQuestion, QuizView } from '@live/shared/quiz/types';
import { QuizScreen } from './quiz-screen';
import { movementText } from './leaderboard';

const t0 = 2_000_000;
beforeEach(() => { vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] }); vi.setSystemTime(t0); });
afterEach(async () => { cleanup(); vi.useRealTimers(); await act(() => i18n.changeLanguage('en')); });

const question = (over: Partial<LiveQuizQuestion> = {}): LiveQuizQuestion => ({
  id: 'q2', number: 2, kind: 'single', text: 'Which planet is largest?', options: ['Mars', 'Jupiter', 'Venus', 'Earth'], timeLimitSeconds: 20, points: 1000,
  shownAt: t0 - 5_000, answersAt: t0 - 2_000, deadline: t0 + 18_000, correct: [], accepted: [], distribution: null, ...over,
});
const view = (over: Partial<QuizView> = {}): QuizView => ({
  version: 3, now: t0, phase: 'question', questionCount: 3,
  settings: { streakBonus: true, wrongPenalty: 0, readSeconds: 3, leaderboard: 'betweenQuestions', teams: 'none' },
  current: question(), answered: 17, players: 40, leaders: [], teams: [], questions: [], ...over,
});
const tick = (ms: number) => act(() => { vi.advanceTimersByTime(ms); });

describe('QuizScreen', () => {
  it('shows the question alone while it is read', async () => {
    render(<QuizScreen quiz={view({ current: question({ answersAt: t0 + 2_500, deadline: t0 + 22_500 }) })} />);
    await tick(100);
    expect(screen.getByTestId('quiz-get-ready').textContent).toBe('Get ready… 3');
    expect(screen.queryByTestId('quiz-options')).toBeNull();
  });

  it('shows the options, the countdown and the answer count, with no answer marked before the reveal', async () => {
    render(<QuizScreen quiz={view()} />);
    await tick(100);
    expect(screen.getByTestId('quiz-number').textContent).toBe('Question 2 of 3');
    expect(screen.getByTestId('quiz-seconds').textContent).toBe('18');
    expect(screen.getByTestId('quiz-answered').textContent).toBe('17 answers');
    expect(screen.getByTestId('quiz-option-1').textContent).toContain('Jupiter');
    expect(screen.getByTestId('quiz-option-1').dataset.correct).toBeUndefined();
    expect(screen.queryByTestId('quiz-count-1')).toBeNull();
  });

  it('at the reveal lights the right option and shows every option\'s share', () => {
    render(<QuizScreen quiz={view({ phase: 'revealed', answered: 20, current: question({ correct: [1], distribution: [3, 14, 1, 2] }) })} />);
    expect(screen.getByTestId('quiz-option-1').dataset.correct).toBe('true');
    expect(screen.getByTestId('quiz-option-0').dataset.correct).toBe('false');
    expect(screen.getByTestId('quiz-count-1').textContent).toBe('14 · 70%');
    expect(screen.getByTestId('quiz-count-2').textContent).toBe('1 · 5%');
  });

  it('reveals a typed question\'s accepted answers and translates true/false', async () => {
    render(<QuizScreen quiz={view({ phase: 'revealed', current: question({ kind: 'typed', options: [], accepted: ['Jupiter', '木星'], distribution: [] }) })} />);
    expect(screen.getByTestId('quiz-accepted').textContent).toBe('✓ Jupiter / 木星');
    cleanup();
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<QuizScreen quiz={view({ phase: 'revealed', current: question({ kind: 'trueFalse', options: ['true', 'false'], correct: [0], distribution: [9, 3] }) })} />);
    expect(screen.getByTestId('quiz-option-0').textContent).toContain('正确');
    expect(screen.getByTestId('quiz-option-1').textContent).toContain('错误');
    expect(screen.getByTestId('quiz-number').textContent).toBe('第 2 题 / 共 3 题');
  });

  it('shows the top 10 with movement arrows, and the teams beside them', () => {
    render(<QuizScreen quiz={view({
      phase: 'leaderboard',
      leaders: [{ rank: 1, name: 'Lin', score: 2950, movement: 2, team: '3' }, { rank: 2, name: 'Wang', score: 2100, movement: -1, team: '1' }, { rank: 3, name: 'Zhao', score: 900, movement: 0, team: '1' }],
      teams: [{ rank: 1, team: '3', score: 2950, members: 1 }, { rank: 2, team: '1', score: 1500, members: 2 }],
    })} />);
    const rows = screen.getAllByTestId('quiz-leader');
    expect(rows.map(r => within(r).getByTestId('quiz-movement').textContent)).toEqual(['▲2', '▼1', '']);
    expect(rows[0].textContent).toContain('2,950');
    expect(within(screen.getByTestId('quiz-teams')).getAllByRole('listitem')).toHaveLength(2);
    expect(movementText(-3)).toBe('▼3');
  });

  it('keeps the revealed question on a "leaderboard" step when the board is off', () => {
    render(<QuizScreen quiz={view({ phase: 'leaderboard', settings: { ...view().settings, leaderboard: 'never' }, current: question({ correct: [1], distribution: [1, 1, 0, 0] }) })} />);
    expect(screen.queryByTestId('quiz-leaderboard')).toBeNull();
    expect(screen.getByTestId('quiz-option-1').dataset.correct).toBe('true');
  });

  it('ends on the podium: 1st, 2nd and 3rd, and the best team', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<QuizScreen quiz={view({
      phase: 'finished',
      leaders: [{ rank: 1, name: '林', score: 3000, movement: 0, team: null }, { rank: 2, name: '王', score: 2000, movement: 0, team: null }, { rank: 3, name: '赵', score: 1000, movement: 0, team: null }],
      teams: [{ rank: 1, team: 'VIP', score: 2500.5, members: 2 }],
    })} />);
    expect(screen.getByTestId('quiz-place-1').textContent).toContain('林');
    expect(screen.getByTestId('quiz-place-1').textContent).toContain('第一名');
    expect(screen.getByTestId('quiz-place-3').textContent).toContain('赵');
    expect(screen.getByTestId('quiz-winning-team').textContent).toBe('最佳团队：VIP（平均 2,500.5 分）');
  });
});
