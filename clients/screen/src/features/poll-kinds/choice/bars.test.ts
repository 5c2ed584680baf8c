import { describe, expect, it } from 'vitest';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { labelsWrap, textEm, toBars } from './bars';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Which product?', maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open',
  options: [{ id: 0, text: 'Model A' }, { id: 1, text: 'Model B' }, { id: 2, text: 'Model C' }],
};
const results = (status: PollResults['status']): PollResults => ({ pollId: 'p1', version: 4, status, counts: [1, 2, 0], voters: 3 });

describe('labelsWrap', () => {
  const withOptions = (texts: string[]): PollView => ({ ...poll, options: texts.map((text, id) => ({ id, text })) });
  it('lets labels take two lines when one is too long for one, up to six options', () => {
    expect(textEm('区域保护与渠道秩序管理办法的修订与执行')).toBe(19);
    expect(textEm('Model A')).toBeCloseTo(3.85);
    expect(labelsWrap(poll)).toBe(false);
    expect(labelsWrap(withOptions(['金融贴息', '区域保护与渠道秩序管理办法的修订与执行']))).toBe(true);
    expect(labelsWrap(withOptions(['Regional protection and channel order rules', 'B']))).toBe(true);
    expect(labelsWrap(withOptions(Array.from({ length: 7 }, () => '区域保护与渠道秩序管理办法的修订与执行')))).toBe(false);
  });
});

describe('toBars', () => {
  it('marks every option tied for the lead', () => {
    const bars = toBars(poll, { ...results('open'), counts: [2, 2, 1], voters: 5 });
    expect(bars.map(b => b.leader)).toEqual([true, true, false]);
  });

  it('gives multiple-choice percentages of voters', () => {
    const bars = toBars({ ...poll, kind: 'multiple', maxSelections: 3 }, { ...results('open'), counts: [2, 2, 0], voters: 2 });
    expect(bars.map(b => b.percent)).toEqual([100, 100, 0]);
  });
});
