import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactionsView } from '@live/shared/realtime/types';
import { createReactionBatcher, type ReactionBatcher } from './reaction-batcher';

export interface ReactionBarProps {
  reactions: ReactionsView | null;
  /** Sends coalesced taps; failures are dropped (a lost clap is not worth an error message). */
  react(emoji: string, count: number): Promise<unknown>;
}

/** A row of big emoji buttons with the session's totals. Taps are batched, never one hub call each. */
export function ReactionBar({ reactions, react }: ReactionBarProps) {
  const { t } = useTranslation();
  const reactRef = useRef(react);
  useEffect(() => { reactRef.current = react; });
  const batcher = useRef<ReactionBatcher | null>(null);

  useEffect(() => {
    const created = createReactionBatcher((emoji, count) => void reactRef.current(emoji, count).catch(() => undefined));
    batcher.current = created;
    return () => { created.dispose(); batcher.current = null; };
  }, []);

  if (!reactions || reactions.counts.length === 0) return null;
  return (
    <section className="reactions" aria-label={t('qna.reactions')}>
      {reactions.counts.map(r => (
        <button key={r.emoji} type="button" className="reaction" data-testid={`reaction-${r.emoji}`}
          aria-label={t('qna.react', { emoji: r.emoji })} onClick={() => batcher.current?.tap(r.emoji)}>
          <span className="reaction-emoji" aria-hidden="true">{r.emoji}</span>
          <span className="reaction-total">{r.total}</span>
        </button>
      ))}
    </section>
  );
}
