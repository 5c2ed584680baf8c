import type { PollView } from '@live/shared/realtime/types';

/**
 * Tapping an option: single choice replaces, multiple choice toggles. A pick beyond the poll's maximum is refused
 * (null), so the ballot can say why rather than ignore the tap.
 */
export function pick(poll: PollView, selected: readonly number[], optionId: number): number[] | null {
  if (poll.kind === 'single') return [optionId];
  if (selected.includes(optionId)) return selected.filter(id => id !== optionId);
  if (selected.length >= poll.maxSelections) return null;
  return [...selected, optionId].sort((a, b) => a - b);
}

/** The server's ballot rules for choice: at least one, known options, not more than allowed. */
export function checkChoice(poll: PollView, optionIds: readonly number[]): string | null {
  if (optionIds.length === 0) return 'no_selection';
  if (optionIds.some(id => !poll.options.some(o => o.id === id))) return 'invalid_option';
  if (optionIds.length > (poll.kind === 'single' ? 1 : poll.maxSelections)) return 'too_many_selections';
  return null;
}
