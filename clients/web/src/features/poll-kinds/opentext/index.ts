import { textLength } from '../common/option-rules';
import type { PollKindModule } from '../kind-module';
import { OpentextBallot } from './opentext-ballot';
import { OpentextResults } from './opentext-results';
import { maxAnswerLength } from './opentext-rules';
import { OpentextDraftFields } from './opentext-draft';

const answer = (texts: readonly string[]) => (texts[0] ?? '').trim();

/**
 * Open text: each attendee writes one answer; the screen shows a wall of the newest, moderated by the word filter and the
 * host, who can feature one answer. When the host allows it, phones see the wall and upvote answers.
 */
export const opentext: PollKindModule = {
  Ballot: OpentextBallot,
  Results: OpentextResults,
  DraftFields: OpentextDraftFields,
  takesUpvotes: true,
  checkAnswer: (_poll, a) => {
    const text = answer(a.texts);
    if (text === '') return 'entry_required';
    return textLength(text) > maxAnswerLength ? 'entry_too_long' : null;
  },
  toVote: (_poll, a) => ({ texts: [answer(a.texts)] }),
  draft: {
    adopt: form => ({ ...form, variant: null, maxSelections: 1 }),
    check: () => null,
    toDraft: () => ({ options: [], maxSelections: null, variant: null }),
  },
};
