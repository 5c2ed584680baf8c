import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../../i18n';
import { AttendeePoll } from '../../attendee/attendee-poll';
import { acceptingVote, options, pollOf } from '../test-polls';
import { choice } from '.';
import { pick } from './choice-rules';

const multi = pollOf({ kind: 'multiple', maxSelections: 3, options: options('Red', 'Blue', 'Green', 'Gold') });

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('choice ballot', () => {
  it('single choice replaces, multiple toggles up to the maximum and refuses beyond it', () => {
    const single = pollOf({ kind: 'single', options: options('A', 'B', 'C') });
    expect(pick(single, [0], 2)).toEqual([2]);
    const two = { ...multi, maxSelections: 2 };
    expect(pick(two, [0], 2)).toEqual([0, 2]);
    expect(pick(two, [0, 2], 1)).toBeNull();
    expect(pick(two, [0, 2], 0)).toEqual([2]);
  });

  it.each([
    ['en', 'That is more choices than this poll allows. Tap a chosen option to remove it first.'],
    ['zh-CN', '已达到可选数量上限，请先点一下已选项取消。'],
  ])('a 4th pick on a max-3 poll says why (%s) and keeps the three', async (language, message) => {
    await act(() => i18n.changeLanguage(language));
    const vote = acceptingVote();
    render(<AttendeePoll poll={multi} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
    for (const id of [0, 1, 2, 3]) fireEvent.click(screen.getByTestId(`vote-option-${id}`));
    expect(screen.getByTestId('error').textContent).toBe(message);
    expect(screen.getByTestId('vote-option-3').dataset.selected).toBe('false');
    fireEvent.click(screen.getByTestId('vote-option-0')); // deselecting one clears the message, and the 4th now fits
    expect(screen.queryByTestId('error')).toBeNull();
    fireEvent.click(screen.getByTestId('vote-option-3'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    await waitFor(() => expect(vote).toHaveBeenCalledTimes(1));
    expect(vote.mock.calls[0][0]).toMatchObject({ pollId: 'p1', optionIds: [1, 2, 3] });
    expect(vote.mock.calls[0][0]).not.toHaveProperty('ranking');
  });

  it('checks answers like the server', () => {
    const empty = { optionIds: [], ranking: [], ratings: [], texts: [] };
    expect(choice.checkAnswer(multi, empty)).toBe('no_selection');
    expect(choice.checkAnswer(multi, { ...empty, optionIds: [9] })).toBe('invalid_option');
    expect(choice.checkAnswer(multi, { ...empty, optionIds: [0, 1, 2, 3] })).toBe('too_many_selections');
    expect(choice.toVote(multi, { ...empty, optionIds: [2, 0] })).toEqual({ optionIds: [0, 2] });
  });
});
