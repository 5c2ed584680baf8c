import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadExport, type ExportFormat } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

/** The quiz's two exports: every player in rank order (with team), and each closed question's correct rate and mean time. */
export function QuizExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (name: 'quiz/players' | 'quiz/questions') => (format: ExportFormat) => {
    setError(null);
    downloadExport(code, hostKey, name, format).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack" data-testid="quiz-export">
      <h3>{t('console.export')}</h3>
      <DownloadButtons testId="export-quiz-players" label={t('quiz.exportPlayers')} onDownload={download('quiz/players')} />
      <DownloadButtons testId="export-quiz-questions" label={t('quiz.exportQuestions')} onDownload={download('quiz/questions')} />
      <p className="hint">{t('quiz.exportHint')}</p>
      <ErrorText code={error} />
    </section>
  );
}
