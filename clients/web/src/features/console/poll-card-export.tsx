import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadPollCsv, type PollTable } from '../../api/exports';
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
  const download = (table: PollTable) => () => {
    setError(null);
    downloadPollCsv(code, hostKey, pollId, table).catch(e => setError(errorCode(e)));
  };
  return (
    <div className="poll-export">
      <button type="button" className="ghost" data-testid="export-poll-results" onClick={download('results')}>{t('console.exportResults')}</button>
      <button type="button" className="ghost" data-testid="export-poll-responses" onClick={download('responses')}>{t('console.exportResponses')}</button>
      <ErrorText code={error} />
    </div>
  );
}
