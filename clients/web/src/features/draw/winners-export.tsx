import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadExport, type ExportFormat } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

/** winners.csv / winners.xlsx: every winner of every round, absent ones included, with the seed hash and seed for finance. */
export function WinnersExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (format: ExportFormat) => {
    setError(null);
    downloadExport(code, hostKey, 'winners', format).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('draw.export')}</h2>
      <DownloadButtons testId="export-winners" label={t('draw.exportWinners')} onDownload={download} />
      <p className="hint">{t('draw.exportHint')}</p>
      <ErrorText code={error} />
    </section>
  );
}
