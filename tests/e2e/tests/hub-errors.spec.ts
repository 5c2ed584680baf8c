import { test, expect } from '@playwright/test';
import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';

// What a JavaScript client written from docs/API.md sees when a hub call fails: the error's message is exactly one
// error code, with nothing of SignalR's own wording around it. No browser: @microsoft/signalr in Node.
const connections: HubConnection[] = [];
test.afterAll(async () => { await Promise.all(connections.map(c => c.stop())); });

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function hub(base: string, token: string): Promise<HubConnection> {
  const connection = new HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, { accessTokenFactory: () => token })
    .configureLogging(LogLevel.None)
    .build();
  await connection.start();
  connections.push(connection);
  return connection;
}

async function refusal(call: Promise<unknown>): Promise<string> {
  try { await call; } catch (error) { return (error as Error).message; }
  throw new Error('the call succeeded');
}

const draft = (question: string) => ({ question, kind: 'single', options: ['a', 'b'], allowVoteChange: true, showResultsToAttendees: true });

test('a failed hub call rejects with an Error whose message is the bare error code', async ({ baseURL }) => {
  const session = await post(`${baseURL}/api/sessions`, { title: 'Hub errors' });
  const joined = await post(`${baseURL}/api/sessions/${session.code}/join`, { mode: 'onsite' });
  const host = await hub(baseURL!, session.hostKey);
  const phone = await hub(baseURL!, joined.attendeeToken);

  expect(await refusal(host.invoke('CreatePoll', draft('')))).toBe('question_required');       // a rule
  expect(await refusal(host.invoke('OpenPoll', 'p404'))).toBe('poll_not_found');
  expect(await refusal(phone.invoke('CreatePoll', draft('Rigged?')))).toBe('forbidden');      // the wrong role
  expect(await refusal(phone.invoke('Vote', 'not a ballot'))).toBe('bad_request');            // a payload SignalR cannot bind
  expect(await refusal(phone.invoke('NoSuchMethod', 1))).toBe('bad_request');                 // no such method
  expect(await refusal(host.invoke('OpenPoll'))).toBe('bad_request');                         // too few arguments
  expect(phone.state).toBe('Connected');                                                       // none of them closed it

  // A deleted session: every call with its credentials fails with session_not_found (then the server drops them).
  await host.invoke('DeleteSession');
  expect(await refusal(phone.invoke('GetState'))).toBe('session_not_found');
});
