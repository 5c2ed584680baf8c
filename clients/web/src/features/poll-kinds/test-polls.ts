import { vi } from 'vitest';
import type { PollResults, PollView, ResultItem, VoteAck, VoteRequest } from '@live/shared/realtime/types';

/** Test data shared by the kinds' tests: a poll of any kind and results with items. */
export const pollOf = (patch: Partial<PollView>): PollView => ({
  id: 'p1', kind: 'single', question: 'How was the keynote?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: null, hiddenKeys: [], ...patch,
});

export const options = (...texts: string[]) => texts.map((text, id) => ({ id, text }));

export const item = (key: string, patch: Partial<ResultItem>): ResultItem =>
  ({ key, text: null, count: 0, value: null, score: null, distribution: null, ...patch });

export const resultsOf = (items: ResultItem[] | null, voters = 10, counts: number[] = []): PollResults =>
  ({ pollId: 'p1', version: 3, status: 'open', counts, voters, items });

/** A Vote stub that acknowledges what it was sent. */
export const acceptingVote = () => vi.fn(async (r: VoteRequest): Promise<VoteAck> => ({
  pollId: r.pollId, opId: r.opId, optionIds: r.optionIds ?? [], ranking: r.ranking ?? null, ratings: r.ratings ?? null, texts: r.texts ?? null,
}));
