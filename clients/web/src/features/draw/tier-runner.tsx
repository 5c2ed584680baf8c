import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView, TierView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { batchSize, waitingRound } from './rounds';

export interface TierRunnerProps {
  tier: TierView;
  rounds: RoundView[];
  invoke: Invoke;
  onRound(round: RoundView): void;
}

/** Arms the next round of a tier: a batch of any size up to the open places (all of them by default). */
export function TierRunner({ tier, rounds, invoke, onRound }: TierRunnerProps) {
  const { t } = useTranslation();
  const { run, error, setError } = useHubAction(invoke);
  const [typed, setTyped] = useState<string | null>(null); // null: the open places
  const [busy, setBusy] = useState(false);
  const waiting = waitingRound(rounds, tier.id);

  const arm = async () => {
    const count = batchSize(typed ?? '', tier.open);
    if (count === null) { setError('tier_full'); return; }
    setBusy(true);
    const round = await run('ArmRound', { tierId: tier.id, count });
    setBusy(false);
    if (round) { onRound(round); setTyped(null); }
  };

  return (
    <div className="tier-runner" data-testid={`runner-${tier.id}`}>
      {tier.open === 0 && !waiting && <p className="muted small" data-testid={`tier-done-${tier.id}`}>{t('draw.tierDone')}</p>}
      {tier.open > 0 && !waiting && (
        <div className="inline-form">
          <label className="field inline">{t('draw.batch')}
            <input className="batch-input" data-testid={`round-count-${tier.id}`} inputMode="numeric" value={typed ?? String(tier.open)} onChange={e => setTyped(e.target.value)} />
          </label>
          <button type="button" className="primary" data-testid={`arm-${tier.id}`} disabled={busy} onClick={() => void arm()}>
            {t('draw.arm')}
          </button>
        </div>
      )}
      {waiting && <p className="muted small">{t('draw.armedHint')}</p>}
      <ErrorText code={error} />
    </div>
  );
}
