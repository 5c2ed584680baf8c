import { useTranslation } from 'react-i18next';
import type { DrawView as Draw } from '@live/shared/realtime/types';
import { QrCode } from '../../components/qr-code';
import { currentRound, rollFaces, stageLayout, winnerGrid, winnerPage } from './draw-stage';
import { HashGroups } from './hash-groups';
import { usePageTurner } from './use-page-turner';
import { useDrumRoll } from './use-drum-roll';
import { WinnerReveal } from './winner-reveal';
import './draw-view.css';

export interface DrawViewProps { title: string; draw: Draw | null; code: string; origin: string }

/** The lucky draw on the wall: the seed commitment, a drum roll, the winners, then the seed and how to check it. */
export function DrawView({ title, draw, code, origin }: DrawViewProps) {
  const { t } = useTranslation();
  const current = currentRound(draw);
  const rolling = useDrumRoll(current?.round ?? null);
  const turn = usePageTurner(current ? `${current.round.number}` : '', current?.round.winners.length ?? 0);

  if (!draw || !current) {
    return (
      <main className="draw" data-testid="draw-idle">
        <h1 className="draw-title">{title}</h1>
        <ol className="draw-tiers">
          {[...(draw?.tiers ?? [])].sort((a, b) => a.order - b.order).map(tier => (
            <li key={tier.id}><span className="draw-tier-name">{tier.name}</span><span className="draw-tier-count">{t('draw.places', { count: tier.count })}</span></li>
          ))}
        </ol>
      </main>
    );
  }

  const { round, tier } = current;
  const grid = winnerGrid(round.winners.length);
  const page = winnerPage(round.winners, turn);
  const faces = rollFaces(round);
  const verifyUrl = `${origin}/verify/${code}/${round.number}`;
  // One winner, once the roll is over: the reveal fills the screen and carries the tier itself.
  const reveal = round.state !== 'armed' && !rolling && stageLayout(round) === 'reveal';
  return (
    <main className="draw" data-state={round.state} data-layout={reveal ? 'reveal' : 'grid'}>
      {/* While armed the prize fills the centre; the banner would only repeat it. */}
      {round.state !== 'armed' && !reveal && <header className="draw-header">
        <h1 className="draw-tier" data-testid="draw-tier">{tier?.name ?? round.tierId}</h1>
        <span className="draw-count">{t('draw.winners', { count: round.count })}</span>
        {round.replaces && <span className="draw-replaces">{t('draw.replaces')}</span>}
      </header>}

      {round.state === 'armed' && (
        <section className="draw-ready" data-testid="draw-ready">
          <p className="draw-ready-tier">{tier?.name ?? round.tierId}</p>
          <p className="draw-ready-text">{t('draw.ready', { count: round.count })}</p>
          {round.replaces && <p className="draw-replaces">{t('draw.replaces')}</p>}
        </section>
      )}

      {round.state !== 'armed' && rolling && (
        <section className="draw-rolling" data-testid="draw-rolling" aria-live="off">
          {faces.length === 0 && <p className="draw-drawing">{t('draw.drawing')}</p>}
          {faces.map((face, i) => <span key={i} className="draw-face" style={{ animationDelay: `${(i % 8) * 90}ms` }}>{face}</span>)}
        </section>
      )}

      {reveal && <WinnerReveal round={round} tier={tier} winner={round.winners[0]} />}

      {round.state !== 'armed' && !rolling && !reveal && (
        <ol className={`draw-winners ${grid.size}`} data-testid="draw-winners" data-page={page.page + 1} data-pages={page.pages}
          style={{ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))` }}>
          {page.items.map(w => (
            <li key={w.entrantId} className="draw-winner" data-testid={`draw-winner-${w.entrantId}`} data-absent={w.absent}>
              <span className="draw-winner-name">{w.name}</span>
              {w.company && <span className="draw-winner-company">{w.company}</span>}
              {w.absent && <span className="draw-absent">{t('draw.absent')}</span>}
            </li>
          ))}
        </ol>
      )}

      {round.state === 'armed' && (
        <footer className="draw-footer">
          <div className="draw-commit" data-testid="draw-commit">
            <p className="draw-small">{t('draw.commitment')}</p>
            <HashGroups hex={round.seedHash} className="draw-hash" testId="draw-hash" />
            <p className="draw-small draw-hint">{t('draw.commitmentHint')}</p>
          </div>
        </footer>
      )}

      {round.state !== 'armed' && (
        <footer className="draw-footer">
          {page.pages > 1 && !rolling && <p className="draw-page" data-testid="draw-page">{t('draw.page', { page: page.page + 1, pages: page.pages })}</p>}
          <p className="draw-small" data-testid="draw-list-hash">
            {t('draw.entrants', { count: round.entrants })} · {t('draw.commitmentShort')} <HashGroups hex={round.seedHash} groups={2} />
            {' · '}{t('draw.listHash')} <HashGroups hex={round.listHash ?? ''} groups={2} />
          </p>
          {round.state === 'revealed' && round.seed && (
            <div className="draw-verify" data-testid="draw-verify">
              <QrCode text={verifyUrl} className="qr draw-qr" />
              <div>
                <p className="draw-small">{t('draw.seed')} <HashGroups hex={round.seed} /></p>
                <p className="draw-verify-text">{t('draw.verify')}</p>
                <p className="draw-verify-url">{verifyUrl}</p>
              </div>
            </div>
          )}
        </footer>
      )}
    </main>
  );
}
