import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { AttendeePoll } from './attendee-poll';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true, checkedInOnly: true,
  showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }],
};
const refused = (code: string) => vi.fn().mockRejectedValue(new Error(`An unexpected error occurred invoking 'Vote' on the server. HubException: ${code}`));

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

async function voteFor(option: number) {
  fireEvent.click(screen.getByTestId(`vote-option-${option}`));
  await act(async () => { fireEvent.click(screen.getByTestId('submit-vote')); });
}

describe('a checked-in-only poll on the phone', () => {
  it('refused with checkin_required: says why and offers the check-in tab', async () => {
    const onCheckIn = vi.fn();
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={refused('checkin_required')} onAck={vi.fn()} onCheckIn={onCheckIn} />);
    await voteFor(1);
    expect(screen.getByRole('alert').textContent).toBe('Only checked-in guests can vote in this poll. Please check in first.');
    fireEvent.click(screen.getByTestId('go-checkin'));
    expect(onCheckIn).toHaveBeenCalledTimes(1);
  });

  it('in Chinese too', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={refused('checkin_required')} onAck={vi.fn()} onCheckIn={vi.fn()} />);
    await voteFor(0);
    expect(screen.getByRole('alert').textContent).toBe('此投票仅限已签到的来宾参与，请先签到。');
    expect(screen.getByTestId('go-checkin').textContent).toBe('去签到');
  });

  it('other refusals offer no check-in link; rate_limited reads friendly', async () => {
    render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={refused('rate_limited')} onAck={vi.fn()} onCheckIn={vi.fn()} />);
    await voteFor(1);
    expect(screen.getByRole('alert').textContent).toBe('Slow down a moment and try again.');
    expect(screen.queryByTestId('go-checkin')).toBeNull();
  });
});
