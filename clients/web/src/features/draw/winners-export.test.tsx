import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { WinnersExport } from './winners-export';

afterEach(async () => { cleanup(); vi.unstubAllGlobals(); vi.restoreAllMocks(); await i18n.changeLanguage('en'); });

describe('WinnersExport', () => {
  it('downloads winners.csv and winners.xlsx with the host key in a header', async () => {
    const fetchMock = vi.fn(async () => new Response('"tier"\r\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push(this.download); });
    render(<WinnersExport code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-winners'));
    await waitFor(() => expect(saved).toEqual(['winners-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/winners.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-winners-xlsx'));
    await waitFor(() => expect(saved).toEqual(['winners-482913.csv', 'winners-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/winners.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('labels both buttons in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<WinnersExport code="482913" hostKey="h.k" />);
    expect(screen.getByTestId('export-winners').textContent).toBe('下载中奖名单 (CSV)');
    expect(screen.getByTestId('export-winners-xlsx').textContent).toBe('Excel');
  });
});
