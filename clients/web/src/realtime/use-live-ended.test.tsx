import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { openLiveConnection, type LiveConnectionHandlers } from '@live/shared/realtime/connection';
import { useLive } from './use-live';

vi.mock('@live/shared/realtime/connection', () => ({ openLiveConnection: vi.fn() }));

const opened: { credential: string; handlers: LiveConnectionHandlers; close: ReturnType<typeof vi.fn> }[] = [];
vi.mocked(openLiveConnection).mockImplementation((credential, handlers) => {
  const close = vi.fn();
  opened.push({ credential, handlers, close });
  return { invoke: vi.fn(), close };
});

afterEach(() => { cleanup(); opened.length = 0; });

describe('useLive when the server ends the link', () => {
  it('reports revoked or deleted, and a refusal; a new credential (the host\'s own new key) starts clean', () => {
    const { result, rerender } = renderHook(({ key }) => useLive(key), { initialProps: { key: 'h1' } });
    act(() => opened[0].handlers.onEnded?.('revoked'));
    expect(result.current.ended).toBe('revoked');
    act(() => opened[0].handlers.onRefused());
    expect(result.current.refused).toBe(true);

    rerender({ key: 'h2' });
    expect(opened[0].close).toHaveBeenCalled();
    expect(opened[1].credential).toBe('h2');
    expect(result.current.ended).toBeNull();
    expect(result.current.refused).toBe(false);
    act(() => opened[1].handlers.onEnded?.('deleted'));
    expect(result.current.ended).toBe('deleted');
  });

  it('takes the role from GetState', () => {
    const { result } = renderHook(() => useLive('m1'));
    expect(result.current.role).toBeNull();
    act(() => opened[0].handlers.onState?.({ role: 'moderator', myBallots: [], myQuestions: [], myUpvotes: [], myPrizes: [], me: null } as never));
    expect(result.current.role).toBe('moderator');
  });
});
