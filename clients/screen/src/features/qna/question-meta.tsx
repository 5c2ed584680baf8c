import { useTranslation } from 'react-i18next';
import type { QuestionView } from '@live/shared/realtime/types';

/** Author (or "Anonymous") and where they are: in the room or online. */
export function QuestionMeta({ question }: { question: QuestionView }) {
  const { t } = useTranslation();
  return (
    <span className="question-meta">
      <span className={question.author ? 'question-author' : 'question-author anonymous'}>{question.author ?? t('qna.anonymous')}</span>
      <span className={`channel-badge ${question.channel}`}>{t(question.channel === 'online' ? 'qna.online' : 'qna.onsite')}</span>
    </span>
  );
}
