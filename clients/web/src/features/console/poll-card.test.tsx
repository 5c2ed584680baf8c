import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { PollCard } from './poll-card';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }],
};
const results = { pollId: 'p1', version: 2, status: 'open' as const, counts: [3, 1], voters: 4 };

afterEach(cleanup);

describe('PollCard', () => {
  it('shows live counts and participation = voters ÷ connected', () => {
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={results} onScreen={false} connected={8} invoke={vi.fn()} />);
    expect(screen.getByTestId('console-count-0').textContent).toBe('3');
    expect(screen.getByTestId('console-voters').textContent).toBe('4');
    expect(screen.getByTestId('participation').textContent).toBe('50%');
  });

  it('divides a closed poll by the room it closed in, never by fewer people connected after a reload', () => {
    const closed = { ...poll, status: 'closed' as const, presentAtClose: 12 };
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={closed} results={{ ...results, status: 'closed', voters: 12 }} onScreen={false} connected={2} invoke={vi.fn()} />);
    expect(screen.getByTestId('participation').textContent).toBe('100%');
  });

  it('never shows more than 100% even without the closing figure', () => {
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={{ ...poll, status: 'closed' }} results={{ ...results, voters: 12 }} onScreen={false} connected={2} invoke={vi.fn()} />);
    expect(screen.getByTestId('participation').textContent).toBe('100%');
  });

  it('shows a dash when nobody is connected', () => {
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    expect(screen.getByTestId('participation').textContent).toBe('—');
  });

  it('asks before resetting', () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={results} onScreen={false} connected={8} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('reset-poll'));
    expect(invoke).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-reset'));
    expect(invoke).toHaveBeenCalledWith('ResetPoll', 'p1');
  });

  it('offers close for an open poll and take-off when it is on screen', () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={results} onScreen connected={1} invoke={invoke} />);
    expect(screen.queryByTestId('open-poll')).toBeNull();
    fireEvent.click(screen.getByTestId('close-poll'));
    fireEvent.click(screen.getByTestId('hide-from-screen'));
    expect(invoke).toHaveBeenCalledWith('ClosePoll', 'p1');
    expect(invoke).toHaveBeenCalledWith('ShowOnScreen', null);
  });

  it('renders the question as text', () => {
    const { container } = render(<PollCard code="482913" version={1} hostKey="h.k" poll={{ ...poll, question: '<script>alert(1)</script>' }} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
  });
});
