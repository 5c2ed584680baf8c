import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultItem } from '@live/shared/realtime/types';
import type { ScreenResultsProps } from '../kind-module';
import './opentext.css';

/** How many cards fit a projector at a size readable from the back of the hall: fewer below a featured answer. */
const shown = 8;

/**
 * A featured answer's size by its length (up to 280 characters): short ones very large, long ones smaller but whole,
 * with fewer cards below them.
 */
function featuredSize(text: string): { size: 'l' | 'm' | 's'; below: number } {
  const length = [...text].length;
  if (length <= 60) return { size: 'l', below: 4 };
  if (length <= 140) return { size: 'm', below: 4 };
  return { size: 's', below: 2 };
}

/**
 * Hides each card of the list that does not fit whole (a long answer, a long featured one above): a card cut through
 * its text reads worse than one left out. Checked after every render and whenever a card or the list changes size.
 */
function useHideCutCards(list: RefObject<HTMLUListElement | null>) {
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const check = () => {
      for (const card of el.children) {
        const c = card as HTMLElement;
        c.toggleAttribute('data-cut', c.offsetTop + c.offsetHeight > el.clientHeight + 1);
      }
    };
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    for (const card of el.children) observer.observe(card);
    return () => observer.disconnect();
  });
}

/**
 * Open text on the big screen: the answers as cards (newest first, or most upvoted when the poll takes upvotes), the
 * same answer from several people once with their count. The answer the host featured is shown large above a smaller
 * wall. The server has already held back what the word filter matched and what the host hid.
 */
export function AnswerWall({ poll, results }: ScreenResultsProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  useHideCutCards(list);
  const hidden = new Set(poll.hiddenKeys ?? []);
  const answers = (results?.items ?? []).filter(i => !hidden.has(i.key) && i.count > 0);
  const featured = poll.featuredKey ? answers.find(i => i.key === poll.featuredKey) : undefined;
  const sizing = featured ? featuredSize(featured.text ?? '') : null;
  const cards = answers.filter(i => i !== featured).slice(0, sizing ? sizing.below : shown);
  const upvotes = poll.allowUpvotes ?? false;
  const upvotesOf = (item: ResultItem) => item.upvotes ?? 0;
  if (!featured && cards.length === 0) return <p className="wall-waiting">{t('kinds.text.waiting')}</p>;

  const wall = cards.length > 0 && (
    <ul ref={list} className="answer-wall" data-testid="answer-wall" data-cards={cards.length}>
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
  if (!featured || !sizing) return wall;
  return (
    <div className="answer-stage">
      <figure className="featured-answer" data-testid="featured-answer" data-key={featured.key} data-count={featured.count}
        data-upvotes={upvotes ? upvotesOf(featured) : undefined} data-size={sizing.size}>
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
