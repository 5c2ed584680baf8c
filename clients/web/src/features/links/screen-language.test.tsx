import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import i18n from '../../i18n';
import type { SessionView } from '@live/shared/realtime/types';
import { ScreenLanguage } from './screen-language';

afterEach(cleanup);

describe('ScreenLanguage', () => {
  it('sets the screens to a language, or back to each browser, and waits for the server', async () => {
    let answer!: (view: SessionView) => void;
    const invoke = vi.fn().mockReturnValue(new Promise<SessionView>(resolve => { answer = resolve; }));
    const view = render(<ScreenLanguage language={{ value: 'zh-CN', version: 1 }} invoke={invoke} />);
    const select = screen.getByTestId('screen-language-select') as HTMLSelectElement;
    expect(select.value).toBe('zh-CN');
    fireEvent.change(select, { target: { value: 'en' } });
    expect(invoke).toHaveBeenLastCalledWith('SetSessionLanguage', 'en');
    expect([select.value, select.disabled]).toEqual(['en', true]);
    answer({ version: 2, language: 'en' } as SessionView);
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('en'); // the answer holds until the push (still version 1 here) catches up

    invoke.mockResolvedValue({});
    view.rerender(<ScreenLanguage language={{ value: 'en', version: 2 }} invoke={invoke} />);
    fireEvent.change(select, { target: { value: '' } });
    expect(invoke).toHaveBeenLastCalledWith('SetSessionLanguage', null);
  });

  it('names the choices in both languages and shows a refusal translated', async () => {
    await i18n.changeLanguage('zh-CN');
    const invoke = vi.fn().mockRejectedValue(new Error('HubException: invalid_language'));
    render(<ScreenLanguage language={{ value: null, version: 1 }} invoke={invoke} />);
    expect(screen.getByTestId('screen-language').textContent).toContain('大屏语言');
    expect((screen.getByTestId('screen-language-select') as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('option', { name: '跟随各大屏浏览器' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('screen-language-select'), { target: { value: 'en' } });
    expect((await screen.findByTestId('error')).textContent).toBe('不支持该语言：请选择中文或英文。');
    await i18n.changeLanguage('en');
  });
});
