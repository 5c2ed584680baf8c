import { describe, expect, it } from 'vitest';
import { answerElapsedMs } from './answer-timing';

describe('answerElapsedMs', () => {
  it('counts from answersAt on the corrected clock when the question was on the phone before it', () => {
    // This phone's clock is 2 s behind the server's: answersAt 10,000 (server) is 8,000 here.
    expect(answerElapsedMs({ answersAt: 10_000, offset: 2_000, shownAtClient: 5_000, tapAtClient: 9_250 })).toBe(1_250);
  });

  it('counts from when the buttons appeared when the question arrived late', () => {
    expect(answerElapsedMs({ answersAt: 10_000, offset: 0, shownAtClient: 12_000, tapAtClient: 12_400 })).toBe(400);
  });

  it('never goes below zero', () => {
    expect(answerElapsedMs({ answersAt: 10_000, offset: 0, shownAtClient: 0, tapAtClient: 9_990 })).toBe(0);
  });
});
