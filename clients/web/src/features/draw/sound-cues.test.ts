import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { RoundView } from '@live/shared/realtime/types';
import { createSoundCues, maxRollMs, muteKey, type SoundCues } from './sound-cues';
import { screenRollMs, useDrawSounds } from './use-draw-sounds';
import { round, winner } from './test-data';

afterEach(() => { vi.useRealTimers(); });

/** Enough of the Web Audio API to see what the cues make, start and stop. */
class FakeParam {
  value = 0;
  setValueAtTime(v: number) { this.value = v; return this; }
  linearRampToValueAtTime(v: number) { this.value = v; return this; }
  exponentialRampToValueAtTime(v: number) { this.value = v; return this; }
  setTargetAtTime(v: number) { this.value = v; return this; }
  cancelScheduledValues() { return this; }
}
class FakeNode {
  started: number[] = [];
  stopped: number[] = [];
  type = '';
  loop = false;
  buffer: unknown = null;
  gain = new FakeParam();
  frequency = new FakeParam();
  detune = new FakeParam();
  Q = new FakeParam();
  constructor(readonly kind: string) {}
  connect<T>(to: T) { return to; }
  start(at = 0) { this.started.push(at); }
  stop(at = 0) { this.stopped.push(at); }
}
class FakeAudioContext {
  state: 'suspended' | 'running' = 'suspended';
  currentTime = 10;
  sampleRate = 8000;
  destination = new FakeNode('destination');
  nodes: FakeNode[] = [];
  resumed = 0;
  private make(kind: string) { const n = new FakeNode(kind); this.nodes.push(n); return n; }
  createGain() { return this.make('gain'); }
  createOscillator() { return this.make('oscillator'); }
  createBufferSource() { return this.make('buffer'); }
  createBiquadFilter() { return this.make('filter'); }
  createDynamicsCompressor() { return this.make('compressor'); }
  createBuffer(_channels: number, length: number) { return { getChannelData: () => new Float32Array(length) }; }
  resume() { this.resumed++; this.state = 'running'; return Promise.resolve(); }
  sources() { return this.nodes.filter(n => n.kind === 'oscillator' || n.kind === 'buffer'); }
  playing() { return this.sources().filter(n => n.started.length > 0 && n.stopped.length === 0); }
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() { return data.size; }, clear: () => data.clear(), key: i => [...data.keys()][i] ?? null,
    getItem: k => data.get(k) ?? null, setItem: (k, v) => { data.set(k, String(v)); }, removeItem: k => { data.delete(k); },
  };
}

function setup(storage = memoryStorage()) {
  const ctx = new FakeAudioContext();
  const audio = vi.fn(() => ctx as unknown as AudioContext);
  return { ctx, audio, storage, cues: createSoundCues({ audio, storage }) };
}

