import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { PollResultsView } from './poll-results-view';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open',
  options: [{ id: 0, text: 'Model A' }, { id: 1, text: '<img src=x onerror=alert(1)>' }, { id: 2, text: 'Model C' }],
};
const results = (status: PollResults['status']): PollResults => ({ pollId: 'p1', version: 4, status, counts: [1, 2, 0], voters: 3 });

afterEach(cleanup);

describe('PollResultsView', () => {
  it('shows counts, percentages and voters', () => {
    render(<PollResultsView poll={poll} results={results('open')} code="123456" joinUrl="http://x/j/123456" />);
    expect(screen.getByTestId('screen-question').textContent).toBe('Which product?');
    expect(screen.getByTestId('screen-count-1').textContent).toBe('2');
    expect(screen.getByTestId('screen-percent-1').textContent).toBe('67%');
    expect(screen.getByTestId('screen-percent-2').textContent).toBe('0%');
    expect(screen.getByTestId('screen-voters').textContent).toBe('3');
    expect(screen.queryByTestId('screen-final')).toBeNull();
  });

  it('renders option text as text, never as HTML', () => {
    const { container } = render(<PollResultsView poll={poll} results={results('open')} code="123456" joinUrl="http://x" />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('marks closed polls as final and keeps the numbers', () => {
    render(<PollResultsView poll={{ ...poll, status: 'closed' }} results={results('closed')} code="123456" joinUrl="http://x" />);
    expect(screen.getByTestId('screen-final')).toBeTruthy();
    expect(screen.getByTestId('screen-count-0').textContent).toBe('1');
  });

  it('shows zeros before the first vote', () => {
    render(<PollResultsView poll={poll} results={undefined} code="123456" joinUrl="http://x" />);
    expect(screen.getByTestId('screen-voters').textContent).toBe('0');
    expect(screen.getByTestId('screen-percent-0').textContent).toBe('0%');
  });
});
