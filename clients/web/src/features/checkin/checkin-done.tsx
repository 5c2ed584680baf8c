import { useTranslation } from 'react-i18next';
import type { CheckInResult } from '@live/shared/realtime/types';
import { categoryLabel } from './labels';
import { formatClock } from './rate';

/** "You're checked in": the name, category and seat to show at the door, and when this person arrived. */
export function CheckInDone({ result }: { result: CheckInResult }) {
  const { t, i18n } = useTranslation();
  const time = formatClock(result.at, i18n.language);
  return (
    <section className="card checkin-done" data-testid="checkin-done" data-already={result.already} aria-live="polite">
      <span className="done-mark" aria-hidden="true">✓</span>
      <h2 className="done-title">{t('checkin.done')}</h2>
      <p className="done-name" data-testid="checkin-done-name">{result.name}</p>
      <p className={result.already ? 'done-when already' : 'done-when'} data-testid="checkin-time">
        {t(result.already ? 'checkin.already' : 'checkin.doneAt', { time })}
      </p>
      <dl className="done-facts">
        <div>
          <dt>{t('checkin.categoryLabel')}</dt>
          <dd data-testid="checkin-category">{categoryLabel(t, result.category)}</dd>
        </div>
        <div>
          <dt>{t('checkin.seat')}</dt>
          <dd data-testid="checkin-seat" className={result.seat ? 'seat' : 'seat none'}>{result.seat ?? t('checkin.noSeat')}</dd>
        </div>
      </dl>
      <p className="muted small">{t('checkin.enjoy')}</p>
    </section>
  );
}
