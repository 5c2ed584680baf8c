import { useTranslation } from 'react-i18next';
import type { QuestionView } from '@live/shared/realtime/types';

/** This device's own questions, newest first, with where each one stands. */
export function MyQuestions({ questions }: { questions: QuestionView[] }) {
  const { t } = useTranslation();
  if (questions.length === 0) return null;
  return (
    <section className="card stack">
      <h2 className="section-title">{t('qna.myQuestions')}</h2>
      <ul className="plain-list">
        {[...questions].reverse().map(q => (
          <li key={q.id} className="my-question" data-testid={`my-question-${q.id}`} data-state={q.state}>
            <span className="question-text">{q.text}</span>
            <span className={`badge badge-q-${q.state}`}>{t(`qna.state.${q.state}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
