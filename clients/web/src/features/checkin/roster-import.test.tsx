import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import type { ImportReport } from '@live/shared/realtime/types';
import { CheckInExport } from './checkin-export';
import { RosterImport, shownBadRows } from './roster-import';
import { xlsxType } from './roster-file';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); vi.restoreAllMocks(); });
const report = (over: Partial<ImportReport> = {}): ImportReport =>
  ({ rows: 31, added: 28, updated: 1, unchanged: 0, invited: 29, errors: [{ line: 7, code: 'invalid_phone' }, { line: 12, code: 'name_required' }], ...over });
const pick = (file: File) => fireEvent.change(screen.getByTestId('roster-file'), { target: { files: [file] } });
const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('RosterImport', () => {
  it('uploads the file with its type and shows the report, bad rows by line', async () => {
    const fetchMock = vi.fn(async () => answer(report()));
    vi.stubGlobal('fetch', fetchMock);
    render(<RosterImport code="482913" hostKey="h.k" />);
    const input = screen.getByTestId('roster-file') as HTMLInputElement;
    expect(input.accept).toContain('.csv');
    expect(input.accept).toContain('.xlsx');
    const file = new File(['x'], '嘉宾名单.xlsx');
    pick(file);
    const shown = await screen.findByTestId('import-report');
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/roster', {
      method: 'POST', headers: { Authorization: 'Bearer h.k', 'Content-Type': xlsxType }, body: file,
    });
    expect(shown.textContent).toContain('Imported 嘉宾名单.xlsx');
    expect(screen.getByTestId('import-added').textContent).toBe('28');
    expect(screen.getByTestId('import-updated').textContent).toBe('1');
    expect(screen.getByTestId('import-unchanged').textContent).toBe('0');
    expect(screen.getByTestId('import-invited').textContent).toBe('29');
    expect(screen.getByTestId('import-error-7').textContent).toBe('line 7: not a phone number (a mobile has 11 digits starting with 1; outside China, + and 7–15 digits)');
    expect(screen.getByTestId('import-error-12').textContent).toBe('line 12: the name is missing');
    expect(shown.textContent).toContain('2 rows skipped:');
  });

  it('refuses a file that is not CSV or XLSX without uploading it', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    render(<RosterImport code="482913" hostKey="h.k" />);
    pick(new File(['x'], 'guests.xls', { type: 'application/vnd.ms-excel' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a CSV or Excel (.xlsx) file.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('translates a whole-file problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => answer({ code: 'missing_columns' }, 400)));
    render(<RosterImport code="482913" hostKey="h.k" />);
    pick(new File(['a,b\n'], 'guests.csv'));
    await waitFor(() => expect(screen.getByRole('alert').dataset.code).toBe('missing_columns'));
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('lists the first bad rows and counts the rest', async () => {
    const errors = Array.from({ length: shownBadRows + 5 }, (_, i) => ({ line: i + 2, code: 'duplicate_in_file' }));
    vi.stubGlobal('fetch', vi.fn(async () => answer(report({ errors }))));
    render(<RosterImport code="482913" hostKey="h.k" />);
    pick(new File(['x'], 'guests.csv'));
    await screen.findByTestId('import-report');
    expect(document.querySelectorAll('[data-testid^="import-error-"]')).toHaveLength(shownBadRows);
    expect(screen.getByText('…and 5 more')).toBeTruthy();
  });
});

describe('CheckInExport', () => {
  it('downloads checkins.csv, and beside it checkins.xlsx, with the host key in a header', async () => {
    const fetchMock = vi.fn(async () => new Response('name,phone\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:csv'), revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { clicked.push(this.download); });
    render(<CheckInExport code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-checkins'));
    await waitFor(() => expect(clicked).toEqual(['checkins-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/checkins.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-checkins-xlsx'));
    await waitFor(() => expect(clicked).toEqual(['checkins-482913.csv', 'checkins-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/checkins.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });
});
