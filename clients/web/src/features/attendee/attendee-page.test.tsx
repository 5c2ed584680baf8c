import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { emptySnapshot } from '@live/shared/realtime/reducer';
import type { SessionView } from '@live/shared/realtime/types';
import { storage } from '../../api/storage';
import { useLive } from '../../realtime/use-live';
import { fakeLive } from '../../realtime/fake-live';
import { AttendeePage } from './attendee-page';

vi.mock('../../realtime/use-live', () => ({ useLive: vi.fn() }));

const session: SessionView = {
  code: '482913', title: 'Summit', version: 1, language: null, screen: { view: 'join', pollId: null },
  polls: [{ id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true, checkedInOnly: true,
    showResultsToAttendees: false, status: 'open', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }] }],
};

function open(over: Parameters<typeof fakeLive>[0]) {
  storage.setAttendee('482913', { attendeeToken: 'a.t', nickname: null, mode: 'online' });
  const live = fakeLive({ role: 'attendee', snapshot: { ...emptySnapshot, session }, ...over });
  vi.mocked(useLive).mockImplementation(() => live);
  render(
    <MemoryRouter initialEntries={['/s/482913']}>
      <Routes>
        <Route path="/s/:code" element={<AttendeePage />} />
        <Route path="/j/:code" element={<p data-testid="rejoin">join</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return live;
}

afterEach(() => { cleanup(); localStorage.clear(); vi.mocked(useLive).mockReset(); });

describe('AttendeePage', () => {
  it("shows this phone's table above the tabs while tables are on", () => {
    open({ myTable: { round: 1, table: 12, mates: [{ name: 'Li Na', company: null, facilitator: false }] } });
    expect(screen.getByTestId('my-table-number').textContent).toBe('You are at Table 12');
    cleanup();
    open({ myTable: { round: 1, table: null, mates: [] } });
    expect(screen.queryByTestId('my-table')).toBeNull();
    expect(screen.getByTestId('polls-tab')).toBeTruthy();
  });

  it('says the session was deleted instead of trying to rejoin it', () => {
    open({ ended: 'deleted' });
    expect(screen.getByTestId('ended').textContent).toBe('This session has been deleted.');
    expect(screen.queryByTestId('rejoin')).toBeNull();
  });

  it('a vote refused with checkin_required leads an online viewer to the check-in tab', async () => {
    const live = open({});
    vi.mocked(live.invoke).mockRejectedValue(new Error('HubException: checkin_required'));
    expect(screen.queryByTestId('checkin-tab')).toBeNull();
    fireEvent.click(screen.getByTestId('vote-option-0'));
    await act(async () => { fireEvent.click(screen.getByTestId('submit-vote')); });
    fireEvent.click(screen.getByTestId('go-checkin'));
    expect(screen.getByTestId('checkin-tab').getAttribute('aria-selected')).toBe('true');
  });
});
