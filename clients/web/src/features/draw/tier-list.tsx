import { useTranslation } from 'react-i18next';
import type { TierView } from '@live/shared/realtime/types';
import { categoryLabel } from '../checkin/labels';

/** The prize tiers in order, each with places won and still open; a click opens it in the editor. */
export function TierList({ tiers, editing, onEdit }: { tiers: TierView[]; editing: string | null; onEdit(tier: TierView): void }) {
  const { t } = useTranslation();
  if (tiers.length === 0) return <p className="muted empty" data-testid="no-tiers">{t('draw.noTiers')}</p>;
  return (
    <ul className="plain-list tier-list">
      {tiers.map(tier => {
        const e = tier.eligibility;
        const who = [t(`draw.sources.${e.source}`), ...e.categories.map(c => categoryLabel(t, c))].join(' · ');
        return (
          <li key={tier.id} className={editing === tier.id ? 'tier-row editing' : 'tier-row'} data-testid={`tier-${tier.id}`}
            data-won={tier.won} data-open={tier.open}>
            {tier.image && <img className="tier-image" src={tier.image} alt="" />}
            <div className="tier-who">
              <strong>{tier.name}</strong>
              <span className="muted small">{who}</span>
            </div>
            <span className="badge" data-testid={`tier-won-${tier.id}`}>{t('draw.wonOpen', { won: tier.won, total: tier.count, open: tier.open })}</span>
            <button type="button" className="ghost" data-testid={`tier-edit-${tier.id}`} onClick={() => onEdit(tier)}>{t('draw.edit')}</button>
          </li>
        );
      })}
    </ul>
  );
}
