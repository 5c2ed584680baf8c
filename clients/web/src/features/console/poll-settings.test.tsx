import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { PollCard } from './poll-card';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }],
};

afterEach(cleanup);

describe('PollCard settings', () => {
  it('offers "Only checked-in guests can vote" and sends all three settings with each change', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const { rerender } = render(<PollCard code="482913" hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    const toggle = screen.getByTestId('checked-in-only') as HTMLInputElement;
    expect(toggle.closest('label')?.textContent).toBe('Only checked-in guests can vote');
    expect(toggle.checked).toBe(false); // a poll from an older server has no checkedInOnly
    fireEvent.click(toggle);
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: false, checkedInOnly: true });

    rerender(<PollCard code="482913" hostKey="h.k" poll={{ ...poll, checkedInOnly: true }} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    expect((screen.getByTestId('checked-in-only') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByText('Attendees see results'));
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: true, checkedInOnly: true });
  });
});
