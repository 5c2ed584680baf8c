/** Attendance rate = arrived ÷ invited, 0 when nobody is invited (docs/API.md). Walk-ins are not in it. */
export const attendanceRate = (arrived: number, invited: number): number => (invited > 0 ? arrived / invited : 0);

/**
 * The rate as a percentage for people to read: one decimal at most, rounded down, so 299 of 300 reads
 * "99.6%" and never "100%" while someone is still missing. Arrivals above the list (after a re-import that
 * shrank nothing, so only by a server bug) are shown as they are rather than hidden.
 */
export function formatRate(arrived: number, invited: number, locale: string): string {
  const rate = Math.floor(attendanceRate(arrived, invited) * 1000) / 1000;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** "09:05" in the reader's clock (24-hour): when someone arrived. Empty for a value that is not a date. */
export function formatClock(iso: string, locale: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
