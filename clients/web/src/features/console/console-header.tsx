import { useTranslation } from 'react-i18next';
import type { PresenceCounts } from '@live/shared/realtime/types';

export interface ConsoleHeaderProps {
  code: string;
  joinUrl: string;
  /** Known only in the tab that created the session; without it there is no screen link to offer. */
  screenKey: string | null;
  presence: PresenceCounts | null;
}

/** What the host reads out or puts on the wall: join code and link, the big-screen link, who is connected. */
export function ConsoleHeader({ code, joinUrl, screenKey, presence }: ConsoleHeaderProps) {
  const { t } = useTranslation();
  return (
    <section className="console-head">
      <div><span className="label">{t('console.joinCode')}</span><span className="join-code" data-testid="join-code">{code}</span></div>
      <div className="grow">
        <span className="label">{t('console.joinUrl')}</span>
        <a data-testid="join-url" href={joinUrl} target="_blank" rel="noreferrer">{joinUrl}</a>
      </div>
      {screenKey && (
        <div>
          <a className="button primary" data-testid="screen-link" href={`/screen/${code}#key=${screenKey}`} target="_blank" rel="noreferrer">
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
