import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import { downloadCsv } from '../../api/exports';
import { ErrorText } from '../../components/error-text';

/** polls.csv: every poll of the session in one file (kind, question, status, respondents, present at close). */
export function PollsExport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = () => {
    setError(null);
    downloadCsv(code, hostKey, 'polls').catch(e => setError(errorCode(e)));
  };
  return (
    <section className="card stack">
      <h2 className="section-title">{t('console.export')}</h2>
      <button type="button" data-testid="export-polls" onClick={download}>{t('console.exportAllPolls')}</button>
      <p className="hint">{t('console.exportHint')}</p>
      <ErrorText code={error} />
    </section>
  );
}
