import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { PollCard } from './poll-card';
import { PollsExport } from './polls-export';

const poll: PollView = {
  id: 'p2', kind: 'rating', question: '评分', maxSelections: 1, allowVoteChange: true, variant: 'nps',
  showResultsToAttendees: false, status: 'closed', options: [],
};

/** Stubs fetch and the download link; returns the fetch mock and the file names "downloaded". */
function stubDownloads(response = () => new Response('"a"\r\n', { status: 200 })) {
  const fetchMock = vi.fn(async () => response());
  vi.stubGlobal('fetch', fetchMock);
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() });
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push(this.download); });
  return { fetchMock, saved };
}

afterEach(async () => { cleanup(); vi.unstubAllGlobals(); vi.restoreAllMocks(); await i18n.changeLanguage('en'); });

describe('poll downloads (CSV and Excel)', () => {
  it('a poll card downloads its results and responses with the host key in a header, never in the URL', async () => {
    const { fetchMock, saved } = stubDownloads();
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    fireEvent.click(screen.getByTestId('export-poll-results'));
    await waitFor(() => expect(saved).toEqual(['poll-p2-results-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/polls/p2/results.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-poll-responses'));
    await waitFor(() => expect(saved).toEqual(['poll-p2-results-482913.csv', 'poll-p2-responses-482913.csv']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/polls/p2/responses.csv', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('a poll card offers both tables as Excel workbooks too', async () => {
    const { fetchMock, saved } = stubDownloads();
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    fireEvent.click(screen.getByTestId('export-poll-results-xlsx'));
    await waitFor(() => expect(saved).toEqual(['poll-p2-results-482913.xlsx']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/polls/p2/results.xlsx', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-poll-responses-xlsx'));
    await waitFor(() => expect(saved).toEqual(['poll-p2-results-482913.xlsx', 'poll-p2-responses-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/polls/p2/responses.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('shows a refused download as a translated error on the card', async () => {
    stubDownloads(() => new Response(JSON.stringify({ code: 'poll_not_found' }), { status: 404 }));
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    fireEvent.click(screen.getByTestId('export-poll-responses'));
    expect((await screen.findByRole('alert')).textContent).toBe('This poll no longer exists.');
  });

  it('the polls tab downloads every poll in one file', async () => {
    const { fetchMock, saved } = stubDownloads();
    render(<PollsExport code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-polls'));
    await waitFor(() => expect(saved).toEqual(['polls-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/polls.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-polls-xlsx'));
    await waitFor(() => expect(saved).toEqual(['polls-482913.csv', 'polls-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/polls.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('labels the downloads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<PollCard code="482913" version={1} hostKey="h.k" poll={poll} results={undefined} onScreen={false} connected={0} invoke={vi.fn()} />);
    expect(screen.getByTestId('export-poll-results').textContent).toBe('结果（CSV）');
    expect(screen.getByTestId('export-poll-responses').textContent).toBe('作答明细（CSV）');
    expect(screen.getByTestId('export-poll-results-xlsx').textContent).toBe('Excel');
    expect(screen.getByTestId('export-poll-results-xlsx').title).toContain('工作簿');
  });
});
