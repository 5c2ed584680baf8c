import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../../i18n';
import { PollResultsView } from '../../poll-results/poll-results-view';
import { item, options, pollOf, resultsOf } from '../test-polls';

afterEach(cleanup);

describe('ranking on the big screen', () => {
  const poll = pollOf({ kind: 'ranking', question: 'What matters most in a dealer partner?', options: options('Price', 'Quality', 'Service', '<b>Delivery</b>') });

  it('lists options by mean points with the mean, and re-sorts when the results change', () => {
    const { container, rerender } = render(<PollResultsView poll={poll} code="482913" joinUrl="http://x"
      results={resultsOf([item('0', { count: 6, value: 2.5 }), item('1', { count: 6, value: 3.5 }), item('2', { count: 6, value: 1.5 }), item('3', { count: 6, value: 2.5 })])} />);
    const order = () => [...container.querySelectorAll('[data-place]')].map(e => e.getAttribute('data-key'));
    expect(order()).toEqual(['1', '0', '3', '2']);
    expect(screen.getByTestId('screen-mean-1').textContent).toBe('3.5');
    expect(screen.getByText('<b>Delivery</b>')).toBeTruthy();
    expect(screen.getByTestId('screen-rank-1').className).toContain('first');
    rerender(<PollResultsView poll={poll} code="482913" joinUrl="http://x"
      results={resultsOf([item('0', { count: 7, value: 2.4 }), item('1', { count: 7, value: 3.1 }), item('2', { count: 7, value: 3.3 }), item('3', { count: 7, value: 1.2 })])} />);
    expect(order()).toEqual(['2', '1', '0', '3']);
  });

  it('shows the options in their order with dashes before anyone answered', () => {
    render(<PollResultsView poll={poll} results={undefined} code="482913" joinUrl="http://x" />);
    expect(screen.getByTestId('screen-mean-0').textContent).toBe('—');
    expect(screen.getByTestId('screen-rank-0').className).not.toContain('first');
  });
});
