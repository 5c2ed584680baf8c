import { useTranslation } from 'react-i18next';
import type { ResultItem } from '@live/shared/realtime/types';
import type { ScreenResultsProps } from '../kind-module';
import './opentext.css';

/** How many cards fit a projector at a size readable from the back of the hall: fewer below a featured answer. */
const shown = 8;
const shownBelowFeatured = 4;

/**
 * Open text on the big screen: the answers as cards (newest first, or most upvoted when the poll takes upvotes), the
 * same answer from several people once with their count. The answer the host featured is shown large above a smaller
 * wall. The server has already held back what the word filter matched and what the host hid.
 */
export function AnswerWall({ poll, results }: ScreenResultsProps) {
  const { t } = useTranslation();
  const hidden = new Set(poll.hiddenKeys ?? []);
  const answers = (results?.items ?? []).filter(i => !hidden.has(i.key) && i.count > 0);
  const featured = poll.featuredKey ? answers.find(i => i.key === poll.featuredKey) : undefined;
  const cards = answers.filter(i => i !== featured).slice(0, featured ? shownBelowFeatured : shown);
  const upvotes = poll.allowUpvotes ?? false;
  const upvotesOf = (item: ResultItem) => item.upvotes ?? 0;
  if (!featured && cards.length === 0) return <p className="wall-waiting">{t('kinds.text.waiting')}</p>;

  const wall = cards.length > 0 && (
    <ul className="answer-wall" data-testid="answer-wall" data-cards={cards.length}>
      {cards.map(card => (
        <li key={card.key} className="answer-card" data-testid={`wall-answer-${card.key}`} data-count={card.count}
          data-upvotes={upvotes ? upvotesOf(card) : undefined}>
          <span className="answer-text">{card.text}</span>
          {card.count > 1 && <span className="answer-count">×{card.count}</span>}
          {upvotes && (
            <span className="answer-upvotes" data-testid={`wall-upvotes-${card.key}`}
              aria-label={t('kinds.text.upvotes', { count: upvotesOf(card) })}>▲ {upvotesOf(card)}</span>
          )}
        </li>
      ))}
    </ul>
  );
  if (!featured) return wall;
  return (
    <div className="answer-stage">
      <figure className="featured-answer" data-testid="featured-answer" data-key={featured.key} data-count={featured.count}
        data-upvotes={upvotes ? upvotesOf(featured) : undefined}>
        <figcaption className="featured-label">{t('kinds.text.featured')}</figcaption>
        <blockquote className="featured-text" data-testid="featured-text">{featured.text}</blockquote>
        {(upvotes || featured.count > 1) && (
          <p className="featured-meta">
            {featured.count > 1 && <span className="answer-count">×{featured.count}</span>}
            {upvotes && (
              <span className="answer-upvotes" data-testid="featured-upvotes">▲ {t('kinds.text.upvotes', { count: upvotesOf(featured) })}</span>
            )}
          </p>
        )}
      </figure>
      {wall}
    </div>
  );
}
