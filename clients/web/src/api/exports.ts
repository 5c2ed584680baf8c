import { ensureOk } from '@live/shared/i18n/error-code';

export type ExportName = 'questions' | 'moderation-log' | 'checkins' | 'winners' | 'polls' | 'quiz/players' | 'quiz/questions' | 'survey/responses';

/** One poll's export: its result table, or one row per response. */
export type PollTable = 'results' | 'responses';

/**
 * Every export is offered as CSV and as an Excel workbook: the server writes both from one table, and Excel or WPS
 * opens the workbook with Chinese text and long numbers (phones) intact.
 */
export type ExportFormat = 'csv' | 'xlsx';

/**
 * Fetches a host-only export (the host key goes in a header, never in a URL) and saves it as a file.
 * Throws { code } like the other REST calls.
 */
export function downloadExport(code: string, hostKey: string, name: ExportName, format: ExportFormat = 'csv'): Promise<void> {
  return fetchFile(`/api/sessions/${encodeURIComponent(code)}/${name}.${format}`, hostKey, `${name.replace('/', '-')}-${code}.${format}`);
}

/** A poll's results or responses, saved under the name the server gives it. */
export function downloadPollExport(code: string, hostKey: string, pollId: string, table: PollTable, format: ExportFormat = 'csv'): Promise<void> {
  return fetchFile(`/api/sessions/${encodeURIComponent(code)}/polls/${encodeURIComponent(pollId)}/${table}.${format}`, hostKey,
    `poll-${pollId}-${table}-${code}.${format}`);
}

async function fetchFile(url: string, hostKey: string, fileName: string): Promise<void> {
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