describe('sound cues', () => {
  it('do nothing where the browser has no AudioContext', () => {
    const cues = createSoundCues({ storage: memoryStorage() }); // jsdom has none
    expect(typeof window.AudioContext).toBe('undefined');
    expect(() => { cues.unlock(); cues.drumRoll(); cues.fanfare(); cues.stop(); }).not.toThrow();
    expect(cues.rolling).toBe(false);
    const none = createSoundCues({ audio: () => null, storage: memoryStorage() });
    none.drumRoll();
    expect(none.rolling).toBe(false);
  });

  it('are on by default, and the click that starts the draw resumes a suspended context', () => {
    const { ctx, cues, audio } = setup();
    expect(cues.muted).toBe(false);
    expect(audio).not.toHaveBeenCalled(); // nothing is made before it is needed
    cues.unlock();
    expect(ctx.resumed).toBe(1);
    expect(ctx.state).toBe('running');
  });

  it('roll the drums once, until the fanfare stops them', () => {
    const { ctx, cues } = setup();
    cues.drumRoll();
    expect(cues.rolling).toBe(true);
    const roll = ctx.playing();
    expect(roll.map(n => n.kind).sort()).toEqual(['buffer', 'oscillator', 'oscillator']);
    expect(roll.find(n => n.kind === 'buffer')?.loop).toBe(true); // noise, no sound file
    cues.drumRoll(); // already rolling: no second roll
    expect(ctx.playing()).toHaveLength(3);

    cues.fanfare();
    expect(cues.rolling).toBe(false);
    for (const node of roll) expect(node.stopped).toHaveLength(1);
    const fanfare = ctx.sources().filter(n => !roll.includes(n));
    const brass = fanfare.filter(n => n.kind === 'oscillator' && n.type === 'sawtooth');
    expect(brass.length).toBeGreaterThanOrEqual(10);
    expect(brass.map(n => n.frequency.value)).toContain(523.25);
    expect(fanfare.every(n => n.started.length === 1 && n.stopped.length === 1)).toBe(true); // every note ends by itself
  });

  it('stop a roll without a fanfare when the draw is refused, or after a while when nothing ends it', () => {
    vi.useFakeTimers();
    const { ctx, cues } = setup();
    cues.drumRoll();
    cues.stop();
    expect(ctx.playing()).toHaveLength(0);
    expect(ctx.sources().filter(n => n.type === 'sawtooth' && n.frequency.value > 100)).toHaveLength(0); // no brass
    cues.drumRoll();
    expect(cues.rolling).toBe(true);
    vi.advanceTimersByTime(maxRollMs);
    expect(cues.rolling).toBe(false);
    expect(ctx.playing()).toHaveLength(0);
  });

  it('play nothing when muted, remember it on this browser, and stop a roll on mute', () => {
    const storage = memoryStorage();
    const { ctx, cues, audio } = setup(storage);
    cues.drumRoll();
    cues.setMuted(true);
    expect(ctx.playing()).toHaveLength(0);
    expect(storage.getItem(muteKey)).toBe('off');
    const made = ctx.nodes.length;
    cues.drumRoll();
    cues.fanfare();
    expect(ctx.nodes.length).toBe(made);

    const later = setup(storage); // a reload
    expect(later.cues.muted).toBe(true);
    later.cues.unlock();
    later.cues.drumRoll();
    later.cues.fanfare();
    expect(later.audio).not.toHaveBeenCalled();
    later.cues.setMuted(false);
    expect(storage.getItem(muteKey)).toBeNull();
    expect(setup(storage).cues.muted).toBe(false);
    expect(audio).toHaveBeenCalledTimes(1);
  });
});

describe('useDrawSounds', () => {
  const spy = () => ({
    muted: false, rolling: false, setMuted: vi.fn<(muted: boolean) => void>(),
    unlock: vi.fn<() => void>(), drumRoll: vi.fn<() => void>(), fanfare: vi.fn<() => void>(), stop: vi.fn<() => void>(),
  }) satisfies SoundCues;

  it('rolls the drums when a round is drawn and plays the fanfare as the screen shows the winners', () => {
    vi.useFakeTimers();
    const cues = spy();
    const { rerender, unmount } = renderHook(({ rounds }: { rounds: RoundView[] }) => useDrawSounds(rounds, cues), { initialProps: { rounds: [round(1)] } });
    expect(cues.drumRoll).not.toHaveBeenCalled();
    rerender({ rounds: [round(1, { state: 'drawn', winners: [winner('a5')] })] });
    expect(cues.drumRoll).toHaveBeenCalledTimes(1);
    act(() => { vi.advanceTimersByTime(screenRollMs - 1); });
    expect(cues.fanfare).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(1); });
    expect(cues.fanfare).toHaveBeenCalledTimes(1);
    // Revealing the seed later is no new moment; a push of the same state neither.
    rerender({ rounds: [round(1, { state: 'revealed', seed: '01', winners: [winner('a5')] })] });
    rerender({ rounds: [round(1, { state: 'revealed', seed: '01', winners: [winner('a5')] })] });
    act(() => { vi.advanceTimersByTime(screenRollMs); });
    expect([cues.drumRoll.mock.calls.length, cues.fanfare.mock.calls.length]).toEqual([1, 1]);
    unmount();
    expect(cues.stop).toHaveBeenCalled();
  });

  it('plays nothing for rounds already drawn when the console opened', () => {
    vi.useFakeTimers();
    const cues = spy();
    const { rerender } = renderHook(({ rounds }: { rounds: RoundView[] }) => useDrawSounds(rounds, cues),
      { initialProps: { rounds: [round(1, { state: 'drawn', winners: [winner('a5')] })] } });
    rerender({ rounds: [round(1, { state: 'revealed', seed: '01', winners: [winner('a5')] })] });
    act(() => { vi.advanceTimersByTime(screenRollMs); });
    expect(cues.drumRoll).not.toHaveBeenCalled();
    expect(cues.fanfare).not.toHaveBeenCalled();
  });
});
