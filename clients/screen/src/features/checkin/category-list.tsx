import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryRow } from './figures';

export interface CategoryListProps {
  rows: CategoryRow[];
  /** Two narrower columns, for 7–12 rows. */
  compact: boolean;
  label: (category: string) => string;
  number: Intl.NumberFormat;
}

/** Arrived of invited per category, with a bar; walk-ins (nobody invited) show a count without a bar. */
export function CategoryList({ rows, compact, label, number }: CategoryListProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <div className="wall-categories" />; // keeps the QR at the bottom
  return (
    <ul
      className={compact ? 'wall-categories compact' : 'wall-categories'}
      aria-label={t('checkin.byCategory')}
      style={{ '--rows': compact ? Math.ceil(rows.length / 2) : rows.length } as CSSProperties}
    >
      {rows.map(row => {
        const more = row.kind === 'more';
        return (
          <li
            key={more ? ' more' : row.category}
            className={more ? 'wall-category more' : 'wall-category'}
            data-testid={more ? 'wall-categories-more' : `wall-category-${row.category}`}
          >
            <span className="category-label">{more ? t('checkin.moreCategories', { count: row.categories }) : label(row.category)}</span>
            <span className="category-numbers">
              <span className="category-arrived">{number.format(row.arrived)}</span>
              {row.percent !== null && <span className="category-invited"> / {number.format(row.invited)}</span>}
            </span>
            {row.percent !== null && (
              <span className="category-bar"><span className="category-fill" style={{ transform: `scaleX(${row.percent / 100})` }} /></span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
