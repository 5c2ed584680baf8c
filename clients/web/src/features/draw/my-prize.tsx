import { useTranslation } from 'react-i18next';
import type { PrizeView } from '@live/shared/realtime/types';
import './draw.css';

/** "You won 一等奖!": shown above everything on the winner's phone, and again after a reload. */
export function MyPrize({ prizes }: { prizes: PrizeView[] }) {
  const { t } = useTranslation();
  if (prizes.length === 0) return null;
  return (
    <section className="card stack my-prize" data-testid="my-prize" aria-live="assertive">
      <span className="prize-burst" aria-hidden="true">🎉</span>
      {prizes.map(p => (
        <h2 key={`${p.tierId}-${p.round}`} className="prize-title" data-testid={`my-prize-${p.tierId}-${p.round}`}>
          {t('prize.won', { tier: p.tierName })}
        </h2>
      ))}
      <p className="prize-name">{t('prize.congrats', { name: prizes[0].name })}</p>
      <p className="muted small">{t('prize.collect')}</p>
    </section>
  );
}
