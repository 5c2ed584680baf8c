import { useEffect, useRef, useState } from 'react';
import { errorCode } from '@live/shared/i18n/error-code';
import { newOpId } from '@live/shared/realtime/op-id';
import type { AnswerUpvoteAck, AnswerUpvoteRequest, PollResults } from '@live/shared/realtime/types';
import type { ItemUpvotes } from '../poll-kinds/kind-module';

/** The hub calls a phone's answer upvotes need: UpvoteAnswer and GetMyAnswerUpvotes. */
export interface AnswerUpvoteCalls {
  upvote(request: AnswerUpvoteRequest): Promise<AnswerUpvoteAck>;
  mine(pollId: string): Promise<string[]>;
}

export interface AnswerUpvoteOptions {
  pollId: string;
  /** The poll takes upvotes now (allowUpvotes) and the phone has the calls: else nothing is loaded or sent. */
  enabled: boolean;
  /** The connection is up: each time it comes (back) up, this device's upvotes are read again. */
  live: boolean;
  calls: AnswerUpvoteCalls | undefined;
}

/**
 * This device's upvotes on one poll's result items. Reads them with GetMyAnswerUpvotes on connect and reconnect; a tap
 * sends UpvoteAnswer with an op id made for it, which a retry of the same tap (after a failure) reuses. The count an
 * ack carries shows until the next results snapshot, which is the server's word for everyone.
 */
export function useAnswerUpvotes({ pollId, enabled, live, calls }: AnswerUpvoteOptions) {
  const [mine, setMine] = useState<ReadonlySet<string>>(() => new Set());
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const [acked, setAcked] = useState<{ version: number | undefined; counts: Record<string, number> }>({ version: undefined, counts: {} });
  const pending = useRef(new Map<string, AnswerUpvoteRequest>());

  useEffect(() => {
    if (!enabled || !live || !calls) return;
    let current = true;
    calls.mine(pollId).then(keys => { if (current) setMine(new Set(keys)); }, () => { /* kept as it was; the next reconnect reads again */ });
    return () => { current = false; };
  }, [pollId, enabled, live, calls]);

  /** Sends one tap; `version` is the results version on the phone when it was tapped. */
  const send = async (key: string, up: boolean, version: number | undefined) => {
    if (!calls) return;
    let request = pending.current.get(key);
    if (!request || request.up !== up) request = { pollId, key, up, opId: newOpId() };
    pending.current.set(key, request);
    setBusy(current => new Set(current).add(key));
    setError(null);
    try {
      const ack = await calls.upvote(request);
      pending.current.delete(key);
      setMine(current => {
        const next = new Set(current);
        if (ack.up) next.add(ack.key); else next.delete(ack.key);
        return next;
      });
      setAcked(current => ({ version, counts: { ...(current.version === version ? current.counts : {}), [ack.key]: ack.upvotes } }));
    } catch (e) {
      setError(errorCode(e)); // the request keeps its op id: tapping again retries it
    } finally {
      setBusy(current => { const next = new Set(current); next.delete(key); return next; });
    }
  };

  /** The results with the counts this device's acks carried, until a newer snapshot arrives. */
  const withAcked = (results: PollResults | undefined): PollResults | undefined => {
    if (!results?.items || acked.version !== results.version) return results;
    const counts = acked.counts;
    return { ...results, items: results.items.map(item => (Object.hasOwn(counts, item.key) ? { ...item, upvotes: counts[item.key] } : item)) };
  };

  const upvotesFor = (results: PollResults | undefined): ItemUpvotes => ({ mine, busy, toggle: (key, up) => void send(key, up, results?.version) });

  return { error, setError, upvotesFor, withAcked };
}
