import type { TFunction } from 'i18next';
import type { QuizQuestionKind } from '@live/shared/quiz/types';

/** An option's text as people read it: true/false questions carry "true" and "false" on the wire, shown translated. */
export function optionLabel(t: TFunction, kind: QuizQuestionKind, options: readonly string[], index: number): string {
  if (kind === 'trueFalse') return index === 0 ? t('quiz.true') : t('quiz.false');
  return options[index] ?? '';
}
