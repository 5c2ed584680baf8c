import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { ImportReport } from '@live/shared/realtime/types';
import { importRoster } from '../../api/roster';
import { ErrorText } from '../../components/error-text';
import { importErrorLabel } from './labels';
import { checkRosterFile, rosterAccept } from './roster-file';

/** Bad rows listed one by one up to this many; a 20,000-row file with a wrong column would otherwise flood the page. */
export const shownBadRows = 100;

/** Imports the invitation list (CSV or XLSX) and reports what happened, bad rows by line number. */
export function RosterImport({ code, hostKey }: { code: string; hostKey: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ file: string; report: ImportReport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // picking the same file again (after fixing it) must import it again
    if (!file) return;
    setError(null);
    setResult(null);
    const check = checkRosterFile(file);
    if ('error' in check) return setError(check.error);
    setBusy(file.name);
    try {
      setResult({ file: file.name, report: await importRoster(code, hostKey, file, check.contentType) });
    } catch (err) {
      setError(errorCode(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.import')}</h2>
      <p className="hint">{t('checkin.importHint')}</p>
      <label className={busy ? 'button primary file-button busy' : 'button primary file-button'}>
        {busy ? t('checkin.importing', { file: busy }) : t('checkin.chooseFile')}
        <input type="file" className="visually-hidden" data-testid="roster-file" accept={rosterAccept} disabled={!!busy} onChange={pick} />
      </label>
      <ErrorText code={error} />
      {result && <ImportReportView file={result.file} report={result.report} />}
    </section>
  );
}

function ImportReportView({ file, report }: { file: string; report: ImportReport }) {
  const { t } = useTranslation();
  const counts = [['added', report.added], ['updated', report.updated], ['unchanged', report.unchanged], ['invited', report.invited]] as const;
  return (
    <div className="import-report" data-testid="import-report" role="status">
      <p className="small">{t('checkin.imported', { file })}</p>
      <dl className="report-counts">
        {counts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key === 'invited' ? 'checkin.invitedNow' : `checkin.${key}`)}</dt>
            <dd data-testid={`import-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && <>
        <p className="error small">{t('checkin.skipped', { count: report.errors.length })}</p>
        <ul className="import-errors">
          {report.errors.slice(0, shownBadRows).map(({ line, code }) => (
            <li key={`${line}-${code}`} data-testid={`import-error-${line}`} data-code={code}>
              {t('checkin.importLine', { line, problem: importErrorLabel(t, code) })}
            </li>
          ))}
        </ul>
        {report.errors.length > shownBadRows && <p className="muted small">{t('checkin.importMore', { count: report.errors.length - shownBadRows })}</p>}
      </>}
    </div>
  );
}
