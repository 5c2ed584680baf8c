import { describe, expect, it } from 'vitest';
import type { QuestionView } from '@live/shared/realtime/types';
import { applyUpvoteAck, myQuestionsFromState, upsertQuestion, upvotesFromState } from './my-questions';

const q = (id: string, state: QuestionView['state'], updatedAt: string): QuestionView => ({
  id, text: id, originalText: null, author: null, anonymous: true, channel: 'onsite', state, starred: false, votes: 0,
  createdAt: '2026-11-22T10:00:00Z', updatedAt, flagged: false, deviceId: null,
});

describe('my questions', () => {
  it('starts from what GetState returned', () => {
    expect(myQuestionsFromState({ myQuestions: [q('q1', 'live', '2026-11-22T10:00:00Z')] }).map(x => x.id)).toEqual(['q1']);
  });

  it('adds a new question and replaces it when its state changes', () => {
    let list = upsertQuestion([], q('q1', 'pending', '2026-11-22T10:00:00Z'));
    list = upsertQuestion(list, q('q2', 'live', '2026-11-22T10:00:05Z'));
    list = upsertQuestion(list, q('q1', 'live', '2026-11-22T10:01:00Z'));
    expect(list.map(x => `${x.id}:${x.state}`)).toEqual(['q1:live', 'q2:live']);
  });

  it('never lets a late, older copy win', () => {
    const list = [q('q1', 'answering', '2026-11-22T10:05:00Z')];
    expect(upsertQuestion(list, q('q1', 'pending', '2026-11-22T10:00:00Z'))).toBe(list);
  });
});

describe('my upvotes', () => {
  it('follows acknowledged upvotes and take-backs', () => {
    const start = upvotesFromState({ myUpvotes: ['q1'] });
    expect(applyUpvoteAck(start, { questionId: 'q1', up: true })).toBe(start);
    const more = applyUpvoteAck(start, { questionId: 'q2', up: true });
    expect([...more].sort()).toEqual(['q1', 'q2']);
    expect([...applyUpvoteAck(more, { questionId: 'q1', up: false })]).toEqual(['q2']);
    expect(start.has('q2')).toBe(false);
  });
});
