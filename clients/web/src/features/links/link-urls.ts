/**
 * The server gives console, moderator and screen links as paths ("/console/482913#key=…") and the join link as an
 * absolute URL on the address phones can reach (Live:PublicUrl, or the LAN address for a loopback console). A link
 * to hand to someone else is made absolute on that same address, so it works from their machine too.
 */
export function absoluteLink(path: string, joinUrl: string): string {
  try {
    return new URL(path, joinUrl).href;
  } catch {
    return new URL(path, window.location.origin).href;
  }
}

/** The key in a link's "#key=…" fragment, or null. */
export function keyInLink(link: string): string | null {
  const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : '';
  return new URLSearchParams(hash).get('key');
}

/** "/console/482913#key=k" or "http://host/console/482913#key=k" → "/console/482913#key=k", for the router. */
export function routerPath(link: string): string {
  const url = new URL(link, window.location.origin);
  return `${url.pathname}${url.search}${url.hash}`;
}
