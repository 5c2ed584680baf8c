import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { movedOrder, PollCard } from './poll-card';

const draft: PollView = {
  id: 'p2', kind: 'multiple', question: 'Which regions?', maxSelections: 2, allowVoteChange: true,
  showResultsToAttendees: true, attendeeResults: 'whenClosed', status: 'draft', options: [{ id: 0, text: 'East' }, { id: 1, text: 'West' }, { id: 2, text: 'North' }],
};
const order = ['p1', 'p2', 'p3'];
const card = (poll: PollView, invoke = vi.fn().mockResolvedValue({})) => {
  render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={invoke} order={order} />);
  return invoke;
};

afterEach(cleanup);

describe('poll housekeeping on the console', () => {
  it('moves a poll one place with the whole new order, never past either end', () => {
    expect(movedOrder(order, 'p2', -1)).toEqual(['p2', 'p1', 'p3']);
    expect(movedOrder(order, 'p2', 1)).toEqual(['p1', 'p3', 'p2']);
    expect(movedOrder(order, 'p1', -1)).toEqual(order);
    const invoke = card(draft);
    fireEvent.click(screen.getByTestId('move-poll-down'));
    expect(invoke).toHaveBeenCalledWith('ReorderPolls', ['p1', 'p3', 'p2']);
    cleanup();
    card({ ...draft, id: 'p1' });
    expect((screen.getByTestId('move-poll-up') as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits a draft in place with its own question, options and settings, and sends the edit', async () => {
    const invoke = card(draft);
    fireEvent.click(screen.getByTestId('edit-poll'));
    expect((screen.getByTestId('poll-question') as HTMLInputElement).value).toBe('Which regions?');
    fireEvent.change(screen.getByTestId('poll-question'), { target: { value: 'Which regions grew?' } });
    await act(async () => { fireEvent.click(screen.getByTestId('save-poll')); });
    expect(invoke).toHaveBeenCalledWith('EditPoll', 'p2', expect.objectContaining({
      question: 'Which regions grew?', kind: 'multiple', options: ['East', 'West', 'North'], maxSelections: 2, attendeeResults: 'whenClosed',
    }));
    expect(screen.queryByTestId('poll-edit-form')).toBeNull(); // closed once saved
  });

  it('offers no edit once the poll has opened, and shows why when the server refuses', async () => {
    card({ ...draft, status: 'open' });
    expect(screen.queryByTestId('edit-poll')).toBeNull();
    cleanup();
    card(draft, vi.fn().mockRejectedValue(new Error('poll_not_draft')));
    fireEvent.click(screen.getByTestId('edit-poll'));
    await act(async () => { fireEvent.click(screen.getByTestId('save-poll')); });
    expect(screen.getByRole('alert').textContent).toBe('Only a draft poll can be edited. Reset it first (its votes are cleared).');
    expect(screen.getByTestId('poll-edit-form')).toBeTruthy();
  });

  it('duplicates at once and deletes only after asking', () => {
    const invoke = card(draft);
    fireEvent.click(screen.getByTestId('duplicate-poll'));
    expect(invoke).toHaveBeenCalledWith('DuplicatePoll', 'p2');
    fireEvent.click(screen.getByTestId('delete-poll'));
    expect(invoke).not.toHaveBeenCalledWith('DeletePoll', 'p2');
    expect(screen.getByRole('alertdialog').textContent).toContain('its results stay in the export');
    fireEvent.click(screen.getByTestId('cancel-delete-poll'));
    fireEvent.click(screen.getByTestId('delete-poll'));
    fireEvent.click(screen.getByTestId('confirm-delete-poll'));
    expect(invoke).toHaveBeenCalledWith('DeletePoll', 'p2');
  });
});
