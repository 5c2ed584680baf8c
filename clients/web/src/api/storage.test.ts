import { beforeEach, describe, expect, it } from 'vitest';
import { hostKeyFor, storage } from './storage';

beforeEach(() => { localStorage.clear(); sessionStorage.clear(); });

describe('storage', () => {
  it('keeps the host key from the fragment for a reload without it', () => {
    expect(hostKeyFor('123456', '#key=abc.def')).toBe('abc.def');
    expect(hostKeyFor('123456', '')).toBe('abc.def');
    expect(hostKeyFor('654321', '')).toBeNull();
  });

  it('remembers the attendee per session and survives garbage', () => {
    storage.setAttendee('123456', { attendeeToken: 't', nickname: null, mode: 'online' });
    expect(storage.attendee('123456')?.mode).toBe('online');
    localStorage.setItem('live.attendee.111111', '{not json');
    expect(storage.attendee('111111')).toBeNull();
  });
});
