import { useTranslation } from 'react-i18next';
import type { TierView } from '@live/shared/realtime/types';
import { categoryLabel } from '../checkin/labels';

/** A tier's heading: image, name, who can win it, places won and open, and the button that opens it in the editor. */
export function TierHead({ tier, editing, onEdit }: { tier: TierView; editing: boolean; onEdit(tier: TierView): void }) {
  const { t } = useTranslation();
  const e = tier.eligibility;
  const who = [t(`draw.sources.${e.source}`), ...e.categories.map(c => categoryLabel(t, c)),
    ...(e.tables?.length ? [e.tables.map(n => t('draw.tableNumber', { number: n })).join(', ')] : [])].join(' · ');
  return (
    <header className={editing ? 'tier-row editing' : 'tier-row'} data-testid={`tier-${tier.id}`} data-won={tier.won} data-open={tier.open}>
      {tier.image && <img className="tier-image" src={tier.image} alt="" />}
      <div className="tier-who">
        <h3 className="tier-name">{tier.name}</h3>
        <span className="muted small">{who}</span>
      </div>
      <span className={tier.open === 0 ? 'badge badge-done' : 'badge'} data-testid={`tier-won-${tier.id}`}>
        {t('draw.wonOpen', { won: tier.won, total: tier.count, open: tier.open })}
      </span>
      <button type="button" className="ghost" data-testid={`tier-edit-${tier.id}`} onClick={() => onEdit(tier)}>{t('draw.edit')}</button>
    </header>
  );
}
