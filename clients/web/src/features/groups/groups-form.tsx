import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyRule, FormGroupsRequest, GroupKey, GroupSource, GroupsView } from '@live/shared/groups/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { CategoryCount } from '@live/shared/realtime/types';
import { categoryLabel } from '../checkin/labels';
import { ApartSets } from './apart-sets';
import { rememberDraft, rememberedDraft } from './form-memory';
import { draftFrom, incompleteSets, maxSeats, minSeats, toRequest, type GroupsDraft } from './groups-draft';

const sources: GroupSource[] = ['checkedIn', 'joined'];
const companyRules: CompanyRule[] = ['spread', 'together', 'ignore'];
const keys: GroupKey[] = ['company', 'category'];

export interface GroupsFormProps {
  /** The session: the form remembers its last settings per session in this browser. */
  code: string;
  /** The tables now: a formed round turns "Form tables" into "Form again". */
  view: GroupsView | null;
  /** Check-in categories to pick the facilitators from (snapshot.checkins.byCategory); a text field when there are none. */
  categories: CategoryCount[];
  busy: boolean;
  /** For the keep-apart sets' people search (SearchRoster). */
  invoke: Invoke;
  onForm(request: FormGroupsRequest): void;
  /** A field the server would refuse, caught before calling (its error code). */
  onInvalid(code: string): void;
}

/** Who to seat, how many per table, how colleagues are spread, who heads each table; then Form tables / Form again. */
export function GroupsForm({ code, view, categories, busy, invoke, onForm, onInvalid }: GroupsFormProps) {
  const { t } = useTranslation();
  // Seeded once, from what the host last left here or else the last round; pushes while the host edits must not reset the fields.
  const [draft, setDraft] = useState(() => rememberedDraft(code) ?? draftFrom(view));
  useEffect(() => rememberDraft(code, draft), [code, draft]);
  const set = <K extends keyof GroupsDraft>(key: K, value: GroupsDraft[K]) => setDraft(d => ({ ...d, [key]: value }));
  const again = !!view && view.round > 0;
  const incomplete = incompleteSets(draft) > 0;
  // Forming again re-seats everyone and every phone shows its new table: the host says so once more, here in the form.
  const [confirming, setConfirming] = useState(false);
  const submit = (confirmed: boolean) => {
    const request = toRequest(draft);
    if ('error' in request) { setConfirming(false); onInvalid(request.error); return; }
    if (again && !confirmed) { setConfirming(true); return; }
    setConfirming(false);
    onForm(request);
  };

  // noValidate: seats outside 4–12 get the app's translated sentence, not the browser's own bubble.
  return (
    <form className="card stack groups-form" data-testid="groups-form" noValidate onSubmit={e => { e.preventDefault(); submit(false); }}>
      <h2 className="section-title">{t('groups.formTitle')}</h2>
      <label className="field">{t('groups.source')}
        <select data-testid="groups-source" value={draft.source} onChange={e => set('source', e.target.value as GroupSource)}>
          {sources.map(s => <option key={s} value={s}>{t(`groups.sources.${s}`)}</option>)}
        </select>
      </label>
      <div className="field-pair">
        <label className="field">{t('groups.seats', { min: minSeats, max: maxSeats })}
          <input data-testid="groups-seats" type="number" inputMode="numeric" min={minSeats} max={maxSeats} value={draft.seats}
            onChange={e => set('seats', e.target.value)} />
        </label>
        <label className="field">{t('groups.facilitatorCategory')}
          {categories.length > 0
            ? (
              <select data-testid="groups-facilitators" value={draft.facilitatorCategory} onChange={e => set('facilitatorCategory', e.target.value)}>
                <option value="">{t('groups.noFacilitators')}</option>
                {categories.map(c => <option key={c.category} value={c.category}>{categoryLabel(t, c.category)}</option>)}
              </select>
            )
            : (
              <input data-testid="groups-facilitators" value={draft.facilitatorCategory} maxLength={100}
                placeholder={t('groups.facilitatorPlaceholder')} onChange={e => set('facilitatorCategory', e.target.value)} />
            )}
        </label>
      </div>
      <p className="hint">{t('groups.seatsHint')} {t('groups.facilitatorHint')}</p>
      <label className="field">{t('groups.colleagues')}
        <select data-testid="groups-companies" value={draft.companies} onChange={e => set('companies', e.target.value as CompanyRule)}>
          {companyRules.map(r => <option key={r} value={r}>{t(`groups.companies.${r}`)}</option>)}
        </select>
      </label>
      <label className="field">{t('groups.by')}
        <select data-testid="groups-by" value={draft.by} disabled={draft.companies === 'ignore'} onChange={e => set('by', e.target.value as GroupKey)}>
          {keys.map(k => <option key={k} value={k}>{t(`groups.keys.${k}`)}</option>)}
        </select>
      </label>
      <ApartSets sets={draft.apart} tables={view?.tables ?? []} invoke={invoke} onChange={apart => set('apart', apart)} />
      {incomplete && <p className="hint warn" data-testid="apart-incomplete">{t('groups.apart.incomplete')}</p>}
      {confirming
        ? (
          <div className="confirm" role="alertdialog" data-testid="form-again-ask">
            <span>{t('groups.formAgainConfirm')}</span>
            <button type="button" className="primary" data-testid="form-again-confirm" disabled={busy || incomplete} onClick={() => submit(true)}>{t('groups.confirm')}</button>
            <button type="button" data-testid="form-again-cancel" onClick={() => setConfirming(false)}>{t('groups.cancel')}</button>
          </div>
        )
        : <button type="submit" className="primary big" data-testid="form-groups" disabled={busy || incomplete}>{t(again ? 'groups.formAgain' : 'groups.form')}</button>}
      {again && <p className="hint" data-testid="form-again-hint">{t('groups.formAgainHint')}</p>}
    </form>
  );
}
