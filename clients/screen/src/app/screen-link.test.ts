import { describe, expect, it } from 'vitest';
import { isSpeakerMonitor, parseScreenLink } from './screen-link';

describe('parseScreenLink', () => {
  it('reads the code from the path and the key from the fragment', () => {
    expect(parseScreenLink('/screen/482913', '#key=abc.def')).toEqual({ code: '482913', key: 'abc.def' });
  });
  it('rejects links without a six-digit code or key', () => {
    expect(parseScreenLink('/screen/48291', '#key=a').code).toBeNull();
    expect(parseScreenLink('/screen/482913', '').key).toBeNull();
  });
  it('reads the speaker monitor link with the same key', () => {
    expect(parseScreenLink('/screen/482913/speaker', '#key=abc')).toEqual({ code: '482913', key: 'abc' });
    expect(isSpeakerMonitor('/screen/482913/speaker')).toBe(true);
    expect(isSpeakerMonitor('/screen/482913')).toBe(false);
  });
});
