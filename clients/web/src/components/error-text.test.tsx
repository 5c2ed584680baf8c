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

  it('shows a hub message that is not a known code as bad_request, never the raw text', () => {
    render(<ErrorText code={errorCode(hubError('brand_new_code'))} />);
    expect(screen.getByRole('alert').textContent).toBe('Something in the request was not understood.');
    cleanup();
    render(<ErrorText code={errorCode(new Error("Failed to invoke 'Vote' due to an error on the server. HubException: Method does not exist."))} />);
    expect(screen.getByRole('alert').dataset.code).toBe('bad_request');
    expect(screen.getByRole('alert').textContent).not.toContain('Failed to invoke');
  });

  it('falls back to a generic sentence for a failure with no code at all', () => {
    render(<ErrorText code={errorCode(new TypeError('x is not a function'))} />);
    expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Please try again.');
  });

  it('translates the access, origin, size and rate codes in both languages', async () => {
    const codes = ['checkin_required', 'origin_not_allowed', 'credential_revoked', 'message_too_large', 'rate_limited'];
    const english = codes.map(code => { render(<ErrorText code={errorCode(hubError(code))} />); const text = screen.getByRole('alert').textContent; cleanup(); return text; });
    expect(english).toEqual([
      'Only checked-in guests can vote in this poll. Please check in first.',
      'This page was opened from an address the server does not accept. Open the link the host gave you.',
      'This link has been replaced. Ask the host for the new link.',
      'That is too much at once. Please send less.',
      'Slow down a moment and try again.',
    ]);
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<ErrorText code="rate_limited" />);
    expect(screen.getByRole('alert').textContent).toBe('操作太频繁，请稍后再试。');
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
