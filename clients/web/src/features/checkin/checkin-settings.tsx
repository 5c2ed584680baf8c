import { useTranslation } from 'react-i18next';
import type { CheckInSettings } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction, type Invoke } from '../qna/use-hub-action';

const toggles: { key: keyof CheckInSettings; label: string; testId: string }[] = [
  { key: 'allowWalkIns', label: 'allowWalkIns', testId: 'setting-allow-walkins' },
  { key: 'maskNamesOnWall', label: 'maskNames', testId: 'setting-mask-names' },
];

/** Walk-ins on or off, and whether the check-in wall masks names. The checkbox follows the server's view. */
export function CheckInSettingsPanel({ settings, invoke }: { settings: CheckInSettings | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.settings')}</h2>
      {toggles.map(({ key, label, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} disabled={!settings} checked={settings?.[key] ?? false}
            onChange={e => settings && void run('SetCheckInSettings', { ...settings, [key]: e.target.checked })} />
          {t(`checkin.${label}`)}
        </label>
      ))}
      <ErrorText code={error} />
    </section>
  );
}
