import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import type { AnswerUpvoteAck, AnswerUpvoteRequest, PollResults, PollView } from '@live/shared/realtime/types';
import { AttendeePoll } from './attendee-poll';
import type { AnswerUpvoteCalls } from './use-answer-upvotes';

const poll: PollView = {
  id: 'p1', kind: 'text', question: 'What should we change?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', allowUpvotes: true, featuredKey: null,
};
const item = (key: string, text: string, upvotes: number) => ({ key, text, count: 1, value: null, score: null, distribution: null, upvotes });
const results = (version: number, a1 = 0): PollResults =>
  ({ pollId: 'p1', version, status: 'open', counts: [], voters: 2, items: [item('a1', 'More Q&A time', a1), item('b2', '分组讨论', 2)] });

/** A server that holds this device's upvotes and answers like UpvoteAnswer. */
function fakeServer(mine: string[] = []) {
  const held = new Set(mine);
  const counts: Record<string, number> = { a1: 0, b2: 2 };
  const calls: AnswerUpvoteCalls = {
    mine: vi.fn(async () => [...held]),
    upvote: vi.fn(async (r: AnswerUpvoteRequest): Promise<AnswerUpvoteAck> => {
      if (r.up !== held.has(r.key)) counts[r.key] += r.up ? 1 : -1;
      if (r.up) held.add(r.key); else held.delete(r.key);
      return { pollId: r.pollId, key: r.key, up: r.up, upvotes: counts[r.key] };
    }),
  };
  return calls;
}

const shell = (calls: AnswerUpvoteCalls | undefined, patch: Partial<PollView> = {}, live = true, res = results(3)) => (
  <AttendeePoll poll={{ ...poll, ...patch }} ballot={undefined} results={res} vote={vi.fn()} onAck={vi.fn()} answerUpvotes={calls} live={live} />
);

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('upvoting open text answers on a phone', () => {
  it('shows the wall when the poll takes upvotes, even with results hidden, and reads my upvotes on mount', async () => {
    const calls = fakeServer(['b2']);
    render(shell(calls));
    await waitFor(() => expect(screen.getByTestId('upvote-answer-b2').getAttribute('aria-pressed')).toBe('true'));
    expect(calls.mine).toHaveBeenCalledWith('p1');
    expect(screen.getByTestId('upvote-answer-a1').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('attendee-count-upvotes-b2').textContent).toBe('2');
  });

  it('sends up: true, then up: false, each tap with its own op id, and shows the acknowledged count', async () => {
    const calls = fakeServer();
    render(shell(calls));
    await waitFor(() => expect(calls.mine).toHaveBeenCalled());
    fireEvent.click(screen.getByTestId('upvote-answer-a1'));
    await waitFor(() => expect(screen.getByTestId('upvote-answer-a1').getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByTestId('attendee-count-upvotes-a1').textContent).toBe('1');
    fireEvent.click(screen.getByTestId('upvote-answer-a1'));
    await waitFor(() => expect(screen.getByTestId('upvote-answer-a1').getAttribute('aria-pressed')).toBe('false'));
    expect(screen.getByTestId('attendee-count-upvotes-a1').textContent).toBe('0');
    const sent = vi.mocked(calls.upvote).mock.calls.map(([r]) => r);
    expect(sent.map(r => [r.pollId, r.key, r.up])).toEqual([['p1', 'a1', true], ['p1', 'a1', false]]);
    expect(sent[0].opId).not.toBe(sent[1].opId);
  });

  it('reads my upvotes again after a reconnect', async () => {
    const calls = fakeServer(['a1']);
    const { rerender } = render(shell(calls));
    await waitFor(() => expect(calls.mine).toHaveBeenCalledTimes(1));
    rerender(shell(calls, {}, false));
    rerender(shell(calls, {}, true));
    await waitFor(() => expect(calls.mine).toHaveBeenCalledTimes(2));
  });

  it.each([
    ['en', 'answer_hidden', 'That answer has been taken off the wall.'],
    ['zh-CN', 'upvotes_off', '该投票未开启点赞。'],
    ['en', 'rate_limited', undefined],
  ])('translates a refusal (%s, %s) and retries the same tap with the same op id', async (language, code, message) => {
    await act(() => i18n.changeLanguage(language));
    const calls = fakeServer();
    vi.mocked(calls.upvote).mockRejectedValueOnce(new Error(`HubException: ${code}`));
    render(shell(calls));
    fireEvent.click(screen.getByTestId('upvote-answer-a1'));
    const error = await screen.findByTestId('error');
    expect(error.dataset.code).toBe(code);
    expect(error.textContent).toBe(message ?? i18n.t(`errors.${code}`));
    expect(error.textContent).not.toMatch(/HubException|errors\./);
    fireEvent.click(screen.getByTestId('upvote-answer-a1'));
    await waitFor(() => expect(calls.upvote).toHaveBeenCalledTimes(2));
    const [first, second] = vi.mocked(calls.upvote).mock.calls.map(([r]) => r);
    expect(second.opId).toBe(first.opId);
  });

  it('shows counts without toggles once closed, and nothing for a poll without upvotes or results', () => {
    const calls = fakeServer();
    const { rerender } = render(shell(calls, { status: 'closed' }));
    expect(screen.getByTestId('attendee-count-upvotes-a1').textContent).toBe('▲ 0');
    expect(screen.queryByTestId('upvote-answer-a1')).toBeNull();
    rerender(shell(calls, { allowUpvotes: false }));
    expect(screen.queryByTestId('attendee-count-answer-a1')).toBeNull();
    expect(calls.mine).not.toHaveBeenCalled();
  });
});
