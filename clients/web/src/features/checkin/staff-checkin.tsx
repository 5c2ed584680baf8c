import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/error-text';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { RosterRow } from './roster-row';
import { useRosterSearch } from './use-roster-search';

/** The check-in desk: search the list as you type, one tap checks a person in. */
export function StaffCheckIn({ invoke, version }: { invoke: Invoke; version: number | undefined }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { rows, total, error, replace } = useRosterSearch(invoke, query, version);
  return (
    <section className="card stack staff-checkin">
      <h2 className="section-title">{t('checkin.staff')}</h2>
      <input type="search" className="text-input roster-search" data-testid="roster-search" value={query} maxLength={64}
        placeholder={t('checkin.search')} aria-label={t('checkin.search')} autoComplete="off" onChange={e => setQuery(e.target.value)} />
      <ErrorText code={error} />
      {rows === null && !error && <p className="muted small">{t('checkin.searching')}</p>}
      {rows?.length === 0 && <p className="muted empty" data-testid="roster-empty">{t('checkin.noResults')}</p>}
      {rows && rows.length > 0 && (
        <ul className="plain-list roster-list">
          {rows.map(entry => <RosterRow key={entry.id} entry={entry} invoke={invoke} onChange={replace} />)}
        </ul>
      )}
      {rows && total > rows.length && (
        <p className="muted small roster-truncated" data-testid="roster-truncated" role="status">
          {t('checkin.truncated', { shown: rows.length, total })}
        </p>
      )}
    </section>
  );
}
