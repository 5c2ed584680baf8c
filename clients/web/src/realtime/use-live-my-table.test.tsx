import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { openLiveConnection, type LiveConnectionHandlers } from '@live/shared/realtime/connection';
import type { MyTableView } from '@live/shared/groups/types';
import { useLive } from './use-live';

vi.mock('@live/shared/realtime/connection', () => ({ openLiveConnection: vi.fn() }));

const opened: { handlers: LiveConnectionHandlers }[] = [];
vi.mocked(openLiveConnection).mockImplementation((_credential, handlers) => {
  opened.push({ handlers });
  return { invoke: vi.fn(), close: vi.fn() };
});

afterEach(() => { cleanup(); opened.length = 0; });

const state = (myTable: MyTableView | null | undefined) =>
  ({ role: 'attendee', myBallots: [], myQuestions: [], myUpvotes: [], myPrizes: [], me: null, myCheckIn: null, myTable }) as never;

describe("useLive and the phone's table", () => {
  it('takes the table from GetState after a reload, follows myTable pushes, and drops it when the tables end', () => {
    const { result } = renderHook(() => useLive('a.t'));
    expect(result.current.myTable).toBeNull();
    act(() => opened[0].handlers.onState?.(state({ round: 2, table: 5, mates: [] })));
    expect(result.current.myTable?.table).toBe(5);
    act(() => opened[0].handlers.onMyTable?.({ round: 2, table: 7, mates: [{ name: 'Li Na', company: null, facilitator: true }] }));
    expect(result.current.myTable).toEqual({ round: 2, table: 7, mates: [{ name: 'Li Na', company: null, facilitator: true }] });
    act(() => opened[0].handlers.onMyTable?.({ round: 2, table: null, mates: [] }));
    expect(result.current.myTable?.table).toBeNull();
    act(() => opened[0].handlers.onState?.(state(undefined))); // a server without tables
    expect(result.current.myTable).toBeNull();
  });
});
