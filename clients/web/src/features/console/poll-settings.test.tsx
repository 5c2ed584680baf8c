import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import type { PollView, SessionView } from '@live/shared/realtime/types';
import { PollCard } from './poll-card';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }],
};

afterEach(cleanup);

describe('PollCard settings', () => {
  it('offers "Only checked-in guests can vote" and sends all three settings with each change', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    const { rerender } = render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    const toggle = screen.getByTestId('checked-in-only') as HTMLInputElement;
    expect(toggle.closest('label')?.textContent).toBe('Only checked-in guests can vote');
    expect(toggle.checked).toBe(false); // a poll from an older server has no checkedInOnly
    fireEvent.click(toggle);
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: false, checkedInOnly: true });
    await waitFor(() => expect(toggle.disabled).toBe(false));

    rerender(<PollCard code="482913" version={2} hostKey="h.k" poll={{ ...poll, checkedInOnly: true }} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    expect((screen.getByTestId('checked-in-only') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByText('Attendees see results'));
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: true, checkedInOnly: true });
  });

  it('shows a switch at once, disabled and busy until the server answers, then the answer until the push catches up', async () => {
    let answer!: (view: SessionView) => void;
    const invoke = vi.fn().mockReturnValue(new Promise<SessionView>(resolve => { answer = resolve; }));
    const card = (version: number, p: PollView) =>
      <PollCard code="482913" hostKey="h.k" version={version} poll={p} results={undefined} onScreen={false} connected={0} invoke={invoke} />;
    const { rerender } = render(card(1, poll));
    const results = screen.getByTestId('show-results') as HTMLInputElement;
    fireEvent.click(results);
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: true, checkedInOnly: false });
    expect([results.checked, results.disabled, results.getAttribute('aria-busy')]).toEqual([true, true, 'true']);
    expect((screen.getByTestId('allow-vote-change') as HTMLInputElement).disabled).toBe(true);
    const saved = { ...poll, showResultsToAttendees: true };
    await act(async () => answer({ code: '482913', title: 'T', version: 2, language: null, screen: { view: 'join', pollId: null }, polls: [saved] }));
    expect([results.checked, results.disabled, results.getAttribute('aria-busy')]).toEqual([true, false, 'false']);
    rerender(card(1, poll)); // a push from before the change, arriving late: no flicker back
    expect(results.checked).toBe(true);
    rerender(card(3, poll)); // another console turned it off since
    expect(results.checked).toBe(false);
  });

  it('sets when phones show shared results, and keeps the timing with every other switch', async () => {
    const invoke = vi.fn().mockResolvedValue(undefined);
    const shared: PollView = { ...poll, showResultsToAttendees: true, attendeeResults: 'afterVoting' };
    render(<PollCard code="482913" hostKey="h.k" version={1} poll={shared} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    const timing = screen.getByTestId('results-timing') as HTMLSelectElement;
    expect([...timing.options].map(o => o.textContent)).toEqual(['after voting', 'from the start', 'when the poll closes']);
    fireEvent.change(timing, { target: { value: 'whenClosed' } });
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: true, showResultsToAttendees: true, checkedInOnly: false, attendeeResults: 'whenClosed' });
    await waitFor(() => expect(timing.disabled).toBe(false));
    fireEvent.click(screen.getByTestId('allow-vote-change'));
    expect(invoke).toHaveBeenLastCalledWith('SetPollSettings', 'p1', { allowVoteChange: false, showResultsToAttendees: true, checkedInOnly: false, attendeeResults: 'afterVoting' });
  });

  it('goes back to the poll as it is when the server refuses, and says why', async () => {
    const invoke = vi.fn().mockRejectedValue(new Error('HubException: poll_has_votes'));
    render(<PollCard code="482913" hostKey="h.k" version={1} poll={poll} results={undefined} onScreen={false} connected={0} invoke={invoke} />);
    const toggle = screen.getByTestId('checked-in-only') as HTMLInputElement;
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    await waitFor(() => expect(screen.getByRole('alert').dataset.code).toBe('poll_has_votes'));
    expect([toggle.checked, toggle.disabled]).toEqual([false, false]);
  });
});
