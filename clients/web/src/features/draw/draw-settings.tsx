import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawSettings, DrawView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

const toggles: { key: keyof DrawSettings; testId: string }[] = [
  { key: 'allowRepeatWins', testId: 'setting-allow-repeat' },
  { key: 'maskNames', testId: 'setting-mask-names' },
];

/** Repeat wins across tiers, and masked names on the big screen. Shows the choice at once, then the server's answer. */
export function DrawSettingsPanel({ view, invoke, onSaved }: { view: DrawView | null; invoke: Invoke; onSaved(view: DrawView): void }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const [pending, setPending] = useState<DrawSettings | null>(null);
  const shown = pending ?? view?.settings ?? null;

  const change = async (next: DrawSettings) => {
    setPending(next);
    const answer = await run('SetDrawSettings', next);
    if (answer) onSaved(answer);
    setPending(null);
  };

  return (
    <section className="card stack">
      <h2 className="section-title">{t('draw.settings')}</h2>
      {toggles.map(({ key, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} disabled={!shown || !!pending} checked={shown?.[key] ?? false}
            onChange={e => shown && void change({ ...shown, [key]: e.target.checked })} />
          {t(`draw.${key}`)}
        </label>
      ))}
      <ErrorText code={error} />
    </section>
  );
}
