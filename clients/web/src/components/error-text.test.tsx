import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from '../i18n';
import { errorCode } from '@live/shared/i18n/error-code';
import { LangSwitch } from '@live/shared/components/lang-switch';
import { ErrorText } from './error-text';

afterEach(async () => { cleanup(); localStorage.clear(); await act(() => i18n.changeLanguage('en')); });

const hubError = (code: string) => new Error(`An unexpected error occurred invoking 'Vote' on the server. HubException: ${code}`);

describe('errors shown to people', () => {
  it('turns a hub exception into its translated sentence', () => {
    render(<ErrorText code={errorCode(hubError('poll_not_open'))} />);
    expect(screen.getByRole('alert').textContent).toBe('This poll is not open for voting.');
  });

  it('falls back to a generic sentence for a code it does not know', () => {
    render(<ErrorText code={errorCode(hubError('brand_new_code'))} />);
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Please try again.');
  });

  it('shows a REST problem code in the chosen language', async () => {
    render(<><LangSwitch /><ErrorText code={errorCode({ code: 'session_not_found' })} /></>);
    expect(screen.getByTestId('lang-switch').textContent).toBe('中文');
    await act(async () => { fireEvent.click(screen.getByTestId('lang-switch')); });
    expect(screen.getByRole('alert').textContent).toBe('找不到该参与码对应的会议，请核对大屏上的参与码。');
    expect(screen.getByTestId('lang-switch').textContent).toBe('EN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('live.lang')).toBe('zh-CN');
  });
});
