import type { PollView } from '@live/shared/realtime/types';

/** Tapping an option: single choice replaces, multiple choice toggles up to the poll's maximum. */
export function toggle(poll: PollView, selected: number[], optionId: number): number[] {
  if (poll.kind === 'single') return [optionId];
  if (selected.includes(optionId)) return selected.filter(id => id !== optionId);
  if (selected.length >= poll.maxSelections) return selected;
  return [...selected, optionId].sort((a, b) => a - b);
}

export const sameChoice = (a: readonly number[] | undefined, b: readonly number[]) =>
  !!a && a.length === b.length && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);
