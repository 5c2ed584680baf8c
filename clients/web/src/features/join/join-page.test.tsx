import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import i18n from '../../i18n';
import { JoinPage } from './join-page';

afterEach(async () => { cleanup(); vi.unstubAllGlobals(); await i18n.changeLanguage('en'); });
const open = (path: string) => render(<MemoryRouter initialEntries={[path]}><Routes><Route path="/j/:code" element={<JoinPage />} /></Routes></MemoryRouter>);

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
});
