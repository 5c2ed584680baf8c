import { useTranslation } from 'react-i18next';
import type { CheckInView } from '@live/shared/realtime/types';
import { categoryLabel, knownCategory } from './labels';
import { attendanceRate, formatRate } from './rate';

/** Live figures for the host: arrived of invited, the attendance rate, walk-ins, and each category. */
export function CheckInFigures({ view }: { view: CheckInView | null }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const arrived = view?.arrived ?? 0;
  const invited = view?.invited ?? 0;
  const percent = Math.min(100, attendanceRate(arrived, invited) * 100);
  return (
    <section className="card stack checkin-figures" aria-label={t('checkin.figures')}>
      <h2 className="section-title">{t('checkin.figures')}</h2>
      <div className="figure-tiles">
        <div className="figure figure-main">
          <span className="label">{t('checkin.arrived')} / {t('checkin.invited')}</span>
          <span className="figure-value">
            <strong data-testid="checkin-arrived">{number.format(arrived)}</strong>
            <span className="figure-of"> / <span data-testid="checkin-invited">{number.format(invited)}</span></span>
          </span>
        </div>
        <div className="figure">
          <span className="label">{t('checkin.rate')}</span>
          <strong className="figure-value" data-testid="checkin-rate">{formatRate(arrived, invited, i18n.language)}</strong>
        </div>
      </div>
      <div className="rate-track" aria-hidden="true"><span className="rate-fill" style={{ width: `${percent}%` }} /></div>
      <p className="walkins-line small">
        <span>{t('checkin.walkIns')}</span> <strong data-testid="checkin-walkins">{number.format(view?.walkIns ?? 0)}</strong>
        <span className="muted"> · {t('checkin.walkInsNote')}</span>
      </p>
      {invited === 0 && (view?.walkIns ?? 0) === 0
        ? <p className="muted small">{t('checkin.noRoster')}</p>
        : (
          <table className="category-table">
            <thead>
              <tr><th>{t('checkin.categoryHead')}</th><th>{t('checkin.arrived')}</th><th>{t('checkin.invited')}</th><th>{t('checkin.rateShort')}</th></tr>
            </thead>
            <tbody>
              {view?.byCategory.map(c => {
                const walkIn = knownCategory(c.category) === 'walk-in' && c.invited === 0;
                return (
                  <tr key={c.category} data-testid={`checkin-category-${c.category}`}>
                    <td className="category-name">{categoryLabel(t, c.category)}</td>
                    <td data-role="arrived">{number.format(c.arrived)}</td>
                    <td data-role="invited">{walkIn ? '—' : number.format(c.invited)}</td>
                    <td data-role="rate">{walkIn ? '—' : formatRate(c.arrived, c.invited, i18n.language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
    </section>
  );
}
