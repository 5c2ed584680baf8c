import { vi, type Mock } from 'vitest';
import type { HubArgs, HubMethod, HubResult, Invoke } from './hub-methods';

/** Test answers for some hub methods, each typed as HubMethods says. */
export type HubAnswers = { [M in HubMethod]?: (...args: HubArgs<M>) => HubResult<M> | Promise<HubResult<M>> };

export type FakeInvoke = Invoke & Mock<Invoke>;

/**
 * A stand-in for LiveConnection.invoke in component tests: a method in `answers` answers from there, a method in `fail`
 * is refused with that error code (as the server's HubException would be), any other resolves to undefined.
 * Typed both as Invoke (to pass where the app's is expected) and as a mock (a mock alone loses Invoke's generic signature).
 */
export function fakeInvoke(answers: HubAnswers = {}, fail: Partial<Record<HubMethod, string>> = {}): FakeInvoke {
  return vi.fn(async <M extends HubMethod>(method: M, ...args: HubArgs<M>) => {
    if (fail[method]) throw new Error(`HubException: ${fail[method]}`);
    const answer = answers[method] as ((...a: HubArgs<M>) => HubResult<M> | Promise<HubResult<M>>) | undefined;
    return (answer ? await answer(...args) : undefined) as HubResult<M>;
  }) as FakeInvoke;
}
