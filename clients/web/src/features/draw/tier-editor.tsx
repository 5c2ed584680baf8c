import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableView } from '@live/shared/groups/types';
import type { CategoryCount, DrawView, PollView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { categoryLabel } from '../checkin/labels';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { TableChoice } from './table-choice';
import { emptyDraft, sources, toggleCategory, splitList, toRequest, type TierDraft } from './tier-draft';

export interface TierEditorProps {
  /** The tier being edited, or a new draft. */
  initial: TierDraft;
  polls: PollView[];
  /** Check-in categories to suggest (snapshot.checkins.byCategory). */
  categories: CategoryCount[];
  /** The discussion tables now (snapshot.groups), to limit a tier to some of them; empty when none are formed. */
  tables?: TableView[];
  invoke: Invoke;
  onSaved(view: DrawView): void;
  onCancel(): void;
}

/** Adds or edits a prize tier: name, number of winners, order, image, and who may win it. */
export function TierEditor({ initial, polls, categories, tables = [], invoke, onSaved, onCancel }: TierEditorProps) {
  const { t } = useTranslation();
  const { run, error, setError } = useHubAction(invoke);
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- picking another tier (a new `initial`) starts a new draft
  useEffect(() => setDraft(initial), [initial]);
  const set = <K extends keyof TierDraft>(key: K, value: TierDraft[K]) => setDraft(d => ({ ...d, [key]: value }));
  const chosen = splitList(draft.categories);

  const save = async () => {
    const request = toRequest(draft);
    if ('error' in request) { setError(request.error); return; }
    setBusy(true);
    const view = await run('SaveTier', request);
    setBusy(false);
    if (view) { onSaved(view); if (!draft.id) setDraft(emptyDraft(request.order + 1)); }
  };

  return (
    <form className="card stack tier-editor" data-testid="tier-editor" onSubmit={e => { e.preventDefault(); void save(); }}>
      <h2 className="section-title">{t(draft.id ? 'draw.editTier' : 'draw.newTier')}</h2>
      <label className="field">{t('draw.tierName')}
        <input data-testid="tier-name" value={draft.name} maxLength={40} placeholder={t('draw.tierNamePlaceholder')} onChange={e => set('name', e.target.value)} />
      </label>
      <div className="field-pair">
        <label className="field">{t('draw.tierCount')}
          <input data-testid="tier-count" inputMode="numeric" value={draft.count} onChange={e => set('count', e.target.value)} />
        </label>
        <label className="field">{t('draw.tierOrder')}
          <input data-testid="tier-order" inputMode="numeric" value={draft.order} onChange={e => set('order', e.target.value)} />
        </label>
      </div>
      <label className="field">{t('draw.tierImage')}
        <input data-testid="tier-image" type="url" value={draft.image} maxLength={500} placeholder="https://…" onChange={e => set('image', e.target.value)} />
      </label>
      <label className="field">{t('draw.source')}
        <select data-testid="tier-source" value={draft.source} onChange={e => set('source', e.target.value as TierDraft['source'])}>
          {sources.map(s => <option key={s} value={s}>{t(`draw.sources.${s}`)}</option>)}
        </select>
      </label>
      {draft.source === 'votedInPoll' && (
        <label className="field">{t('draw.poll')}
          <select data-testid="tier-poll" value={draft.pollId} onChange={e => set('pollId', e.target.value)}>
            <option value="">{t('draw.choosePoll')}</option>
            {polls.map(p => <option key={p.id} value={p.id}>{p.question}</option>)}
          </select>
        </label>
      )}
      <label className="field">{t('draw.categories')}
        <input data-testid="tier-categories" value={draft.categories} placeholder={t('draw.categoriesPlaceholder')} onChange={e => set('categories', e.target.value)} />
      </label>
      {categories.length > 0 && (
        <div className="chips" aria-label={t('draw.suggested')}>
          {categories.map(c => (
            <button key={c.category} type="button" className={chosen.includes(c.category) ? 'chip selected' : 'chip'}
              data-testid={`tier-category-${c.category}`} aria-pressed={chosen.includes(c.category)}
              onClick={() => set('categories', toggleCategory(draft.categories, c.category))}>
              {categoryLabel(t, c.category)} <span className="count">{c.arrived}/{c.invited}</span>
            </button>
          ))}
        </div>
      )}
      <TableChoice tables={tables} chosen={draft.tables} onChange={next => set('tables', next)} />
      <details className="id-lists" open={!!(draft.include || draft.exclude)}>
        <summary>{t('draw.idLists')}</summary>
        <label className="field">{t('draw.include')}
          <textarea className="text-box" data-testid="tier-include" value={draft.include} onChange={e => set('include', e.target.value)} />
        </label>
        <label className="field">{t('draw.exclude')}
          <textarea className="text-box" data-testid="tier-exclude" value={draft.exclude} onChange={e => set('exclude', e.target.value)} />
        </label>
        <p className="hint">{t('draw.idHint')}</p>
      </details>
      <div className="actions">
        <button type="submit" className="primary" data-testid="tier-save" disabled={busy}>{t(draft.id ? 'draw.saveTier' : 'draw.addTier')}</button>
        {draft.id && <button type="button" data-testid="tier-cancel" onClick={onCancel}>{t('draw.cancel')}</button>}
      </div>
      <ErrorText code={error} />
    </form>
  );
}
