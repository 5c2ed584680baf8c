import { useTranslation } from 'react-i18next';
import type { ReactionsView } from '@live/shared/realtime/types';

/** The console's read-out of how the room is reacting: every emoji in the set with its running total. */
export function ReactionTotals({ reactions }: { reactions: ReactionsView | null }) {
  const { t, i18n } = useTranslation();
  if (!reactions || reactions.counts.length === 0) return null;
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section className="card stack" aria-label={t('moderation.reactionTotals')}>
      <h2 className="section-title">{t('moderation.reactionTotals')}</h2>
      <ul className="reaction-totals">
        {reactions.counts.map(r => (
          <li key={r.emoji} data-testid={`console-reaction-${r.emoji}`}>
            <span aria-hidden="true">{r.emoji}</span> <strong>{format.format(r.total)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
