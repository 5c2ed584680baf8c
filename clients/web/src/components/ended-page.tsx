import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { EndReason } from '@live/shared/realtime/types';
import { TopBar } from './top-bar';

/**
 * The whole page when the server ended this link for good: it was replaced (credentialRevoked, or a 401 for an
 * old key), the session was deleted, or its key was never valid (a mistyped link). Nothing reconnects after this.
 */
export function EndedPage({ reason, homeLink = false }: { reason: EndReason; homeLink?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <TopBar title={t('app.name')} />
      <main className="narrow stack ended">
        <p className="ended-message" role="alert" data-testid="ended" data-reason={reason}>{t(`ended.${reason}`)}</p>
        {homeLink && <Link to="/" className="subtle-link" data-testid="ended-home">{t('ended.home')}</Link>}
      </main>
    </div>
  );
}
