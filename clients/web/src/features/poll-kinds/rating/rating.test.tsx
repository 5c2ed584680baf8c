import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../../i18n';
import { answerOf } from '../../../realtime/ballots';
import { AttendeePoll } from '../../attendee/attendee-poll';
import { emptyDraft, toRequest, validateDraft, withKind } from '../../console/poll-draft';
import { acceptingVote, item, options, pollOf, resultsOf } from '../test-polls';
import { RatingResults } from './rating-results';

const stars = pollOf({ kind: 'rating', variant: 'stars5', options: options('Content', 'Service') });
const nps = pollOf({ kind: 'rating', variant: 'nps', question: 'Would you recommend this event?' });

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('rating ballot', () => {
  it('rates each statement and sends one rating per statement', async () => {
    const vote = acceptingVote();
    render(<AttendeePoll poll={stars} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
    expect(screen.getByText('Content')).toBeTruthy();
    fireEvent.click(screen.getByTestId('rate-0-4'));
    expect(screen.getByTestId('rate-0-4').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('rate-0-3').className).toContain('lit'); // stars up to the rating light up
    fireEvent.click(screen.getByTestId('rate-1-2'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    await waitFor(() => expect(vote).toHaveBeenCalledTimes(1));
    expect(vote.mock.calls[0][0]).toMatchObject({ ratings: [4, 2] });
  });

  it.each([
    ['en', 'Please rate every item on the scale shown.'],
    ['zh-CN', '请按所示分值为每一项打分。'],
  ])('refuses to send with a statement unrated (%s)', async (language, message) => {
    await act(() => i18n.changeLanguage(language));
    const vote = acceptingVote();
    render(<AttendeePoll poll={stars} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
    expect((screen.getByTestId('submit-vote') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('rate-1-5'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    expect(screen.getByTestId('error').textContent).toBe(message);
    expect(vote).not.toHaveBeenCalled();
  });

  it('NPS: 0 to 10 for the question itself, restored from the stored ballot', () => {
    render(<AttendeePoll poll={nps} ballot={answerOf({ optionIds: [], ratings: [9] })} results={undefined} vote={acceptingVote()} onAck={() => {}} />);
    expect(screen.getAllByRole('radio')).toHaveLength(11);
    expect(screen.getByTestId('rate-0-0')).toBeTruthy();
    expect(screen.getByTestId('rate-0-9').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('vote-received')).toBeTruthy();
  });
});

describe('rating results', () => {
  it('shows per statement the mean, the respondents and a bar per star', () => {
    const results = resultsOf([item('0', { count: 4, value: 4.25, distribution: [0, 0, 1, 1, 2] }), item('1', { count: 4, value: 3, distribution: [1, 0, 2, 0, 1] })]);
    render(<RatingResults poll={stars} results={results} testIdPrefix="console-count" />);
    expect(screen.getByTestId('console-count-mean-0').textContent).toBe('4.3');
    expect(screen.getByTestId('console-count-mean-1').textContent).toBe('3.0');
    expect(screen.getByTestId('console-count-0-point-5').textContent).toBe('2');
    expect(screen.getByTestId('console-count-1').textContent).toContain('Service');
    expect(screen.getAllByText('4 answers')).toHaveLength(2);
  });

  it('shows the NPS score prominently, with its sign, and the groups', () => {
    const results = resultsOf([item('0', { count: 6, value: 7.5, score: 17, distribution: [0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 2] })]);
    render(<RatingResults poll={nps} results={results} testIdPrefix="console-count" />);
    expect(screen.getByTestId('console-count-nps-0').textContent).toBe('+17');
    expect(screen.getByText('Promoters 50% · Passives 17% · Detractors 33%')).toBeTruthy();
    expect(screen.getByTestId('console-count-0-point-0').textContent).toBe('0');
  });

  it('shows dashes before anyone answered', () => {
    render(<RatingResults poll={nps} results={undefined} testIdPrefix="c" />);
    expect(screen.getByTestId('c-mean-0').textContent).toBe('—');
    expect(screen.getByTestId('c-nps-0').textContent).toBe('—');
  });
});

describe('rating draft', () => {
  const draft = withKind({ ...emptyDraft(), question: 'How was it?' }, 'rating');

  it('starts with five stars and no statements, dropping the empty choice rows', () => {
    expect(draft).toMatchObject({ kind: 'rating', variant: 'stars5', options: [] });
    expect(validateDraft(draft)).toBeNull();
    expect(toRequest(draft)).toMatchObject({ kind: 'rating', options: [], maxSelections: null, variant: 'stars5' });
  });

  it('checks the scale and the statements like the server', () => {
    expect(validateDraft({ ...draft, variant: 'stars7' })).toBe('invalid_variant');
    expect(validateDraft({ ...draft, options: Array.from({ length: 11 }, (_, i) => `S${i}`) })).toBe('option_count');
    expect(validateDraft({ ...draft, options: ['Service', ' service'] })).toBe('option_duplicate');
  });
});
