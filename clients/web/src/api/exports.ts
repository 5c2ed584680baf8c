import { ensureOk } from '@live/shared/i18n/error-code';

export type ExportName = 'questions' | 'moderation-log' | 'checkins' | 'winners';

/**
 * Fetches a host-only CSV (the host key goes in a header, never in a URL) and saves it as a file.
 * Throws { code } like the other REST calls.
 */
export async function downloadCsv(code: string, hostKey: string, name: ExportName): Promise<void> {
  const response = await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}/${name}.csv`, {
    headers: { Authorization: `Bearer ${hostKey}` },
  }));
  saveFile(await response.blob(), `${name}-${code}.csv`);
}

/** Saves a blob as a download with that file name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 1000); // some browsers start the download after click() returns
  }
}
