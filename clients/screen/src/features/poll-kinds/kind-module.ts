import type { ComponentType } from 'react';
import type { PollResults, PollView } from '@live/shared/realtime/types';

export interface ScreenResultsProps { poll: PollView; results: PollResults | undefined }

/**
 * What the big screen knows about one poll kind: how its results look. The poll view around it (question, voters,
 * open or final, the join QR code) is the same for every kind and never looks at `poll.kind`.
 */
export interface ScreenKindModule {
  /** Fills the space between the question and the footer; sized from the viewport, readable from the back of a hall. */
  Results: ComponentType<ScreenResultsProps>;
}
