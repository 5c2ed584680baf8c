import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import './reaction-layer.css';
import type { ReactionsView } from '@live/shared/realtime/types';
import { particleMs } from './bursts';
import { useReactionBursts } from './use-reaction-bursts';

/** Emoji bursts rising from the bottom edge, and the running totals in a corner. */
export function ReactionLayer({ reactions }: { reactions: ReactionsView | null }) {
  const { t, i18n } = useTranslation();
  const bursts = useReactionBursts(reactions);
  const format = useMemo(() => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }), [i18n.language]);
  const totals = reactions?.counts.filter(c => c.total > 0) ?? [];
  return (
    <>
      <div className="reaction-layer" aria-hidden="true">
        {bursts.map(b => (
          <div key={b.id} className="reaction-burst" data-testid="reaction-burst" data-emoji={b.emoji} data-taps={b.taps}>
            {b.particles.map(p => (
              <span
                key={p.id}
                className="reaction-particle"
                style={{
                  left: `${p.x}%`, animationDelay: `${p.delay}ms`, animationDuration: `${particleMs}ms`,
                  '--drift': `${p.drift}vw`, '--scale': p.scale,
                } as CSSProperties}
              >{p.emoji}</span>
            ))}
          </div>
        ))}
      </div>
      {totals.length > 0 && (
        <ul className="reaction-totals" aria-label={t('reactions.totals')}>
          {totals.map(c => (
            <li key={c.emoji} data-testid={`reaction-total-${c.emoji}`}>
              <span className="reaction-emoji">{c.emoji}</span>
              <span className="reaction-count">{format.format(c.total)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
