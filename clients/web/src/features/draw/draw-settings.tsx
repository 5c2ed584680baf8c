import { useTranslation } from 'react-i18next';
import type { DrawSettings, DrawView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { settingsOf, useConfirmedSetting } from '@live/shared/hooks/use-confirmed-setting';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

const toggles: { key: 'allowRepeatWins' | 'maskNames'; testId: string }[] = [
  { key: 'allowRepeatWins', testId: 'setting-allow-repeat' },
  { key: 'maskNames', testId: 'setting-mask-names' },
];

/**
 * Repeat wins across tiers, masked names on the big screen, and the winners' companies beside them (what tells two
 * masked "宋*" apart). Shows the choice at once, busy until the server answers.
 */
export function DrawSettingsPanel({ view, invoke, onSaved }: { view: DrawView | null; invoke: Invoke; onSaved(view: DrawView): void }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const switches = useConfirmedSetting(settingsOf(view), async (next: DrawSettings) => {
    const answer = await run('SetDrawSettings', next);
    if (answer) onSaved(answer);
    return settingsOf(answer);
  });
  const shown = switches.shown;

  return (
    <section className="card stack">
      <h2 className="section-title">{t('draw.settings')}</h2>
      {toggles.map(({ key, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} disabled={!shown || switches.busy} aria-busy={switches.busy}
            checked={shown?.[key] ?? false} onChange={e => shown && void switches.change({ ...shown, [key]: e.target.checked })} />
          {t(`draw.${key}`)}
        </label>
      ))}
      <label className="check">
        <input type="checkbox" data-testid="setting-show-companies" disabled={!shown || switches.busy} aria-busy={switches.busy}
          checked={shown ? !shown.hideCompanies : false} onChange={e => shown && void switches.change({ ...shown, hideCompanies: !e.target.checked })} />
        {t('draw.showCompanies')}
      </label>
      <ErrorText code={error} />
    </section>
  );
}
