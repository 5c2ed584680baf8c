import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadExport, type ExportFormat } from '../../api/exports';
import { DownloadButtons } from '../../components/download-buttons';
import { ErrorText } from '../../components/error-text';

/** checkins.csv / checkins.xlsx: who arrived when and through which channel, downloaded with the host key in a header. */
export function CheckInExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (format: ExportFormat) => {
    setError(null);
    downloadExport(code, hostKey, 'checkins', format).catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.export')}</h2>
      <DownloadButtons testId="export-checkins" label={t('checkin.exportCheckins')} onDownload={download} />
      <ErrorText code={error} />
    </section>
  );
}
