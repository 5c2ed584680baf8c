import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { HashText } from './hash-text';
import type { SoundCues } from './sound-cues';
import { WinnerRow } from './winner-row';

export interface RoundCardProps {
  code: string;
  round: RoundView;
  /** Entrant ids whose place a later round draws again. */
  replaced: ReadonlySet<string>;
  /** The name of the absent winner this round replaces, when it is a redraw. */
  replacesName: string | null;
  invoke: Invoke;
  onRound(round: RoundView): void;
  /** Drum roll from the host's click on Draw (the gesture that lets the page make sound); stopped if it is refused. */
  cues?: SoundCues;
}

/** One round: the seed hash from the moment it is armed, then draw, the winners, reveal, and the proof link. */
export function RoundCard({ code, round, replaced, replacesName, invoke, onRound, cues }: RoundCardProps) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [busy, setBusy] = useState(false);
  const call = async (method: 'DrawRound' | 'RevealRound') => {
    if (method === 'DrawRound') { cues?.unlock(); cues?.drumRoll(); }
    setBusy(true);
    const answer = await run(method, round.number);
    setBusy(false);
    if (answer) onRound(answer);
    else if (method === 'DrawRound') cues?.stop();
  };
  const n = round.number;

  return (
    <article className={`card stack round-card state-${round.state}`} data-testid={`round-${n}`} data-state={round.state}>
      <header className="round-head">
        <h3>{t('draw.roundTitle', { number: n })}</h3>
        <span className={`badge badge-round-${round.state}`}>{t(`draw.state.${round.state}`)}</span>
        <span className="grow" />
        {round.state !== 'armed' && (
          <a className="subtle-link small" data-testid={`proof-link-${n}`} href={`/verify/${code}/${n}`} target="_blank" rel="noreferrer">{t('draw.proof')}</a>
        )}
      </header>
      <p className="muted small">
        {replacesName ? t('draw.redrawFor', { name: replacesName }) : t('draw.batchOf', { n: round.count })}
        {round.state !== 'armed' && ` · ${t('draw.entrants', { count: round.entrants })}`}
      </p>
      <dl className="proof-facts">
        <div><dt>{t('draw.seedHash')}</dt><dd><HashText value={round.seedHash} testId={`seed-hash-${n}`} /></dd></div>
        {round.listHash && <div><dt>{t('draw.listHash')}</dt><dd><HashText value={round.listHash} testId={`list-hash-${n}`} /></dd></div>}
        {round.seed && <div><dt>{t('draw.seed')}</dt><dd><HashText value={round.seed} testId={`seed-${n}`} /></dd></div>}
      </dl>
      <div className="actions">
        {round.state === 'armed' && (
          <button type="button" className="primary big" data-testid={`draw-${n}`} disabled={busy} onClick={() => void call('DrawRound')}>
            {t('draw.drawNow', { n: round.count })}
          </button>
        )}
        {round.state === 'drawn' && (
          <button type="button" className="secondary" data-testid={`reveal-${n}`} disabled={busy} onClick={() => void call('RevealRound')}>
            {t('draw.reveal')}
          </button>
        )}
      </div>
      <ErrorText code={error} />
      {round.winners.length > 0 && (
        <ol className="plain-list winner-list" data-testid={`winners-${n}`}>
          {round.winners.map((w, i) => (
            <WinnerRow key={w.entrantId} winner={w} index={i} redrawn={replaced.has(w.entrantId)} invoke={invoke} onRound={onRound} />
          ))}
        </ol>
      )}
    </article>
  );
}
