import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormGroupsRequest, GroupsView } from '@live/shared/groups/types';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { CategoryCount } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { GroupsForm } from './groups-form';
import { scoreLine } from './score-line';
import { TableCard } from './table-card';
import { nameMatcher, tablesMatching } from './table-search';
import './groups.css';

export interface ConsoleGroupsProps {
  /** The session code (the form remembers its settings per session). */
  code: string;
  /** The pushed tables (snapshot.groups). */
  groups: GroupsView | null;
  /** Check-in categories, to choose who facilitates (snapshot.checkins.byCategory). */
  categories: CategoryCount[];
  invoke: Invoke;
  /** A moderator's console: the tables and the search only; no form, no moves, no End tables (the host's alone). */
  readOnly?: boolean;
}

/** Newer version wins: the answer to this console's own call shows at once, pushes catch up. */
const newer = (a: GroupsView | null, b: GroupsView | null) => (!a ? b : !b ? a : b.version > a.version ? b : a);

/**
 * The console's discussion-tables tab: the form on the left; on the right the current round (its score, End tables)
 * and every table with its people, each movable to another table. The table list scrolls on its own, so 125 tables
 * stay usable on a laptop, and a search box finds a person's table.
 */
export function ConsoleGroups({ code, groups: pushed, categories, invoke, readOnly = false }: ConsoleGroupsProps) {
  const { t, i18n } = useTranslation();
  const [answered, setAnswered] = useState<GroupsView | null>(null);
  const [busy, setBusy] = useState(false);
  const [query, setQuery] = useState('');
  const formAction = useHubAction(invoke);
  const tableAction = useHubAction(invoke);
  const view = newer(pushed, answered);

  const keep = useCallback((answer: GroupsView | undefined) => { if (answer) setAnswered(current => newer(current, answer)); }, []);
  const { run: runForm, setError: setFormError } = formAction;
  const { run: runTable, setError: setTableError } = tableAction;
  const form = async (request: FormGroupsRequest) => {
    setTableError(null);
    setBusy(true);
    keep(await runForm('FormGroups', request));
    setBusy(false);
  };
  const end = async () => keep(await runTable('EndGroups'));
  // Stable, so a move re-renders only the cards whose tables changed (TableCard is memoised).
  const move = useCallback(async (memberId: string, table: number) => keep(await runTable('MoveToTable', { memberId, table })), [keep, runTable]);

  const match = useMemo(() => nameMatcher(query), [query]);
  const tables = useMemo(() => view?.tables ?? [], [view]);
  const shown = useMemo(() => tablesMatching(tables, match), [tables, match]);
  const seated = tables.reduce((n, table) => n + table.members.length, 0);
  const formedAt = view?.formedAt ? new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(view.formedAt) : null;
  const round = !!view && view.round > 0 ? view : null;

  return (
    <main className={readOnly ? 'console groups-console read-only' : 'console groups-console'} data-testid="console-groups" data-read-only={readOnly}>
      {!readOnly && (
        <aside className="stack">
          <GroupsForm code={code} view={view} categories={categories} busy={busy} invoke={invoke} onForm={r => void form(r)} onInvalid={setFormError} />
          <ErrorText code={formAction.error} />
        </aside>
      )}
      <section className="stack groups-main">
        {!round && <p className="card muted empty" data-testid="no-groups">{t(readOnly ? 'groups.noneYet' : 'groups.none')}</p>}
        {round && (
          <div className="card groups-round" data-testid="groups-round" data-round={round.round} data-active={round.active}>
            <div className="groups-round-line">
              <h2 className="section-title">{t('groups.round', { round: round.round })}</h2>
              <span className={round.active ? 'badge badge-open' : 'badge badge-closed'} data-testid="groups-state">{t(round.active ? 'groups.shown' : 'groups.ended')}</span>
              <span className="groups-score" data-testid="groups-score">{scoreLine(t, round)}</span>
              {round.active && !readOnly && <button type="button" className="danger-text" data-testid="end-groups" onClick={() => void end()}>{t('groups.end')}</button>}
            </div>
            <div className="groups-round-line">
              <span className="muted small grow">
                {t('groups.seated', { count: seated })}
                {formedAt && ` · ${t('groups.formedAt', { time: formedAt })}`}
                {match && <> · <span data-testid="groups-found">{t('groups.found', { count: shown.length })}</span></>}
              </span>
              {tables.length > 0 && (
                <label className="groups-search">
                  <span className="visually-hidden">{t('groups.find')}</span>
                  <input type="search" data-testid="groups-search" value={query} placeholder={t('groups.find')} onChange={e => setQuery(e.target.value)} />
                </label>
              )}
            </div>
          </div>
        )}
        <ErrorText code={tableAction.error} />
        {round && tables.length > 0 && (
          <div className="table-grid" data-testid="table-grid">
            {shown.map(table => (
              <TableCard key={table.number} table={table} tables={tables.length} match={match ?? undefined}
                disabled={!round.active} onMove={readOnly ? undefined : move} />
            ))}
          </div>
        )}
      </section>
    </main>
  );
}
