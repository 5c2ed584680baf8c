import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection, type IRetryPolicy } from '@microsoft/signalr';
import { LiveEvents, type CommentBatch, type ConnectionStatus, type LiveEventPayloads, type LiveState, type QuestionView } from './types';
import type { SnapshotAction } from './reducer';

/** Retries forever: a screen on the wall must come back by itself. Backoff 0.5 s, 1 s, 2 s, then every 5 s. */
export const retryDelay = (attempt: number) => Math.min(5000, 500 * 2 ** attempt);
const foreverRetry: IRetryPolicy = { nextRetryDelayInMilliseconds: ({ previousRetryCount }) => retryDelay(previousRetryCount) };

export interface LiveConnectionHandlers {
  onStatus(status: ConnectionStatus): void;
  onSnapshot(action: SnapshotAction): void;
  /** The full state after every (re)connect, for app state the reducer does not hold (the attendee's ballots). */
  onState?(state: LiveState): void;
  /** The server refused the credential (401): retrying will not help. */
  onRefused(): void;
  /** Comments that just went on the big screen (events, not state: each batch is shown once). */
  onComments?(batch: CommentBatch): void;
  /** One of this device's own questions changed state or text. */
  onMyQuestion?(question: QuestionView): void;
}

export interface LiveConnection {
  /** Calls a hub method; rejects with the server's error (see errorCode). */
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  close(): void;
}

/**
 * The one owner of an app's HubConnection. Resyncs with GetState after every (re)connect; when the
 * first start fails it keeps trying, and a 401 (bad key) is reported as refused instead of retried.
 */
export function openLiveConnection(credential: string, handlers: LiveConnectionHandlers, hubUrl = '/hubs/live'): LiveConnection {
  const connection: HubConnection = new HubConnectionBuilder()
    .withUrl(hubUrl, { accessTokenFactory: () => credential })
    .withAutomaticReconnect(foreverRetry)
    .configureLogging(LogLevel.Warning)
    .build();
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const on = <K extends keyof LiveEventPayloads>(event: K, act: (payload: LiveEventPayloads[K]) => SnapshotAction) =>
    connection.on(event, (payload: LiveEventPayloads[K]) => handlers.onSnapshot(act(payload)));
  on(LiveEvents.session, session => ({ type: 'session', session }));
  on(LiveEvents.results, results => ({ type: 'results', results }));
  on(LiveEvents.presence, presence => ({ type: 'presence', presence }));
  on(LiveEvents.qna, qna => ({ type: 'qna', qna }));
  on(LiveEvents.commentQueue, commentQueue => ({ type: 'commentQueue', commentQueue }));
  on(LiveEvents.reactions, reactions => ({ type: 'reactions', reactions }));
  connection.on(LiveEvents.comments, (batch: CommentBatch) => handlers.onComments?.(batch));
  connection.on(LiveEvents.myQuestion, (question: QuestionView) => handlers.onMyQuestion?.(question));

  const resync = async () => {
    const state = await connection.invoke<LiveState>('GetState');
    handlers.onSnapshot({ type: 'state', state });
    handlers.onState?.(state);
    handlers.onStatus('live');
  };
  connection.onreconnecting(() => handlers.onStatus('reconnecting'));
  connection.onreconnected(() => void resync().catch(() => handlers.onStatus('reconnecting')));
  connection.onclose(() => { if (!stopped) { handlers.onStatus('offline'); scheduleStart(); } });

  const start = async (attempt: number) => {
    if (stopped) return;
    handlers.onStatus(attempt === 0 ? 'connecting' : 'offline');
    try {
      await connection.start();
      await resync();
    } catch (error) {
      if (String(error).includes('401')) { handlers.onRefused(); return; }
      scheduleStart(attempt + 1);
    }
  };
  const scheduleStart = (attempt = 1) => {
    if (stopped || connection.state !== HubConnectionState.Disconnected) return;
    retry = setTimeout(() => void start(attempt), retryDelay(attempt));
  };
  void start(0);

  return {
    invoke: <T>(method: string, ...args: unknown[]) => connection.invoke<T>(method, ...args),
    close: () => {
      stopped = true;
      clearTimeout(retry);
      void connection.stop();
    },
  };
}
