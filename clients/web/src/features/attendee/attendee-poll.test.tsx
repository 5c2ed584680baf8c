import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import type { PollView, VoteAck } from '@live/shared/realtime/types';
import { answerOf } from '../../realtime/ballots';
import { AttendeePoll } from './attendee-poll';

const ack = (optionIds: number[], opId: string): VoteAck => ({ pollId: 'p1', opId, optionIds, ranking: null, ratings: null, texts: null });
const chose = (...optionIds: number[]) => answerOf({ optionIds });
const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }, { id: 2, text: 'C' }],
};

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('AttendeePoll', () => {
  it('shows "received" only after the server acknowledged the ballot', async () => {
    let acknowledge!: (ack: VoteAck) => void;
    const vote = vi.fn(() => new Promise<VoteAck>(resolve => { acknowledge = resolve; }));
    const onAck = vi.fn();
    const { rerender } = render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={vote} onAck={onAck} />);

    fireEvent.click(screen.getByTestId('vote-option-1'));
    expect(screen.getByTestId('vote-option-1').dataset.selected).toBe('true');
    fireEvent.click(screen.getByTestId('submit-vote'));
    expect(screen.queryByTestId('vote-received')).toBeNull();

    acknowledge(ack([1], 'x'));
    await waitFor(() => expect(onAck).toHaveBeenCalledWith(ack([1], 'x')));
    rerender(<AttendeePoll poll={poll} ballot={chose(1)} results={undefined} vote={vote} onAck={onAck} />);
    expect(screen.getByTestId('vote-received')).toBeTruthy();
  });

  it('restores a stored ballot after a reload', () => {
    render(<AttendeePoll poll={poll} ballot={chose(2)} results={undefined} vote={vi.fn()} onAck={vi.fn()} />);
    expect(screen.getByTestId('vote-option-2').dataset.selected).toBe('true');
    expect(screen.getByTestId('vote-option-0').dataset.selected).toBe('false');
    expect(screen.getByTestId('vote-received')).toBeTruthy();
  });

  it('retries a failed submission with the same operation id', async () => {
    const vote = vi.fn()
      .mockRejectedValueOnce(new Error('HubException: unavailable'))
      .mockResolvedValueOnce(ack([0], 'same'));
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={vote} onAck={vi.fn()} />);
    fireEvent.click(screen.getByTestId('vote-option-0'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    await screen.findByTestId('error');
    expect(screen.getByTestId('error').dataset.code).toBe('unavailable');
    fireEvent.click(screen.getByTestId('submit-vote'));
    await waitFor(() => expect(vote).toHaveBeenCalledTimes(2));
    expect(vote.mock.calls[1][0].opId).toBe(vote.mock.calls[0][0].opId);
  });

  it.each([
    ['en', 'The server could not save this just now. Please try again.', 'Try again', 'Change vote'],
    ['zh-CN', '服务器暂时无法保存，请重试。', '重试', '修改投票'],
  ])('says "try again" (%s) while the server cannot save votes, and not "received"', async (language, message, retry, change) => {
    await act(() => i18n.changeLanguage(language));
    const vote = vi.fn().mockRejectedValue(new Error("An unexpected error occurred invoking 'Vote' on the server. HubException: unavailable"));
    render(<AttendeePoll poll={poll} ballot={chose(2)} results={undefined} vote={vote} onAck={vi.fn()} />);
    fireEvent.click(screen.getByTestId('vote-option-1'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    expect((await screen.findByTestId('error')).textContent).toBe(message);
    expect(screen.getByTestId('submit-vote').textContent).toBe(retry);
    expect(screen.queryByTestId('vote-received')).toBeNull(); // the old ballot [2] is not what the phone now shows
    fireEvent.click(screen.getByTestId('vote-option-0')); // a new choice is a new vote: the button says so again
    expect(screen.queryByTestId('error')).toBeNull();
    expect(screen.getByTestId('submit-vote').textContent).toBe(change);
  });

  it('locks the ballot when the host forbids changes', () => {
    render(<AttendeePoll poll={{ ...poll, allowVoteChange: false }} ballot={chose(0)} results={undefined} vote={vi.fn()} onAck={vi.fn()} />);
    expect((screen.getByTestId('vote-option-1') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('submit-vote')).toBeNull();
  });

  it('shows results only when the host allows', () => {
    const results = { pollId: 'p1', version: 3, status: 'open' as const, counts: [1, 3, 0], voters: 4 };
    const { rerender } = render(<AttendeePoll poll={poll} ballot={undefined} results={results} vote={vi.fn()} onAck={vi.fn()} />);
    expect(screen.queryByTestId('attendee-count-1')).toBeNull();
    rerender(<AttendeePoll poll={{ ...poll, showResultsToAttendees: true }} ballot={undefined} results={results} vote={vi.fn()} onAck={vi.fn()} />);
    expect(screen.getByTestId('attendee-count-1').textContent).toBe('3');
  });
});
