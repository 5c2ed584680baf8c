import { useTranslation } from 'react-i18next';
import { optionShape, shapeGlyph } from '@live/shared/quiz/quiz-clock';
import type { LiveQuizQuestion } from '@live/shared/quiz/types';
import { optionLabel } from '../option-label';

export interface AnswerButtonsProps {
  question: LiveQuizQuestion;
  /** Off until the answers are on show, and while an answer is on its way. */
  enabled: boolean;
  /** Multiple choice: the options ticked so far (sent with Submit). */
  picked: number[];
  onPick(index: number): void;
}

/** Big coloured tiles, each with its shape (colour is never the only cue) and a spoken name: "Triangle: Paris". */
export function AnswerButtons({ question: q, enabled, picked, onPick }: AnswerButtonsProps) {
  const { t } = useTranslation();
  const multiple = q.kind === 'multiple';
  return (
    <div className={`quiz-tiles count-${q.options.length}`} role={multiple ? 'group' : undefined} data-testid="quiz-tiles">
      {q.options.map((_, i) => {
        const shape = optionShape(i);
        const text = optionLabel(t, q.kind, q.options, i);
        const on = picked.includes(i);
        return (
          <button key={i} type="button" className={`quiz-tile shape-${shape}${on ? ' picked' : ''}`} disabled={!enabled}
            aria-label={t('quiz.phone.optionLabel', { shape: t(`quiz.phone.shapes.${shape}`), text })}
            aria-pressed={multiple ? on : undefined} data-testid={`quiz-answer-${i}`} onClick={() => onPick(i)}>
            <span className="quiz-tile-shape" aria-hidden="true">{shapeGlyph[shape]}</span>
            <span className="quiz-tile-text">{text}</span>
            {multiple && <span className="quiz-tile-check" aria-hidden="true">{on ? '✓' : ''}</span>}
          </button>
        );
      })}
    </div>
  );
}
