import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from '../../../i18n';
import { PollResultsView } from '../../poll-results/poll-results-view';
import { item, options, pollOf, resultsOf } from '../test-polls';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });
const view = (poll: Parameters<typeof PollResultsView>[0]['poll'], results: Parameters<typeof PollResultsView>[0]['results']) =>
  render(<PollResultsView poll={poll} results={results} code="482913" joinUrl="http://x/j/482913" />);

describe('rating on the big screen', () => {
  it('one overall star rating: the mean, the stars and a column per star', () => {
    view(pollOf({ kind: 'rating', variant: 'stars5' }), resultsOf([item('0', { count: 8, value: 4.38, distribution: [0, 0, 1, 3, 4] })], 8));
    expect(screen.getByTestId('screen-mean-0').textContent).toBe('4.4');
    expect(screen.getByTestId('screen-rating-0-point-5').textContent).toBe('4');
    expect(screen.getByText('8 answers')).toBeTruthy();
    expect(screen.getByTestId('screen-voters').textContent).toBe('8');
  });

  it('NPS: the score with its sign and the three groups, in Chinese too', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    const poll = pollOf({ kind: 'rating', variant: 'nps', question: '您会向同事推荐本次大会吗？' });
    view(poll, resultsOf([item('0', { count: 10, value: 7.9, score: 30, distribution: [0, 0, 0, 1, 0, 1, 0, 2, 1, 2, 3] })]));
    expect(screen.getByTestId('screen-nps-0').textContent).toBe('+30');
    expect(screen.getByText('推荐者 50%')).toBeTruthy();
    expect(screen.getByText('贬损者 20%')).toBeTruthy();
    expect(screen.getByTestId('screen-rating-0-point-0')).toBeTruthy();
  });

  it('several statements: a line each with its mean, zeros for one nobody rated yet', () => {
    const poll = pollOf({ kind: 'rating', variant: 'scale10', options: options('内容', '服务', '收获') });
    view(poll, resultsOf([item('0', { count: 5, value: 8.2, distribution: [0, 0, 0, 0, 0, 0, 1, 2, 1, 1] }), item('2', { count: 5, value: 6, distribution: [0, 0, 0, 1, 1, 1, 1, 1, 0, 0] })]));
    expect(screen.getByTestId('screen-rating-0').textContent).toContain('内容');
    expect(screen.getByTestId('screen-mean-0').textContent).toBe('8.2');
    expect(screen.getByTestId('screen-mean-1').textContent).toBe('—');
    expect(screen.getByTestId('screen-rating-1-point-10').textContent).toBe('0');
  });
});
