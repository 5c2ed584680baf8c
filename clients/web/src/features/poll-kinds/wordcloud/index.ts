import { maxEntryLength } from '@live/shared/poll-kinds/wordcloud';
import { textLength } from '../common/option-rules';
import type { PollKindModule } from '../kind-module';
import { WordcloudBallot } from './wordcloud-ballot';
import { WordcloudDraftFields, wordcloudDraft } from './wordcloud-draft';
import { WordcloudResults } from './wordcloud-results';

/** The entries worth sending: trimmed, blanks dropped (the server trims too). */
const entries = (texts: readonly string[]) => texts.map(t => t.trim()).filter(t => t !== '');

/** Word cloud: each attendee sends 1 to maxSelections short entries; the screen draws the most given words largest. */
export const wordcloud: PollKindModule = {
  Ballot: WordcloudBallot,
  Results: WordcloudResults,
  DraftFields: WordcloudDraftFields,
  checkAnswer: (poll, answer) => {
    const texts = entries(answer.texts);
    if (texts.length === 0) return 'entry_required';
    if (texts.some(t => textLength(t) > maxEntryLength)) return 'entry_too_long';
    if (texts.length > poll.maxSelections) return 'too_many_entries';
    return null;
  },
  toVote: (_poll, answer) => ({ texts: entries(answer.texts) }),
  draft: wordcloudDraft,
};
