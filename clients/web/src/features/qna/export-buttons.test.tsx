import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { ExportButtons } from './export-buttons';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); vi.restoreAllMocks(); });

describe('ExportButtons', () => {
  it('downloads the questions CSV with the host key in a header', async () => {
    const fetchMock = vi.fn(async () => new Response('id,text\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    render(<ExportButtons code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(clicked).toEqual(['questions-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/questions.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-log'));
    await waitFor(() => expect(clicked).toEqual(['questions-482913.csv', 'moderation-log-482913.csv']));
  });

  it('offers each download as an Excel workbook beside its CSV', async () => {
    const fetchMock = vi.fn(async () => new Response('PK', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:xlsx'), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    render(<ExportButtons code="482913" hostKey="h.k" />);
    const excel = screen.getByTestId('export-csv-xlsx');
    expect(excel.textContent).toBe('Excel');
    expect(excel.getAttribute('aria-describedby')).toBe(screen.getByTestId('export-csv').id); // "Download questions (CSV)"
    fireEvent.click(excel);
    await waitFor(() => expect(clicked).toEqual(['questions-482913.xlsx']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/questions.xlsx', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-log-xlsx'));
    await waitFor(() => expect(clicked).toEqual(['questions-482913.xlsx', 'moderation-log-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/moderation-log.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('shows a refused export as a translated error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify({ code: 'unauthorized' }), { status: 401 })));
    render(<ExportButtons code="482913" hostKey="bad" />);
    fireEvent.click(screen.getByTestId('export-csv'));
    expect((await screen.findByRole('alert')).textContent).toBe('This link is not valid. Ask the host for a new one.');
  });
});
