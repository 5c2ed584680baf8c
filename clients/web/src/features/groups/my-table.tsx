import { useTranslation } from 'react-i18next';
import type { MyTableView } from '@live/shared/groups/types';
import './groups.css';

/**
 * "You are at Table 12" with the people sitting there: above everything on the phone while the host's tables are
 * shown, gone when they are ended (table null). Pushed as tables change, and back after a reload from GetState.
 */
export function MyTable({ table }: { table: MyTableView | null }) {
  const { t } = useTranslation();
  if (!table || table.table === null) return null;
  return (
    <section className="card stack my-table" data-testid="my-table" data-table={table.table} aria-live="polite">
      <p className="my-table-kicker">{t('groups.phone.kicker')}</p>
      <h2 className="my-table-number" data-testid="my-table-number">{t('groups.phone.atTable', { number: table.table })}</h2>
      {table.mates.length === 0
        ? <p className="muted small" data-testid="my-table-alone">{t('groups.phone.alone')}</p>
        : (
          <>
            <p className="label">{t('groups.phone.mates', { count: table.mates.length })}</p>
            <ul className="plain-list my-table-mates" data-testid="my-table-mates">
              {table.mates.map((mate, i) => (
                <li key={`${i}-${mate.name}`} className="my-table-mate" data-testid="my-table-mate">
                  <span className="mate-name">{mate.name}</span>
                  {mate.facilitator && <span className="badge badge-facilitator">{t('groups.facilitator')}</span>}
                  {mate.company && <span className="mate-company">{mate.company}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
    </section>
  );
}
