import { describe, expect, it } from 'vitest';
import { distributionPercents, optionShape, quizClock } from './quiz-clock';

const q = { answersAt: 10_000, deadline: 30_000 };

describe('quizClock', () => {
  it('counts the read time down before the answers open', () => {
    expect(quizClock(q, 7_500)).toEqual({ stage: 'reading', secondsLeft: 3, fraction: 1 });
    expect(quizClock(q, 9_999).secondsLeft).toBe(1);
  });

  it('counts the answer time down to the deadline, rounded up, with the share left', () => {
    expect(quizClock(q, 10_000)).toEqual({ stage: 'answering', secondsLeft: 20, fraction: 1 });
    expect(quizClock(q, 20_000)).toEqual({ stage: 'answering', secondsLeft: 10, fraction: 0.5 });
    expect(quizClock(q, 29_001).secondsLeft).toBe(1);
  });

  it('is over at the deadline', () => {
    expect(quizClock(q, 30_000)).toEqual({ stage: 'over', secondsLeft: 0, fraction: 0 });
  });
});

describe('options', () => {
  it('cycles four shapes and rounds shares to whole percent', () => {
    expect([0, 1, 2, 3, 4].map(optionShape)).toEqual(['triangle', 'diamond', 'circle', 'square', 'triangle']);
    expect(distributionPercents([1, 2, 0])).toEqual([33, 67, 0]);
    expect(distributionPercents([0, 0])).toEqual([0, 0]);
  });
});
