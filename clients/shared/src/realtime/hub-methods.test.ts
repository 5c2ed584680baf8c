import { describe, expect, expectTypeOf, it } from 'vitest';
import { fakeInvoke } from './fake-hub';
import type { HubResult, Invoke } from './hub-methods';
import type { AccessLinks, SessionView } from './types';

// The checks that matter here are the compiler's: `npm run build` type-checks this file, and each @ts-expect-error
// fails the build if the call it marks ever compiles.
describe('Invoke', () => {
  const session: SessionView = { code: '482913', title: 'Kick-off', version: 1, language: null, screen: { view: 'join', pollId: null }, polls: [] };

  it('takes only hub methods, with their arguments, and answers their result', async () => {
    const invoke: Invoke = fakeInvoke({ OpenPoll: () => session }, { DeleteSession: 'forbidden' });
    // @ts-expect-error not a hub method
    await invoke('NoSuchMethod').catch(() => undefined);
    // @ts-expect-error a poll id is a string
    await invoke('OpenPoll', 7);
    // @ts-expect-error SetPollSettings takes the settings too
    await invoke('SetPollSettings', 'p1');
    // @ts-expect-error a screen link cannot be replaced with an attendee's role
    await invoke('RotateKey', 'attendee');
    const answer = await invoke('OpenPoll', 'p1');
    expectTypeOf(answer).toEqualTypeOf<SessionView>();
    expect(answer).toBe(session);
    await expect(invoke('DeleteSession')).rejects.toThrow('forbidden');
  });

  it('names each answer type', () => {
    expectTypeOf<HubResult<'RotateKey'>>().toEqualTypeOf<AccessLinks>();
    expectTypeOf<HubResult<'React'>>().toEqualTypeOf<void>();
  });
});
