import { describe, expect, it } from 'vitest';
import { draftFromTier, emptyDraft, splitList, toggleCategory, toggleTable, toRequest } from './tier-draft';
import { tier } from './test-data';

describe('tier drafts', () => {
  it('splits lists on commas, Chinese commas and lines, without empties or repeats', () => {
    expect(splitList(' VIP, 经销商，媒体、VIP\n\na12 ')).toEqual(['VIP', '经销商', '媒体', 'a12']);
    expect(splitList('')).toEqual([]);
  });

  it('toggles a suggested category in the comma list', () => {
    expect(toggleCategory('', 'vip')).toBe('vip');
    expect(toggleCategory('vip, dealer', 'media')).toBe('vip, dealer, media');
    expect(toggleCategory('vip, dealer', 'vip')).toBe('dealer');
  });

  it('turns a draft into the SaveTier request', () => {
    const draft = { ...emptyDraft(2), name: ' 一等奖 ', count: '450', categories: 'VIP, 经销商', exclude: 'a1\na2', image: ' ' };
    expect(toRequest(draft)).toEqual({
      id: null, name: '一等奖', count: 450, order: 2, image: null,
      eligibility: { source: 'checkedIn', pollId: null, categories: ['VIP', '经销商'], include: [], exclude: ['a1', 'a2'], tables: [] },
    });
  });

  it('sends the poll only for voters of a poll, and refuses a half-typed form', () => {
    const voters = toRequest({ ...emptyDraft(), name: 'X', source: 'votedInPoll', pollId: 'p1' });
    expect('eligibility' in voters && voters.eligibility.pollId).toBe('p1');
    expect(toRequest({ ...emptyDraft(), name: 'X', pollId: 'p1' })).toMatchObject({ eligibility: { pollId: null } });
    expect(toRequest({ ...emptyDraft(), name: 'X', source: 'votedInPoll' })).toEqual({ error: 'invalid_tier' });
    expect(toRequest({ ...emptyDraft(), name: 'X', count: '2.5' })).toEqual({ error: 'invalid_tier' });
    expect(toRequest({ ...emptyDraft(), name: '  ' })).toEqual({ error: 'invalid_tier' });
  });

  it('round-trips a saved tier', () => {
    const saved = tier('t2', { name: '二等奖', count: 5, order: 2, image: 'https://x/p.png',
      eligibility: { source: 'online', pollId: null, categories: ['online'], include: ['d:1'], exclude: ['a3', 'a4'], tables: [3, 7] } });
    const back = toRequest(draftFromTier(saved));
    expect(back).toEqual({ id: 't2', name: '二等奖', count: 5, order: 2, image: 'https://x/p.png', eligibility: saved.eligibility });
  });

  it('toggles tables in order and sends them sorted', () => {
    expect(toggleTable([], 7)).toEqual([7]);
    expect(toggleTable([7], 3)).toEqual([3, 7]);
    expect(toggleTable([3, 7], 7)).toEqual([3]);
    expect(toRequest({ ...emptyDraft(), name: 'X', tables: [9, 2] })).toMatchObject({ eligibility: { tables: [2, 9] } });
    expect(draftFromTier(tier('t1', { eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [] } })).tables).toEqual([]);
  });
});
