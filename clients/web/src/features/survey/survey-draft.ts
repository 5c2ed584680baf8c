import type { TFunction } from 'i18next';
import type { PollKind, PollView } from '@live/shared/realtime/types';
import type { SurveyRequest, SurveyView } from '@live/shared/survey/types';
import { emptyDraft, toRequest, validateDraft, withKind, type DraftForm } from '../console/poll-draft';

/** One question in the console's editor: a poll draft (its kind's own fields) and whether it must be answered. */
export interface SurveyQuestionDraft { draft: DraftForm; required: boolean }
export interface SurveyDraft { title: string; questions: SurveyQuestionDraft[] }

export const newQuestion = (kind: PollKind = 'rating'): SurveyQuestionDraft => ({ draft: withKind(emptyDraft(), kind), required: true });

const fromPoll = (q: PollView): DraftForm => ({
  ...emptyDraft(), question: q.question, kind: q.kind, options: q.options.map(o => o.text), maxSelections: q.maxSelections, variant: q.variant ?? null,
});

/** The editor as the server's survey has it (empty before the first save). */
export const draftFrom = (survey: SurveyView | null): SurveyDraft => ({
  title: survey?.title ?? '',
  questions: (survey?.questions ?? []).map(q => ({ draft: fromPoll(q.question), required: q.required })),
});

/**
 * The template every event team starts from (content, service, takeaways; would you recommend us; what to improve),
 * in the console's language: the host edits it before saving.
 */
export function surveyTemplate(t: TFunction): SurveyDraft {
  const rating = withKind({ ...emptyDraft(), kind: 'rating', question: t('survey.template.rate'),
    options: [t('survey.template.content'), t('survey.template.service'), t('survey.template.takeaways')] }, 'rating');
  const nps = withKind({ ...emptyDraft(), kind: 'rating', question: t('survey.template.recommend'), options: [t('survey.template.recommendStatement')] }, 'rating');
  const comment = withKind({ ...emptyDraft(), kind: 'text', question: t('survey.template.improve') }, 'text');
  return {
    title: t('survey.template.title'),
    questions: [
      { draft: { ...rating, variant: 'stars5' }, required: true },
      { draft: { ...nps, variant: 'nps' }, required: true },
      { draft: comment, required: false },
    ],
  };
}

/** The first mistake (an error code, as the server would say it) or the request SaveSurvey takes. */
export function toSurveyRequest(d: SurveyDraft): { error: string } | SurveyRequest {
  if (d.title.trim().length === 0) return { error: 'title_required' };
  if (d.questions.length > 20) return { error: 'survey_full' };
  for (const q of d.questions) {
    const problem = validateDraft(q.draft);
    if (problem) return { error: problem };
  }
  return { title: d.title.trim(), questions: d.questions.map(q => ({ question: toRequest(q.draft), required: q.required })) };
}
