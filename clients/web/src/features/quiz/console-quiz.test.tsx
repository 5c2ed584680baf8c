import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import i18n from '../../i18n';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import type { QuizQuestionRequest, QuizView } from '@live/shared/quiz/types';
import { ConsoleQuiz } from './console-quiz';
import { liveQuestion, quizQuestion, quizView } from './test-data';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

/** A hub that keeps the quiz's questions as the server would (ids q1, q2…), enough for the tab. */
function quizHub(start: QuizView = quizView()) {
  let view = start;
  return fakeInvoke({
    SaveQuizQuestion: (r: QuizQuestionRequest) => {
      const saved = quizQuestion({ ...r, id: r.id ?? `q${view.questions.length + 1}`, options: r.options ?? ['true', 'false'], correct: r.correct ?? [], accepted: r.accepted ?? [] });
      const questions = r.id ? view.questions.map(q => (q.id === r.id ? saved : q)) : [...view.questions, saved];
      return (view = { ...view, version: view.version + 1, questions, questionCount: questions.length });
    },
    ShowQuizQuestion: n => (view = { ...view, version: view.version + 1, phase: 'question', current: liveQuestion({ number: n }) }),
  });
}

describe('ConsoleQuiz question editor', () => {
  it('sends a single-choice question without its blank option rows, the tick following its option', async () => {
    const invoke = quizHub();
    render(<ConsoleQuiz quiz={quizView()} connected={0} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('quiz-text'), { target: { value: ' Capital of France? ' } });
    fireEvent.change(screen.getByTestId('quiz-option-0'), { target: { value: 'Lyon' } });
    fireEvent.change(screen.getByTestId('quiz-option-2'), { target: { value: 'Paris' } });
    fireEvent.click(screen.getByTestId('quiz-correct-2'));
    fireEvent.change(screen.getByTestId('quiz-time'), { target: { value: '15' } });
    fireEvent.change(screen.getByTestId('quiz-points'), { target: { value: '2000' } });
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(invoke).toHaveBeenCalledWith('SaveQuizQuestion', {
      id: null, kind: 'single', text: 'Capital of France?', options: ['Lyon', 'Paris'], correct: [1], accepted: null, timeLimitSeconds: 15, points: 2000,
    });
    expect(screen.getAllByTestId('quiz-question-row')).toHaveLength(1);
    expect((screen.getByTestId('quiz-text') as HTMLInputElement).value).toBe(''); // ready for the next one
  });

  it('sends several right answers, true/false, a typed question\'s spellings and custom points', async () => {
    const invoke = quizHub();
    render(<ConsoleQuiz quiz={quizView()} connected={0} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('quiz-kind-multiple'));
    fireEvent.change(screen.getByTestId('quiz-text'), { target: { value: 'Primes?' } });
    ['2', '4', '5'].forEach((v, i) => fireEvent.change(screen.getByTestId(`quiz-option-${i}`), { target: { value: v } }));
    fireEvent.click(screen.getByTestId('quiz-correct-0'));
    fireEvent.click(screen.getByTestId('quiz-correct-2'));
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(invoke).toHaveBeenLastCalledWith('SaveQuizQuestion', expect.objectContaining({ kind: 'multiple', options: ['2', '4', '5'], correct: [0, 2], timeLimitSeconds: 20, points: 1000 }));

    fireEvent.click(screen.getByTestId('quiz-kind-trueFalse'));
    fireEvent.change(screen.getByTestId('quiz-text'), { target: { value: 'The sun is a star.' } });
    fireEvent.click(screen.getByTestId('quiz-correct-0'));
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(invoke).toHaveBeenLastCalledWith('SaveQuizQuestion', expect.objectContaining({ kind: 'trueFalse', options: null, correct: [0], accepted: null }));

    fireEvent.click(screen.getByTestId('quiz-kind-typed'));
    fireEvent.change(screen.getByTestId('quiz-text'), { target: { value: 'Largest planet?' } });
    fireEvent.change(screen.getByTestId('quiz-accepted'), { target: { value: 'Jupiter\n 木星 \n\n' } });
    fireEvent.change(screen.getByTestId('quiz-points'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByTestId('quiz-custom-points'), { target: { value: '500' } });
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(invoke).toHaveBeenLastCalledWith('SaveQuizQuestion', {
      id: null, kind: 'typed', text: 'Largest planet?', options: null, correct: null, accepted: ['Jupiter', '木星'], timeLimitSeconds: 20, points: 500,
    });
  });

  it('shows the server\'s refusal translated, in either language, and keeps what was typed', async () => {
    const invoke = fakeInvoke({}, { SaveQuizQuestion: 'answer_key_required' });
    render(<ConsoleQuiz quiz={quizView()} connected={0} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('quiz-text'), { target: { value: 'No key' } });
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(screen.getByTestId('error').dataset.code).toBe('answer_key_required');
    expect(screen.getByTestId('error').textContent).toBe(i18n.t('errors.answer_key_required'));
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByTestId('error').textContent).toBe(i18n.t('errors.answer_key_required', { lng: 'zh-CN' }));
    expect(screen.getByTestId('error').textContent).not.toBe(i18n.t('errors.answer_key_required', { lng: 'en' }));
    expect((screen.getByTestId('quiz-text') as HTMLInputElement).value).toBe('No key');
  });

  it('edits a question in the lobby, with its key and points filled in', async () => {
    const question = quizQuestion({ points: 750 });
    const invoke = quizHub(quizView({ questions: [question], questionCount: 1 }));
    render(<ConsoleQuiz quiz={quizView({ questions: [question], questionCount: 1 })} connected={0} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('quiz-edit'));
    expect((screen.getByTestId('quiz-correct-0') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('quiz-custom-points') as HTMLInputElement).value).toBe('750');
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-save')); });
    expect(invoke).toHaveBeenCalledWith('SaveQuizQuestion', expect.objectContaining({ id: 'q1', options: ['Paris', 'Lyon', 'Nice', 'Lille'], correct: [0], points: 750 }));
  });
});

