import type { CheckInResult, CheckInView, RosterEntry } from '@live/shared/realtime/types';

/** Fixtures for the check-in tests. */
export const result = (over: Partial<CheckInResult> = {}): CheckInResult => ({
  personId: 'p7', name: '张伟', category: 'vip', seat: 'A-12', at: new Date(2026, 10, 22, 9, 5).toISOString(),
  channel: 'self', already: false, ...over,
});

export const entry = (id: string, over: Partial<RosterEntry> = {}): RosterEntry => ({
  id, name: `Person ${id}`, phone: '13800138000', company: '华东经销', category: 'dealer', seat: null,
  arrivedAt: null, channel: null, deviceId: null, ...over,
});

export const view = (over: Partial<CheckInView> = {}): CheckInView => ({
  version: 3, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' }, invited: 30, arrived: 12, walkIns: 2,
  byCategory: [
    { category: 'vip', invited: 5, arrived: 4 },
    { category: '经销商', invited: 25, arrived: 8 },
    { category: 'walk-in', invited: 0, arrived: 2 },
  ],
  recent: [], ...over,
});

export const hubError = (code: string) => new Error(`An unexpected error occurred invoking 'CheckIn' on the server. HubException: ${code}`);
