import { ratingVariantOf, scalePoints } from '@live/shared/poll-kinds/rating';
import type { PollKindModule } from '../kind-module';
import { RatingBallot, statementsOf } from './rating-ballot';
import { RatingDraftFields, ratingDraft } from './rating-draft';
import { RatingResults } from './rating-results';

/** Rating: stars (1–5), a 1–10 scale or NPS (0–10), for the question or for each of up to 10 statements. */
export const rating: PollKindModule = {
  Ballot: RatingBallot,
  Results: RatingResults,
  DraftFields: RatingDraftFields,
  checkAnswer: (poll, answer) => {
    const points = scalePoints(ratingVariantOf(poll.variant));
    const rows = statementsOf(poll.options).length;
    const ok = answer.ratings.length === rows && answer.ratings.every(r => r !== null && points.includes(r));
    return ok ? null : 'invalid_rating';
  },
  // A statement not rated yet is NaN here (JSON null): checkAnswer refuses such an answer, so it is never sent.
  toVote: (poll, answer) => ({ ratings: statementsOf(poll.options).map((_, i) => answer.ratings[i] ?? NaN) }),
  draft: ratingDraft,
};
