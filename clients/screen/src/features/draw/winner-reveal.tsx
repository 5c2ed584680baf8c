import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundView, TierView, WinnerView } from '@live/shared/realtime/types';
import { nameEms } from './draw-stage';
import { prefersReducedMotion } from './reduced-motion';
import './winner-reveal.css';

export interface WinnerRevealProps { round: RoundView; tier: TierView | undefined; winner: WinnerView }

const colors = ['#ffb020', '#ffd666', '#ff4d4f', '#ff85c0', '#5cdbd3', '#f5f7ff', '#ff7a45'];
/** A fixed scatter (the same on every screen and every render): a cheap hash of the piece's index. */
const scatter = (i: number, k: number) => { const x = Math.sin(i * 12.9898 + k * 78.233) * 43758.5453; return x - Math.floor(x); };
const confettiCount = 72;
const sparkCount = 28;

type Vars = CSSProperties & Record<`--${string}`, string>;

/** Confetti over the whole screen: CSS only, a few seconds, then it lies still below the screen. */
function Confetti() {
  const pieces = useMemo(() => Array.from({ length: confettiCount }, (_, i): Vars => ({
    '--x': `${(scatter(i, 1) * 100).toFixed(2)}%`,
    '--w': `${(0.9 + scatter(i, 2) * 1.1).toFixed(2)}vh`,
    '--c': colors[i % colors.length],
    '--delay': `${(scatter(i, 3) * 2.4).toFixed(2)}s`,
    '--dur': `${(3.2 + scatter(i, 4) * 2.6).toFixed(2)}s`,
    '--drift': `${((scatter(i, 5) - 0.5) * 16).toFixed(2)}vw`,
    '--rot': `${Math.round(360 + scatter(i, 6) * 720)}deg`,
  })), []);
  return (
    <div className="reveal-celebration" data-testid="reveal-celebration" aria-hidden="true">
      {pieces.map((style, i) => <span key={i} className="reveal-piece" style={style} />)}
    </div>
  );
}

/** Rays turning slowly behind the name and sparks bursting out from it. */
function Burst() {
  const sparks = useMemo(() => Array.from({ length: sparkCount }, (_, i): Vars => {
    const angle = (i / sparkCount) * 2 * Math.PI + scatter(i, 7) * 0.2;
    const reach = 26 + scatter(i, 8) * 18;
    return {
      '--bx': `${(Math.cos(angle) * reach * 1.6).toFixed(2)}vh`,
      '--by': `${(Math.sin(angle) * reach).toFixed(2)}vh`,
      '--c': colors[i % colors.length],
      '--delay': `${(scatter(i, 9) * 0.25).toFixed(2)}s`,
    };
  }), []);
  return (
    <div className="reveal-burst" aria-hidden="true">
      <div className="reveal-rays" />
      {sparks.map((style, i) => <span key={i} className="reveal-spark" style={style} />)}
    </div>
  );
}

/**
 * The full-screen reveal of a round's one winner: the prize tier, the name (masked as the host chose) as large as
 * the screen allows, their company under it (what tells two masked "宋*" apart; absent when the host hides companies
 * or the winner has none), and a celebration, left out when the viewer prefers reduced motion or the winner was absent.
 */
export function WinnerReveal({ round, tier, winner }: WinnerRevealProps) {
  const { t } = useTranslation();
  const celebrate = !winner.absent && !prefersReducedMotion();
  const style: Vars = { '--name-ems': nameEms(winner.name).toFixed(2) };
  return (
    <section className="draw-reveal" data-testid="draw-reveal" data-absent={winner.absent} data-celebrate={celebrate}>
      {celebrate && <Confetti />}
      <p className="reveal-kicker">{round.replaces ? t('draw.replaces') : t('draw.congrats')}</p>
      <h1 className="reveal-tier" data-testid="reveal-tier">{tier?.name ?? round.tierId}</h1>
      <div className="reveal-name-wrap">
        {celebrate && <Burst />}
        <p className="reveal-name" data-testid="reveal-name" style={style}>
          <span data-testid={`draw-winner-${winner.entrantId}`} data-absent={winner.absent}>{winner.name}</span>
        </p>
      </div>
      {winner.company && <p className="reveal-company" data-testid="reveal-company">{winner.company}</p>}
      {winner.absent && <p className="reveal-absent">{t('draw.absent')}</p>}
    </section>
  );
}
