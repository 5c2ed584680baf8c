import { vi } from 'vitest';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import type { HubMethod } from '@live/shared/realtime/hub-methods';
import { emptySnapshot } from '@live/shared/realtime/reducer';
import type { AccessLinks } from '@live/shared/realtime/types';
import type { Live } from './use-live';

export const links = (generation = 1): AccessLinks => ({
  consoleUrl: `/console/482913#key=h${generation}`,
  moderatorUrl: `/console/482913#key=m${generation}`,
  screenUrl: `/screen/482913#key=s${generation}`,
  joinUrl: 'http://192.168.1.20:5080/j/482913',
});

/**
 * A stand-in for useLive's result (a host console unless told otherwise), with a stub hub: GetAccessLinks answers generation 1,
 * RotateKey the next generation, DeleteSession nothing; `fail` makes a method throw that code.
 */
export function fakeLive(over: Partial<Live> = {}, fail: Partial<Record<HubMethod, string>> = {}): Live {
  let generation = 1;
  const invoke = fakeInvoke({
    GetAccessLinks: () => links(generation),
    RotateKey: () => links(++generation),
    SearchRoster: () => ({ people: [], total: 0 }),
  }, fail);
  return {
    status: 'live', refused: false, ended: null, role: 'host',
    snapshot: emptySnapshot, me: null, ballots: {}, myQuestions: [], myUpvotes: new Set(), myCheckIn: null, myPrizes: [], myTable: null, myQuiz: null, myQuizAnswer: null, mySurvey: null,
    keepBallot: vi.fn(), keepQuestion: vi.fn(), keepUpvote: vi.fn(), keepCheckIn: vi.fn(), keepQuizAnswer: vi.fn(), keepMyQuiz: vi.fn(), keepMySurvey: vi.fn(),
    invoke,
    ...over,
  };
}
