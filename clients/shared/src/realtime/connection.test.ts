import { afterEach, describe, expect, it, vi } from 'vitest';
import { created, fakeSignalR, nextBuild } from './fake-signalr';
import type { HubMethod } from './hub-methods';
import { openLiveConnection, type LiveConnectionHandlers } from './connection';

vi.mock('@microsoft/signalr', () => fakeSignalR());

const unauthorized = () => Object.assign(new Error("Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'"), { statusCode: 401 });
const handlers = () => ({ onStatus: vi.fn(), onSnapshot: vi.fn(), onRefused: vi.fn(), onEnded: vi.fn() }) satisfies LiveConnectionHandlers;
const flush = () => new Promise(resolve => setTimeout(resolve, 0));

async function opened(role = 'host') {
  const h = handlers();
  const live = openLiveConnection('key', h);
  const connection = created[created.length - 1];
  connection.getState = () => ({ role, session: null, results: [], presence: null, myBallots: [] });
  await flush();
  return { h, live, connection };
}

afterEach(() => { created.length = 0; vi.useRealTimers(); });

describe('openLiveConnection: ends for good', () => {
  it('on credentialRevoked: stops, says revoked, and never reconnects', async () => {
    const { h, connection } = await opened('moderator');
    expect(h.onStatus).toHaveBeenLastCalledWith('live');
    connection.emit('credentialRevoked', { role: 'moderator' });
    expect(h.onEnded).toHaveBeenCalledWith('revoked');
    expect(connection.stop).toHaveBeenCalled();
    expect(connection.drop(new Error('WebSocket closed with status code: 1006'))).toBeNull();
    expect(h.onRefused).not.toHaveBeenCalled();
    expect(h.onStatus).not.toHaveBeenCalledWith('offline');
  });

  it('on sessionDeleted: stops and says deleted (phones and screens alike)', async () => {
    const { h, connection } = await opened('attendee');
    connection.emit('sessionDeleted');
    expect(h.onEnded).toHaveBeenCalledWith('deleted');
    expect(h.onEnded).toHaveBeenCalledTimes(1);
    expect(connection.drop(new Error('closed'))).toBeNull();
  });

  it('a 401 while reconnecting (an old key) is a refusal, not a retry forever', async () => {
    const { h, connection } = await opened('screen');
    expect(connection.drop(new Error('WebSocket closed'))).toBe(1000);
    expect(connection.drop(unauthorized())).toBeNull();
    expect(h.onRefused).toHaveBeenCalledTimes(1);
    expect(h.onStatus).not.toHaveBeenCalledWith('offline');
  });

  it('a 401 at the first negotiate is a refusal too', async () => {
    const h = handlers();
    nextBuild.startError = unauthorized();
    openLiveConnection('old-key', h);
    await flush();
    expect(h.onRefused).toHaveBeenCalledTimes(1);
    expect(h.onStatus).toHaveBeenCalledTimes(1);
  });

  it('replacing its own key: the revocation of the old key is expected, the RotateKey reply still arrives', async () => {
    const { h, live, connection } = await opened('host');
    const links = { consoleUrl: '/console/482913#key=new' };
    connection.invoke.mockImplementation(async (method: HubMethod) => {
      if (method !== 'RotateKey') return undefined;
      connection.emit('credentialRevoked', { role: 'host' });
      return links;
    });
    await expect(live.invoke('RotateKey', 'host')).resolves.toBe(links);
    expect(h.onEnded).not.toHaveBeenCalled();
    expect(connection.drop(new Error('closed'))).toBeNull();
    expect(h.onRefused).not.toHaveBeenCalled();
  });

  it('replacing another role\'s key leaves this connection alone', async () => {
    const { h, live, connection } = await opened('host');
    await live.invoke('RotateKey', 'screen');
    expect(connection.drop(new Error('closed'))).toBe(1000);
    expect(h.onEnded).not.toHaveBeenCalled();
  });
});

describe('openLiveConnection: resync', () => {
  const unavailable = () => Object.assign(new Error("An unexpected error occurred invoking 'GetState' on the server. HubException: unavailable"));
  const getStateCalls = (connection: (typeof created)[number]) => connection.invoke.mock.calls.filter(c => c[0] === 'GetState').length;

  it('GetState answering unavailable after a connect (a node just died) is asked again until it answers', async () => {
    vi.useFakeTimers();
    const h = handlers();
    openLiveConnection('key', h);
    const connection = created[created.length - 1];
    let failures = 2;
    connection.getState = () => {
      if (failures-- > 0) throw unavailable();
      return { role: 'attendee', session: null, results: [], presence: null, myBallots: [] };
    };
    await vi.advanceTimersByTimeAsync(0);
    expect(h.onStatus).toHaveBeenLastCalledWith('reconnecting');
    await vi.advanceTimersByTimeAsync(250);
    expect(getStateCalls(connection)).toBe(2);
    expect(h.onStatus).toHaveBeenLastCalledWith('reconnecting');
    await vi.advanceTimersByTimeAsync(500);
    expect(getStateCalls(connection)).toBe(3);
    expect(h.onStatus).toHaveBeenLastCalledWith('live');
    expect(h.onSnapshot).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(getStateCalls(connection)).toBe(3); // done: no more asking
  });

  it('asks every 0.25 s for the first 5 s, then every 1 s, and stops asking once the app closes the connection', async () => {
    vi.useFakeTimers();
    const h = handlers();
    const live = openLiveConnection('key', h);
    const connection = created[created.length - 1];
    connection.getState = () => { throw unavailable(); };
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(getStateCalls(connection)).toBe(21); // at 0, 0.25 s, … 5 s
    await vi.advanceTimersByTimeAsync(999);
    expect(getStateCalls(connection)).toBe(21);
    await vi.advanceTimersByTimeAsync(1);
    expect(getStateCalls(connection)).toBe(22);
    live.close();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(getStateCalls(connection)).toBe(22);
  });
});

