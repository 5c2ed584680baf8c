import { describe, expect, it } from 'vitest';
import { errorCode, ensureOk } from './error-code';
import { isKnownErrorCode } from './error-codes';

const hubError = (code: string) => new Error(`An unexpected error occurred invoking 'Vote' on the server. HubException: ${code}`);

describe('errorCode for the access, origin, size and rate codes', () => {
  it('keeps each code the server sends', () => {
    for (const code of ['checkin_required', 'origin_not_allowed', 'credential_revoked', 'message_too_large', 'rate_limited']) {
      expect(isKnownErrorCode(code)).toBe(true);
      expect(errorCode(hubError(code))).toBe(code);
    }
  });

  it('shows a hub message that is not a known code as bad_request, never as raw SignalR text', () => {
    expect(errorCode(hubError('brand_new_code'))).toBe('bad_request');
    expect(errorCode(hubError('Something the server said'))).toBe('bad_request');
    expect(errorCode(new Error("Failed to invoke 'Vote' because of malformed arguments."))).toBe('bad_request');
    expect(errorCode(new Error("Failed to invoke 'NoSuchMethod' due to an error on the server. HubException: Method does not exist."))).toBe('bad_request');
    expect(errorCode(new Error('some_code_nobody_knows'))).toBe('bad_request');
  });

  it('maps a dropped connection to unavailable and anything else to unknown', () => {
    expect(errorCode(new Error('Invocation canceled due to the underlying connection being closed.'))).toBe('unavailable');
    expect(errorCode(new Error("Cannot send data if the connection is not in the 'Connected' State."))).toBe('unavailable');
    expect(errorCode(new Error('unavailable'))).toBe('unavailable');
    expect(errorCode(new Error('An unexpected error occurred invoking \'Vote\' on the server.'))).toBe('unknown');
    expect(errorCode(new TypeError('x is not a function'))).toBe('unknown');
  });
});

describe('ensureOk', () => {
  it('takes the ProblemDetails code, or rate_limited for a bare 429', async () => {
    const problem = new Response(JSON.stringify({ code: 'origin_not_allowed' }), { status: 403 });
    await expect(ensureOk(problem)).rejects.toEqual({ code: 'origin_not_allowed' });
    await expect(ensureOk(new Response('slow down', { status: 429 }))).rejects.toEqual({ code: 'rate_limited' });
    await expect(ensureOk(new Response('', { status: 502 }))).rejects.toEqual({ code: 'unavailable' });
  });
});
