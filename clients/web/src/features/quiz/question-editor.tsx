import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizQuestionKind, QuizQuestionRequest, QuizQuestionView } from '@live/shared/quiz/types';
import { draftOf, removeOption, requestOf, toggleCorrect, withKind, type PointsChoice, type QuestionDraft } from './question-draft';

export interface QuestionEditorProps {
  /** The question being edited, or null to add one. */
  editing: QuizQuestionView | null;
  /** Questions change only in the lobby: the form stays visible but cannot save during a run. */
  disabled: boolean;
  /** Saves; resolves when the server kept it (a refusal is shown by the tab and keeps the form as typed). */
  onSave(request: QuizQuestionRequest): Promise<void>;
  onCancel(): void;
}

const kinds: QuizQuestionKind[] = ['single', 'multiple', 'trueFalse', 'typed'];
const pointChoices: PointsChoice[] = ['0', '1000', '2000', 'custom'];
const maxOptions = 12;

/** Adds or edits one quiz question: kind, text, options with their right answers (or spellings), time and points. */
export function QuestionEditor({ editing, disabled, onSave, onCancel }: QuestionEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<QuestionDraft>(() => draftOf(editing));
  const set = (patch: Partial<QuestionDraft>) => setDraft(d => ({ ...d, ...patch }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void onSave(requestOf(draft)).then(() => { if (!editing) setDraft(d => ({ ...draftOf(null), kind: d.kind, timeLimit: d.timeLimit, points: d.points, customPoints: d.customPoints })); }, () => {});
  };
  const multiple = draft.kind === 'multiple';

  return (
    <form className="card stack quiz-editor" onSubmit={submit} data-testid="quiz-editor">
      <h3>{editing ? t('quiz.editQuestion') : t('quiz.addQuestion')}</h3>
      <div className="segmented quiz-kinds" role="radiogroup" aria-label={t('quiz.kind')}>
        {kinds.map(k => (
          <button key={k} type="button" role="radio" aria-checked={draft.kind === k} className={draft.kind === k ? 'selected' : ''}
            data-testid={`quiz-kind-${k}`} onClick={() => setDraft(d => withKind(d, k))}>{t(`quiz.kinds.${k}`)}</button>
        ))}
      </div>
      <label className="field">{t('quiz.questionText')}
        <input value={draft.text} maxLength={200} onChange={e => set({ text: e.target.value })} data-testid="quiz-text" />
      </label>

      {(draft.kind === 'single' || multiple) && (
        <fieldset className="quiz-options">
          <legend className="label">{multiple ? t('quiz.optionsMultiple') : t('quiz.optionsSingle')}</legend>
          {draft.options.map((text, i) => (
            <div key={i} className="option-row quiz-option-row">
              <label className="quiz-right" title={t('quiz.rightAnswer')}>
                <input type={multiple ? 'checkbox' : 'radio'} name="quiz-correct" checked={draft.correct.includes(i)}
                  onChange={() => setDraft(d => toggleCorrect(d, i))} data-testid={`quiz-correct-${i}`}
                  aria-label={t('quiz.rightAnswerFor', { n: i + 1 })} />
              </label>
              <input value={text} maxLength={80} placeholder={t('quiz.optionPlaceholder', { n: i + 1 })} data-testid={`quiz-option-${i}`}
                onChange={e => set({ options: draft.options.map((o, j) => (j === i ? e.target.value : o)) })} />
              <button type="button" className="ghost" aria-label={t('quiz.removeOption', { n: i + 1 })} disabled={draft.options.length <= 2}
                onClick={() => setDraft(d => removeOption(d, i))}>×</button>
            </div>
          ))}
          {draft.options.length < maxOptions && (
            <button type="button" className="ghost align-start" data-testid="quiz-add-option" onClick={() => set({ options: [...draft.options, ''] })}>
              {t('quiz.addOption')}
            </button>
          )}
        </fieldset>
      )}

      {draft.kind === 'trueFalse' && (
        <fieldset className="quiz-options" role="radiogroup">
          <legend className="label">{t('quiz.rightAnswer')}</legend>
          <div className="actions">
            {[t('quiz.true'), t('quiz.false')].map((label, i) => (
              <label key={i} className="check quiz-tf">
                <input type="radio" name="quiz-tf" checked={draft.correct.includes(i)} onChange={() => set({ correct: [i] })} data-testid={`quiz-correct-${i}`} />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {draft.kind === 'typed' && (
        <label className="field">{t('quiz.accepted')}
          <textarea rows={3} value={draft.accepted} onChange={e => set({ accepted: e.target.value })} data-testid="quiz-accepted" />
          <span className="hint">{t('quiz.acceptedHint')}</span>
        </label>
      )}

      <div className="agenda-form-row">
        <label className="field">{t('quiz.timeLimit')}
          <input type="number" min={5} max={120} value={draft.timeLimit} onChange={e => set({ timeLimit: e.target.value })} data-testid="quiz-time" />
        </label>
        <label className="field">{t('quiz.points')}
          <select value={draft.points} onChange={e => set({ points: e.target.value as PointsChoice })} data-testid="quiz-points">
            {pointChoices.map(p => <option key={p} value={p}>{t(`quiz.pointChoices.${p}`)}</option>)}
          </select>
        </label>
        {draft.points === 'custom' && (
          <label className="field">{t('quiz.customPoints')}
            <input type="number" min={0} max={10000} value={draft.customPoints} onChange={e => set({ customPoints: e.target.value })} data-testid="quiz-custom-points" />
          </label>
        )}
      </div>
      {disabled && <p className="hint">{t('quiz.lockedDuringRun')}</p>}
      <div className="actions">
        <button className="primary" type="submit" disabled={disabled} data-testid="quiz-save">{editing ? t('quiz.save') : t('quiz.add')}</button>
        {editing && <button type="button" onClick={onCancel}>{t('quiz.cancel')}</button>}
      </div>
    </form>
  );
}
