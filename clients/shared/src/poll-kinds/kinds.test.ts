import { describe, expect, it } from 'vitest';
import type { PollResults, PollView } from '../realtime/types';
import { rankingRows } from './ranking';
import { ratingRows } from './rating';
import { wordRows } from './wordcloud';

const poll = (patch: Partial<PollView>): PollView => ({
  id: 'p', kind: 'rating', question: 'How was it?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: 'stars5', hiddenKeys: [], ...patch,
});
const results = (items: PollResults['items']): PollResults => ({ pollId: 'p', version: 1, status: 'open', counts: [], voters: 3, items });
const item = (key: string, patch: object) => ({ key, text: null, count: 0, value: null, score: null, distribution: null, ...patch });

describe('result rows', () => {
  it('rating: one row per statement, zeros before the first answer, one overall row without statements', () => {
    expect(ratingRows(poll({}), undefined)).toEqual([{ key: '0', label: null, count: 0, mean: null, score: null, distribution: [0, 0, 0, 0, 0] }]);
    const p = poll({ variant: 'nps', options: [{ id: 0, text: 'Content' }, { id: 1, text: 'Service' }] });
    const rows = ratingRows(p, results([item('1', { count: 2, value: 9.5, score: 100, distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1] })]));
    expect(rows.map(r => r.label)).toEqual(['Content', 'Service']);
    expect(rows[0].distribution).toHaveLength(11);
    expect(rows[1]).toMatchObject({ count: 2, mean: 9.5, score: 100 });
  });

  it('ranking: sorted by mean points, ties in option order', () => {
    const p = poll({ kind: 'ranking', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }, { id: 2, text: 'C' }] });
    const rows = rankingRows(p, results([item('0', { value: 1.5 }), item('1', { value: 2.5 }), item('2', { value: 1.5 })]));
    expect(rows.map(r => r.text)).toEqual(['B', 'A', 'C']);
    expect(rankingRows(p, undefined).map(r => r.id)).toEqual([0, 1, 2]);
  });

  it('wordcloud: by count, hidden words left out', () => {
    const p = poll({ kind: 'wordcloud', hiddenKeys: ['bad'] });
    const rows = wordRows(p, results([item('ai', { text: 'AI', count: 2 }), item('bad', { text: 'Bad', count: 9 }), item('创新', { text: '创新', count: 5 })]));
    expect(rows).toEqual([{ key: '创新', text: '创新', count: 5 }, { key: 'ai', text: 'AI', count: 2 }]);
  });
});
