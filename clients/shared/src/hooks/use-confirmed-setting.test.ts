// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useConfirmedSetting, type Versioned } from './use-confirmed-setting';

/** A save whose answer the test gives when it wants. */
function deferredSave() {
  let answer!: (value: Versioned<boolean> | undefined) => void;
  const save = (_next: boolean) => new Promise<Versioned<boolean> | undefined>(resolve => { answer = resolve; });
  return { save, answer: (value: Versioned<boolean> | undefined) => answer(value) };
}

describe('useConfirmedSetting', () => {
  it('shows the choice at once and busy, then the answer until the pushed view catches up', async () => {
    const { save, answer } = deferredSave();
    const { result, rerender } = renderHook(({ pushed }) => useConfirmedSetting(pushed, save), { initialProps: { pushed: { value: false, version: 1 } } });
    expect(result.current).toMatchObject({ shown: false, busy: false });
    act(() => { void result.current.change(true); });
    expect(result.current).toMatchObject({ shown: true, busy: true });
    await act(async () => answer({ value: true, version: 2 }));
    expect(result.current).toMatchObject({ shown: true, busy: false });
    rerender({ pushed: { value: false, version: 1 } }); // a push older than the answer, arriving late
    expect(result.current.shown).toBe(true);
    rerender({ pushed: { value: false, version: 3 } }); // another console switched it back since
    expect(result.current.shown).toBe(false);
  });

  it('goes back to what was there when the change is refused', async () => {
    const { save, answer } = deferredSave();
    const { result } = renderHook(() => useConfirmedSetting({ value: false, version: 1 }, save));
    act(() => { void result.current.change(true); });
    await act(async () => answer(undefined));
    expect(result.current).toMatchObject({ shown: false, busy: false });
  });

  it('has nothing to show before the first view', () => {
    const { result } = renderHook(() => useConfirmedSetting<boolean>(null, async () => undefined));
    expect(result.current).toMatchObject({ shown: null, busy: false });
  });
});
