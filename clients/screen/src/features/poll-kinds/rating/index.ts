import type { ScreenKindModule } from '../kind-module';
import { RatingResults } from './rating-results';

/** Rating: stars, 1–10 or NPS, for the question or per statement. */
export const rating: ScreenKindModule = { Results: RatingResults };