describe('openLiveConnection: snapshots', () => {
  it('hands every registered snapshot event to onSnapshot as a push of its kind', async () => {
    const { h, connection } = await opened('screen');
    const checkins = { version: 3, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' as const }, invited: 9, arrived: 2, walkIns: 0, byCategory: [], recent: [] };
    connection.emit('checkIns', checkins); // the server's CheckIns, matched case-insensitively as SignalR does
    connection.emit('presence', { version: 2, onsite: 5, online: 1 });
    expect(h.onSnapshot).toHaveBeenCalledWith({ type: 'push', kind: 'checkins', value: checkins });
    expect(h.onSnapshot).toHaveBeenCalledWith({ type: 'push', kind: 'presence', value: { version: 2, onsite: 5, online: 1 } });
  });
});

describe('openLiveConnection: a submission in flight when the connection drops', () => {
  const vote = { pollId: 'p1', opId: 'op-1', optionIds: [2] };

  it('is sent again with the same op id once the connection is back, and answers as if nothing happened', async () => {
    const { h, live, connection } = await opened('attendee');
    const pending: ((error: Error) => void)[] = [];
    const sent: unknown[][] = [];
    connection.invoke.mockImplementation(async (method: HubMethod, ...args: unknown[]) => {
      if (method === 'GetState') return connection.getState();
      sent.push(args);
      if (sent.length === 1) return new Promise((_, reject) => pending.push(reject)); // never answered: the Wi-Fi went
      return { pollId: 'p1', version: 3 };
    });
    const answer = live.invoke('Vote', vote);
    await flush();
    connection.loseConnection(pending);
    await flush();
    expect(h.onStatus).toHaveBeenLastCalledWith('reconnecting'); // the pill says so while the vote waits
    expect(sent).toHaveLength(1);
    connection.reconnect();
    await expect(answer).resolves.toEqual({ pollId: 'p1', version: 3 });
    expect(sent).toEqual([[vote], [vote]]); // the same request, the same op id: the server counts it once
  });

  it('a refusal from the server is not resent, and a call without an op id is not resent after a drop', async () => {
    const { live, connection } = await opened('host');
    const pending: ((error: Error) => void)[] = [];
    let calls = 0;
    connection.invoke.mockImplementation(async (method: HubMethod) => {
      if (method === 'GetState') return connection.getState();
      calls++;
      if (method === 'Vote') throw new Error('poll_closed');
      return new Promise((_, reject) => pending.push(reject));
    });
    await expect(live.invoke('Vote', vote)).rejects.toThrow('poll_closed');
    expect(calls).toBe(1);
    const open = live.invoke('OpenPoll', 'p1');
    await flush();
    connection.loseConnection(pending);
    connection.reconnect();
    await expect(open).rejects.toThrow('Invocation canceled');
    expect(calls).toBe(2);
  });

  it('gives up with unavailable when the connection stays away past the resend wait', async () => {
    vi.useFakeTimers();
    const h = handlers();
    const live = openLiveConnection('key', h);
    const connection = created[created.length - 1];
    await vi.advanceTimersByTimeAsync(0);
    const pending: ((error: Error) => void)[] = [];
    connection.invoke.mockImplementation(async (method: HubMethod) =>
      method === 'GetState' ? connection.getState() : new Promise((_, reject) => pending.push(reject)));
    const answer = live.invoke('Vote', vote);
    const settled = answer.catch(error => error);
    await vi.advanceTimersByTimeAsync(0);
    connection.loseConnection(pending);
    await vi.advanceTimersByTimeAsync(61_000);
    expect(await settled).toEqual({ code: 'unavailable' });
  });

  it('closes the socket when the browser goes offline, and starts again when it is back', async () => {
    const window = new EventTarget(); // this suite runs in Node: the browser's window is only an event target here
    vi.stubGlobal('window', window);
    const { live, connection } = await opened('attendee');
    window.dispatchEvent(new Event('offline'));
    expect(connection.stop).toHaveBeenCalledTimes(1);
    const starts = vi.spyOn(connection, 'start');
    connection.state = 'Disconnected';
    window.dispatchEvent(new Event('online'));
    expect(starts).toHaveBeenCalledTimes(1);
    live.close();
    window.dispatchEvent(new Event('offline'));
    expect(connection.stop).toHaveBeenCalledTimes(2); // close() itself; the listener is gone
    vi.unstubAllGlobals();
  });
});
