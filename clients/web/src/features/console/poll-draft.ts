import type { PollKind } from '@live/shared/realtime/types';

export interface DraftForm {
  question: string; kind: PollKind; options: string[]; maxSelections: number;
  allowVoteChange: boolean; showResultsToAttendees: boolean;
}

export const emptyDraft = (): DraftForm => ({
  question: '', kind: 'single', options: ['', ''], maxSelections: 2, allowVoteChange: true, showResultsToAttendees: false,
});

const length = (s: string) => [...s.trim()].length;

/** Mirrors the server's poll rules so the host sees a mistake before sending; the server still decides. */
export function validateDraft(d: DraftForm): string | null {
  if (length(d.question) === 0) return 'question_required';
  if (length(d.question) > 200) return 'question_too_long';
  if (d.options.length < 2 || d.options.length > 12) return 'option_count';
  if (d.options.some(o => length(o) === 0)) return 'option_required';
  if (d.options.some(o => length(o) > 80)) return 'option_too_long';
  if (new Set(d.options.map(o => o.trim().toLowerCase())).size !== d.options.length) return 'option_duplicate';
  if (d.kind === 'multiple' && (d.maxSelections < 1 || d.maxSelections > d.options.length)) return 'invalid_max_selections';
  return null;
}

/** The hub's PollDraft. */
export const toRequest = (d: DraftForm) => ({
  question: d.question,
  kind: d.kind,
  options: d.options,
  maxSelections: d.kind === 'multiple' ? d.maxSelections : null,
  allowVoteChange: d.allowVoteChange,
  showResultsToAttendees: d.showResultsToAttendees,
});
