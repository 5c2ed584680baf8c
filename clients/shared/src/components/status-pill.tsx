import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../realtime/types';

export function StatusPill({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-pill status-${status}`} data-testid="connection-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
