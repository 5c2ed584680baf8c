import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableView } from '@live/shared/groups/types';
import { MoveSelect } from './move-select';

export interface TableCardProps {
  table: TableView;
  /** How many tables the round has, for the move choices. */
  tables: number;
  /** Highlights the people whose names match the console's search. */
  match?: (name: string) => boolean;
  /** Ended tables can no longer be changed. */
  disabled: boolean;
  /** Without it (a moderator's console) the card has no move controls. */
  onMove?: (memberId: string, table: number) => void;
}

/** One table in the console: its number, how many sit there, and each person with the facilitator marked and (for the host) a move control. */
export const TableCard = memo(function TableCard({ table, tables, match, disabled, onMove }: TableCardProps) {
  const { t } = useTranslation();
  return (
    <article className="table-card" data-testid={`table-${table.number}`}>
      <header className="table-card-head">
        <h3>{t('groups.tableNumber', { number: table.number })}</h3>
        <span className="muted small">{t('groups.people', { count: table.members.length })}</span>
      </header>
      {table.members.length === 0 && <p className="muted small">{t('groups.emptyTable')}</p>}
      <ul className="plain-list table-members">
        {table.members.map(m => (
          <li key={m.id} className={match?.(m.name) ? 'table-member found' : 'table-member'} data-testid={`member-${m.id}`}>
            <span className="member-who">
              <span className="member-name">
                {m.name}
                {m.facilitator && <span className="badge badge-facilitator" data-testid="facilitator">{t('groups.facilitator')}</span>}
              </span>
              {m.company && <span className="member-company">{m.company}</span>}
            </span>
            {onMove && <MoveSelect member={m} from={table.number} tables={tables} disabled={disabled} onMove={onMove} />}
          </li>
        ))}
      </ul>
    </article>
  );
});
