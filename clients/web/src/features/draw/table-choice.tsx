import { useTranslation } from 'react-i18next';
import type { TableView } from '@live/shared/groups/types';
import { toggleTable } from './tier-draft';

export interface TableChoiceProps {
  /** The discussion tables now (empty when none are formed). */
  tables: TableView[];
  /** The tier's tables: may name a table the current round no longer has, shown so it can be taken off. */
  chosen: number[];
  onChange(tables: number[]): void;
}

/**
 * "Only people at these tables": one toggle per table of the current round, with how many sit there. Shown only
 * when tables are formed, or when the tier already names some.
 */
export function TableChoice({ tables, chosen, onChange }: TableChoiceProps) {
  const { t } = useTranslation();
  if (tables.length === 0 && chosen.length === 0) return null;
  const present = new Set(tables.map(x => x.number));
  const gone = chosen.filter(n => !present.has(n));
  return (
    <fieldset className="table-choice" data-testid="tier-tables">
      <legend>{t('draw.tables')}</legend>
      <div className="chips table-chips" role="group" aria-label={t('draw.tables')}>
        {tables.map(x => {
          const on = chosen.includes(x.number);
          return (
            <button key={x.number} type="button" className={on ? 'chip selected' : 'chip'} aria-pressed={on}
              aria-label={t('draw.tableChip', { number: x.number, count: x.members.length })} data-testid={`tier-table-${x.number}`} onClick={() => onChange(toggleTable(chosen, x.number))}>
              {t('draw.tableNumber', { number: x.number })} <span className="count">{x.members.length}</span>
            </button>
          );
        })}
        {gone.map(n => (
          <button key={n} type="button" className="chip selected gone" aria-pressed title={t('draw.tableGone')}
            data-testid={`tier-table-${n}`} onClick={() => onChange(toggleTable(chosen, n))}>
            {t('draw.tableNumber', { number: n })} <span className="count">{t('draw.tableGoneShort')}</span>
          </button>
        ))}
      </div>
      <p className="hint" data-testid="tier-tables-hint">
        {chosen.length === 0 ? t('draw.tablesNone') : t('draw.tablesChosen', { list: chosen.map(n => t('draw.tableNumber', { number: n })).join(', ') })}
        {' '}{t('draw.tablesHint')}
      </p>
      {chosen.length > 0 && <button type="button" className="ghost" data-testid="tier-tables-clear" onClick={() => onChange([])}>{t('draw.tablesClear')}</button>}
    </fieldset>
  );
}
