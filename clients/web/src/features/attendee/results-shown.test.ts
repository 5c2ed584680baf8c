import { describe, expect, it } from 'vitest';
import { resultsShown } from './results-shown';

describe('resultsShown', () => {
  const shared = { showResultsToAttendees: true, status: 'open' as const };
  it('waits for the phone to vote by default, then shows them; a close shows them to everyone', () => {
    expect(resultsShown({ ...shared, attendeeResults: 'afterVoting' }, false)).toBe(false);
    expect(resultsShown({ ...shared, attendeeResults: 'afterVoting' }, true)).toBe(true);
    expect(resultsShown({ ...shared, attendeeResults: 'afterVoting', status: 'closed' }, false)).toBe(true);
  });
  it('shows them from the start, or only once closed, when the host says so', () => {
    expect(resultsShown({ ...shared, attendeeResults: 'always' }, false)).toBe(true);
    expect(resultsShown({ ...shared, attendeeResults: 'whenClosed' }, true)).toBe(false);
    expect(resultsShown({ ...shared, attendeeResults: 'whenClosed', status: 'closed' }, true)).toBe(true);
  });
  it('never shows what the host does not share, and an older server without a timing shows them as it did', () => {
    expect(resultsShown({ ...shared, showResultsToAttendees: false, attendeeResults: 'always' }, true)).toBe(false);
    expect(resultsShown(shared, false)).toBe(true);
  });
});
