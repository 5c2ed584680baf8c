import type { ScreenKindModule } from '../kind-module';
import { WordCloud } from './word-cloud';

/** Word cloud: the attendees' words, the most given largest. */
export const wordcloud: ScreenKindModule = { Results: WordCloud };
