// What the screenshot scripts share: REST calls and hub connections to a running Live server.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';

export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** A driver for the server at `base` (e.g. http://127.0.0.1:5331). */
export function liveDriver(base) {
  let op = 0;
  const opId = () => `shot-${Date.now()}-${++op}`;

  /** POSTs JSON (or a raw body with `type`), optionally with a Bearer key; throws on an error status. */
  async function post(path, body, { token, type = 'application/json' } = {}) {
    const headers = { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(base + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** A started hub connection holding `token`. */
  async function hub(token) {
    const c = new HubConnectionBuilder().withUrl(`${base}/hubs/live`, { accessTokenFactory: () => token }).configureLogging(LogLevel.Error).build();
    await c.start();
    return c;
  }

  return { post, hub, opId };
}
