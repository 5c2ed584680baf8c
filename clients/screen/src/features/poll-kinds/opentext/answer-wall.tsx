import { useTranslation } from 'react-i18next';
import type { ScreenResultsProps } from '../kind-module';
import './opentext.css';

/** How many cards fit a projector at a size readable from the back of the hall. */
const shown = 8;

/**
 * Open text on the big screen: the newest answers as cards, the same answer from several people once with their count.
 * The server has already held back what the word filter matched and what the host hid.
 */
export function AnswerWall({ poll, results }: ScreenResultsProps) {
  const { t } = useTranslation();
  const hidden = new Set(poll.hiddenKeys ?? []);
  const cards = (results?.items ?? []).filter(i => !hidden.has(i.key) && i.count > 0).slice(0, shown);
  if (cards.length === 0) return <p className="wall-waiting">{t('kinds.text.waiting')}</p>;
  return (
    <ul className="answer-wall" data-testid="answer-wall" data-cards={cards.length}>
      {cards.map(card => (
        <li key={card.key} className="answer-card" data-testid={`wall-answer-${card.key}`} data-count={card.count}>
          <span className="answer-text">{card.text}</span>
          {card.count > 1 && <span className="answer-count">×{card.count}</span>}
        </li>
      ))}
    </ul>
  );
}
