import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import i18n from '../../i18n';
import { emptySnapshot } from '@live/shared/realtime/reducer';
import type { SessionView } from '@live/shared/realtime/types';
import { useLive, type Live } from '../../realtime/use-live';
import { view as checkinView } from '../checkin/test-data';
import { qnaView, question } from '../qna/test-data';
import { ConsolePage } from './console-page';
import { fakeLive } from '../../realtime/fake-live';

vi.mock('../../realtime/use-live', () => ({ useLive: vi.fn() }));
vi.mock('../../api/sessions', () => ({ sessionsApi: { get: vi.fn(() => new Promise(() => { /* never: keep the local guess */ })) } }));

const session: SessionView = { code: '482913', title: 'Summit', version: 1, language: null, screen: { view: 'join', pollId: null }, polls: [] };
const snapshot = { ...emptySnapshot, session, qna: qnaView([question('q1', { state: 'pending' })]), checkins: checkinView() };

function Where() {
  const location = useLocation();
  return <span data-testid="where">{location.pathname + location.search + location.hash}</span>;
}

function open(live: Live, at = '/console/482913#key=h1') {
  vi.mocked(useLive).mockImplementation(() => live);
  return render(
    <MemoryRouter initialEntries={[at]}>
      <Routes>
        <Route path="/console/:code" element={<><ConsolePage /><Where /></>} />
        <Route path="/" element={<p data-testid="home">home</p>} />
      </Routes>
    </MemoryRouter>,
  );
}
const calls = (live: Live, method: string) => vi.mocked(live.invoke).mock.calls.filter(c => c[0] === method);

beforeEach(() => sessionStorage.clear());
afterEach(() => { cleanup(); vi.mocked(useLive).mockReset(); });

describe('ConsolePage for a moderator', () => {
  it('shows only Q&A moderation, the check-in desk and the tables, says "Moderator", and offers nothing the host alone may do', async () => {
    const live = fakeLive({ role: 'moderator', snapshot });
    open(live, '/console/482913#key=m1');
    expect(screen.getByTestId('moderator-badge').textContent).toBe('Moderator');
    expect(screen.getByTestId('console-qna-tab').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('console-checkin-tab')).toBeTruthy();
    for (const hidden of ['console-polls-tab', 'console-draw-tab', 'console-links-tab', 'show-qna-on-screen', 'screen-link']) {
      expect(screen.queryByTestId(hidden)).toBeNull();
    }
    // Q&A: the queue, bans and clearing 弹幕 stay; settings and exports go.
    expect(screen.getByTestId('bulk-approve')).toBeTruthy();
    expect(screen.getByTestId('clear-comments')).toBeTruthy();
    for (const hidden of ['setting-review-first', 'blocklist-save', 'reaction-set-save', 'export-csv', 'export-log']) {
      expect(screen.queryByTestId(hidden)).toBeNull();
    }
    fireEvent.click(screen.getByTestId('console-checkin-tab'));
    expect(screen.getByTestId('roster-search')).toBeTruthy();
    expect(screen.getByTestId('checkin-arrived').textContent).toBe('12');
    for (const hidden of ['setting-allow-walkins', 'roster-file', 'export-checkins', 'show-checkin-on-screen']) {
      expect(screen.queryByTestId(hidden)).toBeNull();
    }
    // Tables: the list, read only.
    fireEvent.click(screen.getByTestId('console-groups-tab'));
    expect(screen.getByTestId('console-groups').dataset.readOnly).toBe('true');
    for (const hidden of ['groups-form', 'form-groups', 'end-groups', 'show-groups-on-screen']) expect(screen.queryByTestId(hidden)).toBeNull();
    await act(async () => { await Promise.resolve(); });
    expect(calls(live, 'GetAccessLinks')).toHaveLength(0);
  });

  it('shows no tab at all until GetState says which role the key has', () => {
    open(fakeLive({ role: null }));
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByTestId('moderator-badge')).toBeNull();
  });
});

