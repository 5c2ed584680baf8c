import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { PollDraft, PollKind } from '@live/shared/realtime/types';
import { ResultsTimingSelect } from './results-timing-select';
import { ErrorText } from '../../components/error-text';
import { kindModule, pollKindOrder } from '../poll-kinds/registry';
import { emptyDraft, toRequest, validateDraft, withKind, type DraftForm } from './poll-draft';

/** The new-poll form: question, kind, the kind's own fields (from its module), the settings every kind has. */
export function CreatePollForm({ onCreate }: { onCreate(draft: PollDraft): Promise<unknown> }) {
  return <PollForm initial={emptyDraft} onSubmit={onCreate} clearAfter />;
}

export interface PollFormProps {
  initial(): DraftForm;
  onSubmit(draft: PollDraft): Promise<unknown>;
  /** The new-poll form starts over after each poll; the edit form closes instead (onCancel). */
  clearAfter?: boolean;
  /** Editing a draft poll: "Save" and "Cancel" instead of "Create poll". */
  onCancel?(): void;
}

/** A poll's question, kind and settings: empty for a new poll, or a draft poll's own for editing it. */
export function PollForm({ initial, onSubmit, clearAfter, onCancel }: PollFormProps) {
  const { t } = useTranslation();
  const editing = !!onCancel;
  const [draft, setDraft] = useState<DraftForm>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DraftForm>) => setDraft(d => ({ ...d, ...patch }));
  const kind = kindModule(draft.kind);
  const Fields = kind?.DraftFields;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateDraft(draft);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await onSubmit(toRequest(draft));
      if (clearAfter) setDraft(initial());
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    // noValidate: the kinds' own checks say what is wrong in the page's language, not the browser's.
    <form className={editing ? 'stack poll-edit-form' : 'card stack'} onSubmit={submit} noValidate data-testid={editing ? 'poll-edit-form' : 'poll-create-form'}>
      {!editing && <h2>{t('console.newPoll')}</h2>}
      <label className="field">
        <span>{t('console.question')}</span>
        <input data-testid="poll-question" value={draft.question} maxLength={200} placeholder={t('console.questionPlaceholder')} onChange={e => set({ question: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('console.kind')}</span>
        <select data-testid="poll-kind" value={draft.kind} onChange={e => { setDraft(d => withKind(d, e.target.value as PollKind)); setError(null); }}>
          {pollKindOrder.map(kind => <option key={kind} value={kind}>{t(`console.kinds.${kind}`)}</option>)}
        </select>
      </label>
      {Fields && <Fields draft={draft} onChange={set} />}
      <label className="check"><input type="checkbox" data-testid="poll-allow-change" checked={draft.allowVoteChange} onChange={e => set({ allowVoteChange: e.target.checked })} />{t('console.allowChange')}</label>
      <label className="check"><input type="checkbox" data-testid="poll-show-results" checked={draft.showResultsToAttendees} onChange={e => set({ showResultsToAttendees: e.target.checked })} />{t('console.showResults')}</label>
      {draft.showResultsToAttendees && (
        <ResultsTimingSelect testId="poll-results-timing" value={draft.attendeeResults} onChange={attendeeResults => set({ attendeeResults })} />
      )}
      {kind?.takesUpvotes && (
        <label className="check"><input type="checkbox" data-testid="poll-allow-upvotes" checked={draft.allowUpvotes} onChange={e => set({ allowUpvotes: e.target.checked })} />{t('console.allowUpvotes')}</label>
      )}
      <ErrorText code={error} />
      {editing ? (
        <div className="actions">
          <button className="primary" data-testid="save-poll" disabled={busy}>{t(busy ? 'console.saving' : 'console.savePoll')}</button>
          <button type="button" data-testid="cancel-edit-poll" onClick={onCancel}>{t('console.cancel')}</button>
        </div>
      ) : (
        <button className="primary" data-testid="create-poll" disabled={busy}>{t(busy ? 'console.creating' : 'console.createPoll')}</button>
      )}
    </form>
  );
}
