import { ensureOk } from '@live/shared/i18n/error-code';

export type ExportName = 'questions' | 'moderation-log' | 'checkins' | 'winners' | 'polls';

/** One poll's export: its result table, or one row per response. */
export type PollTable = 'results' | 'responses';

/**
 * Fetches a host-only CSV (the host key goes in a header, never in a URL) and saves it as a file.
 * Throws { code } like the other REST calls.
 */
export function downloadCsv(code: string, hostKey: string, name: ExportName): Promise<void> {
  return fetchCsv(`/api/sessions/${encodeURIComponent(code)}/${name}.csv`, hostKey, `${name}-${code}.csv`);
}

/** A poll's results.csv or responses.csv, saved under the name the server gives it. */
export function downloadPollCsv(code: string, hostKey: string, pollId: string, table: PollTable): Promise<void> {
  return fetchCsv(`/api/sessions/${encodeURIComponent(code)}/polls/${encodeURIComponent(pollId)}/${table}.csv`, hostKey,
    `poll-${pollId}-${table}-${code}.csv`);
}

async function fetchCsv(url: string, hostKey: string, fileName: string): Promise<void> {
  const response = await ensureOk(await fetch(url, { headers: { Authorization: `Bearer ${hostKey}` } }));
  saveFile(await response.blob(), fileName);
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
