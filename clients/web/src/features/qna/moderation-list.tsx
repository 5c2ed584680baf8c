import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QnaView, QuestionState } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { ModQuestion } from './mod-question';
import { ModerationToolbar } from './moderation-toolbar';
import { filterQuestions, stateCounts, type QuestionFilter } from './question-filter';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

/** The moderator's queue: filters, bulk approve/dismiss of the checked questions, and per-question controls. */
export function ModerationList({ qna, invoke }: { qna: QnaView; invoke: Invoke }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<QuestionFilter>({ state: 'all', channel: 'all', search: '', sort: 'votes' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { run, error } = useHubAction(invoke);

  const visible = useMemo(() => filterQuestions(qna.questions, filter), [qna.questions, filter]);
  const counts = useMemo(() => stateCounts(qna.questions, filter), [qna.questions, filter]);
  const banned = useMemo(() => new Set((qna.bans ?? []).map(b => b.deviceId)), [qna.bans]);
  // Only questions still on screen can be acted on: a checked question that moved out of the filter is left alone.
  const chosen = visible.filter(q => selected.has(q.id)).map(q => q.id);
  const allChosen = visible.length > 0 && chosen.length === visible.length;

  const select = (id: string, on: boolean) => setSelected(current => {
    const next = new Set(current);
    if (on) next.add(id); else next.delete(id);
    return next;
  });
  const move = (questionIds: string[], to: QuestionState) => run('MoveQuestions', { questionIds, to });
  const bulk = async (to: QuestionState) => {
    if (await move(chosen, to)) setSelected(new Set());
  };

  return (
    <section className="stack">
      <ModerationToolbar filter={filter} counts={counts} onChange={setFilter} />
      <div className="bulk-bar">
        <label className="check">
          <input type="checkbox" data-testid="select-all" checked={allChosen} disabled={visible.length === 0}
            onChange={e => setSelected(e.target.checked ? new Set(visible.map(q => q.id)) : new Set())} />
          {t('moderation.selectAll')}
        </label>
        <span className="muted small">{t('moderation.selected', { count: chosen.length })}</span>
        <button className="primary" data-testid="bulk-approve" disabled={chosen.length === 0} onClick={() => void bulk('live')}>{t('moderation.approveSelected')}</button>
        <button data-testid="bulk-dismiss" disabled={chosen.length === 0} onClick={() => void bulk('dismissed')}>{t('moderation.dismissSelected')}</button>
      </div>
      <ErrorText code={error} />
      {visible.length === 0 && <p className="muted empty" data-testid="mod-empty">{t('moderation.noQuestions')}</p>}
      {visible.map(q => (
        <ModQuestion key={q.id} question={q} selected={selected.has(q.id)} banned={!!q.deviceId && banned.has(q.deviceId)}
          onSelect={on => select(q.id, on)}
          move={to => void move([q.id], to)}
          star={starred => void run('StarQuestion', q.id, starred)}
          edit={text => void run('EditQuestion', q.id, text)}
          ban={reason => q.deviceId && void run('BanDevice', { deviceId: q.deviceId, reason })} />
      ))}
    </section>
  );
}
