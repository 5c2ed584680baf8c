import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { CreatePollForm } from './create-poll-form';
import { PollCard } from './poll-card';

// The console's side of open text featuring and upvotes: the create form's and the card's "Attendees can upvote
// answers", and the Feature buttons, which call the hub with the answer's key.
const poll: PollView = {
  id: 'p1', kind: 'text', question: 'What should we change?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', checkedInOnly: false, allowUpvotes: true, featuredKey: null,
};
const item = (key: string, text: string, upvotes: number) => ({ key, text, count: 1, value: null, score: null, distribution: null, upvotes });
const results: PollResults = { pollId: 'p1', version: 2, status: 'open', counts: [], voters: 2, items: [item('a1', 'More Q&A time', 3), item('b2', '分组讨论', 0)] };
const card = (invoke: Invoke, patch: Partial<PollView> = {}) =>
  <PollCard code="482913" version={1} hostKey="h.k" poll={{ ...poll, ...patch }} results={results} onScreen connected={2} invoke={invoke} />;

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('open text on the console', () => {
  it('features an answer by its key, marks it, and unfeatures it with null', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    const { rerender } = render(card(invoke));
    expect(screen.getByTestId('console-count-upvotes-a1').textContent).toBe('▲ 3');
    fireEvent.click(screen.getByTestId('feature-answer-a1'));
    expect(invoke).toHaveBeenLastCalledWith('FeatureAnswer', 'p1', 'a1');
    rerender(card(invoke, { featuredKey: 'a1' }));
    expect(screen.getByTestId('console-count-answer-a1').dataset.featured).toBe('true');
    await waitFor(() => expect((screen.getByTestId('feature-answer-a1') as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByTestId('feature-answer-a1').textContent).toBe('Unfeature');
    fireEvent.click(screen.getByTestId('feature-answer-a1'));
    expect(invoke).toHaveBeenLastCalledWith('FeatureAnswer', 'p1', null);
  });

  it('shows a refused feature translated', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    const invoke = vi.fn().mockRejectedValue(new Error("An unexpected error occurred invoking 'FeatureAnswer' on the server. HubException: answer_hidden"));
    render(card(invoke));
    fireEvent.click(screen.getByTestId('feature-answer-b2'));
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe('该回答已从大屏撤下。'));
  });

  it('keeps upvotes on when another setting changes, and turns them off from the card', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(card(invoke));
    expect(screen.getByTestId('allow-upvotes').closest('label')?.textContent).toBe('Attendees can upvote answers');
    fireEvent.click(screen.getByText('Attendees see results'));
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: true, checkedInOnly: false, allowUpvotes: true });
    // No poll in that answer and no push yet: the card shows the poll as it is, once the call is over.
    await waitFor(() => expect((screen.getByTestId('allow-upvotes') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('allow-upvotes'));
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: false, checkedInOnly: false, allowUpvotes: false });
  });

  it('offers upvotes in the create form for open text only, and sends them', async () => {
    const onCreate = vi.fn().mockResolvedValue({});
    render(<CreatePollForm onCreate={onCreate} />);
    expect(screen.queryByTestId('poll-allow-upvotes')).toBeNull();
    fireEvent.change(screen.getByTestId('poll-kind'), { target: { value: 'text' } });
    fireEvent.change(screen.getByTestId('poll-question'), { target: { value: 'What should we change?' } });
    const upvotes = screen.getByTestId('poll-allow-upvotes') as HTMLInputElement;
    expect(upvotes.checked).toBe(false);
    fireEvent.click(upvotes);
    fireEvent.click(screen.getByTestId('create-poll'));
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith({
      question: 'What should we change?', kind: 'text', options: [], maxSelections: null, variant: null,
      allowVoteChange: true, showResultsToAttendees: false, allowUpvotes: true,
    }));
  });

  it('offers no upvotes setting on a kind that takes none', () => {
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={{ ...poll, kind: 'wordcloud', allowUpvotes: false }} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    expect(screen.queryByTestId('allow-upvotes')).toBeNull();
    expect(screen.queryByTestId('feature-answer-a1')).toBeNull();
  });
});
