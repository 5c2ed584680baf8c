import type { Channel, QuestionState, QuestionView } from '@live/shared/realtime/types';

export type StateFilter = QuestionState | 'all';
export type ChannelFilter = Channel | 'all';
export type QuestionSort = 'votes' | 'newest';
export interface QuestionFilter { state: StateFilter; channel: ChannelFilter; search: string; sort: QuestionSort }

export const stateFilters: StateFilter[] = ['pending', 'live', 'answering', 'answered', 'dismissed', 'all'];
export const channelFilters: ChannelFilter[] = ['all', 'onsite', 'online'];

const time = (iso: string) => { const t = Date.parse(iso); return Number.isNaN(t) ? 0 : t; };
/** "q2" before "q10": ids are numbered in order of arrival. */
const byId = (a: QuestionView, b: QuestionView) => a.id.localeCompare(b.id, 'en', { numeric: true });

/** Most votes first; among equals the oldest first (it waited longest), then by id so the order is stable. */
export const byVotes = (a: QuestionView, b: QuestionView) =>
  b.votes - a.votes || time(a.createdAt) - time(b.createdAt) || byId(a, b);

/** Newest first. */
export const byNewest = (a: QuestionView, b: QuestionView) => time(b.createdAt) - time(a.createdAt) || byId(b, a);

export const sortQuestions = (questions: readonly QuestionView[], sort: QuestionSort): QuestionView[] =>
  [...questions].sort(sort === 'votes' ? byVotes : byNewest);

/** Case-insensitive substring match on the text and the author's nickname; an empty search matches all. */
export function matchesSearch(question: QuestionView, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  return question.text.toLocaleLowerCase().includes(needle) || (question.author ?? '').toLocaleLowerCase().includes(needle);
}

const inChannelAndSearch = (question: QuestionView, filter: Pick<QuestionFilter, 'channel' | 'search'>) =>
  (filter.channel === 'all' || question.channel === filter.channel) && matchesSearch(question, filter.search);

/** What the moderator sees: the state, channel and search filters applied, then sorted. */
export const filterQuestions = (questions: readonly QuestionView[], filter: QuestionFilter): QuestionView[] =>
  sortQuestions(questions.filter(q => (filter.state === 'all' || q.state === filter.state) && inChannelAndSearch(q, filter)), filter.sort);

/** How many questions each state tab would show, given the channel and search filters (so a tab's count matches its list). */
export function stateCounts(questions: readonly QuestionView[], filter: Pick<QuestionFilter, 'channel' | 'search'>): Record<StateFilter, number> {
  const counts: Record<StateFilter, number> = { pending: 0, live: 0, answering: 0, answered: 0, dismissed: 0, all: 0 };
  for (const q of questions) {
    if (!inChannelAndSearch(q, filter)) continue;
    counts[q.state]++;
    counts.all++;
  }
  return counts;
}
