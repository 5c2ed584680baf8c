import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { SurveyRequest, SurveyView } from '@live/shared/survey/types';
import { downloadExport } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';
import { kindModule } from '../poll-kinds/registry';
import { CommentTags } from './comment-tags';
import { draftFrom } from './survey-draft';
import { SurveyEditor } from './survey-editor';
import './survey.css';

export interface ConsoleSurveyProps {
  /** The pushed survey (snapshot.survey), the host's view with the results. */
  survey: SurveyView | null;
  /** Attendees connected now: the response rate's base. */
  connected: number;
  invoke: Invoke;
  /** The session and host key the responses export is fetched with (absent: no export buttons). */
  code?: string;
  hostKey?: string;
}

/** Newer version wins: this console's own answer shows at once, pushes catch up. */
const newer = (a: SurveyView | null, b: SurveyView | null) => (!a ? b : !b ? a : b.version > a.version ? b : a);

/**
 * The console's Survey tab (host only): the form (from the template or blank), open and close it, and the live
 * results, never on the big screen. The response rate is sent ÷ connected now (at least the sent).
 */
export function ConsoleSurvey({ survey: pushed, connected, invoke, code, hostKey }: ConsoleSurveyProps) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<SurveyView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const survey = newer(pushed, answered);
  const run = (call: () => Promise<SurveyView>) => {
    setError(null);
    setBusy(true);
    call().then(setAnswered, e => setError(errorCode(e))).finally(() => setBusy(false));
  };
  if (!survey) return <p className="muted">{t('survey.loading')}</p>;
  const rate = survey.submitted === 0 ? 0 : Math.round((100 * survey.submitted) / Math.max(connected, survey.submitted));

  return (
    <div className="console survey-console" data-testid="console-survey">
      <div className="stack">
        {/* Seeded once from the server's form: pushes while the host types must not reset the fields. */}
        <SurveyEditor initial={draftFrom(survey)}
          locked={survey.started > 0} busy={busy} onInvalid={setError}
          onSave={(request: SurveyRequest) => run(() => invoke('SaveSurvey', request))} />
        <ErrorText code={error} />
      </div>
      <div className="stack">
        <section className="card stack" data-testid="survey-run" data-status={survey.status}>
          <div className="survey-run-head">
            <span className={`badge badge-${survey.status}`} data-testid="survey-status">{t(`survey.status.${survey.status}`)}</span>
            <span className="hint">{t('survey.neverOnScreen')}</span>
          </div>
          <div className="survey-figures">
            <div><span className="label">{t('survey.submitted')}</span><strong data-testid="survey-submitted">{survey.submitted}</strong></div>
            <div><span className="label">{t('survey.started')}</span><strong data-testid="survey-started">{survey.started}</strong></div>
            <div><span className="label">{t('survey.rate')}</span><strong data-testid="survey-rate">{rate}%</strong></div>
          </div>
          <div className="actions">
            {survey.status !== 'open' && <button className="primary" data-testid="survey-open" disabled={busy || survey.questions.length === 0}
              onClick={() => run(() => invoke('OpenSurvey'))}>{t(survey.status === 'closed' ? 'survey.reopen' : 'survey.open')}</button>}
            {survey.status === 'open' && <button className="danger" data-testid="survey-close" disabled={busy} onClick={() => run(() => invoke('CloseSurvey'))}>{t('survey.close')}</button>}
            {!confirmingReset && <button className="ghost" data-testid="survey-reset" disabled={busy || (survey.started === 0 && survey.status === 'draft')}
              onClick={() => setConfirmingReset(true)}>{t('survey.reset')}</button>}
          </div>
          {code && hostKey && (
            <DownloadButtons testId="export-survey" label={t('survey.exportResponses')}
              onDownload={format => { setError(null); downloadExport(code, hostKey, 'survey/responses', format).catch(e => setError(errorCode(e))); }} />
          )}
          {confirmingReset && (
            <div className="confirm" role="alertdialog">
              <span>{t('survey.resetConfirm', { count: survey.started })}</span>
              <button className="danger" data-testid="survey-confirm-reset" onClick={() => { setConfirmingReset(false); run(() => invoke('ResetSurvey')); }}>{t('survey.confirmReset')}</button>
              <button onClick={() => setConfirmingReset(false)}>{t('console.cancel')}</button>
            </div>
          )}
        </section>
        {survey.questions.map((q, i) => {
          const kind = kindModule(q.question.kind);
          const results = survey.results.find(r => r.pollId === q.question.id);
          if (!kind) return null;
          const { Results } = kind;
          return (
            <article key={q.question.id} className="card stack survey-result" data-testid={`survey-result-${q.question.id}`}>
              <h3>{i + 1}. {q.question.question}</h3>
              <Results poll={q.question} results={results} testIdPrefix={`survey-count-${q.question.id}`} />
              <p className="muted small">{t('survey.answeredBy', { count: results?.voters ?? 0 })}</p>
              {q.question.kind === 'text' && (
                <CommentTags survey={survey} questionId={q.question.id} results={results} busy={busy}
                  onSetTags={tags => run(() => invoke('SetSurveyTags', tags))}
                  onTag={(key, tag, on) => run(() => invoke('TagSurveyAnswer', { questionId: q.question.id, key, tag, on }))} />
              )}
            </article>
          );
        })}
      </div>
    </div>
  );
}
