// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useHubAction } from './use-hub-action';

describe('useHubAction', () => {
  it('answers what the hub answered and keeps no error', async () => {
    const invoke = vi.fn().mockResolvedValue({ version: 2 });
    const { result } = renderHook(() => useHubAction(invoke));
    let answer: unknown;
    await act(async () => { answer = await result.current.run('ClearComments'); });
    expect(answer).toEqual({ version: 2 });
    expect(invoke).toHaveBeenCalledWith('ClearComments');
    expect(result.current.error).toBeNull();
  });

  it('keeps the error code of a refused call and answers undefined; the next call clears it', async () => {
    const invoke = vi.fn().mockRejectedValueOnce(new Error('HubException: forbidden')).mockResolvedValue({});
    const { result } = renderHook(() => useHubAction(invoke));
    let answer: unknown = 'not called';
    await act(async () => { answer = await result.current.run('UnbanDevice', 'dev-1'); });
    expect(answer).toBeUndefined();
    expect(result.current.error).toBe('forbidden');
    await act(async () => { await result.current.run('UnbanDevice', 'dev-1'); });
    expect(result.current.error).toBeNull();
  });
});
