import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import type { HubArgs, HubMethod, HubResult, Invoke } from './hub-methods';
import { snapshotSubscriptions, type SnapshotAction } from './reducer';
import type { MyTableView } from '../groups/types';
import type { CommentBatch, ConnectionStatus, EndReason, LiveEvent, LiveEventPayloads, LiveState, CheckInResult, PrizeView, QuestionView, Role } from './types';
import type { MyQuizView } from '../quiz/types';

/** Retries forever: a screen on the wall must come back by itself. Backoff 0.5 s, 1 s, 2 s, then every 5 s. */
export const retryDelay = (attempt: number) => Math.min(5000, 500 * 2 ** attempt);

/** The server refused the credential (401 at negotiate): an old or unknown key, which no retry will fix. */
export const isRefusal = (error: unknown) =>
  (typeof error === 'object' && error !== null && 'statusCode' in error && error.statusCode === 401) || String(error).includes('401');

/**
 * Between GetState attempts after a (re)connect: every 0.25 s for the first 5 s, then every 1 s. When a node dies, the
 * survivors answer `unavailable` (at once: the dead node refuses connections) until it is declared dead, about 1.5 s
 * (docs/OPERATIONS.md); asking again every 0.25 s resyncs within a quarter second of that instead of up to a second.
 */
export const resyncDelay = (attempt: number) => (attempt < 20 ? 250 : 1000);

/** How long a call made while disconnected waits for the connection before failing with `unavailable`. */
export const invokeWaitMs = 15_000;

/**
 * How long a submission that was in flight when the connection dropped waits for it to come back and be sent again,
 * counted from the first send. Longer than invokeWaitMs: the person already pressed Submit and is watching it.
 */
export const resendWaitMs = 60_000;

/**
 * A submission carries an op id (VoteRequest, AskRequest, CommentRequest, CheckInRequest…): the server counts a
 * resend of the same op id once, so one lost in flight can be sent again safely. Other calls are not resent.
 */
export const carriesOpId = (args: readonly unknown[]) => {
  const first = args[0];
  return typeof first === 'object' && first !== null && typeof (first as { opId?: unknown }).opId === 'string';
};

export interface LiveConnectionHandlers {
  onStatus(status: ConnectionStatus): void;
  onSnapshot(action: SnapshotAction): void;
  /** The full state after every (re)connect, for app state the reducer does not hold (the attendee's ballots). */
  onState?(state: LiveState): void;
  /** The server refused the credential (401), at the first connect or a reconnect: retrying will not help. */
  onRefused(): void;
  /**
   * The server ended this connection for good (credentialRevoked or sessionDeleted): it no longer reconnects.
   * Not called when this connection replaced its own key (RotateKey of its own role): the app reconnects with the new one.
   */
  onEnded?(reason: EndReason): void;
  /** Comments that just went on the big screen (events, not state: each batch is shown once). */
  onComments?(batch: CommentBatch): void;
  /** One of this device's own questions changed state or text. */
  onMyQuestion?(question: QuestionView): void;
  /** This phone's own check-in changed: null when staff took it back. */
  onMyCheckIn?(result: CheckInResult | null): void;
  /** This device won a prize in the lucky draw. */
  onMyPrize?(prize: PrizeView): void;
  /** This phone's discussion table changed (formed, a mate moved, or ended: table null). */
  onMyTable?(table: MyTableView): void;
  /** This phone's quiz standing after a reveal (unversioned: the latest push is the truth). */
  onMyQuiz?(mine: MyQuizView): void;
}

export interface LiveConnection {
  /** Calls a hub method (names, arguments and answers: HubMethods); rejects with the server's error (see errorCode). */
  invoke: Invoke;
  close(): void;
}

/**
 * The one owner of an app's HubConnection. Resyncs with GetState after every (re)connect; when the
 * first start fails it keeps trying, and a 401 (bad key) is reported as refused instead of retried.
 * credentialRevoked and sessionDeleted end it: no more reconnects, onEnded says why.
 */
