import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInSettings, CheckInView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

const toggles: { key: keyof CheckInSettings; label: string; testId: string }[] = [
  { key: 'allowWalkIns', label: 'allowWalkIns', testId: 'setting-allow-walkins' },
  { key: 'maskNamesOnWall', label: 'maskNames', testId: 'setting-mask-names' },
];

/**
 * Walk-ins on or off, and whether the check-in wall masks names. A switch shows the host's choice at once and
 * then the server's answer; it follows the pushed snapshot again once that snapshot is as new as the answer.
 */
export function CheckInSettingsPanel({ view, invoke }: { view: CheckInView | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [local, setLocal] = useState<{ settings: CheckInSettings; version: number } | null>(null);
  const shown = local && local.version > (view?.version ?? -1) ? local.settings : view?.settings ?? null;

  const change = async (next: CheckInSettings) => {
    setLocal({ settings: next, version: Number.POSITIVE_INFINITY });
    const answer = await run('SetCheckInSettings', next);
    setLocal(answer ? { settings: answer.settings, version: answer.version } : null);
  };

  return (
    <section className="card stack">
      <h2 className="section-title">{t('checkin.settings')}</h2>
      {toggles.map(({ key, label, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} disabled={!shown} checked={shown?.[key] ?? false}
            onChange={e => shown && void change({ ...shown, [key]: e.target.checked })} />
          {t(`checkin.${label}`)}
        </label>
      ))}
      <ErrorText code={error} />
    </section>
  );
}
