import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import type { QuizAnswerAck, QuizAnswerRequest, QuizView } from '@live/shared/quiz/types';
import { liveQuestion, myQuiz, quizView } from '../test-data';
import { AttendeeQuiz, type AttendeeQuizProps } from './attendee-quiz';

// The phone's clock and the server's agree unless a test says otherwise: 1,000,000 is when the question reached it.
const t0 = 1_000_000;
beforeEach(() => { vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] }); vi.setSystemTime(t0); });
afterEach(async () => { cleanup(); vi.useRealTimers(); await act(() => i18n.changeLanguage('en')); });

/** The public view on a phone: no key, no distribution before the reveal. */
const onShow = (over: Partial<QuizView> = {}) => quizView({
  phase: 'question', questionCount: 3, now: t0,
  current: liveQuestion({ shownAt: t0, answersAt: t0 + 3_000, deadline: t0 + 23_000, correct: [], distribution: null }), ...over,
});
const ackOf = (r: QuizAnswerRequest): QuizAnswerAck => ({ questionId: r.questionId, options: r.options ?? [], text: r.text, elapsedMs: r.elapsedMs ?? 0 });

function renderQuiz(over: Partial<AttendeeQuizProps> = {}) {
  const props: AttendeeQuizProps = {
    quiz: onShow(), mine: null, myAnswer: null,
    answer: vi.fn(async (r: QuizAnswerRequest) => ackOf(r)), onAck: vi.fn(),
    chooseTeam: vi.fn(async (team: string) => myQuiz({ team, rank: 1, players: 1, score: 0, lastPoints: null, lastCorrect: null })), onMine: vi.fn(), ...over,
  };
  const view = render(<AttendeeQuiz {...props} />);
  return { props, rerender: (next: Partial<AttendeeQuizProps>) => view.rerender(<AttendeeQuiz {...props} {...next} />) };
}
const tick = (ms: number) => act(() => { vi.advanceTimersByTime(ms); });
const tile = (i: number) => screen.getByTestId(`quiz-answer-${i}`) as HTMLButtonElement;

