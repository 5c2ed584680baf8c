import { useTranslation } from 'react-i18next';
import type { QuizQuestionView } from '@live/shared/quiz/types';
import { optionLabel } from './option-label';

export interface QuestionListProps {
  questions: QuizQuestionView[];
  /** The number of the question on show (0: none), marked in the list. */
  current: number;
  /** Edit and delete only in the lobby. */
  editable: boolean;
  onEdit(q: QuizQuestionView): void;
  onDelete(q: QuizQuestionView): void;
}

/** The quiz's questions in their order, each with its key, time and points. */
export function QuestionList({ questions, current, editable, onEdit, onDelete }: QuestionListProps) {
  const { t } = useTranslation();
  return (
    <section className="card stack">
      <h3>{t('quiz.questions', { count: questions.length })}</h3>
      {questions.length === 0 && <p className="muted">{t('quiz.noQuestions')}</p>}
      <ol className="agenda-list" data-testid="quiz-question-list">
        {questions.map((q, i) => (
          <li key={q.id} className={i + 1 === current ? 'agenda-row live' : 'agenda-row'} data-testid="quiz-question-row" data-id={q.id}>
            <span className="agenda-time">{i + 1}</span>
            <div className="agenda-what">
              <strong>{q.text}</strong>
              <span className="muted small">
                {[t(`quiz.kinds.${q.kind}`), t('quiz.seconds', { count: q.timeLimitSeconds }), q.points === 0 ? t('quiz.warmUp') : t('quiz.pointsValue', { count: q.points })].join(' · ')}
              </span>
              <span className="quiz-key small" data-testid="quiz-key">
                ✓ {q.kind === 'typed' ? q.accepted.join(' / ') : q.correct.map(c => optionLabel(t, q.kind, q.options, c)).join(' · ')}
              </span>
            </div>
            {editable && (
              <div className="actions">
                <button className="ghost" data-testid="quiz-edit" onClick={() => onEdit(q)}>{t('quiz.edit')}</button>
                <button className="ghost" data-testid="quiz-delete" onClick={() => onDelete(q)}>{t('quiz.delete')}</button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
