// Wire types of the satisfaction survey (docs/API.md "Survey"), mirrored from server/Live.Contracts/SurveyContracts.cs.
// A survey question is poll-shaped, so the poll kinds' modules draw its ballot and its results.
import type { Ballot, PollDraft, PollResults, PollView, VoteRequest } from '../realtime/types';

export type SurveyStatus = 'draft' | 'open' | 'closed';
/** The poll kinds a survey question may be. */
export const surveyKinds = ['rating', 'single', 'multiple', 'text'] as const;

export interface SurveyQuestionRequest { question: PollDraft; required: boolean }
export interface SurveyRequest { title: string; questions: SurveyQuestionRequest[] }
/** question.id is "s1", "s2"… in form order; question.status is the survey's. */
export interface SurveyQuestionView { question: PollView; required: boolean }
export interface SurveyView {
  version: number; status: SurveyStatus; title: string; questions: SurveyQuestionView[];
  started: number; submitted: number;
  /** The host's view only: one per question (pollId = the question id, voters = who answered it). */
  results: PollResults[];
  /** The host's view only: tag names, which comment carries which, and per tag how many people's comments. */
  tags?: string[] | null;
  tagged?: SurveyTagged[] | null;
  tagCounts?: SurveyTagCount[] | null;
}
/** key: the comment's result item key (the same words from several people are one comment). */
export interface SurveyTagged { questionId: string; key: string; tags: string[] }
export interface SurveyTagCount { tag: string; count: number }
export interface SurveyTagRequest { questionId: string; key: string; tag: string; on: boolean }
/** An answer to one question: a vote's fields, pollId = the question id (no op id: saving is idempotent). */
export type SurveyAnswer = Omit<VoteRequest, 'opId'>;
export interface SurveyAnswerRequest { answers: SurveyAnswer[]; submit: boolean }
export interface MySurveyView { answers: Ballot[]; submitted: boolean }
export interface SurveyReadout { view: SurveyView; mine: MySurveyView | null }
