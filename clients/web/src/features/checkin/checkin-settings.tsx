import { useTranslation } from 'react-i18next';
import { wallDetails, type CheckInSettings, type CheckInView, type WallDetail } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { settingsOf, useConfirmedSetting } from '@live/shared/hooks/use-confirmed-setting';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

const toggles: { key: 'allowWalkIns' | 'maskNamesOnWall'; label: string; testId: string }[] = [
  { key: 'allowWalkIns', label: 'allowWalkIns', testId: 'setting-allow-walkins' },
  { key: 'maskNamesOnWall', label: 'maskNames', testId: 'setting-mask-names' },
];

/**
 * Walk-ins on or off, whether the check-in wall masks names, and what it shows beside them (the company tells two
 * masked "宋*" apart). A control shows the host's choice at once, busy until the server answers, then the answer; it
 * follows the pushed snapshot again once that snapshot is as new.
 */
export function CheckInSettingsPanel({ view, invoke }: { view: CheckInView | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const switches = useConfirmedSetting(settingsOf(view), async (next: CheckInSettings) => {
    const answer = await run('SetCheckInSettings', next);
    return settingsOf(answer);
  });
  const shown = switches.shown;

  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.settings')}</h2>
      {toggles.map(({ key, label, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} disabled={!shown || switches.busy} aria-busy={switches.busy}
            checked={shown?.[key] ?? false} onChange={e => shown && void switches.change({ ...shown, [key]: e.target.checked })} />
          {t(`checkin.${label}`)}
        </label>
      ))}
      <label className="field">
        {t('checkin.wallDetail')}
        <select data-testid="setting-wall-detail" disabled={!shown || switches.busy} aria-busy={switches.busy}
          value={shown?.wallDetail ?? 'company'}
          onChange={e => shown && void switches.change({ ...shown, wallDetail: e.target.value as WallDetail })}>
          {wallDetails.map(d => <option key={d} value={d}>{t(`checkin.wallDetails.${d}`)}</option>)}
        </select>
      </label>
      <ErrorText code={error} />
    </section>
  );
}
