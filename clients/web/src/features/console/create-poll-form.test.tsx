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
    expect(screen.queryByTestId('poll-results-timing')).toBeNull(); // only when results are shared
    fireEvent.click(screen.getByTestId('poll-show-results'));
    expect((screen.getByTestId('poll-results-timing') as HTMLSelectElement).value).toBe('afterVoting');
    fireEvent.click(screen.getByTestId('create-poll'));
    expect(onCreate).toHaveBeenCalledWith({
      question: 'Which colours?', kind: 'multiple', options: ['Red', 'Blue'], maxSelections: 2, variant: null,
      allowVoteChange: true, showResultsToAttendees: true, attendeeResults: 'afterVoting',
    });
    await waitFor(() => expect(screen.getByTestId('error').textContent).toBe('The number of choices (or words per attendee) is out of range.'));
    expect((screen.getByTestId('poll-question') as HTMLInputElement).value).toBe('Which colours?');
    type('poll-results-timing', 'whenClosed');
    fireEvent.click(screen.getByTestId('create-poll'));
    await waitFor(() => expect(onCreate).toHaveBeenLastCalledWith(expect.objectContaining({ attendeeResults: 'whenClosed' })));
  });

  it('offers every kind, each with its own fields', () => {
    render(<CreatePollForm onCreate={vi.fn()} />);
    const kinds = [...(screen.getByTestId('poll-kind') as HTMLSelectElement).options].map(o => o.textContent);
    expect(kinds).toEqual(['Single choice', 'Multiple choice', 'Rating', 'Ranking', 'Word cloud', 'Open text']);
    type('poll-kind', 'rating');
    expect((screen.getByTestId('poll-variant') as HTMLSelectElement).value).toBe('stars5');
    expect(screen.queryByTestId('poll-option-0')).toBeNull(); // no statements: one overall rating
    fireEvent.click(screen.getByTestId('add-option'));
    expect(screen.getByTestId('poll-option-0').getAttribute('placeholder')).toBe('Statement 1');
    type('poll-kind', 'wordcloud');
    expect((screen.getByTestId('poll-max') as HTMLInputElement).value).toBe('3');
    expect(screen.queryByTestId('poll-option-0')).toBeNull();
    type('poll-kind', 'ranking');
    for (let i = 0; i < 8; i++) fireEvent.click(screen.getByTestId('add-option'));
    expect(screen.getByTestId('poll-option-9')).toBeTruthy();
    expect(screen.queryByTestId('add-option')).toBeNull(); // ranking stops at 10
  });

  it('sends a rating draft with its scale and statements', async () => {
    const onCreate = vi.fn().mockResolvedValue({});
    render(<CreatePollForm onCreate={onCreate} />);
    type('poll-question', '今天的活动怎么样？');
    type('poll-kind', 'rating');
    type('poll-variant', 'nps');
    fireEvent.click(screen.getByTestId('add-option'));
    type('poll-option-0', '内容');
    fireEvent.click(screen.getByTestId('create-poll'));
    await waitFor(() => expect(onCreate).toHaveBeenCalledWith({
      question: '今天的活动怎么样？', kind: 'rating', options: ['内容'], maxSelections: null, variant: 'nps',
      allowVoteChange: true, showResultsToAttendees: false,
    }));
  });

  it('checks a word cloud draft on the client, translated', () => {
    const onCreate = vi.fn();
    render(<CreatePollForm onCreate={onCreate} />);
    type('poll-question', 'One word for today?');
    type('poll-kind', 'wordcloud');
    type('poll-max', '9');
    fireEvent.click(screen.getByTestId('create-poll'));
    expect(screen.getByTestId('error').dataset.code).toBe('invalid_max_selections');
    expect(onCreate).not.toHaveBeenCalled();
  });
});
