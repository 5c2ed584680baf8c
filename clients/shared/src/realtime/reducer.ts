import type { LiveEvent, LiveEventPayloads, LiveState } from './types';

/** What every pushed snapshot carries: a version that only grows, per slot. */
export interface Versioned { version: number }

/** A kind with one value per session (the session, presence, Q&A …). */
export interface SingleKind<T extends Versioned = Versioned> {
  /** The server event that pushes it. */
  event: string;
  /** Where the full state (GetState, after every (re)connect) has it; null or absent: nothing to merge. */
  fromState(state: LiveState): T | null | undefined;
  key?: undefined;
}

/** A kind with one value per key (results: one per poll). */
export interface KeyedKind<T extends Versioned = Versioned> {
  event: string;
  /** The slot a value goes to. */
  key(value: T): string;
  /** Where the full state has them, as a list. */
  fromState(state: LiveState): readonly T[] | null | undefined;
}

export type SnapshotKind = SingleKind | KeyedKind;
export type SnapshotRegistry = Record<string, SnapshotKind>;

/** Events whose payload is a versioned snapshot: the only ones a registry entry may name. */
type SnapshotEvent = { [E in LiveEvent]: LiveEventPayloads[E] extends Versioned ? E : never }[LiveEvent];

/** An entry for a kind with one value per session, pushed by `event` (typed by LiveEventPayloads). */
export const single = <E extends SnapshotEvent>(event: E, fromState: (state: LiveState) => LiveEventPayloads[E] | null | undefined) =>
  ({ event, fromState }) satisfies SingleKind<LiveEventPayloads[E]>;

/** An entry for a kind with one value per key, pushed by `event` (typed by LiveEventPayloads). */
export const keyed = <E extends SnapshotEvent>(
  event: E, key: (value: LiveEventPayloads[E]) => string, fromState: (state: LiveState) => readonly LiveEventPayloads[E][] | null | undefined,
) => ({ event, key, fromState }) satisfies KeyedKind<LiveEventPayloads[E]>;

type ValueOf<K> = K extends KeyedKind<infer T> ? T : K extends SingleKind<infer T> ? T : never;

/** What a registry's reducer holds: per kind, its newest value (null before the first), or per key for a keyed kind. */
export type SnapshotOf<R extends SnapshotRegistry> = {
  [K in keyof R]: R[K] extends KeyedKind ? Record<string, ValueOf<R[K]>> : ValueOf<R[K]> | null;
};

/** A full state after a (re)connect, or one pushed value of one kind. */
export type ActionOf<R extends SnapshotRegistry> =
  | { type: 'state'; state: LiveState }
  | { [K in keyof R & string]: { type: 'push'; kind: K; value: ValueOf<R[K]> } }[keyof R & string];

/**
 * The reducer, its empty snapshot and its event subscriptions for a registry of kinds. Latest value wins: a value
 * replaces what a (kind, key) slot holds only when its version is higher, so a late or duplicated push can never move
 * the screen backwards. A full state is merged the same way, slot by slot.
 */
export function snapshotStore<R extends SnapshotRegistry>(kinds: R) {
  type Kind = keyof R & string;
  type Slots = Record<string, Versioned | null | Record<string, Versioned>>;
  const names = Object.keys(kinds) as Kind[];
  const empty = Object.fromEntries(names.map(kind => [kind, kinds[kind].key ? {} : null])) as SnapshotOf<R>;

  const put = (snapshot: SnapshotOf<R>, kind: Kind, value: Versioned): SnapshotOf<R> => {
    const slots = snapshot as Slots;
    const entry = kinds[kind];
    if (entry.key) {
      const byKey = slots[kind] as Record<string, Versioned>;
      const key = entry.key(value);
      if (!newer(byKey[key], value)) return snapshot;
      return { ...snapshot, [kind]: { ...byKey, [key]: value } };
    }
    return newer(slots[kind] as Versioned | null, value) ? { ...snapshot, [kind]: value } : snapshot;
  };

  const reduce = (snapshot: SnapshotOf<R>, action: ActionOf<R>): SnapshotOf<R> => {
    if (action.type === 'push') return put(snapshot, action.kind, action.value as Versioned);
    let next = snapshot;
    for (const kind of names) {
      const entry = kinds[kind];
      const values = entry.key ? entry.fromState(action.state) ?? [] : [entry.fromState(action.state)];
      for (const value of values) if (value) next = put(next, kind, value);
    }
    return next;
  };

  /** One per kind: the event to listen to and the action its payload becomes. */
  const subscriptions = names.map(kind => ({
    kind,
    event: kinds[kind].event as R[Kind]['event'],
    action: (value: unknown) => ({ type: 'push', kind, value }) as ActionOf<R>,
  }));

  return { empty, reduce, subscriptions };
}

const newer = (current: Versioned | null | undefined, next: Versioned) => !current || next.version > current.version;

/**
 * Every snapshot the server pushes. A new kind is one entry here (plus its payload type, its event in
 * LiveEventPayloads and its field in LiveState): the reducer, GetState merging and connection.ts's subscriptions
 * follow from this list, and components read it as `snapshot.<kind>`.
 */
export const snapshotKinds = {
  session: single('session', state => state.session),
  results: keyed('results', results => results.pollId, state => state.results),
  presence: single('presence', state => state.presence),
  qna: single('qna', state => state.qna),
  commentQueue: single('commentQueue', state => state.comments),
  reactions: single('reactions', state => state.reactions),
  checkins: single('checkIns', state => state.checkins),
  draw: single('draw', state => state.draw),
  agenda: single('agenda', state => state.agenda),
  groups: single('groups', state => state.groups),
  quiz: single('quiz', state => state.quiz),
  survey: single('survey', state => state.survey),
};

const store = snapshotStore(snapshotKinds);

/** What a screen or console knows: the newest version of every snapshot, or nothing before the first GetState. */
export type Snapshot = SnapshotOf<typeof snapshotKinds>;
export type SnapshotAction = ActionOf<typeof snapshotKinds>;
export const emptySnapshot: Snapshot = store.empty;
export const snapshotReducer = store.reduce;
/** Every registered kind's event and the action it becomes: connection.ts subscribes to each. */
export const snapshotSubscriptions = store.subscriptions;
