/**
 * The draw's sound cues on the console laptop's audio output: a drum roll while the big screen rolls the names, and
 * a fanfare when the winners land. Made with the Web Audio API (noise and oscillators), so there are no sound files.
 * Where there is no AudioContext (tests, old browsers) every cue does nothing. Browsers only let a page make sound
 * after a user gesture: call unlock() from the host's click.
 */
export interface SoundCues {
  readonly muted: boolean;
  /** Mutes or unmutes (remembered on this browser); muting stops a drum roll that is playing. */
  setMuted(muted: boolean): void;
  /** From a click: makes the audio context, or resumes one the browser suspended. */
  unlock(): void;
  /** Starts the drum roll; while one plays, nothing. It ends by itself after maxRollMs. */
  drumRoll(): void;
  /** Ends the drum roll and plays the fanfare. */
  fanfare(): void;
  /** Ends the drum roll without a fanfare (the draw was refused). */
  stop(): void;
  readonly rolling: boolean;
}

export type AudioFactory = () => AudioContext | null;

export const muteKey = 'live.drawSound';
/** A drum roll nobody ended (a call that never answered) stops after this long. */
export const maxRollMs = 20_000;

const defaultAudio: AudioFactory = () => {
  const Ctor = typeof window === 'undefined' ? undefined
    : window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  return Ctor ? new Ctor() : null;
};

const defaultStorage = (): Storage | null => {
  try { return typeof localStorage === 'undefined' ? null : localStorage; } catch { return null; }
};

interface Voice { sources: AudioScheduledSourceNode[]; level: GainNode }

