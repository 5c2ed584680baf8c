import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import i18n from '../../i18n';
import { emptySnapshot } from '@live/shared/realtime/reducer';
import { storage } from '../../api/storage';
import { fakeLive } from '../../realtime/fake-live';
import { useLive } from '../../realtime/use-live';
import { AttendeePage } from '../attendee/attendee-page';
import { JoinPage } from './join-page';

vi.mock('../../realtime/use-live', () => ({ useLive: vi.fn() }));

afterEach(async () => { cleanup(); vi.unstubAllGlobals(); localStorage.clear(); vi.mocked(useLive).mockReset(); await i18n.changeLanguage('en'); });
const open = (path: string) => render(
  <MemoryRouter initialEntries={[path]}>
    <Routes><Route path="/j/:code" element={<JoinPage />} /><Route path="/s/:code" element={<AttendeePage />} /></Routes>
  </MemoryRouter>,
);
const session = { code: '482913', title: 'Summit', version: 1, language: null, screen: { view: 'join' as const, pollId: null }, polls: [] };
const sessionInfo = () => new Response(JSON.stringify({ code: '482913', title: 'Summit', joinUrl: 'http://x/j/482913' }), { status: 200 });

describe('JoinPage', () => {
  it('says a six-digit code has no session instead of loading forever, and offers to type another', async () => {
    await i18n.changeLanguage('zh-CN');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'session_not_found' }), { status: 404 })));
    open('/j/000000');
    expect((await screen.findByTestId('join-not-found')).textContent).toContain('找不到该参与码对应的会议');
    expect(document.body.textContent).not.toContain('加载中');
    expect(screen.queryByTestId('join-onsite')).toBeNull();
    expect(screen.getByTestId('join-other-code').getAttribute('href')).toBe('/join');
  });

  it('says a code must have six digits without asking the server', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    open('/j/12ab');
    expect((await screen.findByTestId('join-not-found')).textContent).toContain('A join code has 6 digits.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a phone that already joined this session straight back to it on a re-scan, keeping ?tab=checkin', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => sessionInfo()));
    storage.setAttendee('482913', { attendeeToken: 'a.t', nickname: 'Wang', mode: 'onsite' });
    vi.mocked(useLive).mockImplementation(() => fakeLive({ role: 'attendee', snapshot: { ...emptySnapshot, session } }));
    open('/j/482913?tab=checkin');
    expect(screen.queryByTestId('join-onsite')).toBeNull();
    expect(screen.getByTestId('checkin-tab').getAttribute('aria-selected')).toBe('true');
    expect(vi.mocked(useLive)).toHaveBeenLastCalledWith('a.t');
  });

  it('forgets a stored join the server refuses, and asks again instead of bouncing between the pages', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => sessionInfo()));
    storage.setAttendee('482913', { attendeeToken: 'a.stale', nickname: 'Wang', mode: 'onsite' });
    vi.mocked(useLive).mockImplementation(token => fakeLive({ role: 'attendee', refused: token === 'a.stale', snapshot: { ...emptySnapshot, session } }));
    open('/j/482913');
    expect(await screen.findByTestId('join-onsite')).toBeTruthy();
    expect(storage.attendee('482913')).toBeNull();
    expect((screen.getByTestId('nickname') as HTMLInputElement).value).toBe('');
  });

  it('offers the choice to a phone that joined another session only', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => sessionInfo()));
    storage.setAttendee('111111', { attendeeToken: 'a.other', nickname: null, mode: 'online' });
    open('/j/482913');
    expect(await screen.findByTestId('join-onsite')).toBeTruthy();
    expect(vi.mocked(useLive)).not.toHaveBeenCalled();
  });
});
