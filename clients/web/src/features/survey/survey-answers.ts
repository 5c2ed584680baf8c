import type { MySurveyView, SurveyAnswer, SurveyQuestionView } from '@live/shared/survey/types';
import { answerOf, isBlank, type Answer } from '../../realtime/ballots';
import { kindModule } from '../poll-kinds/registry';

/** question id → the answer this phone holds (what the server sent back, then the person's edits). */
export type SurveyAnswers = Record<string, Answer>;

/** The server's copy of this person's answers, as the ballots of each question's kind read them. */
export const answersFrom = (mine: MySurveyView | null): SurveyAnswers =>
  Object.fromEntries((mine?.answers ?? []).map(b => [b.pollId, answerOf(b)]));

/** An answer its kind would send as it is: given, and complete (every statement of a rating rated). */
export function isReady(q: SurveyQuestionView, answer: Answer | undefined): answer is Answer {
  const kind = kindModule(q.question.kind);
  return !!kind && !!answer && !isBlank(answer) && kind.checkAnswer(q.question, answer) === null;
}

/** The wire answers for these questions: only the ready ones (a half-rated statement list waits). */
export const toSurveyAnswers = (questions: SurveyQuestionView[], answers: SurveyAnswers): SurveyAnswer[] =>
  questions.filter(q => isReady(q, answers[q.question.id]))
    .map(q => ({ pollId: q.question.id, ...kindModule(q.question.kind)!.toVote(q.question, answers[q.question.id]!) }));

/** Required questions without a ready answer, in form order: what stops a submit. */
export const missingRequired = (questions: SurveyQuestionView[], answers: SurveyAnswers): string[] =>
  questions.filter(q => q.required && !isReady(q, answers[q.question.id])).map(q => q.question.id);