/** Sound is on unless this browser was muted: a producer expects the cue to play when the draw starts. */
export function createSoundCues({ audio = defaultAudio, storage = defaultStorage() }: { audio?: AudioFactory; storage?: Storage | null } = {}): SoundCues {
  let muted = readMuted(storage);
  let ctx: AudioContext | null | undefined; // undefined: not made yet; null: this browser has none
  let out: AudioNode | null = null;
  let noise: AudioBuffer | null = null;
  let roll: Voice | null = null;
  let rollTimer: ReturnType<typeof setTimeout> | undefined;

  const context = (): AudioContext | null => {
    if (ctx === undefined) {
      try { ctx = audio(); } catch { ctx = null; }
      if (ctx) {
        const compressor = ctx.createDynamicsCompressor();
        const master = ctx.createGain();
        master.gain.value = 0.8;
        master.connect(compressor);
        compressor.connect(ctx.destination);
        out = master;
      }
    }
    return ctx;
  };
  const noiseBuffer = (c: AudioContext) => {
    if (!noise) {
      noise = c.createBuffer(1, c.sampleRate, c.sampleRate);
      const data = noise.getChannelData(0);
      for (let i = 0; i < data.length; i++) data[i] = Math.random() * 2 - 1;
    }
    return noise;
  };

  const endRoll = () => {
    clearTimeout(rollTimer);
    const voice = roll;
    roll = null;
    if (!voice || !ctx) return;
    const t = ctx.currentTime;
    voice.level.gain.cancelScheduledValues(t);
    voice.level.gain.setTargetAtTime(0, t, 0.04);
    for (const s of voice.sources) s.stop(t + 0.3);
  };

  const startRoll = (c: AudioContext) => {
    const t = c.currentTime;
    // Snare strokes: noise through a band-pass, its level cut by an inverted sawtooth 17 times a second, so each
    // stroke hits at full level and dies away; a low drum under it; the whole roll swells over 4 s.
    const hiss = c.createBufferSource();
    hiss.buffer = noiseBuffer(c);
    hiss.loop = true;
    const band = c.createBiquadFilter();
    band.type = 'bandpass';
    band.frequency.value = 1800;
    band.Q.value = 0.7;
    const strokes = c.createGain();
    strokes.gain.value = 0.5;
    const lfo = c.createOscillator();
    lfo.type = 'sawtooth';
    lfo.frequency.value = 17;
    const depth = c.createGain();
    depth.gain.value = -0.5;
    lfo.connect(depth);
    depth.connect(strokes.gain);
    const drum = c.createOscillator();
    drum.type = 'triangle';
    drum.frequency.value = 82;
    const drumLevel = c.createGain();
    drumLevel.gain.value = 0.4;
    hiss.connect(band);
    band.connect(strokes);
    drum.connect(drumLevel);
    drumLevel.connect(strokes);
    const level = c.createGain();
    level.gain.setValueAtTime(0.08, t);
    level.gain.linearRampToValueAtTime(0.5, t + 4);
    strokes.connect(level);
    level.connect(out!);
    const sources = [hiss, lfo, drum];
    for (const s of sources) s.start(t);
    roll = { sources, level };
    rollTimer = setTimeout(endRoll, maxRollMs);
  };

  /** One brass note: two slightly detuned sawtooths through a low-pass that opens on the attack. */
  const brass = (c: AudioContext, at: number, hz: number, length: number, peak = 0.22) => {
    const filter = c.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.setValueAtTime(700, at);
    filter.frequency.linearRampToValueAtTime(3200, at + 0.04);
    filter.frequency.exponentialRampToValueAtTime(1600, at + Math.max(0.1, length));
    const level = c.createGain();
    level.gain.setValueAtTime(0.0001, at);
    level.gain.exponentialRampToValueAtTime(peak, at + 0.025);
    level.gain.exponentialRampToValueAtTime(peak * 0.7, at + 0.12);
    level.gain.setValueAtTime(peak * 0.7, at + length);
    level.gain.exponentialRampToValueAtTime(0.0001, at + length + 0.18);
    filter.connect(level);
    level.connect(out!);
    for (const detune of [-7, 7]) {
      const osc = c.createOscillator();
      osc.type = 'sawtooth';
      osc.frequency.value = hz;
      osc.detune.value = detune;
      osc.connect(filter);
      osc.start(at);
      osc.stop(at + length + 0.2);
    }
  };

  /** A decaying hit: a low drum (sine) or a cymbal (high-passed noise). */
  const hit = (c: AudioContext, at: number, kind: 'drum' | 'cymbal') => {
    const level = c.createGain();
    const decay = kind === 'drum' ? 0.6 : 2.2;
    level.gain.setValueAtTime(kind === 'drum' ? 0.7 : 0.35, at);
    level.gain.exponentialRampToValueAtTime(0.0001, at + decay);
    level.connect(out!);
    let source: AudioScheduledSourceNode;
    if (kind === 'drum') {
      const osc = c.createOscillator();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(110, at);
      osc.frequency.exponentialRampToValueAtTime(60, at + decay);
      osc.connect(level);
      source = osc;
    } else {
      const hiss = c.createBufferSource();
      hiss.buffer = noiseBuffer(c);
      hiss.loop = true;
      const high = c.createBiquadFilter();
      high.type = 'highpass';
      high.frequency.value = 5000;
      hiss.connect(high);
      high.connect(level);
      source = hiss;
    }
    source.start(at);
    source.stop(at + decay + 0.05);
  };

  const playFanfare = (c: AudioContext) => {
    const t = c.currentTime + 0.05;
    const [g4, c5, e5, g5, c6] = [392, 523.25, 659.25, 783.99, 1046.5];
    // Ta-ta-ta-taaa, up the chord, then the chord held over a cymbal.
    for (const [at, hz, length] of [[0, g4, 0.1], [0.13, g4, 0.1], [0.26, g4, 0.1], [0.4, c5, 0.42], [0.88, e5, 0.14], [1.06, g5, 0.14]] as const) {
      brass(c, t + at, hz, length);
    }
    for (const hz of [c5, e5, g5, c6]) brass(c, t + 1.26, hz, 1.7, 0.14);
    hit(c, t + 0.4, 'drum');
    hit(c, t + 1.26, 'drum');
    hit(c, t + 1.26, 'cymbal');
  };

  const ready = (): AudioContext | null => {
    if (muted) return null;
    const c = context();
    if (c && c.state === 'suspended') void c.resume().catch(() => undefined);
    return c;
  };

  return {
    get muted() { return muted; },
    get rolling() { return roll !== null; },
    setMuted(next) {
      muted = next;
      try {
        if (next) storage?.setItem(muteKey, 'off');
        else storage?.removeItem(muteKey);
      } catch { /* private mode: the choice lasts for this page */ }
      if (next) endRoll();
    },
    unlock() { ready(); },
    drumRoll() {
      if (roll) return;
      const c = ready();
      if (c) startRoll(c);
    },
    fanfare() {
      endRoll();
      const c = ready();
      if (c) playFanfare(c);
    },
    stop: endRoll,
  };
}

function readMuted(storage: Storage | null): boolean {
  try { return storage?.getItem(muteKey) === 'off'; } catch { return false; }
}

let shared: SoundCues | null = null;
/** The console's one set of cues: one audio context for the page, however often the draw tab opens. */
export const consoleSoundCues = (): SoundCues => (shared ??= createSoundCues());
