import type { ScreenKindModule } from '../kind-module';
import { AnswerWall } from './answer-wall';

/** Open text: a wall of the newest answers. */
export const opentext: ScreenKindModule = { Results: AnswerWall };
