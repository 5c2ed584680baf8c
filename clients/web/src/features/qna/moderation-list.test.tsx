import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { ModerationList } from './moderation-list';
import { qnaView, question } from './test-data';

afterEach(cleanup);

const qna = qnaView([
  question('q1', { state: 'pending', votes: 1, text: 'Pricing for dealers?', author: '小王', deviceId: 'dev-1', flagged: true }),
  question('q2', { state: 'pending', votes: 4, channel: 'online', deviceId: 'dev-2' }),
  question('q3', { state: 'live', votes: 9, deviceId: 'dev-3', originalText: 'pricing 4 dealers??' }),
  question('q4', { state: 'answering', deviceId: 'dev-4', starred: true }),
  question('q5', { state: 'dismissed', channel: 'online', deviceId: 'dev-5' }),
], { bans: [{ deviceId: 'dev-5', reason: 'spam', at: '2026-11-22T10:00:00Z' }], blocklist: [] });
const shown = () => [...document.querySelectorAll('[data-testid^="mod-question-"]')].map(e => (e as HTMLElement).dataset.testid);

describe('ModerationList', () => {
  it('filters by state with counts, by channel and by search', () => {
    render(<ModerationList qna={qna} invoke={vi.fn()} />);
    expect(shown()).toEqual(['mod-question-q3', 'mod-question-q2', 'mod-question-q1', 'mod-question-q4', 'mod-question-q5']);
    expect(screen.getByTestId('mod-count-pending').textContent).toBe('2');
    expect(screen.getByTestId('mod-count-all').textContent).toBe('5');
    fireEvent.click(screen.getByTestId('mod-filter-pending'));
    expect(shown()).toEqual(['mod-question-q2', 'mod-question-q1']);
    fireEvent.change(screen.getByTestId('mod-channel'), { target: { value: 'online' } });
    expect(shown()).toEqual(['mod-question-q2']);
    expect(screen.getByTestId('mod-count-dismissed').textContent).toBe('1');
    fireEvent.change(screen.getByTestId('mod-channel'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('mod-search'), { target: { value: 'PRICING' } });
    expect(shown()).toEqual(['mod-question-q1']);
  });

  it('approves or dismisses every visible checked question in one call', async () => {
    const invoke = vi.fn().mockResolvedValue(qna);
    render(<ModerationList qna={qna} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('mod-filter-pending'));
    fireEvent.click(screen.getByTestId('select-all'));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByTestId('bulk-approve'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('MoveQuestions', { questionIds: ['q2', 'q1'], to: 'live' }));
    await waitFor(() => expect(screen.getByText('0 selected')).toBeTruthy());
    fireEvent.click(screen.getByTestId('select-q1'));
    fireEvent.click(screen.getByTestId('bulk-dismiss'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q1'], to: 'dismissed' });
  });

  it('offers the moves that fit each state', () => {
    const invoke = vi.fn().mockResolvedValue(qna);
    render(<ModerationList qna={qna} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('approve-q1'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q1'], to: 'live' });
    fireEvent.click(screen.getByTestId('answering-q3'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q3'], to: 'answering' });
    fireEvent.click(screen.getByTestId('answered-q4'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q4'], to: 'answered' });
    fireEvent.click(screen.getByTestId('live-q4'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q4'], to: 'live' });
    fireEvent.click(screen.getByTestId('dismiss-q3'));
    expect(invoke).toHaveBeenLastCalledWith('MoveQuestions', { questionIds: ['q3'], to: 'dismissed' });
    expect(screen.queryByTestId('answering-q1')).toBeNull();
    fireEvent.click(screen.getByTestId('star-q4'));
    expect(invoke).toHaveBeenLastCalledWith('StarQuestion', 'q4', false);
  });

  it('shows the filter flag and the original of an edited question, and edits inline', () => {
    const invoke = vi.fn().mockResolvedValue(qna);
    render(<ModerationList qna={qna} invoke={invoke} />);
    expect(screen.getByTestId('flagged-q1').textContent).toBe('Held by filter');
    expect(screen.getByTestId('original-q3').textContent).toBe('Edited — original: pricing 4 dealers??');
    fireEvent.click(screen.getByTestId('edit-q1'));
    fireEvent.change(screen.getByTestId('edit-input-q1'), { target: { value: '  Dealer pricing?  ' } });
    fireEvent.click(screen.getByTestId('edit-save-q1'));
    expect(invoke).toHaveBeenLastCalledWith('EditQuestion', 'q1', 'Dealer pricing?');
    expect(screen.queryByTestId('edit-input-q1')).toBeNull();
  });

  it('bans an author with a reason, and not twice', () => {
    const invoke = vi.fn().mockResolvedValue(qna);
    render(<ModerationList qna={qna} invoke={invoke} />);
    expect(screen.queryByTestId('ban-q5')).toBeNull();
    fireEvent.click(screen.getByTestId('ban-q2'));
    fireEvent.change(screen.getByTestId('ban-reason-q2'), { target: { value: 'ads' } });
    fireEvent.click(screen.getByTestId('ban-confirm-q2'));
    expect(invoke).toHaveBeenLastCalledWith('BanDevice', { deviceId: 'dev-2', reason: 'ads' });
  });

  it('shows a failed move as a translated error', async () => {
    render(<ModerationList qna={qna} invoke={vi.fn().mockRejectedValue(new Error('HubException: too_many_ids'))} />);
    fireEvent.click(screen.getByTestId('approve-q1'));
    expect((await screen.findByRole('alert')).textContent).toBe('Too many items at once (200 at most).');
  });
});
