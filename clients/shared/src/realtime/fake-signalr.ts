import { vi } from 'vitest';
import type { HubMethod } from './hub-methods';
import type { LiveEvent, LiveEventPayloads } from './types';

type Listener = (...args: unknown[]) => void;
export interface RetryContextLike { previousRetryCount: number; elapsedMilliseconds: number; retryReason: Error }

/** A stand-in for @microsoft/signalr's HubConnection: tests fire server events, closes and start failures by hand. */
export class FakeHubConnection {
  state = 'Disconnected';
  listeners = new Map<string, Listener>();
  closeHandlers: ((error?: Error) => void)[] = [];
  retryPolicy: { nextRetryDelayInMilliseconds(context: RetryContextLike): number | null } | null = null;
  startResult: () => Promise<void> = async () => undefined;
  invoke = vi.fn(async (method: HubMethod, ..._args: unknown[]): Promise<unknown> => (method === 'GetState' ? this.getState() : undefined));
  getState: () => unknown = () => ({ role: 'host', session: null, results: [], presence: null, myBallots: [] });
  stop = vi.fn(async () => { this.state = 'Disconnected'; });
  on(event: string, listener: Listener) { this.listeners.set(event.toLowerCase(), listener); }
  onclose(handler: (error?: Error) => void) { this.closeHandlers.push(handler); }
  reconnectingHandlers: (() => void)[] = [];
  reconnectedHandlers: (() => void)[] = [];
  onreconnecting(handler: () => void) { this.reconnectingHandlers.push(handler); }
  onreconnected(handler: () => void) { this.reconnectedHandlers.push(handler); }
  /** The socket dies with calls in flight: as SignalR does, say reconnecting first, then fail what was pending. */
  loseConnection(pending: ((error: Error) => void)[]) {
    this.state = 'Reconnecting';
    this.reconnectingHandlers.forEach(h => h());
    pending.forEach(reject => reject(new Error('Invocation canceled due to the underlying connection being closed.')));
  }
  /** Automatic reconnect succeeded. */
  reconnect() {
    this.state = 'Connected';
    this.reconnectedHandlers.forEach(h => h());
  }
  async start() {
    await this.startResult();
    this.state = 'Connected';
  }
  /** The server sends an event (SignalR matches event names case-insensitively, as here). */
  emit<E extends LiveEvent>(event: E, ...payload: LiveEventPayloads[E] extends undefined ? [] : [LiveEventPayloads[E]]) {
    this.listeners.get(event.toLowerCase())?.(...payload);
  }
  /** The transport drops; what SignalR's automatic reconnect would ask the policy, then the close if it gives up. */
  drop(retryReason: Error) {
    const delay = this.retryPolicy?.nextRetryDelayInMilliseconds({ previousRetryCount: 1, elapsedMilliseconds: 500, retryReason }) ?? null;
    if (delay === null) { this.state = 'Disconnected'; this.closeHandlers.forEach(h => h(retryReason)); }
    return delay;
  }
}

export const created: FakeHubConnection[] = [];
/** The next connection built fails its first start with this error (then starts normally). */
export const nextBuild: { startError: Error | null } = { startError: null };

/** vi.mock factory for '@microsoft/signalr'. */
export function fakeSignalR() {
  class HubConnectionBuilder {
    private policy: FakeHubConnection['retryPolicy'] = null;
    withUrl() { return this; }
    withAutomaticReconnect(policy: FakeHubConnection['retryPolicy']) { this.policy = policy; return this; }
    configureLogging() { return this; }
    build() {
      const connection = new FakeHubConnection();
      connection.retryPolicy = this.policy;
      const startError = nextBuild.startError;
      nextBuild.startError = null;
      if (startError) connection.startResult = async () => { connection.startResult = async () => undefined; throw startError; };
      created.push(connection);
      return connection;
    }
  }
  return {
    HubConnectionBuilder,
    HubConnectionState: { Connected: 'Connected', Disconnected: 'Disconnected' },
    LogLevel: { Warning: 3 },
  };
}
