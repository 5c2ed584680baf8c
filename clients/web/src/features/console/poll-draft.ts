import type { PollDraft, PollKind, PollView } from '@live/shared/realtime/types';
import { textLength } from '../poll-kinds/common/option-rules';
import type { DraftForm } from '../poll-kinds/kind-module';
import { kindModule } from '../poll-kinds/registry';

export type { DraftForm };

export const emptyDraft = (): DraftForm => ({
  question: '', kind: 'single', options: ['', ''], maxSelections: 2, variant: null, allowVoteChange: true, showResultsToAttendees: false, attendeeResults: 'afterVoting', allowUpvotes: false,
});

/** The form after the host picks another kind: that kind's module keeps what still fits. */
export const withKind = (d: DraftForm, kind: PollKind): DraftForm => kindModule(kind)?.draft.adopt({ ...d, kind }) ?? { ...d, kind };

/** Mirrors the server's poll rules so the host sees a mistake before sending; the server still decides. */
export function validateDraft(d: DraftForm): string | null {
  if (textLength(d.question) === 0) return 'question_required';
  if (textLength(d.question) > 200) return 'question_too_long';
  const kind = kindModule(d.kind);
  return kind ? kind.draft.check(d) : 'invalid_poll_kind';
}

/** The hub's PollDraft. */
export const toRequest = (d: DraftForm): PollDraft => ({
  question: d.question,
  kind: d.kind,
  ...(kindModule(d.kind)?.draft.toDraft(d) ?? { options: d.options, maxSelections: null, variant: null }),
  allowVoteChange: d.allowVoteChange,
  showResultsToAttendees: d.showResultsToAttendees,
  ...(d.showResultsToAttendees ? { attendeeResults: d.attendeeResults } : {}),
  // Only kinds that take upvotes send the setting: another kind refuses it on (upvotes_off).
  ...(kindModule(d.kind)?.takesUpvotes ? { allowUpvotes: d.allowUpvotes } : {}),
});

/** A draft poll as the edit form starts it: what the server holds, as the host entered it. */
export const draftFromPoll = (poll: PollView): DraftForm => ({
  question: poll.question, kind: poll.kind, options: poll.options.map(o => o.text), maxSelections: poll.maxSelections,
  variant: poll.variant ?? null, allowVoteChange: poll.allowVoteChange, showResultsToAttendees: poll.showResultsToAttendees,
  attendeeResults: poll.attendeeResults ?? 'afterVoting', allowUpvotes: poll.allowUpvotes ?? false,
});
