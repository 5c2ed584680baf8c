import type { LiveQuizQuestion } from './types';

/** Where a question on show stands at one moment: read alone, answers open, or past its deadline. */
export type QuizStage = 'reading' | 'answering' | 'over';

export interface QuizClock {
  stage: QuizStage;
  /** Whole seconds left in the stage, rounded up (the screen's "3, 2, 1" and the countdown's 20 … 1, then 0). */
  secondsLeft: number;
  /** Share of the answer time still left, 1 → 0 (the ring and the bar); 1 while reading. */
  fraction: number;
}

/**
 * The question's stage at the server time `serverNow` (the client's clock corrected by the view's `now`). The server
 * decides what it accepts (`answers_not_shown`, `question_closed`); this only draws the same boundaries.
 */
export function quizClock(q: Pick<LiveQuizQuestion, 'answersAt' | 'deadline'>, serverNow: number): QuizClock {
  if (serverNow < q.answersAt) return { stage: 'reading', secondsLeft: Math.ceil((q.answersAt - serverNow) / 1000), fraction: 1 };
  const left = q.deadline - serverNow;
  if (left <= 0) return { stage: 'over', secondsLeft: 0, fraction: 0 };
  return { stage: 'answering', secondsLeft: Math.ceil(left / 1000), fraction: Math.min(1, left / Math.max(1, q.deadline - q.answersAt)) };
}

/** Kahoot-style looks for the answer options, by index: a colour and a shape, so colour is never the only cue. */
export const optionShapes = ['triangle', 'diamond', 'circle', 'square'] as const;
export type OptionShape = (typeof optionShapes)[number];
export const optionShape = (index: number): OptionShape => optionShapes[index % optionShapes.length];
/** The glyph drawn for a shape (the shapes' names are spoken instead: the glyphs are aria-hidden). */
export const shapeGlyph: Record<OptionShape, string> = { triangle: '▲', diamond: '◆', circle: '●', square: '■' };

/** Share of answers per option, in whole percent (0 for an option nobody picked, all 0 when nobody answered). */
export function distributionPercents(distribution: readonly number[]): number[] {
  const total = distribution.reduce((a, b) => a + b, 0);
  return distribution.map(n => (total === 0 ? 0 : Math.round((n / total) * 100)));
}
