import { describe, expect, it } from 'vitest';
import type { QuestionView } from '@live/shared/realtime/types';
import { filterQuestions, matchesSearch, sortQuestions, stateCounts } from './question-filter';

const q = (id: string, over: Partial<QuestionView> = {}): QuestionView => ({
  id, text: `text ${id}`, originalText: null, author: null, anonymous: false, channel: 'onsite', state: 'live', starred: false,
  votes: 0, createdAt: '2026-11-22T10:00:00Z', updatedAt: '2026-11-22T10:00:00Z', flagged: false, deviceId: 'd', ...over,
});
const ids = (list: QuestionView[]) => list.map(x => x.id);

const questions = [
  q('q1', { votes: 3, createdAt: '2026-11-22T10:00:01Z', text: 'When is the 新品 launch?', author: '小王' }),
  q('q2', { votes: 5, createdAt: '2026-11-22T10:00:02Z', channel: 'online' }),
  q('q3', { votes: 3, createdAt: '2026-11-22T10:00:00Z', state: 'pending' }),
  q('q10', { votes: 3, createdAt: '2026-11-22T10:00:00Z', state: 'dismissed', channel: 'online', author: 'Alice' }),
  q('q4', { votes: 0, createdAt: '2026-11-22T10:00:09Z', state: 'answered' }),
];

describe('question ordering', () => {
  it('sorts by votes, then oldest first, then by id number', () => {
    expect(ids(sortQuestions(questions, 'votes'))).toEqual(['q2', 'q3', 'q10', 'q1', 'q4']);
  });

  it('sorts newest first', () => {
    expect(ids(sortQuestions(questions, 'newest'))).toEqual(['q4', 'q2', 'q1', 'q10', 'q3']);
  });

  it('does not change the list it was given', () => {
    const copy = [...questions];
    sortQuestions(questions, 'votes');
    expect(questions).toEqual(copy);
  });
});

describe('moderation filters', () => {
  it('filters by state and channel', () => {
    expect(ids(filterQuestions(questions, { state: 'live', channel: 'all', search: '', sort: 'votes' }))).toEqual(['q2', 'q1']);
    expect(ids(filterQuestions(questions, { state: 'all', channel: 'online', search: '', sort: 'votes' }))).toEqual(['q2', 'q10']);
    expect(ids(filterQuestions(questions, { state: 'pending', channel: 'online', search: '', sort: 'votes' }))).toEqual([]);
  });

  it('searches text and author without regard to case', () => {
    expect(matchesSearch(questions[0], '  LAUNCH ')).toBe(true);
    expect(matchesSearch(questions[0], '新品')).toBe(true);
    expect(matchesSearch(questions[0], '小王')).toBe(true);
    expect(matchesSearch(questions[3], 'alice')).toBe(true);
    expect(matchesSearch(questions[1], 'alice')).toBe(false);
    expect(ids(filterQuestions(questions, { state: 'all', channel: 'all', search: 'TEXT Q', sort: 'newest' }))).toEqual(['q4', 'q2', 'q10', 'q3']);
  });

  it('counts each state tab under the channel and search filters', () => {
    expect(stateCounts(questions, { channel: 'all', search: '' })).toEqual({ pending: 1, live: 2, answering: 0, answered: 1, dismissed: 1, all: 5 });
    expect(stateCounts(questions, { channel: 'online', search: '' })).toEqual({ pending: 0, live: 1, answering: 0, answered: 0, dismissed: 1, all: 2 });
    expect(stateCounts(questions, { channel: 'all', search: 'alice' }).all).toBe(1);
  });
});
