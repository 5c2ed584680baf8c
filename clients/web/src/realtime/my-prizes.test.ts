import { describe, expect, it } from 'vitest';
import type { PrizeView } from '@live/shared/realtime/types';
import { addPrize, myPrizesFromState } from './my-prizes';

const prize = (round: number, tierId = 't1'): PrizeView => ({ tierId, tierName: '一等奖', round, name: '张伟' });

describe('my prizes', () => {
  it('starts from the state, also when an older server leaves it out', () => {
    expect(myPrizesFromState({ myPrizes: [prize(1)] })).toEqual([prize(1)]);
    expect(myPrizesFromState({} as { myPrizes: PrizeView[] })).toEqual([]);
  });

  it('adds each prize once', () => {
    const one = addPrize([], prize(1));
    expect(one).toEqual([prize(1)]);
    expect(addPrize(one, prize(1))).toBe(one);
    expect(addPrize(one, prize(2, 't2'))).toEqual([prize(1), prize(2, 't2')]);
  });
});