describe('ConsolePage for the host', () => {
  it('has every tab and takes the big-screen link from GetAccessLinks (so a reload still has it)', async () => {
    const live = fakeLive({ snapshot });
    open(live);
    expect(screen.getAllByRole('tab').map(tab => tab.dataset.testid)).toEqual(
      ['console-polls-tab', 'console-qna-tab', 'console-checkin-tab', 'console-draw-tab', 'console-groups-tab', 'console-quiz-tab', 'console-survey-tab', 'console-agenda-tab', 'console-links-tab']);
    await waitFor(() => expect(screen.getByTestId('screen-link').getAttribute('href')).toBe('/screen/482913#key=s1'));
    expect(screen.queryByTestId('moderator-badge')).toBeNull();
  });

  it('keeps the open tab in the address, so a reload comes back to it, and leaves the key fragment as it is', () => {
    const live = fakeLive({ snapshot });
    const selected = () => screen.getAllByRole('tab').filter(tab => tab.getAttribute('aria-selected') === 'true').map(tab => tab.dataset.testid);
    open(live);
    expect(selected()).toEqual(['console-polls-tab']);
    fireEvent.click(screen.getByTestId('console-qna-tab'));
    expect(screen.getByTestId('where').textContent).toBe('/console/482913?tab=qna#key=h1');
    cleanup();
    open(live, '/console/482913?tab=agenda#key=h1'); // the reload
    expect(selected()).toEqual(['console-agenda-tab']);
    expect(screen.getByTestId('console-agenda')).toBeTruthy();
    cleanup();
    open(live, '/console/482913?tab=groups#key=h1');
    expect(selected()).toEqual(['console-groups-tab']);
    expect(screen.getByTestId('console-groups')).toBeTruthy();
    cleanup();
    open(live, '/console/482913?tab=settings#key=h1'); // no such tab
    expect(selected()).toEqual(['console-polls-tab']);
    cleanup();
    open(fakeLive({ role: 'moderator', snapshot }), '/console/482913?tab=checkin#key=m1');
    expect(selected()).toEqual(['console-checkin-tab']);
    cleanup();
    open(fakeLive({ role: 'moderator', snapshot }), '/console/482913?tab=draw#key=m1'); // not a moderator's tab
    expect(selected()).toEqual(['console-qna-tab']);
  });

  it('lists the links with copy buttons; replacing the screen link updates it without leaving the page', async () => {
    const live = fakeLive({ snapshot });
    open(live);
    fireEvent.click(screen.getByTestId('console-links-tab'));
    await waitFor(() => expect(screen.getByTestId('link-moderator-url').textContent).toBe('http://192.168.1.20:5080/console/482913#key=m1'));
    expect(screen.getByTestId('link-join-url').textContent).toBe('http://192.168.1.20:5080/j/482913');
    for (const id of ['join', 'screen', 'moderator', 'host']) expect(screen.getByTestId(`copy-${id}`)).toBeTruthy();
    expect(screen.getByTestId('open-screen').getAttribute('target')).toBe('_blank');
    expect(screen.getByTestId('open-screen').getAttribute('href')).toBe('/screen/482913#key=s1');
    expect(screen.queryByTestId('replace-join')).toBeNull();

    fireEvent.click(screen.getByTestId('replace-screen'));
    expect(screen.getByRole('alertdialog').textContent).toContain('disconnected at once');
    expect(calls(live, 'RotateKey')).toHaveLength(0);
    await act(async () => { fireEvent.click(screen.getByTestId('confirm-replace-screen')); });
    expect(calls(live, 'RotateKey')).toEqual([['RotateKey', 'screen']]);
    expect(screen.getByTestId('link-screen-url').textContent).toBe('http://192.168.1.20:5080/screen/482913#key=s2');
    expect(screen.getByTestId('screen-link').getAttribute('href')).toBe('/screen/482913#key=s2');
    expect(screen.getByTestId('replaced-screen')).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/console/482913?tab=links#key=h1');
  });

  it('cancelling the confirm replaces nothing', async () => {
    const live = fakeLive({ snapshot });
    open(live);
    fireEvent.click(screen.getByTestId('console-links-tab'));
    await waitFor(() => screen.getByTestId('replace-moderator'));
    fireEvent.click(screen.getByTestId('replace-moderator'));
    fireEvent.click(screen.getByTestId('cancel-replace-moderator'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls(live, 'RotateKey')).toHaveLength(0);
  });

  it('replacing its own host link moves this console to the new link, remembers the key and reconnects with it', async () => {
    const live = fakeLive({ snapshot });
    open(live);
    fireEvent.click(screen.getByTestId('console-links-tab'));
    await waitFor(() => screen.getByTestId('replace-host'));
    fireEvent.click(screen.getByTestId('replace-host'));
    await act(async () => { fireEvent.click(screen.getByTestId('confirm-replace-host')); });
    expect(calls(live, 'RotateKey')).toEqual([['RotateKey', 'host']]);
    expect(screen.getByTestId('where').textContent).toBe('/console/482913?tab=links#key=h2');
    expect(sessionStorage.getItem('live.host.482913')).toBe('h2');
    expect(vi.mocked(useLive).mock.calls.at(-1)?.[0]).toBe('h2');
  });

  it('deletes the session only after the code is typed, then goes home', async () => {
    const live = fakeLive({ snapshot });
    open(live);
    fireEvent.click(screen.getByTestId('console-links-tab'));
    const button = screen.getByTestId('delete-session') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('delete-confirm-code'), { target: { value: '482912' } });
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(calls(live, 'DeleteSession')).toHaveLength(0);
    fireEvent.change(screen.getByTestId('delete-confirm-code'), { target: { value: ' 482913 ' } });
    expect(button.disabled).toBe(false);
    await act(async () => { fireEvent.click(button); });
    expect(calls(live, 'DeleteSession')).toEqual([['DeleteSession']]);
    expect(screen.getByTestId('home')).toBeTruthy();
  });

  it('stays on the page and shows the error when DeleteSession fails', async () => {
    const live = fakeLive({ snapshot }, { DeleteSession: 'forbidden' });
    open(live);
    fireEvent.click(screen.getByTestId('console-links-tab'));
    fireEvent.change(screen.getByTestId('delete-confirm-code'), { target: { value: '482913' } });
    await act(async () => { fireEvent.click(screen.getByTestId('delete-session')); });
    expect(screen.getByRole('alert').dataset.code).toBe('forbidden');
    expect(screen.queryByTestId('home')).toBeNull();
  });
});

