import type { LiveState, QuestionView, UpvoteAck } from '@live/shared/realtime/types';

/** This device's own questions, oldest first, as the server last told us (GetState, AskQuestion, myQuestion). */
export const myQuestionsFromState = (state: Pick<LiveState, 'myQuestions'>): QuestionView[] =>
  [...(state.myQuestions ?? [])];

/**
 * Adds or replaces one of our questions. An event and the AskQuestion reply can arrive in either order, so an
 * older copy (by updatedAt) never replaces a newer one. Returns the same array when nothing changed.
 */
export function upsertQuestion(list: QuestionView[], question: QuestionView): QuestionView[] {
  const at = list.findIndex(q => q.id === question.id);
  if (at < 0) return [...list, question];
  if (Date.parse(list[at].updatedAt) > Date.parse(question.updatedAt)) return list;
  const next = [...list];
  next[at] = question;
  return next;
}

/** Question ids this device has upvoted, as the server holds them (GetState().myUpvotes). */
export const upvotesFromState = (state: Pick<LiveState, 'myUpvotes'>): ReadonlySet<string> => new Set(state.myUpvotes ?? []);

/** Follows an acknowledged upvote or take-back. Returns the same set when nothing changed. */
export function applyUpvoteAck(upvotes: ReadonlySet<string>, ack: Pick<UpvoteAck, 'questionId' | 'up'>): ReadonlySet<string> {
  if (upvotes.has(ack.questionId) === ack.up) return upvotes;
  const next = new Set(upvotes);
  if (ack.up) next.add(ack.questionId); else next.delete(ack.questionId);
  return next;
}
