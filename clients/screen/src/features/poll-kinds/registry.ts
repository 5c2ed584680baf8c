import type { PollKind } from '@live/shared/realtime/types';
import { choice } from './choice';
import type { ScreenKindModule } from './kind-module';
import { ranking } from './ranking';
import { rating } from './rating';
import { wordcloud } from './wordcloud';

/** Every poll kind's screen module; the Record type makes a kind without one a compile error. */
export const screenKindModules: Record<PollKind, ScreenKindModule> = {
  single: choice,
  multiple: choice,
  rating,
  ranking,
  wordcloud,
};

/** The module for a poll's kind; undefined for a kind this screen does not know yet (a newer server). */
export const screenKindModule = (kind: string): ScreenKindModule | undefined =>
  Object.hasOwn(screenKindModules, kind) ? screenKindModules[kind as PollKind] : undefined;
