import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadPollExport, type ExportFormat, type PollTable } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

export interface PollCardExportProps {
  code: string;
  hostKey: string;
  pollId: string;
}

/** A poll card's downloads: the result table and every response, fetched with the host key in a header. */
export function PollCardExport({ code, hostKey, pollId }: PollCardExportProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (table: PollTable) => (format: ExportFormat) => {
    setError(null);
    downloadPollExport(code, hostKey, pollId, table, format).catch(e => setError(errorCode(e)));
  };
  return (
    <div className="poll-export">
      <DownloadButtons testId="export-poll-results" className="ghost" label={t('console.exportResults')} onDownload={download('results')} />
      <DownloadButtons testId="export-poll-responses" className="ghost" label={t('console.exportResponses')} onDownload={download('responses')} />
      <ErrorText code={error} />
    </div>
  );
}
