import type { ScreenKindModule } from '../kind-module';
import { ChoiceResults } from './choice-results';

/** Single and multiple choice share one screen module. */
export const choice: ScreenKindModule = { Results: ChoiceResults };
