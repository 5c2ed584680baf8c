import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadCsv } from '../../api/exports';
import { ErrorText } from '../../components/error-text';

/** checkins.csv: who arrived when and through which channel, downloaded with the host key in a header. */
export function CheckInExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = () => {
    setError(null);
    downloadCsv(code, hostKey, 'checkins').catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.export')}</h2>
      <button data-testid="export-checkins" onClick={download}>{t('checkin.exportCheckins')}</button>
      <ErrorText code={error} />
    </section>
  );
}
