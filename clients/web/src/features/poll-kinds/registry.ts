import type { PollKind } from '@live/shared/realtime/types';
import { choice } from './choice';
import type { PollKindModule } from './kind-module';
import { ranking } from './ranking';
import { rating } from './rating';
import { wordcloud } from './wordcloud';

/** Every poll kind's module; the Record type makes a kind without a module a compile error. */
export const pollKindModules: Record<PollKind, PollKindModule> = {
  single: choice,
  multiple: choice,
  rating,
  ranking,
  wordcloud,
};

/** The kinds in the order the create form offers them. */
export const pollKindOrder: readonly PollKind[] = ['single', 'multiple', 'rating', 'ranking', 'wordcloud'];

/** The module for a poll's kind; undefined for a kind this app does not know yet (a newer server). */
export const kindModule = (kind: string): PollKindModule | undefined =>
  Object.hasOwn(pollKindModules, kind) ? pollKindModules[kind as PollKind] : undefined;
