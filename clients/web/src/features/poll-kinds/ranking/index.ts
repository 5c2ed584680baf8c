import type { PollKindModule } from '../kind-module';
import { RankingBallot } from './ranking-ballot';
import { RankingDraftFields, rankingDraft } from './ranking-draft';
import { RankingResults } from './ranking-results';

/** Ranking: every option put in order, best first; results by mean points. */
export const ranking: PollKindModule = {
  Ballot: RankingBallot,
  Results: RankingResults,
  DraftFields: RankingDraftFields,
  checkAnswer: (poll, answer) => {
    const ids = new Set(answer.ranking);
    const complete = answer.ranking.length === poll.options.length && ids.size === poll.options.length && poll.options.every(o => ids.has(o.id));
    return complete ? null : 'invalid_ranking';
  },
  toVote: (_poll, answer) => ({ ranking: [...answer.ranking] }),
  draft: rankingDraft,
};
