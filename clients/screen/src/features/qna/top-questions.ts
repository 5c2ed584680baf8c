import type { QnaView, QuestionView } from '@live/shared/realtime/types';

export interface QnaBoard {
  /** The question being answered, if the host put one in the spotlight. */
  spotlight: QuestionView | null;
  /** Live questions by votes (desc), then oldest first; the spotlight and answered ones are not here. */
  top: QuestionView[];
  /** All live questions waiting, shown or not (the screen may clip the list to whole rows, so no "n more"). */
  waiting: number;
  answered: number;
}

const byVotesThenAge = (a: QuestionView, b: QuestionView) =>
  b.votes - a.votes || a.createdAt.localeCompare(b.createdAt) || idOrder(a.id) - idOrder(b.id);
// Ids are "q1", "q2", … in order of arrival: a tie-break when two share a timestamp.
const idOrder = (id: string) => Number(id.replace(/\D/g, '')) || 0;

export function qnaBoard(qna: QnaView | null, limit: number): QnaBoard {
  const questions = qna?.questions ?? [];
  const spotlight = questions.find(q => q.id === qna?.spotlightId) ?? null;
  const live = questions.filter(q => q.state === 'live' && q.id !== spotlight?.id).sort(byVotesThenAge);
  return {
    spotlight,
    top: live.slice(0, limit),
    waiting: live.length,
    answered: questions.filter(q => q.state === 'answered').length,
  };
}

/** Font size step for a question, so 300 characters still fit where 20 look big. */
export function lengthClass(text: string): 'short' | 'medium' | 'long' | 'longest' {
  const n = [...text].length;
  return n <= 40 ? 'short' : n <= 100 ? 'medium' : n <= 200 ? 'long' : 'longest';
}
