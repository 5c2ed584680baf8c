import { useTranslation } from 'react-i18next';
import type { PresenceCounts } from '@live/shared/realtime/types';

export interface ConsoleHeaderProps {
  code: string;
  joinUrl: string;
  /** The big-screen link (from GetAccessLinks); null for a moderator, or before the links arrive. */
  screenUrl: string | null;
  presence: PresenceCounts | null;
  /** A moderator's console says so in its header. */
  moderator?: boolean;
}

/** What the host reads out or puts on the wall: join code and link, the big-screen link, who is connected. */
export function ConsoleHeader({ code, joinUrl, screenUrl, presence, moderator = false }: ConsoleHeaderProps) {
  const { t } = useTranslation();
  return (
    <section className="console-head">
      <div>
        <span className="label">{t('console.joinCode')}</span><span className="join-code" data-testid="join-code">{code}</span>
        {moderator && <span className="badge badge-moderator" data-testid="moderator-badge">{t('console.moderatorBadge')}</span>}
      </div>
      <div className="grow">
        <span className="label">{t('console.joinUrl')}</span>
        <a data-testid="join-url" href={joinUrl} target="_blank" rel="noreferrer">{joinUrl}</a>
      </div>
      {screenUrl && (
        <div>
          <a className="button primary" data-testid="screen-link" href={screenUrl} target="_blank" rel="noreferrer">
            {t('console.openScreen')}
          </a>
          <span className="hint">{t('console.screenHint')}</span>
        </div>
      )}
      <div className="presence-box">
        <span className="label">{t('console.presence')}</span>
        <span><strong data-testid="presence-onsite">{presence?.onsite ?? 0}</strong> {t('console.onsite')}</span>
        <span><strong data-testid="presence-online">{presence?.online ?? 0}</strong> {t('console.online')}</span>
      </div>
    </section>
  );
}
