import { useTranslation } from 'react-i18next';
import type { BallotProps } from '../kind-module';
import { moved, useDragOrder } from './drag-order';
import './ranking.css';

/**
 * Ranking on a phone. Tapping options in turn gives each the next rank; tapping a ranked one takes it out again.
 * A ranked option moves by its handle (drag with one thumb) or by its up and down buttons (keyboard, screen readers).
 */
export function RankingBallot({ poll, answer, disabled, onChange }: BallotProps) {
  const { t } = useTranslation();
  const ranked = answer.ranking.filter(id => poll.options.some(o => o.id === id));
  const unranked = poll.options.filter(o => !ranked.includes(o.id));
  const text = (id: number) => poll.options.find(o => o.id === id)?.text ?? '';
  const set = (ranking: number[]) => onChange({ ...answer, ranking });
  const drag = useDragOrder((from, to) => set(moved(ranked, from, to)));

  return (
    <>
      <p className="muted">{t('kinds.ranking.hint')}</p>
      <p className="ranking-progress" data-testid="ranking-progress">{t('kinds.ranking.progress', { done: ranked.length, total: poll.options.length })}</p>
      {ranked.length > 0 && (
        <ol className="ranking-list" aria-label={t('kinds.ranking.yourOrder')}>
          {ranked.map((id, i) => (
            <li key={id} ref={drag.rowRef(i)} className={drag.dragging === i ? 'ranking-item dragging' : 'ranking-item'}
              style={drag.style(i)} data-testid={`ranked-row-${id}`} data-rank={i + 1}>
              <button type="button" className="ranking-pick" disabled={disabled} data-testid={`ranked-${id}`}
                aria-label={t('kinds.ranking.unrankLabel', { rank: i + 1, text: text(id) })} onClick={() => set(ranked.filter(r => r !== id))}>
                <span className="rank-badge" aria-hidden="true">{i + 1}</span><span className="ranking-text">{text(id)}</span>
              </button>
              <button type="button" className="ranking-move" disabled={disabled || i === 0} data-testid={`rank-up-${id}`}
                aria-label={t('kinds.ranking.upLabel', { text: text(id) })} onClick={() => set(moved(ranked, i, i - 1))}>▲</button>
              <button type="button" className="ranking-move" disabled={disabled || i === ranked.length - 1} data-testid={`rank-down-${id}`}
                aria-label={t('kinds.ranking.downLabel', { text: text(id) })} onClick={() => set(moved(ranked, i, i + 1))}>▼</button>
              {!disabled && ranked.length > 1 && (
                <span className="ranking-handle" aria-hidden="true" data-testid={`rank-handle-${id}`} {...drag.handle(i)}>⠿</span>
              )}
            </li>
          ))}
        </ol>
      )}
      {unranked.length > 0 && (
        <div className="choices" role="group" aria-label={t('kinds.ranking.toRank')}>
          {unranked.map(option => (
            <button key={option.id} type="button" className="choice" disabled={disabled} data-testid={`rank-option-${option.id}`}
              onClick={() => set([...ranked, option.id])}>
              <span className="rank-badge next" aria-hidden="true">{ranked.length + 1}</span>{option.text}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
