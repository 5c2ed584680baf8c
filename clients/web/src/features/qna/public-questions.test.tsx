import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import type { UpvoteAck } from '@live/shared/realtime/types';
import { PublicQuestions } from './public-questions';
import { question, qnaView } from './test-data';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

const qna = qnaView([
  question('q1', { votes: 2, createdAt: '2026-11-22T10:00:01Z', author: '小王' }),
  question('q2', { votes: 7, createdAt: '2026-11-22T10:00:02Z', channel: 'online' }),
  question('q3', { votes: 2, createdAt: '2026-11-22T10:00:03Z', state: 'answering' }),
], { spotlightId: 'q3' });
const order = (container: HTMLElement) => [...container.querySelectorAll('article')].map(a => a.dataset.testid);

describe('PublicQuestions', () => {
  it('sorts by votes, then oldest, or newest first', () => {
    const { container } = render(<PublicQuestions qna={qna} myUpvotes={new Set()} upvote={vi.fn()} onUpvoted={vi.fn()} />);
    expect(order(container)).toEqual(['question-q2', 'question-q1', 'question-q3']);
    fireEvent.click(screen.getByTestId('sort-newest'));
    expect(order(container)).toEqual(['question-q3', 'question-q2', 'question-q1']);
  });

  it('shows author or Anonymous, the channel, and highlights the question being answered', async () => {
    render(<PublicQuestions qna={qna} myUpvotes={new Set()} upvote={vi.fn()} onUpvoted={vi.fn()} />);
    expect(screen.getByTestId('question-q1').textContent).toContain('小王');
    expect(screen.getByTestId('question-q1').textContent).toContain('Onsite');
    expect(screen.getByTestId('question-q2').textContent).toContain('Anonymous');
    expect(screen.getByTestId('question-q2').textContent).toContain('Online');
    expect(screen.getByTestId('question-q3').className).toContain('spotlight');
    expect(screen.getByTestId('question-q3').textContent).toContain('Being answered');
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByTestId('question-q1').textContent).toContain('在现场');
    expect(screen.getByTestId('question-q2').textContent).toContain('线上');
  });

  it('toggles an upvote and shows the acknowledged count at once', async () => {
    const upvote = vi.fn(async (r: { questionId: string; up: boolean }): Promise<UpvoteAck> => ({ questionId: r.questionId, up: r.up, votes: r.up ? 3 : 2 }));
    const onUpvoted = vi.fn();
    const { rerender } = render(<PublicQuestions qna={qna} myUpvotes={new Set()} upvote={upvote} onUpvoted={onUpvoted} />);
    const button = () => screen.getByTestId('upvote-q1');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button());
    await waitFor(() => expect(onUpvoted).toHaveBeenCalledWith({ questionId: 'q1', up: true, votes: 3 }));
    rerender(<PublicQuestions qna={qna} myUpvotes={new Set(['q1'])} upvote={upvote} onUpvoted={onUpvoted} />);
    expect(button().getAttribute('aria-pressed')).toBe('true');
    expect(button().textContent).toContain('3');
    fireEvent.click(button());
    await waitFor(() => expect(upvote).toHaveBeenCalledTimes(2));
    expect(upvote.mock.calls[1][0]).toMatchObject({ questionId: 'q1', up: false });
  });

  it('names each upvote button with its visible count (axe label-content-name-mismatch)', async () => {
    render(<PublicQuestions qna={qna} myUpvotes={new Set()} upvote={vi.fn()} onUpvoted={vi.fn()} />);
    const button = screen.getByTestId('upvote-q2');
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(screen.getByRole('button', { name: 'Upvote 7' })).toBe(button);
    await act(() => i18n.changeLanguage('zh-CN'));
    expect(screen.getByRole('button', { name: '点赞 7' })).toBe(button);
    // What shows is the arrow (hidden from screen readers) and the count; the name contains the count.
    expect(button.querySelector('strong')?.textContent).toBe('7');
  });

  it('shows why an upvote failed, in words', async () => {
    const upvote = vi.fn().mockRejectedValue(new Error('HubException: question_not_open'));
    render(<PublicQuestions qna={qna} myUpvotes={new Set()} upvote={upvote} onUpvoted={vi.fn()} />);
    fireEvent.click(screen.getByTestId('upvote-q2'));
    expect((await screen.findByRole('alert')).textContent).toBe('This question can no longer be upvoted.');
  });

  it('renders question text as text', () => {
    const { container } = render(<PublicQuestions qna={qnaView([question('q9', { text: '<img src=x onerror=alert(1)>' })])}
      myUpvotes={new Set()} upvote={vi.fn()} onUpvoted={vi.fn()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
