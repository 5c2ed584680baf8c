import { describe, expect, it } from 'vitest';
import { participationPercent } from './participation';

describe('participationPercent', () => {
  it('uses who is connected while open and who was present at the close once closed, capped at 100%', () => {
    expect(participationPercent({ status: 'open' }, 4, 8)).toBe(50);
    expect(participationPercent({ status: 'closed', presentAtClose: 24 }, 12, 2)).toBe(50);
    expect(participationPercent({ status: 'closed', presentAtClose: null }, 12, 2)).toBe(100);
    expect(participationPercent({ status: 'open' }, 0, 0)).toBeNull();
  });
});
