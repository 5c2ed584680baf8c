import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { QuizExport } from './quiz-export';

afterEach(async () => { cleanup(); vi.unstubAllGlobals(); vi.restoreAllMocks(); await i18n.changeLanguage('en'); });

describe('QuizExport', () => {
  it('downloads the players and the questions as CSV or Excel, with the host key in a header', async () => {
    const fetchMock = vi.fn(async () => new Response('"rank"\r\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { saved.push(this.download); });
    render(<QuizExport code="482913" hostKey="h.k" />);
    fireEvent.click(screen.getByTestId('export-quiz-players'));
    await waitFor(() => expect(saved).toEqual(['quiz-players-482913.csv']));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/quiz/players.csv', { headers: { Authorization: 'Bearer h.k' } });
    fireEvent.click(screen.getByTestId('export-quiz-questions-xlsx'));
    await waitFor(() => expect(saved).toEqual(['quiz-players-482913.csv', 'quiz-questions-482913.xlsx']));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/482913/quiz/questions.xlsx', { headers: { Authorization: 'Bearer h.k' } });
  });

  it('says in Chinese what each file holds', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<QuizExport code="482913" hostKey="h.k" />);
    expect(screen.getByTestId('export-quiz-players').textContent).toBe('玩家与得分（CSV）');
    expect(screen.getByTestId('export-quiz-questions-xlsx').textContent).toBe('Excel');
  });
});
