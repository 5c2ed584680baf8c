import type { PollKindModule } from '../kind-module';
import { ChoiceBallot } from './choice-ballot';
import { ChoiceDraftFields, choiceDraft } from './choice-draft';
import { ChoiceResults } from './choice-results';
import { checkChoice } from './choice-rules';

/** Single and multiple choice: one module, the poll's kind tells them apart inside it. */
export const choice: PollKindModule = {
  Ballot: ChoiceBallot,
  Results: ChoiceResults,
  DraftFields: ChoiceDraftFields,
  checkAnswer: (poll, answer) => checkChoice(poll, answer.optionIds),
  toVote: (_poll, answer) => ({ optionIds: [...answer.optionIds].sort((a, b) => a - b) }),
  draft: choiceDraft,
};
