import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollView } from '@live/shared/realtime/types';

export interface PollManageProps {
  poll: PollView;
  /** Where the poll is in the list, for the move buttons (first cannot go up, last not down). */
  first: boolean;
  last: boolean;
  onMove(delta: -1 | 1): void;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
}

/**
 * A poll's housekeeping: move it up or down, edit it while it is a draft, duplicate it, delete it (asked first: its
 * results stay in the export, but the poll leaves phones and the screen).
 */
export function PollManage({ poll, first, last, onMove, onEdit, onDuplicate, onDelete }: PollManageProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="poll-manage">
      <div className="actions">
        <button className="ghost icon" data-testid="move-poll-up" disabled={first} aria-label={t('console.moveUp')} title={t('console.moveUp')} onClick={() => onMove(-1)}>↑</button>
        <button className="ghost icon" data-testid="move-poll-down" disabled={last} aria-label={t('console.moveDown')} title={t('console.moveDown')} onClick={() => onMove(1)}>↓</button>
        {poll.status === 'draft' && <button className="ghost" data-testid="edit-poll" onClick={onEdit}>{t('console.edit')}</button>}
        <button className="ghost" data-testid="duplicate-poll" onClick={onDuplicate}>{t('console.duplicate')}</button>
        {!confirming && <button className="ghost" data-testid="delete-poll" onClick={() => setConfirming(true)}>{t('console.delete')}</button>}
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog">
          <span>{t('console.deleteConfirm')}</span>
          <button className="danger" data-testid="confirm-delete-poll" onClick={() => { setConfirming(false); onDelete(); }}>{t('console.confirmDelete')}</button>
          <button data-testid="cancel-delete-poll" onClick={() => setConfirming(false)}>{t('console.cancel')}</button>
        </div>
      )}
    </div>
  );
}
