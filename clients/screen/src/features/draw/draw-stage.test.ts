import { describe, expect, it } from 'vitest';
import type { DrawView, RoundView } from '@live/shared/realtime/types';
import { currentRound, groupHex, nameEms, rollFaces, stageLayout, winnerGrid, winnerPage } from './draw-stage';

const round = (number: number, over: Partial<RoundView> = {}): RoundView => ({
  number, tierId: 't1', count: 3, seedHash: 'ab'.repeat(32), seed: null, listHash: null, entrants: 0, winners: [], replaces: null, state: 'armed', roll: [], ...over,
});
const draw = (rounds: RoundView[]): DrawView => ({
  version: 1, settings: { allowRepeatWins: false, maskNames: true },
  tiers: [{ id: 't1', name: '一等奖', count: 3, order: 1, image: null, won: 0, open: 3, eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [] } }],
  rounds,
});

describe('draw stage', () => {
  it('shows the newest round with its tier', () => {
    const now = currentRound(draw([round(2), round(1)]));
    expect([now?.round.number, now?.tier?.name]).toEqual([2, '一等奖']);
    expect(currentRound(draw([]))).toBeNull();
  });

  it('sizes the grid from a few huge names to pages of 100 for a batch of 450', () => {
    expect(winnerGrid(1)).toEqual({ size: 'hero', columns: 1, rows: 1 });
    expect(winnerGrid(10).size).toBe('large');
    expect(winnerGrid(30).size).toBe('medium');
    expect(winnerGrid(450)).toEqual({ size: 'dense', columns: 10, rows: 10 });
    const names = Array.from({ length: 450 }, (_, i) => `w${i}`);
    expect(winnerPage(names, 0)).toMatchObject({ pages: 5, page: 0 });
    expect(winnerPage(names, 4).items).toEqual(names.slice(400));
    expect(winnerPage(names, 5).page).toBe(0); // pages cycle
    expect(new Set([0, 1, 2, 3, 4].flatMap(p => winnerPage(names, p).items)).size).toBe(450); // everyone gets shown
  });

  it('groups a hash in eights', () => {
    expect(groupHex('0123456789abcdef01')).toBe('01234567 89abcdef 01');
  });

  it('rolls only the names the server gave for this round, never earlier winners or placeholders', () => {
    const earlier = round(1, { state: 'revealed', winners: [{ entrantId: 'a1', name: '早*', tierId: 't1', round: 1, absent: false }] });
    const current = round(2, { state: 'drawn', roll: ['甲*乙', '丙*丁', 'J*** S****'] });
    const faces = rollFaces(current);
    expect(new Set(faces)).toEqual(new Set(['甲*乙', '丙*丁', 'J*** S****']));
    expect(faces).not.toContain('早*');
    expect(faces.length).toBe(12);
    expect(rollFaces(round(3, { state: 'drawn', roll: [] }))).toEqual([]);
    expect(currentRound(draw([earlier, current]))?.round.number).toBe(2);
  });

  it('gives a round of one winner the full-screen reveal and keeps bigger rounds on the grid', () => {
    const w = (id: string) => ({ entrantId: id, name: '李*', tierId: 't1', round: 1, absent: false });
    expect(stageLayout(round(1, { count: 1, state: 'drawn', winners: [w('a1')] }))).toBe('reveal');
    expect(stageLayout(round(1, { count: 3, state: 'drawn', winners: [w('a1'), w('a2'), w('a3')] }))).toBe('grid');
    expect(winnerGrid(3).size).toBe('hero');
    expect(stageLayout(round(1, { count: 1 }))).toBe('grid'); // nobody drawn yet
  });

  it('measures names so CJK counts a full em and Latin less', () => {
    expect(nameEms('李*')).toBeCloseTo(1.62);
    expect(nameEms('欧阳一')).toBe(3);
    expect(nameEms('J*** S****')).toBeCloseTo(6.2);
    expect(nameEms('')).toBe(1);
  });
});
