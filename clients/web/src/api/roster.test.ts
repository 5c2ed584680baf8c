import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRoster } from './roster';

afterEach(() => { vi.unstubAllGlobals(); });
const report = { rows: 2, added: 2, updated: 0, unchanged: 0, invited: 2, errors: [] };

describe('importRoster', () => {
  it('posts the file as it is, with the host key and the file type', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(report), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const file = new Blob(['姓名,手机\n张伟,13800138000\n'], { type: 'text/csv' });
    expect(await importRoster('482913', 'h.k', file, 'text/csv')).toEqual(report);
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/roster', {
      method: 'POST', headers: { Authorization: 'Bearer h.k', 'Content-Type': 'text/csv' }, body: file,
    });
  });

  it('throws the problem code, and file_too_large for a bare 413', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValueOnce(new Response(JSON.stringify({ code: 'missing_columns' }), { status: 400 }))
      .mockResolvedValueOnce(new Response('', { status: 413 })));
    await expect(importRoster('482913', 'h.k', new Blob(['x']), 'text/csv')).rejects.toEqual({ code: 'missing_columns' });
    await expect(importRoster('482913', 'h.k', new Blob(['x']), 'text/csv')).rejects.toEqual({ code: 'file_too_large' });
  });
});
