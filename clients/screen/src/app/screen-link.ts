/** Reads "/screen/{code}#key={screenKey}". */
export function parseScreenLink(pathname: string, hash: string): { code: string | null; key: string | null } {
  const code = pathname.match(/\/screen\/(\d{6})\/?$/)?.[1] ?? null;
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return { code, key: key || null };
}
