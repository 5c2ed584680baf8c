import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterEntry } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { categoryLabel, channelLabel } from './labels';
import { formatClock } from './rate';

export interface RosterRowProps {
  entry: RosterEntry;
  invoke: Invoke;
  onChange(entry: RosterEntry): void;
}

/** One person in the staff search: who they are, whether and how they arrived, one tap to check in, undo after a confirm. */
export function RosterRow({ entry, invoke, onChange }: RosterRowProps) {
  const { t, i18n } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const act = async (method: 'StaffCheckIn' | 'UndoCheckIn') => {
    setConfirming(false);
    setBusy(true);
    const updated = await run(method, entry.id);
    setBusy(false);
    if (updated) onChange(updated);
  };
  const arrived = !!entry.arrivedAt;
  const details = [entry.phone, entry.company].filter(Boolean).join(' · ');

  return (
    <li className={arrived ? 'roster-row arrived' : 'roster-row'} data-testid={`roster-row-${entry.id}`} data-arrived={arrived}>
      <div className="roster-who">
        <span className="roster-name">{entry.name}</span>
        <span className="badge badge-category">{categoryLabel(t, entry.category)}</span>
        {entry.seat && <span className="badge badge-seat">{t('checkin.seat')} {entry.seat}</span>}
        {details && <span className="muted small roster-details">{details}</span>}
      </div>
      <div className="roster-status">
        {arrived
          ? <span className="badge badge-arrived" data-testid={`arrived-${entry.id}`}>
              ✓ {formatClock(entry.arrivedAt!, i18n.language)}{entry.channel && ` · ${channelLabel(t, entry.channel)}`}
            </span>
          : <span className="muted small">{t('checkin.notArrived')}</span>}
      </div>
      <div className="roster-actions">
        {!arrived && (
          <button className="primary" data-testid={`staff-checkin-${entry.id}`} disabled={busy} onClick={() => void act('StaffCheckIn')}>
            {t('checkin.checkIn')}
          </button>
        )}
        {arrived && !confirming && (
          <button className="ghost" data-testid={`undo-checkin-${entry.id}`} disabled={busy} onClick={() => setConfirming(true)}>{t('checkin.undo')}</button>
        )}
      </div>
      {confirming && (
        <div className="confirm roster-confirm" role="alertdialog">
          <span>{t('checkin.undoConfirm', { name: entry.name })}</span>
          <button className="danger" data-testid={`confirm-undo-${entry.id}`} onClick={() => void act('UndoCheckIn')}>{t('checkin.confirmUndo')}</button>
          <button data-testid={`cancel-undo-${entry.id}`} onClick={() => setConfirming(false)}>{t('checkin.cancel')}</button>
        </div>
      )}
      <ErrorText code={error} />
    </li>
  );
}
