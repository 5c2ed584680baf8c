/**
 * The stable error code in a failure, for translation as `errors.<code>`:
 * a HubException arrives as "… HubException: poll_not_open", a REST problem as JSON with a `code`.
 */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  const message = error instanceof Error ? error.message : String(error ?? '');
  if (/unauthorized/i.test(message)) return 'forbidden';
  // SignalR could not bind the payload (our own failures always carry a code, see HubErrorFilter).
  if (/error binding arguments|due to an error on the server\.?$/i.test(message)) return 'bad_request';
  const match = message.match(/([a-z]+(?:_[a-z]+)*)\s*$/);
  return match ? match[1] : 'unknown';
}

/** Reads a ProblemDetails body and throws { code } so callers can show `errors.<code>`. */
export async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  let code = response.status >= 500 ? 'unavailable' : 'bad_request';
  try {
    const problem = await response.json();
    if (typeof problem?.code === 'string') code = problem.code;
  } catch { /* not JSON */ }
  throw { code };
}
