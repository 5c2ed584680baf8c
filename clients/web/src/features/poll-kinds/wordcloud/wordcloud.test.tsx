import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../../i18n';
import { answerOf } from '../../../realtime/ballots';
import { AttendeePoll } from '../../attendee/attendee-poll';
import { emptyDraft, toRequest, validateDraft, withKind } from '../../console/poll-draft';
import { PollCard } from '../../console/poll-card';
import { acceptingVote, item, pollOf, resultsOf } from '../test-polls';
import { WordcloudResults } from './wordcloud-results';

const poll = pollOf({ kind: 'wordcloud', question: '用一个词形容今天', maxSelections: 3 });
const type = (i: number, value: string) => fireEvent.change(screen.getByTestId(`word-entry-${i}`), { target: { value } });

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('word cloud ballot', () => {
  it('offers maxSelections fields and sends the filled ones, trimmed', async () => {
    const vote = acceptingVote();
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
    expect(screen.getByTestId('word-entry-2')).toBeTruthy();
    expect(screen.queryByTestId('word-entry-3')).toBeNull();
    expect((screen.getByTestId('submit-vote') as HTMLButtonElement).disabled).toBe(true);
    type(0, '  创新 ');
    type(2, 'AI');
    expect(screen.getByTestId('word-count-0').textContent).toBe('2/40');
    fireEvent.click(screen.getByTestId('submit-vote'));
    await waitFor(() => expect(vote).toHaveBeenCalledTimes(1));
    expect(vote.mock.calls[0][0]).toMatchObject({ texts: ['创新', 'AI'] });
  });

  it.each([
    ['en', 'That entry is too long (40 characters at most).'],
    ['zh-CN', '内容太长了（每个最多 40 个字）。'],
  ])('says at once that an entry is over 40 characters (%s) and does not send it', async (language, message) => {
    await act(() => i18n.changeLanguage(language));
    const vote = acceptingVote();
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
    type(0, '好'.repeat(41));
    expect(screen.getByTestId('error').textContent).toBe(message);
    expect(screen.getByTestId('word-count-0').className).toContain('over');
    fireEvent.click(screen.getByTestId('submit-vote'));
    expect(vote).not.toHaveBeenCalled();
    type(0, '好'.repeat(40)); // 40 Chinese characters are fine
    expect(screen.queryByTestId('error')).toBeNull();
  });

  it('shows the words the server holds and "received"', () => {
    render(<AttendeePoll poll={poll} ballot={answerOf({ optionIds: [], texts: ['团队'] })} results={undefined} vote={acceptingVote()} onAck={() => {}} />);
    expect((screen.getByTestId('word-entry-0') as HTMLInputElement).value).toBe('团队');
    expect(screen.getByTestId('vote-received')).toBeTruthy();
  });
});

describe('word cloud results on the console', () => {
  const results = resultsOf([item('创新', { text: '创新', count: 12 }), item('ai', { text: 'AI', count: 7 })]);

  it('lists the top words with counts, as text', () => {
    render(<WordcloudResults poll={poll} results={resultsOf([...results.items!, item('x', { text: '<b>x</b>', count: 1 })])} testIdPrefix="c" />);
    expect(screen.getByTestId('c-创新').textContent).toBe('12');
    expect(screen.getByText('<b>x</b>')).toBeTruthy();
    expect(screen.queryByTestId('hide-word-ai')).toBeNull(); // phones get no hide buttons
  });

  it('hides a word from the screen and shows a hidden one again through SetResultHidden', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={{ ...poll, hiddenKeys: ['垃圾'] }} results={results} onScreen connected={20} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('hide-word-ai'));
    expect(invoke).toHaveBeenCalledWith('SetResultHidden', 'p1', 'ai', true);
    expect(screen.getByTestId('hidden-words').textContent).toContain('垃圾');
    fireEvent.click(screen.getByTestId('show-word-垃圾'));
    expect(invoke).toHaveBeenCalledWith('SetResultHidden', 'p1', '垃圾', false);
    await waitFor(() => expect((screen.getByTestId('hide-word-ai') as HTMLButtonElement).disabled).toBe(false));
  });

  it('shows a refused hide as a translated error', async () => {
    const invoke = vi.fn().mockRejectedValue(new Error('HubException: poll_not_found'));
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={results} onScreen={false} connected={20} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('hide-word-创新'));
    expect((await screen.findByTestId('error')).textContent).toBe('This poll no longer exists.');
  });
});

describe('word cloud draft', () => {
  it('defaults to 3 words per attendee, allows 1 to 5, sends no options', () => {
    const draft = withKind({ ...emptyDraft(), question: 'One word?', options: ['A', 'B'] }, 'wordcloud');
    expect(draft.maxSelections).toBe(3);
    expect(toRequest(draft)).toMatchObject({ kind: 'wordcloud', options: [], maxSelections: 3, variant: null });
    expect(validateDraft({ ...draft, maxSelections: 6 })).toBe('invalid_max_selections');
    expect(validateDraft({ ...draft, maxSelections: 0 })).toBe('invalid_max_selections');
    expect(validateDraft({ ...draft, maxSelections: 5 })).toBeNull();
  });
});
