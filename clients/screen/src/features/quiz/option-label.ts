import type { TFunction } from 'i18next';
import type { LiveQuizQuestion } from '@live/shared/quiz/types';

/** An option as the room reads it: true/false carry "true"/"false" on the wire, shown translated. */
export const optionLabel = (t: TFunction, q: Pick<LiveQuizQuestion, 'kind' | 'options'>, index: number) =>
  q.kind === 'trueFalse' ? t(index === 0 ? 'quiz.true' : 'quiz.false') : q.options[index] ?? '';
