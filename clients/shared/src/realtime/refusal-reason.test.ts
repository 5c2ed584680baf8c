import { describe, expect, it, vi } from 'vitest';
import { refusalReason } from './refusal-reason';

const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('refusalReason', () => {
  it('a code that answers session_not_found was deleted; otherwise the key was replaced', async () => {
    expect(await refusalReason('482913', answer(404, { code: 'session_not_found' }))).toBe('deleted');
    expect(await refusalReason('482913', answer(200, { code: '482913', title: 'T', joinUrl: 'x' }))).toBe('revoked');
    expect(await refusalReason('482913', answer(404, 'not json at all'))).toBe('revoked');
    expect(await refusalReason('482913', vi.fn(async () => { throw new TypeError('offline'); }) as unknown as typeof fetch)).toBe('revoked');
  });
});
