import { ensureOk } from '@live/shared/i18n/error-code';
import type { ImportReport } from '@live/shared/realtime/types';

/**
 * Uploads the invitation list as the raw file (docs/API.md, POST /roster). Throws { code } like the other
 * REST calls; a 413 from the web server itself (no ProblemDetails body) still reads as file_too_large.
 */
export async function importRoster(code: string, hostKey: string, file: Blob, contentType: string): Promise<ImportReport> {
  const response = await fetch(`/api/sessions/${encodeURIComponent(code)}/roster`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${hostKey}`, 'Content-Type': contentType },
    body: file,
  });
  if (response.status === 413) {
    const problem = await response.json().catch(() => null);
    throw { code: typeof problem?.code === 'string' ? problem.code : 'file_too_large' };
  }
  return (await ensureOk(response)).json();
}
