import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { MySurveyView, SurveyAnswerRequest, SurveyView } from '@live/shared/survey/types';
import { ErrorText } from '../../../components/error-text';
import { emptyAnswer } from '../../../realtime/ballots';
import { kindModule } from '../../poll-kinds/registry';
import { answersFrom, missingRequired, toSurveyAnswers, type SurveyAnswers } from '../survey-answers';
import './phone-survey.css';

export interface AttendeeSurveyProps {
  survey: SurveyView | null;
  mine: MySurveyView | null;
  answer(request: SurveyAnswerRequest): Promise<MySurveyView>;
  onSaved(mine: MySurveyView): void;
}

/** How long the phone waits after the last tap before saving: one save per pause, not one per star. */
export const saveDelayMs = 800;

/**
 * The satisfaction survey on a phone while the host has it open: every question drawn by its poll kind's ballot,
 * answers saved to the server as they are given (a reload or a later visit finds them), then one Send. A sent survey
 * shows its thanks; a closed one says so.
 */
export function AttendeeSurvey({ survey, mine, answer, onSaved }: AttendeeSurveyProps) {
  const { t } = useTranslation();
  if (!survey || survey.status === 'draft' || survey.questions.length === 0) return null;
  if (mine?.submitted) {
    return <section className="card stack phone-survey" data-testid="survey-thanks"><p className="received">{t('survey.phone.thanks')}</p></section>;
  }
  if (survey.status === 'closed') return mine ? <section className="card phone-survey" data-testid="survey-closed"><p className="muted">{t('survey.phone.closed')}</p></section> : null;
  return <SurveyForm survey={survey} mine={mine} answer={answer} onSaved={onSaved} />;
}

function SurveyForm({ survey, mine, answer, onSaved }: AttendeeSurveyProps & { survey: SurveyView }) {
  const { t } = useTranslation();
  // Seeded once from the server's copy; the person's edits win from then on.
  const [answers, setAnswers] = useState<SurveyAnswers>(() => answersFrom(mine));
  const [dirty, setDirty] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(!!mine && mine.answers.length > 0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const send = async (ids: string[] | null, submit: boolean) => {
    const questions = ids ? survey.questions.filter(q => ids.includes(q.question.id)) : survey.questions;
    const request = { answers: toSurveyAnswers(questions, answers), submit };
    if (!submit && request.answers.length === 0) return;
    setSending(submit);
    try {
      onSaved(await answer(request));
      setSaved(true);
      setError(null);
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setSending(false);
    }
  };

  // Progress is saved a moment after the person stops changing it.
  useEffect(() => {
    if (dirty.length === 0) return;
    timer.current = setTimeout(() => { setDirty([]); void send(dirty, false); }, saveDelayMs);
    return () => { if (timer.current) clearTimeout(timer.current); };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a save is due when the edited set changes, with the answers of then
  }, [dirty, answers]);

  const submit = () => {
    if (missingRequired(survey.questions, answers).length > 0) return setError('survey_incomplete');
    if (timer.current) clearTimeout(timer.current);
    setDirty([]);
    void send(null, true);
  };
  const missing = error === 'survey_incomplete' ? new Set(missingRequired(survey.questions, answers)) : new Set<string>();

  return (
    <section className="card stack phone-survey" data-testid="phone-survey">
      <h2 className="phone-survey-title">{survey.title}</h2>
      <p className="muted small">{t('survey.phone.intro')}</p>
      {survey.questions.map((q, i) => {
        const kind = kindModule(q.question.kind);
        if (!kind) return null;
        const { Ballot } = kind;
        const id = q.question.id;
        return (
          <div key={id} className={`phone-survey-question${missing.has(id) ? ' missing' : ''}`} data-testid={`survey-question-${id}`}>
            <h3>{i + 1}. {q.question.question}{!q.required && <span className="muted small"> · {t('survey.phone.optional')}</span>}</h3>
            <Ballot poll={q.question} answer={answers[id] ?? emptyAnswer} disabled={sending}
              onChange={next => { setAnswers(a => ({ ...a, [id]: next })); setDirty(d => (d.includes(id) ? d : [...d, id])); setError(null); }}
              onRefuse={setError} />
          </div>
        );
      })}
      <ErrorText code={error} />
      <button className="primary big" data-testid="survey-submit" disabled={sending} onClick={submit}>
        {t(sending ? 'survey.phone.sending' : 'survey.phone.submit')}
      </button>
      {saved && <p className="muted small" data-testid="survey-progress-saved">{t('survey.phone.progressSaved')}</p>}
    </section>
  );
}
