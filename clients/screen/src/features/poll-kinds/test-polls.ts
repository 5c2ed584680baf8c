import type { PollResults, PollView, ResultItem } from '@live/shared/realtime/types';

export const pollOf = (patch: Partial<PollView>): PollView => ({
  id: 'p1', kind: 'single', question: 'How was the keynote?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: null, hiddenKeys: [], ...patch,
});
export const options = (...texts: string[]) => texts.map((text, id) => ({ id, text }));
export const item = (key: string, patch: Partial<ResultItem>): ResultItem =>
  ({ key, text: null, count: 0, value: null, score: null, distribution: null, ...patch });
export const resultsOf = (items: ResultItem[] | null, voters = 10): PollResults =>
  ({ pollId: 'p1', version: 3, status: 'open', counts: [], voters, items });
