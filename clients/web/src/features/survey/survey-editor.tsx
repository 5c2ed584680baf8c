import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollKind } from '@live/shared/realtime/types';
import { surveyKinds, type SurveyRequest } from '@live/shared/survey/types';
import { withKind } from '../console/poll-draft';
import { kindModule } from '../poll-kinds/registry';
import { newQuestion, surveyTemplate, toSurveyRequest, type SurveyDraft, type SurveyQuestionDraft } from './survey-draft';

export interface SurveyEditorProps {
  initial: SurveyDraft;
  /** The server takes a new form only while nobody has answered. */
  locked: boolean;
  busy: boolean;
  onSave(request: SurveyRequest): void;
  onInvalid(code: string): void;
}

/** The survey's title and questions: each question is a poll draft of its kind (the kind's own fields) and a required switch. */
export function SurveyEditor({ initial, locked, busy, onSave, onInvalid }: SurveyEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const setQuestion = (i: number, next: SurveyQuestionDraft) => setDraft(d => ({ ...d, questions: d.questions.map((q, j) => (j === i ? next : q)) }));
  const move = (i: number, delta: number) => setDraft(d => {
    const questions = [...d.questions];
    const [q] = questions.splice(i, 1);
    questions.splice(i + delta, 0, q!);
    return { ...d, questions };
  });
  const save = () => {
    const request = toSurveyRequest(draft);
    if ('error' in request) onInvalid(request.error);
    else onSave(request);
  };

  return (
    <form className="card stack survey-editor" data-testid="survey-editor" noValidate onSubmit={e => { e.preventDefault(); save(); }}>
      <div className="survey-editor-head">
        <h2 className="section-title">{t('survey.editorTitle')}</h2>
        <button type="button" className="ghost" data-testid="survey-template" disabled={locked} onClick={() => setDraft(surveyTemplate(t))}>{t('survey.useTemplate')}</button>
      </div>
      <label className="field">{t('survey.title')}
        <input data-testid="survey-title" value={draft.title} maxLength={120} disabled={locked} onChange={e => setDraft(d => ({ ...d, title: e.target.value }))} />
      </label>
      {draft.questions.map((q, i) => (
        <QuestionDraft key={i} index={i} count={draft.questions.length} question={q} locked={locked}
          onChange={next => setQuestion(i, next)} onMove={delta => move(i, delta)}
          onRemove={() => setDraft(d => ({ ...d, questions: d.questions.filter((_, j) => j !== i) }))} />
      ))}
      {draft.questions.length === 0 && <p className="muted">{t('survey.noQuestions')}</p>}
      <div className="actions">
        <button type="button" data-testid="survey-add-question" disabled={locked || draft.questions.length >= 20}
          onClick={() => setDraft(d => ({ ...d, questions: [...d.questions, newQuestion()] }))}>{t('survey.addQuestion')}</button>
        <button type="submit" className="primary" data-testid="survey-save" disabled={locked || busy}>{t('survey.save')}</button>
      </div>
      {locked && <p className="hint">{t('survey.locked')}</p>}
    </form>
  );
}

interface QuestionDraftProps {
  index: number; count: number; question: SurveyQuestionDraft; locked: boolean;
  onChange(next: SurveyQuestionDraft): void; onMove(delta: -1 | 1): void; onRemove(): void;
}

function QuestionDraft({ index, count, question: q, locked, onChange, onMove, onRemove }: QuestionDraftProps) {
  const { t } = useTranslation();
  const Fields = kindModule(q.draft.kind)?.DraftFields;
  return (
    <fieldset className="survey-question-draft stack" data-testid={`survey-draft-${index}`} disabled={locked}>
      <legend>{t('survey.questionN', { n: index + 1 })}</legend>
      <div className="field-pair">
        <label className="field">{t('console.kind')}
          <select data-testid="survey-kind" value={q.draft.kind} onChange={e => onChange({ ...q, draft: withKind(q.draft, e.target.value as PollKind) })}>
            {surveyKinds.map(k => <option key={k} value={k}>{t(`console.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="check"><input type="checkbox" data-testid="survey-required" checked={q.required}
          onChange={e => onChange({ ...q, required: e.target.checked })} />{t('survey.required')}</label>
      </div>
      <label className="field">{t('console.question')}
        <input data-testid="survey-question-text" value={q.draft.question} maxLength={200} onChange={e => onChange({ ...q, draft: { ...q.draft, question: e.target.value } })} />
      </label>
      {Fields && <Fields draft={q.draft} inSurvey onChange={patch => onChange({ ...q, draft: { ...q.draft, ...patch } })} />}
      <div className="actions">
        <button type="button" className="ghost icon" aria-label={t('console.moveUp')} disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
        <button type="button" className="ghost icon" aria-label={t('console.moveDown')} disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
        <button type="button" className="ghost" data-testid="survey-remove-question" onClick={onRemove}>{t('survey.removeQuestion')}</button>
      </div>
    </fieldset>
  );
}
