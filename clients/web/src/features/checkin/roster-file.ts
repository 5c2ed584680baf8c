/** What POST /api/sessions/{code}/roster accepts (docs/API.md). */
export const csvType = 'text/csv';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const maxRosterBytes = 5 * 1024 * 1024;
/** For <input accept>: extensions for the file picker, MIME types for drag-and-drop and mobile pickers. */
export const rosterAccept = `.csv,.xlsx,${csvType},${xlsxType}`;

/** MIME types browsers report for a CSV: Windows with Excel installed says "application/vnd.ms-excel". */
const csvTypes = new Set([csvType, 'application/csv', 'text/comma-separated-values', 'application/vnd.ms-excel', 'text/plain']);

/**
 * The Content-Type to upload a picked file with, or null when it is neither CSV nor XLSX. The extension
 * decides first, because the type a browser reports depends on the operating system and installed apps.
 */
export function rosterContentType(file: { name: string; type: string }): string | null {
  const extension = /\.([^.]+)$/.exec(file.name.trim())?.[1].toLowerCase();
  if (extension === 'csv') return csvType;
  if (extension === 'xlsx') return xlsxType;
  if (extension) return null; // .xls, .numbers, .pdf…: the server would refuse them
  if (file.type === xlsxType) return xlsxType;
  return csvTypes.has(file.type) ? csvType : null;
}

export type RosterFileCheck = { contentType: string } | { error: 'unsupported_file' | 'file_too_large' };

/** Refuses what the server would refuse before uploading it: the wrong kind of file, or over 5 MiB (5,242,880 bytes). */
export function checkRosterFile(file: { name: string; type: string; size: number }): RosterFileCheck {
  const contentType = rosterContentType(file);
  if (!contentType) return { error: 'unsupported_file' };
  if (file.size > maxRosterBytes) return { error: 'file_too_large' };
  return { contentType };
}
