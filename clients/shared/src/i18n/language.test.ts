import { describe, expect, it } from 'vitest';
import { errorCode } from './error-code';
import { initialLanguage, keysOf } from './language';

describe('language', () => {
  it('follows the browser unless the user chose', () => {
    expect(initialLanguage(null, 'zh-TW')).toBe('zh-CN');
    expect(initialLanguage(null, 'en-GB')).toBe('en');
    expect(initialLanguage(null, undefined)).toBe('en');
    expect(initialLanguage('en', 'zh-CN')).toBe('en');
  });

  it('lists nested keys', () => {
    expect(keysOf({ b: { y: '1', x: '2' }, a: '3' })).toEqual(['a', 'b.x', 'b.y']);
  });
});

describe('errorCode', () => {
  it('takes the code from a hub error message', () => {
    expect(errorCode(new Error("An unexpected error occurred invoking 'Vote' on the server. HubException: poll_not_open"))).toBe('poll_not_open');
  });
  it('takes the code from a REST problem', () => {
    expect(errorCode({ code: 'session_not_found' })).toBe('session_not_found');
  });
  it('maps SignalR authorization failures and unknown shapes', () => {
    expect(errorCode(new Error("Failed to invoke 'CreatePoll' because user is unauthorized"))).toBe('forbidden');
    expect(errorCode(undefined)).toBe('unknown');
    expect(errorCode(new Error("Failed to invoke 'Vote' due to an error on the server."))).toBe('bad_request');
  });
});
