import { describe, expect, it, vi } from 'vitest';
import { refusalReason } from './refusal-reason';

const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('refusalReason', () => {
  it('a code that answers session_not_found was deleted; otherwise the key was replaced', async () => {
    expect(await refusalReason('482913', null, answer(404, { code: 'session_not_found' }))).toBe('deleted');
    expect(await refusalReason('482913', null, answer(200, { code: '482913', title: 'T', joinUrl: 'x' }))).toBe('revoked');
    expect(await refusalReason('482913', null, answer(404, 'not json at all'))).toBe('revoked');
    expect(await refusalReason('482913', null, vi.fn(async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBe('revoked');
  });

  it('with the key, asks the hub: a mistyped key is invalid, a replaced one revoked, a deleted session deleted', async () => {
    const hub = (status: number, body: unknown) => vi.fn(async (url: string) =>
      (url.startsWith('/hubs/live/negotiate') ? new Response(JSON.stringify(body), { status }) : new Response('{}', { status: 200 }))) as unknown as typeof fetch;
    const typo = hub(401, { status: 401, code: 'unauthorized' });
    expect(await refusalReason('482913', 'h.typo', typo)).toBe('invalid');
    expect(typo).toHaveBeenCalledWith('/hubs/live/negotiate?negotiateVersion=1',
      { method: 'POST', headers: { Authorization: 'Bearer h.typo', Accept: 'application/json' } });
    expect(await refusalReason('482913', 'h.old', hub(401, { code: 'credential_revoked' }))).toBe('revoked');
    expect(await refusalReason('482913', 'h.gone', hub(401, { code: 'session_not_found' }))).toBe('deleted');
    // The hub says nothing useful (no 401, an unknown code, no body): the public lookup decides, as without a key.
    expect(await refusalReason('482913', 'h', hub(503, { code: 'unavailable' }))).toBe('revoked');
    expect(await refusalReason('482913', 'h', hub(401, { code: 'constructor' }))).toBe('revoked');
    expect(await refusalReason('482913', 'h', hub(401, 'not json'))).toBe('revoked');
  });
});
