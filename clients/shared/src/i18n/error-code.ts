import { isKnownErrorCode } from './error-codes';

/**
 * The stable error code in a failure, for translation as `errors.<code>`:
 * a HubException arrives as "… HubException: poll_not_open", a REST problem as JSON with a `code`.
 * A hub message that is not a known code becomes `bad_request` (never show SignalR's own text);
 * a dropped connection becomes `unavailable`; anything else `unknown`.
 */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  const message = (error instanceof Error ? error.message : String(error ?? '')).trim();
  const hub = message.match(/HubException:\s*(.*)$/s);
  if (hub) return knownOrBadRequest(hub[1].trim());
  if (/unauthorized/i.test(message)) return 'forbidden';
  // SignalR could not bind the payload or the method does not exist (our own failures always carry a code).
  if (/^Failed to invoke|error binding arguments|due to an error on the server\.?$/i.test(message)) return 'bad_request';
  if (/connection (was |being )?(closed|stopped)|'Connected' State|Invocation canceled/i.test(message)) return 'unavailable';
  if (/^[a-z]+(_[a-z]+)*$/.test(message)) return knownOrBadRequest(message);
  return 'unknown';
}

const knownOrBadRequest = (code: string) => (isKnownErrorCode(code) ? code : 'bad_request');

/** Reads a ProblemDetails body and throws { code } so callers can show `errors.<code>`. */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  let code = response.status >= 500 ? 'unavailable' : response.status === 429 ? 'rate_limited' : 'bad_request';
  try {
    const problem = await response.json();
    if (typeof problem?.code === 'string') code = problem.code;
  } catch { /* not JSON */ }
  throw { code };
}
