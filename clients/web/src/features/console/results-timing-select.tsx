import { useTranslation } from 'react-i18next';
import { resultsTimings, type ResultsTiming } from '@live/shared/realtime/types';

/** When phones show the results the host shares: after voting (the default, no bias), always, or when closed. */
export function ResultsTimingSelect({ value, disabled, onChange, testId }: {
  value: ResultsTiming; disabled?: boolean; onChange(timing: ResultsTiming): void; testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field inline-field">
      <span className="muted small">{t('console.resultsTiming')}</span>
      <select className="text-input" data-testid={testId} value={value} disabled={disabled} aria-busy={disabled}
        onChange={e => onChange(e.target.value as ResultsTiming)}>
        {resultsTimings.map(r => <option key={r} value={r}>{t(`console.resultsTimingChoice.${r}`)}</option>)}
      </select>
    </label>
  );
}
