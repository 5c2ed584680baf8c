import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadCsv } from '../../api/exports';
import { ErrorText } from '../../components/error-text';

/** winners.csv: every winner of every round, absent ones included, with the seed hash and seed for finance. */
export function WinnersExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = () => {
    setError(null);
    downloadCsv(code, hostKey, 'winners').catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('draw.export')}</h2>
      <button type="button" data-testid="export-winners" onClick={download}>{t('draw.exportWinners')}</button>
      <p className="hint">{t('draw.exportHint')}</p>
      <ErrorText code={error} />
    </section>
  );
}
