import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { PollKind } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { emptyDraft, toRequest, validateDraft, type DraftForm } from './poll-draft';

export function CreatePollForm({ onCreate }: { onCreate(draft: ReturnType<typeof toRequest>): Promise<unknown> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DraftForm>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DraftForm>) => setDraft(d => ({ ...d, ...patch }));
  const setOption = (i: number, text: string) => set({ options: draft.options.map((o, j) => (j === i ? text : o)) });
  const removeOption = (i: number) => setDraft(d => {
    const options = d.options.filter((_, j) => j !== i);
    return { ...d, options, maxSelections: Math.min(d.maxSelections, options.length) };
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateDraft(draft);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await onCreate(toRequest(draft));
      setDraft(emptyDraft());
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <h2>{t('console.newPoll')}</h2>
      <label className="field">
        <span>{t('console.question')}</span>
        <input data-testid="poll-question" value={draft.question} maxLength={200} placeholder={t('console.questionPlaceholder')} onChange={e => set({ question: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('console.kind')}</span>
        <select data-testid="poll-kind" value={draft.kind} onChange={e => set({ kind: e.target.value as PollKind })}>
          <option value="single">{t('console.kinds.single')}</option>
          <option value="multiple">{t('console.kinds.multiple')}</option>
        </select>
      </label>
      {draft.options.map((option, i) => (
        <div className="option-row" key={i}>
          <input data-testid={`poll-option-${i}`} value={option} maxLength={80} aria-label={t('console.optionLabel', { n: i + 1 })}
            placeholder={t('console.optionLabel', { n: i + 1 })} onChange={e => setOption(i, e.target.value)} />
          {draft.options.length > 2 && (
            <button type="button" className="ghost" data-testid={`remove-option-${i}`} aria-label={t('console.removeOptionLabel', { n: i + 1 })}
              onClick={() => removeOption(i)}>{t('console.removeOption')}</button>
          )}
        </div>
      ))}
      {draft.options.length < 12 && (
        <button type="button" className="ghost" data-testid="add-option" onClick={() => set({ options: [...draft.options, ''] })}>+ {t('console.addOption')}</button>
      )}
      {draft.kind === 'multiple' && (
        <label className="field inline">
          <span>{t('console.maxSelections')}</span>
          <input data-testid="poll-max" type="number" min={1} max={draft.options.length} value={draft.maxSelections}
            onChange={e => set({ maxSelections: Number(e.target.value) })} />
        </label>
      )}
      <label className="check"><input type="checkbox" data-testid="poll-allow-change" checked={draft.allowVoteChange} onChange={e => set({ allowVoteChange: e.target.checked })} />{t('console.allowChange')}</label>
      <label className="check"><input type="checkbox" data-testid="poll-show-results" checked={draft.showResultsToAttendees} onChange={e => set({ showResultsToAttendees: e.target.checked })} />{t('console.showResults')}</label>
      <ErrorText code={error} />
      <button className="primary" data-testid="create-poll" disabled={busy}>{t(busy ? 'console.creating' : 'console.createPoll')}</button>
    </form>
  );
}
