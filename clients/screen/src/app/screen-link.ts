/** Reads "/screen/{code}#key={screenKey}" (also "/screen/{code}/speaker", the speaker monitor: see isSpeakerMonitor). */
export function parseScreenLink(pathname: string, hash: string): { code: string | null; key: string | null } {
  const code = pathname.match(/\/screen\/(\d{6})(?:\/speaker)?\/?$/)?.[1] ?? null;
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return { code, key: key || null };
}

/** "/screen/{code}/speaker": the speaker monitor, opened with the same screen key. */
export const isSpeakerMonitor = (pathname: string) => /\/screen\/\d{6}\/speaker\/?$/.test(pathname);
