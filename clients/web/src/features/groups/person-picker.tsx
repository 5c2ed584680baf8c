import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableView } from '@live/shared/groups/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { ErrorText } from '../../components/error-text';
import type { ApartPerson } from './groups-draft';
import { candidatesFor, usePeopleSearch } from './people-search';

export interface PersonPickerProps {
  /** Which set this adds to, for the field's label and test ids. */
  set: number;
  /** Ids already in the set: not offered again. */
  taken: ReadonlySet<string>;
  /** The current tables, to find phones seated without checking in. */
  tables: TableView[];
  invoke: Invoke;
  onPick(person: ApartPerson): void;
}

/** "Add a person…": type part of a name (or company, seat, phone), then pick from the matches. */
export function PersonPicker({ set, taken, tables, invoke, onPick }: PersonPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { rows, error } = usePeopleSearch(invoke, query);
  const found = useMemo(() => candidatesFor(query, rows, tables, taken), [query, rows, tables, taken]);
  const pick = (person: ApartPerson) => { onPick(person); setQuery(''); };
  const searching = query.trim() !== '';

  return (
    <div className="person-picker">
      <label className="visually-hidden" htmlFor={`apart-search-${set}`}>{t('groups.apart.addLabel', { number: set + 1 })}</label>
      <input id={`apart-search-${set}`} type="search" data-testid={`apart-search-${set}`} value={query} maxLength={100}
        placeholder={t('groups.apart.addPerson')} onChange={e => setQuery(e.target.value)} />
      {searching && found.length > 0 && (
        <ul className="plain-list person-matches" data-testid={`apart-matches-${set}`}>
          {found.map(c => (
            <li key={c.id}>
              <button type="button" className="person-match" data-testid={`apart-pick-${set}-${c.id}`} onClick={() => pick({ id: c.id, name: c.name })}>
                <span className="member-name">{c.name}</span>
                {c.company && <span className="member-company">{c.company}</span>}
                {c.arrived === false && <span className="muted small">{t('groups.apart.notArrived')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {searching && rows !== null && found.length === 0 && <p className="muted small" data-testid={`apart-nobody-${set}`}>{t('groups.apart.nobody')}</p>}
      <ErrorText code={error} />
    </div>
  );
}
