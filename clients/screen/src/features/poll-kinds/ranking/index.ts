import type { ScreenKindModule } from '../kind-module';
import { RankingResults } from './ranking-results';

/** Ranking: options by mean points. */
export const ranking: ScreenKindModule = { Results: RankingResults };
