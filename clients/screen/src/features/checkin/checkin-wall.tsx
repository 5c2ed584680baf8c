import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import './checkin-wall.css';
import type { Arrival, CheckInView, WallDetail } from '@live/shared/realtime/types';
import { QrCode } from '../../components/qr-code';
import { arrivalDetail } from './arrival-detail';
import { groupCode } from '../join/join-view';
import { CategoryList } from './category-list';
import { categoryRows, nameLength, wallTotals } from './figures';
import { useArrivalWall } from './use-arrival-wall';
import { useCategoryLabel } from './use-category-label';

export interface CheckInWallProps { title: string; checkins: CheckInView | null; code: string; joinUrl: string }

/** The newest arrival across the top, then 4 columns × 5 rows: what reads from the back of a hall. */
export const arrivalCap = 21;
/** Up to 6 categories as full rows, up to 12 in two columns; past that the smallest are summed into one row. */
export const categoryLimit = 12;
const compactAbove = 6;

/** The check-in wall: names fly in as people arrive, live totals, per-category figures, a QR to check in. */
/** The wall's QR opens the phone straight on the check-in form. */
export const checkInUrl = (joinUrl: string) => `${joinUrl}${joinUrl.includes('?') ? '&' : '?'}tab=checkin`;

export function CheckInWall({ title, checkins, code, joinUrl }: CheckInWallProps) {
  const { t, i18n } = useTranslation();
  const entries = useArrivalWall(checkins?.recent ?? null, arrivalCap);
  const totals = wallTotals(checkins);
  const rows = categoryRows(checkins?.byCategory ?? [], categoryLimit);
  const label = useCategoryLabel();
  const wallDetail = checkins?.settings.wallDetail;
  const number = useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language]);
  const progress = totals.invited ? Math.min(1, totals.arrived / totals.invited) : 0;
  const arrivedText = number.format(totals.arrived);
  const invitedText = totals.invited === null ? '' : number.format(totals.invited);
  // With nobody invited the only row would be walk-ins, which the big number already counts.
  const showCategories = totals.invited !== null;
  const empty = entries.length === 0;
  const join = (size: 'big' | 'tall' | 'corner') => (
    <div className={`wall-join ${size}`}>
      <QrCode text={checkInUrl(joinUrl)} className="qr wall-qr" testId="wall-qr" />
      <div className="wall-join-text">
        <span className="wall-scan">{t('checkin.scan')}</span>
        <span className="wall-code" data-testid="wall-code">{groupCode(code)}</span>
      </div>
    </div>
  );

  return (
    <main className="checkin-wall" data-testid="checkin-wall">
      <header className="wall-header">
        <h1 className="wall-title">{title}</h1>
        <span className="wall-kicker">{t('checkin.title')}</span>
      </header>

      <section className="wall-arrivals" aria-label={t('checkin.arrivals')}>
        {empty
          ? <div className="wall-empty">{join('big')}<p className="wall-empty-hint" data-testid="wall-empty">{t('checkin.waiting')}</p></div>
          : (
            <ol className="arrival-grid">
              {entries.map(({ arrival, enter }, index) => (
                <li
                  key={arrival.personId}
                  className={enter ? 'arrival is-new' : 'arrival'}
                  data-testid={`wall-arrival-${arrival.personId}`}
                  data-length={nameLength(arrival.name)}
                  style={enter ? { '--enter-delay': `${enter.delayMs}ms` } as CSSProperties : undefined}
                >
                  {index === 0 && <span className="arrival-welcome">{t('checkin.welcome')}</span>}
                  <span className="arrival-name">{arrival.name}</span>
                  <Detail arrival={arrival} wallDetail={wallDetail} label={label} />
                </li>
              ))}
            </ol>
          )}
      </section>

      <aside className="wall-side">
        <div className="wall-totals">
          <p className="wall-label">{t(totals.invited === null ? 'checkin.arrived' : 'checkin.arrivedOfInvited')}</p>
          {/* --a and --i (characters in each number) let CSS size "1,870 / 3,000" to fit on one line. */}
          <p className="wall-count" style={{ '--a': arrivedText.length, '--i': invitedText.length } as CSSProperties}>
            <span className="wall-arrived" data-testid="wall-arrived">{arrivedText}</span>
            {totals.invited !== null && <span className="wall-of"> / <span data-testid="wall-invited">{invitedText}</span></span>}
          </p>
          {totals.rate !== null && (
            <>
              <span className="wall-progress"><span className="wall-progress-fill" style={{ transform: `scaleX(${progress})` }} /></span>
              <p className="wall-rate-line">
                <span>{t('checkin.rate')}</span>
                <span className="wall-rate" data-testid="wall-rate">{totals.rate}%</span>
              </p>
            </>
          )}
          {totals.walkIns > 0 && (
            <p className="wall-walkins" data-testid="wall-walkins">{t('checkin.walkIns', { count: totals.walkIns, formatted: number.format(totals.walkIns) })}</p>
          )}
        </div>

        {showCategories && <CategoryList rows={rows} compact={rows.length > compactAbove} label={label} number={number} />}
        {!empty && join(showCategories ? 'corner' : 'tall')}
      </aside>
    </main>
  );
}

/** Beside the name: the company or the category, as the host's wallDetail says; nothing for 'none'. */
function Detail({ arrival, wallDetail, label }: { arrival: Arrival; wallDetail: WallDetail | undefined; label: (category: string) => string }) {
  const detail = arrivalDetail(arrival, wallDetail);
  if (!detail) return null;
  return (
    <span className={`arrival-detail ${detail.kind}`} data-testid={`wall-detail-${arrival.personId}`}>
      {detail.kind === 'company' ? detail.company : label(detail.category)}
    </span>
  );
}
