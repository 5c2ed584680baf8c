import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView, WinnerView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

export interface WinnerRowProps {
  winner: WinnerView;
  index: number;
  /** Whether this absent winner's place was already drawn again (a later round replaces them). */
  redrawn: boolean;
  invoke: Invoke;
  onRound(round: RoundView): void;
}

/** One winner with their full name (the console sees everything); absent after a confirm, then redraw that place. */
export function WinnerRow({ winner, index, redrawn, invoke, onRound }: WinnerRowProps) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const id = `${winner.round}-${winner.entrantId}`;
  const call = async (request: () => Promise<RoundView | undefined>) => {
    setConfirming(false);
    setBusy(true);
    const round = await request();
    setBusy(false);
    if (round) onRound(round);
  };

  return (
    <li className={winner.absent ? 'winner-row absent' : 'winner-row'} data-testid={`winner-${id}`} data-absent={winner.absent}>
      <span className="winner-index">{index + 1}</span>
      <span className="winner-name">{winner.name}</span>
      {winner.absent && <span className="badge badge-absent">{t(redrawn ? 'draw.absentRedrawn' : 'draw.absent')}</span>}
      <span className="grow" />
      {!winner.absent && !confirming && (
        <button type="button" className="ghost" data-testid={`absent-${id}`} disabled={busy} onClick={() => setConfirming(true)}>{t('draw.markAbsent')}</button>
      )}
      {winner.absent && !redrawn && (
        <button type="button" className="secondary" data-testid={`redraw-${id}`} disabled={busy}
          onClick={() => void call(() => run('ArmRound', { tierId: winner.tierId, count: 1, replaces: winner.entrantId }))}>{t('draw.redraw')}</button>
      )}
      {confirming && (
        <div className="confirm winner-confirm" role="alertdialog">
          <span>{t('draw.absentConfirm', { name: winner.name })}</span>
          <button type="button" className="danger" data-testid={`confirm-absent-${id}`}
            onClick={() => void call(() => run('MarkAbsent', { round: winner.round, entrantId: winner.entrantId }))}>{t('draw.confirmAbsent')}</button>
          <button type="button" data-testid={`cancel-absent-${id}`} onClick={() => setConfirming(false)}>{t('draw.cancel')}</button>
        </div>
      )}
      <ErrorText code={error} />
    </li>
  );
}
