import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadExport, type ExportFormat, type ExportName } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

/** Downloads (CSV or Excel) of the questions and the moderation log. */
export function ExportButtons({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (name: ExportName) => (format: ExportFormat) => {
    setError(null);
    downloadExport(code, hostKey, name, format).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('moderation.export')}</h2>
      <DownloadButtons testId="export-csv" label={t('moderation.exportQuestions')} onDownload={download('questions')} />
      <DownloadButtons testId="export-log" label={t('moderation.exportLog')} onDownload={download('moderation-log')} />
      <ErrorText code={error} />
    </section>
  );
}
