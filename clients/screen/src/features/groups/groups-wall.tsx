import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupsView } from '@live/shared/groups/types';
import { tablesLayout, tablesPage, tablesShown } from './table-pages';
import { usePageRotation } from './use-page-rotation';
import './groups-wall.css';

export interface GroupsWallProps { title: string; groups: GroupsView | null }

/**
 * The discussion tables on the wall: "Table N" over its names, as many tables per page as stay readable from the
 * back of the hall, turning pages every 8 s with "page 2 / 5". Before tables are formed (or after they end), a note.
 */
export function GroupsWall({ title, groups }: GroupsWallProps) {
  const { t } = useTranslation();
  const tables = tablesShown(groups);
  const layout = tablesLayout(tables);
  const turn = usePageRotation(Math.ceil(tables.length / layout.perPage), `${groups?.round ?? 0}`);
  const page = tablesPage(tables, layout.perPage, turn);
  const facilitators = page.items.some(table => table.members.some(m => m.facilitator));

  return (
    <main className="groups-wall" data-testid="groups-wall">
      <header className="groups-header">
        <h1 className="groups-title">{title}</h1>
        <span className="groups-kicker">{t('groups.title')}</span>
      </header>
      {tables.length === 0
        ? <p className="groups-waiting" data-testid="groups-waiting">{t('groups.waiting')}</p>
        : (
          <ol className="groups-grid" data-testid="groups-grid" data-page={page.page + 1} data-pages={page.pages} data-columns={layout.columns}
            style={{ '--columns': layout.columns, '--rows': layout.rows, '--seats': layout.seats } as CSSProperties}>
            {page.items.map(table => (
              <li key={table.number} className="group-table" data-testid={`screen-table-${table.number}`}>
                <h2 className="group-number">{t('groups.table', { number: table.number })}</h2>
                <ul className="group-names">
                  {table.members.map(m => (
                    <li key={m.id} className="group-name" data-facilitator={m.facilitator || undefined}>
                      {m.facilitator && <span className="group-star" aria-label={t('groups.facilitator')}>★</span>}
                      {m.name}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      {tables.length > 0 && (
        <footer className="groups-footer">
          <p className="groups-hint">{t('groups.phoneHint')}</p>
          {facilitators && <p className="groups-legend">★ {t('groups.facilitator')}</p>}
          {page.pages > 1 && <p className="groups-page" data-testid="groups-page">{t('groups.page', { page: page.page + 1, pages: page.pages })}</p>}
        </footer>
      )}
    </main>
  );
}