describe('ConsolePage when the server ends the link', () => {
  it.each([
    [{ ended: 'revoked' as const }, 'revoked', 'This link has been replaced. Ask the host for the new link.'],
    [{ refused: true }, 'revoked', 'This link has been replaced. Ask the host for the new link.'],
    [{ ended: 'deleted' as const }, 'deleted', 'This session has been deleted.'],
  ])('%o shows the %s message over the whole page', async (over, reason, text) => {
    open(fakeLive({ snapshot, ...over }));
    expect((await screen.findByTestId('ended')).dataset.reason).toBe(reason);
    expect(screen.getByTestId('ended').textContent).toBe(text);
    expect(screen.queryByRole('tab')).toBeNull();
  });

  it('a mistyped key says the key is not valid, not that the link was replaced', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.startsWith('/hubs/live/negotiate')
      ? new Response(JSON.stringify({ code: 'unauthorized' }), { status: 401 })
      : new Response(JSON.stringify({ code: '482913', title: 'Summit', joinUrl: 'x' }), { status: 200 }))));
    try {
      open(fakeLive({ snapshot, refused: true }), '/console/482913#key=h1-typo');
      expect((await screen.findByTestId('ended')).dataset.reason).toBe('invalid');
      expect(screen.getByTestId('ended').textContent).toBe("This link's key is not valid — check the link or ask the host for a new one.");
      expect(vi.mocked(fetch).mock.calls[0][1]).toMatchObject({ headers: { Authorization: 'Bearer h1-typo' } });
      cleanup();
      await i18n.changeLanguage('zh-CN');
      open(fakeLive({ snapshot, refused: true }), '/console/482913#key=h1-typo');
      expect((await screen.findByTestId('ended')).textContent).toBe('此链接中的密钥无效，请检查链接，或向主持人索取新链接。');
    } finally {
      vi.unstubAllGlobals();
      await i18n.changeLanguage('en');
    }
  });

  it('a refused key whose session code no longer exists says deleted, not replaced', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'session_not_found' }), { status: 404 })));
    try {
      open(fakeLive({ snapshot, refused: true }));
      expect((await screen.findByTestId('ended')).dataset.reason).toBe('deleted');
      expect(vi.mocked(fetch)).toHaveBeenCalledWith('/api/sessions/482913');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
