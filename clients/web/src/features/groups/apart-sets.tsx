import { useTranslation } from 'react-i18next';
import type { TableView } from '@live/shared/groups/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { addSet, addToSet, maxApartSets, maxApartSetSize, minApartSetSize, removeFromSet, removeSet, type ApartPerson } from './groups-draft';
import { PersonPicker } from './person-picker';

export interface ApartSetsProps {
  sets: ApartPerson[][];
  tables: TableView[];
  invoke: Invoke;
  onChange(sets: ApartPerson[][]): void;
}

/** The form's "Keep apart" part: sets of people who must sit at different tables, each of 2–20 people, up to 50 sets. */
export function ApartSets({ sets, tables, invoke, onChange }: ApartSetsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="apart-sets" data-testid="apart-sets">
      <legend>{t('groups.apart.title')}</legend>
      <p className="hint">{t('groups.apart.hint')}</p>
      {sets.map((set, i) => (
        <div key={i} className="apart-set" data-testid={`apart-set-${i}`}>
          <div className="apart-set-head">
            <span className="small">{t('groups.apart.set', { number: i + 1 })}</span>
            <button type="button" className="danger-text" data-testid={`apart-remove-set-${i}`} onClick={() => onChange(removeSet(sets, i))}>
              {t('groups.apart.removeSet')}
            </button>
          </div>
          {set.length > 0 && (
            <ul className="chips plain-list">
              {set.map(p => (
                <li key={p.id} className="chip selected apart-person" data-testid={`apart-person-${i}-${p.id}`}>
                  {p.name}
                  <button type="button" className="chip-remove" aria-label={t('groups.apart.removePerson', { name: p.name })}
                    data-testid={`apart-remove-${i}-${p.id}`} onClick={() => onChange(removeFromSet(sets, i, p.id))}>×</button>
                </li>
              ))}
            </ul>
          )}
          {set.length < minApartSetSize && <p className="hint warn" data-testid={`apart-short-${i}`}>{t('groups.apart.needTwo')}</p>}
          {set.length < maxApartSetSize && (
            <PersonPicker set={i} taken={new Set(set.map(p => p.id))} tables={tables} invoke={invoke} onPick={p => onChange(addToSet(sets, i, p))} />
          )}
        </div>
      ))}
      {sets.length < maxApartSets && (
        <button type="button" className="secondary" data-testid="apart-add-set" onClick={() => onChange(addSet(sets))}>{t('groups.apart.addSet')}</button>
      )}
    </fieldset>
  );
}
