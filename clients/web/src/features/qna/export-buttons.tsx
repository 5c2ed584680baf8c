import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadCsv, type ExportName } from '../../api/exports';
import { ErrorText } from '../../components/error-text';

/** CSV downloads of the questions and the moderation log. */
export function ExportButtons({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (name: ExportName) => {
    setError(null);
    downloadCsv(code, hostKey, name).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('moderation.export')}</h2>
      <button data-testid="export-csv" onClick={() => download('questions')}>{t('moderation.exportQuestions')}</button>
      <button data-testid="export-log" onClick={() => download('moderation-log')}>{t('moderation.exportLog')}</button>
      <ErrorText code={error} />
    </section>
  );
}