export function openLiveConnection(credential: string, handlers: LiveConnectionHandlers, hubUrl = '/hubs/live'): LiveConnection {
  let stopped = false;
  let refused = false;
  // This connection's own role (from GetState) and whether it is replacing its own key right now: the server then
  // revokes the old key under it, which is expected, not an ending to show.
  let role: Role | null = null;
  let replacingOwnKey = false;
  const connection: HubConnection = new HubConnectionBuilder()
    .withUrl(hubUrl, { accessTokenFactory: () => credential })
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: ({ previousRetryCount, retryReason }) => {
        if (stopped) return null;
        if (isRefusal(retryReason)) { refused = true; return null; }
        return retryDelay(previousRetryCount);
      },
    })
    .configureLogging(LogLevel.Warning)
    .build();
  let retry: ReturnType<typeof setTimeout> | undefined;
  // A tap made while (re)connecting waits for the connection instead of failing at once: a console opened a
  // moment ago, or a phone whose Wi-Fi just blinked, should not show an error for a press that can still succeed.
  let waiting: (() => void)[] = [];
  const connected = () => {
    const ready = waiting;
    waiting = [];
    ready.forEach(resume => resume());
  };
  const whenConnected = (waitMs = invokeWaitMs) => connection.state === HubConnectionState.Connected
    ? Promise.resolve()
    : new Promise<void>((resolve, reject) => {
      const resume = () => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(() => {
        waiting = waiting.filter(w => w !== resume);
        reject({ code: 'unavailable' });
      }, Math.max(0, waitMs));
      waiting.push(resume);
    });
  // Counts the connection's drops (SignalR runs onreconnecting/onclose before a pending call's rejection is seen), so
  // a call can tell "the server refused it" from "the connection went away with it in flight".
  let drops = 0;

  // The one place the names meet SignalR's untyped API: only methods in HubMethods, only events in LiveEventPayloads.
  const call = <M extends HubMethod>(method: M, ...args: HubArgs<M>) => connection.invoke<HubResult<M>>(method, ...args);
  const on = <E extends LiveEvent>(event: E, handle: (payload: LiveEventPayloads[E]) => void) =>
    connection.on(event, handle as (payload: unknown) => void);
  // Every pushed snapshot kind the reducer knows (snapshotKinds), each as it arrives.
  for (const { event, action } of snapshotSubscriptions) on(event, payload => handlers.onSnapshot(action(payload)));
  on('myPrize', (prize: PrizeView) => handlers.onMyPrize?.(prize));
  on('myQuiz', (mine: MyQuizView) => handlers.onMyQuiz?.(mine));
  on('myCheckIn', (result: CheckInResult | null) => handlers.onMyCheckIn?.(result));
  on('myTable', (table: MyTableView) => handlers.onMyTable?.(table));
  on('comments', (batch: CommentBatch) => handlers.onComments?.(batch));
  on('myQuestion', (question: QuestionView) => handlers.onMyQuestion?.(question));
  on('credentialRevoked', () => end(replacingOwnKey ? null : 'revoked'));
  on('sessionDeleted', () => end('deleted'));

  /** Stops for good; the server drops the connection anyway. null: stop quietly (the app moves to a new key). */
  const end = (reason: EndReason | null) => {
    if (stopped) return;
    stopped = true;
    forget();
    clearTimeout(retry);
    clearTimeout(resyncRetry);
    if (reason) {
      void connection.stop();
      handlers.onEnded?.(reason);
    }
    // Quietly: the server closes it after its RotateKey reply, which the caller still needs.
  };

  // GetState after every (re)connect, again until it answers while this connection lasts: right after a node dies
  // the survivor a client reconnected to may answer `unavailable` for a few seconds. A newer (re)connect starts its own.
  let resyncs = 0;
  let resyncRetry: ReturnType<typeof setTimeout> | undefined;
  const resync = async (attempt = 0, run = ++resyncs) => {
    clearTimeout(resyncRetry);
    try {
      const state = await call('GetState');
      if (run !== resyncs || stopped) return;
      role = state.role;
      handlers.onSnapshot({ type: 'state', state });
      handlers.onState?.(state);
      handlers.onStatus('live');
    } catch {
      if (run !== resyncs || stopped || connection.state !== HubConnectionState.Connected) return; // a later (re)connect resyncs
      handlers.onStatus('reconnecting');
      resyncRetry = setTimeout(() => void resync(attempt + 1, run), resyncDelay(attempt));
    }
  };
  connection.onreconnecting(() => { drops++; handlers.onStatus('reconnecting'); });
  connection.onreconnected(() => { connected(); void resync(); });
  connection.onclose(() => {
    drops++;
    if (stopped) return;
    if (refused) { stopped = true; forget(); handlers.onRefused(); return; }
    handlers.onStatus('offline');
    scheduleStart();
  });

  const start = async (attempt: number) => {
    if (stopped) return;
    handlers.onStatus(attempt === 0 ? 'connecting' : 'offline');
    try {
      await connection.start();
    } catch (error) {
      if (stopped) return;
      if (isRefusal(error)) { stopped = true; forget(); handlers.onRefused(); return; }
      scheduleStart(attempt + 1);
      return;
    }
    connected();
    void resync();
  };
  const scheduleStart = (attempt = 1) => {
    if (stopped || connection.state !== HubConnectionState.Disconnected) return;
    retry = setTimeout(() => void start(attempt), retryDelay(attempt));
  };

  // The browser knows the network is gone long before SignalR's 30 s server timeout would: close the dead socket now
  // (a call in flight is then resent, and the status says so), and try again the moment the network is back.
  const wentOffline = () => {
    if (stopped || connection.state !== HubConnectionState.Connected) return;
    void connection.stop();
  };
  const cameOnline = () => {
    if (stopped || connection.state !== HubConnectionState.Disconnected) return;
    clearTimeout(retry);
    void start(1);
  };
  const browser = typeof window !== 'undefined' ? window : null;
  browser?.addEventListener('offline', wentOffline);
  browser?.addEventListener('online', cameOnline);
  function forget() {
    browser?.removeEventListener('offline', wentOffline);
    browser?.removeEventListener('online', cameOnline);
  }
  void start(0);

  /** Sends a call; a submission lost with a dropped connection is sent again, same op id, once it is back. */
  const send = async <M extends HubMethod>(method: M, args: HubArgs<M>): Promise<HubResult<M>> => {
    const deadline = Date.now() + resendWaitMs;
    for (;;) {
      const before = drops;
      try {
        return await call(method, ...args);
      } catch (error) {
        const lostInFlight = !stopped && carriesOpId(args) && (drops !== before || connection.state !== HubConnectionState.Connected);
        if (!lostInFlight) throw error;
        if (Date.now() >= deadline) throw { code: 'unavailable' };
        await whenConnected(deadline - Date.now());
      }
    }
  };

  return {
    invoke: async <M extends HubMethod>(method: M, ...args: HubArgs<M>): Promise<HubResult<M>> => {
      await whenConnected();
      const ownKey = method === 'RotateKey' && role !== null && args[0] === role;
      if (ownKey) replacingOwnKey = true;
      try {
        return await send(method, args);
      } catch (error) {
        if (ownKey) replacingOwnKey = false;
        throw error;
      }
    },
    close: () => {
      stopped = true;
      forget();
      clearTimeout(retry);
      clearTimeout(resyncRetry);
      void connection.stop();
    },
  };
}
