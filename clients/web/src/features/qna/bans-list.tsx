import { useTranslation } from 'react-i18next';
import type { Ban } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

/** Banned devices (host only) with a way back. */
export function BansList({ bans, invoke }: { bans: Ban[]; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  return (
    <section className="card stack">
      <h2 className="section-title">{t('moderation.bans')}</h2>
      {bans.length === 0 && <p className="muted small">{t('moderation.noBans')}</p>}
      <ul className="plain-list">
        {bans.map(b => (
          <li key={b.deviceId} className="ban-row" data-testid={`ban-row-${b.deviceId}`}>
            <span className="grow">
              <code>{b.deviceId.slice(0, 8)}</code> {b.reason && <span className="muted small">{b.reason}</span>}
            </span>
            <button data-testid={`unban-${b.deviceId}`} onClick={() => void run('UnbanDevice', b.deviceId)}>{t('moderation.unban')}</button>
          </li>
        ))}
      </ul>
      <ErrorText code={error} />
    </section>
  );
}
