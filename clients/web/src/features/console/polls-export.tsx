import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadExport, type ExportFormat } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

/** polls.csv / polls.xlsx: every poll of the session in one file (kind, question, status, respondents, present at close). */
export function PollsExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (format: ExportFormat) => {
    setError(null);
    downloadExport(code, hostKey, 'polls', format).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('console.export')}</h2>
      <DownloadButtons testId="export-polls" label={t('console.exportAllPolls')} onDownload={download} />
      <p className="hint">{t('console.exportHint')}</p>
      <ErrorText code={error} />
    </section>
  );
}