describe('ConsoleQuiz run panel', () => {
  it('starts the quiz from the lobby with one button, then offers Close now', async () => {
    const start = quizView({ questions: [quizQuestion()], questionCount: 1 });
    const invoke = quizHub(start);
    render(<ConsoleQuiz quiz={start} connected={4} invoke={invoke} />);
    expect(screen.getByTestId('quiz-next').textContent).toBe('Start quiz');
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-next')); });
    expect(invoke).toHaveBeenCalledWith('ShowQuizQuestion', 1);
    expect(screen.getByTestId('quiz-next').textContent).toBe('Close now');
    expect(screen.getByTestId('quiz-answered').textContent).toBe('Answered: 0 of 4');
    expect(screen.queryByTestId('quiz-edit')).toBeNull(); // no edits during the run
    expect((screen.getByTestId('quiz-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the distribution with the right answer marked, and the top 10', () => {
    const quiz = quizView({
      phase: 'revealed', questionCount: 2, current: liveQuestion(), answered: 8, players: 8,
      leaders: [{ rank: 1, name: 'Lin', score: 1900, movement: 0, team: null }],
    });
    render(<ConsoleQuiz quiz={quiz} connected={8} invoke={fakeInvoke()} />);
    const rows = within(screen.getByTestId('quiz-distribution')).getAllByRole('listitem');
    expect(rows[0].dataset.correct).toBe('true');
    expect(rows[0].textContent).toContain('✓ Paris');
    expect(rows[0].textContent).toContain('63%');
    expect(screen.getByTestId('quiz-leaders').textContent).toContain('Lin');
    expect(screen.getByTestId('quiz-next').textContent).toBe('Show leaderboard');
  });
});

describe('ConsoleQuiz settings', () => {
  it('asks for team names only when phones pick their team, and sends them one per line without blanks', async () => {
    const invoke = fakeInvoke({ SetQuizSettings: s => quizView({ settings: s }) });
    render(<ConsoleQuiz quiz={quizView()} connected={0} invoke={invoke} />);
    expect(screen.queryByTestId('quiz-team-names')).toBeNull();
    const teams = screen.getByTestId('quiz-teams') as HTMLSelectElement;
    expect(Array.from(teams.options).map(o => o.textContent)).toEqual(
      ['No teams', 'By discussion table', 'By check-in category', 'By company (check-in list)', 'Players pick a team']);
    fireEvent.change(teams, { target: { value: 'pick' } });
    fireEvent.change(screen.getByTestId('quiz-team-names'), { target: { value: ' 红队\n\nBlue \n' } });
    await act(async () => { fireEvent.click(screen.getByTestId('quiz-settings-save')); });
    expect(invoke).toHaveBeenCalledWith('SetQuizSettings', expect.objectContaining({ teams: 'pick', teamNames: ['红队', 'Blue'] }));
  });
});
