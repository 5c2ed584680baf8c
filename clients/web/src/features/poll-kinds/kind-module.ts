import type { ComponentType } from 'react';
import type { PollDraft, PollKind, PollResults, PollView, VoteRequest, ResultsTiming } from '@live/shared/realtime/types';
import type { Answer } from '../../realtime/ballots';

/**
 * The create-poll form's state, for every kind: each kind's draft fields edit the parts it uses (options are choice
 * options, rating statements or ranking items; maxSelections is multiple choice's limit or word cloud's entries).
 */
export interface DraftForm {
  question: string; kind: PollKind; options: string[]; maxSelections: number; variant: string | null;
  allowVoteChange: boolean; showResultsToAttendees: boolean;
  /** When phones show the shared results; sent only while they are shared. */
  attendeeResults: ResultsTiming;
  /** Phones may upvote the answers; sent only for kinds that take upvotes (PollKindModule.takesUpvotes). */
  allowUpvotes: boolean;
}

/** The answer fields of a Vote: the one this kind reads. */
export type VoteFields = Omit<VoteRequest, 'pollId' | 'opId'>;

export interface BallotProps {
  poll: PollView;
  /** What the phone shows: the attendee's unsent answer, else the stored ballot, else an empty answer. */
  answer: Answer;
  /** Closed, locked or sending: show the answer, take no input. */
  disabled: boolean;
  onChange(answer: Answer): void;
  /** Refuses an input with a translated reason (errors.<code>) instead of ignoring it. */
  onRefuse(code: string): void;
}

export interface ResultsProps {
  poll: PollView;
  results: PollResults | undefined;
  /** Prefix of the data-testid of each count ("console-count" → console-count-<option id or key>). */
  testIdPrefix: string;
  /** Hides (or shows again) one result item on the screen and phones: the console passes it, phones do not. */
  onSetHidden?(key: string, hidden: boolean): Promise<unknown>;
  /** Spotlights one result item on the big screen, or none (null): the console passes it, phones do not. */
  onFeature?(key: string | null): Promise<unknown>;
  /** This device's upvotes on the result items, passed on phones while the poll takes upvotes and is open. */
  upvotes?: ItemUpvotes;
}

/** A phone's upvotes on result items: which it holds, which wait for the server, and the tap that sets one. */
export interface ItemUpvotes {
  mine: ReadonlySet<string>;
  busy: ReadonlySet<string>;
  toggle(key: string, up: boolean): void;
}

export interface DraftFieldsProps {
  draft: DraftForm;
  onChange(patch: Partial<DraftForm>): void;
  /** A survey question: its answers are never on a screen, so hints about the wall do not apply. */
  inSurvey?: boolean;
}

/**
 * Everything the web app knows about one poll kind: the phone's ballot, the console's (and the phones') results, and
 * the console's draft fields with their rules. Generic code (the attendee's poll shell, the create form, the poll
 * card) asks the registry for the module and never looks at `poll.kind` itself.
 */
export interface PollKindModule {
  /** The phone's answer input, including the hint above it ("Choose up to 3"). */
  Ballot: ComponentType<BallotProps>;
  /** Live results on the console's poll card and, when the host allows, on phones. */
  Results: ComponentType<ResultsProps>;
  /** The kind's own part of the create-poll form. */
  DraftFields: ComponentType<DraftFieldsProps>;
  /** The kind's result items can be upvoted by phones when the host allows it (PollDraft.allowUpvotes); absent: no. */
  takesUpvotes?: boolean;
  /** A ballot error code (the server's) for an answer that cannot be sent yet, or null. */
  checkAnswer(poll: PollView, answer: Answer): string | null;
  /** The answer as the Vote fields this kind reads, normalised so two equal answers compare equal. */
  toVote(poll: PollView, answer: Answer): VoteFields;
  draft: {
    /** The form as it should be when the host switches to this kind (keeps what still fits). */
    adopt(form: DraftForm): DraftForm;
    /** Mirrors the server's draft rules for this kind: an error code or null. */
    check(form: DraftForm): string | null;
    /** The kind's part of the hub's PollDraft. */
    toDraft(form: DraftForm): Pick<PollDraft, 'options' | 'maxSelections' | 'variant'>;
  };
}
