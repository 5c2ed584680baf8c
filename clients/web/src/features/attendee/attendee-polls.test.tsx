import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import type { PollView, SessionView } from '@live/shared/realtime/types';
import { answerOf } from '../../realtime/ballots';
import { AttendeePolls } from './attendee-polls';

const poll = (id: string, status: PollView['status'], question = id): PollView => ({
  id, kind: 'multiple', question, options: [{ id: 0, text: 'Red' }, { id: 1, text: 'Blue' }, { id: 2, text: 'Green' }],
  maxSelections: 2, allowVoteChange: true, showResultsToAttendees: false, status,
});
const session = (polls: PollView[]): SessionView => ({ code: '123456', title: 'Summit', version: 1, language: null, screen: { view: 'join', pollId: null }, polls });
const props = { results: {}, vote: vi.fn(), onAck: vi.fn() };

afterEach(cleanup);

describe('AttendeePolls', () => {
  it('shows a waiting message when no poll is open', () => {
    render(<AttendeePolls {...props} session={session([poll('d', 'draft'), poll('c', 'closed')])} ballots={{}} />);
    expect(screen.getByTestId('attendee-waiting').textContent).toBe('Waiting for the host to open a poll…');
    expect(screen.queryByTestId('attendee-poll-d')).toBeNull();
  });

  it('lists open polls newest first, keeps a closed poll this device voted in, never a draft', () => {
    const { container } = render(<AttendeePolls {...props}
      session={session([poll('old', 'open'), poll('voted', 'closed'), poll('draft', 'draft'), poll('new', 'open'), poll('other', 'closed')])}
      ballots={{ voted: answerOf({ optionIds: [0, 2] }) }} />);
    const shown = [...container.querySelectorAll('[data-testid^="attendee-poll-"]')].map(e => e.getAttribute('data-testid'));
    expect(shown).toEqual(['attendee-poll-new', 'attendee-poll-voted', 'attendee-poll-old']);
    expect(screen.queryByTestId('attendee-waiting')).toBeNull();
  });

  it('shows the multiple-choice hint and the restored ballot of a closed poll', () => {
    render(<AttendeePolls {...props} session={session([poll('voted', 'closed')])} ballots={{ voted: answerOf({ optionIds: [0, 2] }) }} />);
    expect(screen.getByText('Choose up to 2')).toBeTruthy();
    expect(screen.getByTestId('vote-option-0').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('vote-option-1').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('vote-received').textContent).toBe('Vote received ✓');
    expect(screen.getByText('Voting has closed.')).toBeTruthy();
  });

  it('renders user text as text, not HTML', () => {
    const { container } = render(<AttendeePolls {...props} session={session([poll('x', 'open', '<img src=x onerror=alert(1)>')])} ballots={{}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
