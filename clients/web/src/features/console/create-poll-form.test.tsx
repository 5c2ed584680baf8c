import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { CreatePollForm } from './create-poll-form';

afterEach(cleanup);

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('CreatePollForm', () => {
  it('starts with two options, adds up to 12 and removes down to 2', () => {
    render(<CreatePollForm onCreate={vi.fn()} />);
    expect(screen.getByTestId('poll-option-1')).toBeTruthy();
    expect(screen.queryByTestId('poll-option-2')).toBeNull();
    expect(screen.queryByTestId('remove-option-0')).toBeNull();
    for (let i = 0; i < 10; i++) fireEvent.click(screen.getByTestId('add-option'));
    expect(screen.getByTestId('poll-option-11')).toBeTruthy();
    expect(screen.queryByTestId('add-option')).toBeNull();
    for (let i = 0; i < 10; i++) fireEvent.click(screen.getByTestId('remove-option-0'));
    expect(screen.queryByTestId('poll-option-2')).toBeNull();
    expect(screen.queryByTestId('remove-option-0')).toBeNull();
  });

  it('asks for max selections only for multiple choice; defaults allow-change on, show-results off', () => {
    render(<CreatePollForm onCreate={vi.fn()} />);
    expect(screen.queryByTestId('poll-max')).toBeNull();
    expect((screen.getByTestId('poll-allow-change') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('poll-show-results') as HTMLInputElement).checked).toBe(false);
    type('poll-kind', 'multiple');
    expect(screen.getByTestId('poll-max')).toBeTruthy();
  });

  it('shows a translated client-side error and sends nothing', () => {
    const onCreate = vi.fn();
    render(<CreatePollForm onCreate={onCreate} />);
    type('poll-question', 'Lunch?');
    type('poll-option-0', 'Noodles');
    type('poll-option-1', 'noodles ');
    fireEvent.click(screen.getByTestId('create-poll'));
    expect(screen.getByTestId('error').textContent).toBe('Two options are the same.');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('sends the hub PollDraft and shows the server error translated', async () => {
    const onCreate = vi.fn().mockRejectedValue(new Error("An unexpected error occurred invoking 'CreatePoll' on the server. HubException: invalid_max_selections"));
    render(<CreatePollForm onCreate={onCreate} />);
    type('poll-question', 'Which colours?');
    type('poll-kind', 'multiple');
    type('poll-option-0', 'Red');
    type('poll-option-1', 'Blue');
    fireEvent.click(screen.getByTestId('poll-show-results'));
    fireEvent.click(screen.getByTestId('create-poll'));
    expect(onCreate).toHaveBeenCalledWith({
      question: 'Which colours?', kind: 'multiple', options: ['Red', 'Blue'], maxSelections: 2,
      allowVoteChange: true, showResultsToAttendees: true,
    });
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe('The maximum number of selections is out of range.'));
    expect((screen.getByTestId('poll-question') as HTMLInputElement).value).toBe('Which colours?');
  });
});