describe('AttendeeQuiz', () => {
  it('shows nothing in the lobby', () => {
    renderQuiz({ quiz: quizView() });
    expect(screen.queryByTestId('phone-quiz')).toBeNull();
  });

  const picking = { streakBonus: true, wrongPenalty: 0, readSeconds: 3, leaderboard: 'betweenQuestions' as const, teams: 'pick' as const, teamNames: ['红队', 'Blue'] };

  it('lets a phone pick its team in the lobby when the host has phones pick, and marks the one it plays for', async () => {
    const { props, rerender } = renderQuiz({ quiz: quizView({ questionCount: 3, settings: picking }) });
    expect(screen.getByTestId('quiz-team-picker').textContent).toContain('Pick your team');
    const buttons = screen.getAllByTestId('quiz-team-option');
    expect(buttons.map(b => b.textContent)).toEqual(['红队', 'Blue']);
    await act(async () => { fireEvent.click(buttons[1]!); });
    expect(props.chooseTeam).toHaveBeenCalledWith('Blue');
    expect(props.onMine).toHaveBeenCalledWith(expect.objectContaining({ team: 'Blue' }));

    rerender({ mine: myQuiz({ team: 'Blue' }) });
    expect(screen.getByTestId('quiz-team-picker').textContent).toContain('You play for Blue');
    expect(screen.getAllByTestId('quiz-team-option')[1]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the server\'s reason when the team can no longer change, and offers no picker once the phone has a team during a question', async () => {
    renderQuiz({ quiz: quizView({ questionCount: 3, settings: picking }), chooseTeam: vi.fn(async () => { throw new Error('quiz_team_locked'); }) });
    await act(async () => { fireEvent.click(screen.getAllByTestId('quiz-team-option')[0]!); });
    expect(screen.getByRole('alert').textContent).toBe('Your team is set once you have answered.');
    cleanup();
    renderQuiz({ quiz: onShow({ settings: picking }), mine: myQuiz({ team: '红队' }) });
    expect(screen.queryByTestId('quiz-team-picker')).toBeNull();
    cleanup();
    renderQuiz({ quiz: onShow({ settings: picking }) }); // a latecomer without a team picks first
    expect(screen.getByTestId('quiz-team-picker')).toBeTruthy();
    expect(screen.getByTestId('quiz-tiles')).toBeTruthy();
  });

  it('keeps the tiles off while the question is read, then sends the tap with its own elapsed time and an op id', async () => {
    const { props, rerender } = renderQuiz();
    await tick(100);
    expect(screen.getByTestId('quiz-get-ready').textContent).toContain('3');
    expect([0, 1, 2, 3].every(i => tile(i).disabled)).toBe(true);
    expect(tile(0).getAttribute('aria-label')).toBe('Triangle: Paris');

    await tick(4_100); // answers opened at +3 s; the tap comes 1.2 s later (4.3 s after the question arrived)
    expect(tile(0).disabled).toBe(false);
    expect(screen.getByTestId('quiz-seconds').textContent).toBe('19');
    await act(async () => { fireEvent.click(tile(2)); });
    expect(props.answer).toHaveBeenCalledWith({ questionId: 'q1', options: [2], text: null, elapsedMs: 1_200, opId: expect.stringMatching(/^[\w-]{8,64}$/) });
    expect(props.onAck).toHaveBeenCalledWith({ questionId: 'q1', options: [2], text: null, elapsedMs: 1_200 });

    rerender({ myAnswer: { questionId: 'q1', options: [2], text: null, elapsedMs: 1_200 } });
    expect(screen.getByTestId('quiz-locked-in').textContent).toContain('Answer locked in');
    expect(screen.getByTestId('quiz-locked-in').textContent).toContain('Your answer: Nice');
    expect(screen.queryByTestId('quiz-tiles')).toBeNull();
  });

  it('counts from when the question arrived when it came after the answers opened (the server clock ahead of this one)', async () => {
    const { props } = renderQuiz({ quiz: onShow({ now: t0 + 5_000 }) }); // answersAt is 2 s ago by the server's clock
    await tick(100);
    expect(tile(0).disabled).toBe(false);
    await tick(400);
    await act(async () => { fireEvent.click(tile(0)); });
    expect(vi.mocked(props.answer).mock.calls[0][0].elapsedMs).toBe(500);
  });

  it('sends several ticks with Submit and a typed answer from its field', async () => {
    const { props } = renderQuiz({ quiz: onShow({ current: liveQuestion({ kind: 'multiple', answersAt: t0, deadline: t0 + 20_000, correct: [], distribution: null }) }) });
    await tick(1_000);
    fireEvent.click(tile(1));
    fireEvent.click(tile(0));
    expect(tile(0).getAttribute('aria-pressed')).toBe('true');
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-submit')); });
    expect(props.answer).toHaveBeenCalledWith(expect.objectContaining({ options: [0, 1], text: null, elapsedMs: 1_000 }));
    cleanup();

    const typed = renderQuiz({ quiz: onShow({ current: liveQuestion({ kind: 'typed', options: [], answersAt: t0, deadline: t0 + 20_000, correct: [], distribution: null }) }) });
    await tick(2_000);
    fireEvent.change(screen.getByTestId('quiz-typed-input'), { target: { value: ' Jupiter ' } });
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-submit')); });
    expect(typed.props.answer).toHaveBeenCalledWith(expect.objectContaining({ questionId: 'q1', options: null, text: 'Jupiter', elapsedMs: 2_000 }));
  });

  it('says why an answer was refused, translated', async () => {
    renderQuiz({ quiz: onShow({ current: liveQuestion({ answersAt: t0, deadline: t0 + 20_000 }) }), answer: vi.fn().mockRejectedValue(new Error('HubException: question_closed')) });
    await tick(500);
    await act(async () => { fireEvent.click(tile(0)); });
    expect(screen.getByTestId('error').textContent).toBe(i18n.t('errors.question_closed'));
    expect(tile(0).disabled).toBe(false); // it may try again while the question is open
  });

  it('after the reveal: right with the points, the right answer, the rank and the gap to the player above', async () => {
    const answered = { questionId: 'q1', options: [0], text: null, elapsedMs: 900 };
    const revealed = quizView({ phase: 'revealed', questionCount: 3, current: liveQuestion() });
    const { rerender } = renderQuiz({ quiz: revealed, myAnswer: answered, mine: myQuiz({ myAnswer: null, lastPoints: null, lastCorrect: null }) });
    // The revealed view came before this phone's myQuiz: still "locked in", no stale result.
    expect(screen.getByTestId('quiz-locked-in')).toBeTruthy();
    expect(screen.queryByTestId('quiz-result')).toBeNull();

    rerender({ mine: myQuiz({ myAnswer: answered }) });
    expect(screen.getByTestId('quiz-result').textContent).toContain('Right!');
    expect(screen.getByTestId('quiz-points').textContent).toBe('+950 points');
    expect(screen.getByTestId('quiz-right-answer').textContent).toBe('✓ Paris');
    expect(screen.getByTestId('quiz-my-rank').textContent).toBe('#3 of 120');
    expect(screen.getByTestId('quiz-gap').textContent).toBe('120 points behind #2');

    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByTestId('quiz-result').textContent).toContain('答对了');
    expect(screen.getByTestId('quiz-my-rank').textContent).toBe('第 3 名 / 共 120 人');
  });

  it('after a reload mid-question, shows the answer it already gave (from GetState\'s myQuiz)', () => {
    renderQuiz({ myAnswer: { questionId: 'q1', options: [1], text: null, elapsedMs: 700 } });
    expect(screen.getByTestId('quiz-locked-in').textContent).toContain('Lyon');
  });

  it('says when the time ran out without an answer, and shows the final standing at the podium', () => {
    const { rerender } = renderQuiz({ quiz: quizView({ phase: 'closed', questionCount: 3, current: liveQuestion() }) });
    expect(screen.getByTestId('quiz-time-up').textContent).toBe('Time\'s up');
    rerender({ quiz: quizView({ phase: 'finished', questionCount: 3, current: liveQuestion() }), mine: myQuiz({ rank: 1, gapToNext: 0 }) });
    expect(screen.getByTestId('quiz-gap').textContent).toBe('You are in the lead!');
  });
});
