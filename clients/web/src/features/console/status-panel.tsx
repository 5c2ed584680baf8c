import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../api/status';
import { statusPollMs } from './use-session-status';

export interface StatusPanelProps {
  status: SessionStatus | null;
  /** The last refresh's error code, if it failed. */
  error: string | null;
}

/**
 * The operator's view beside the stage: who is connected to this session now, and the whole cluster's last minute
 * (actions per second, acknowledgement p99, server errors) with its nodes; a warning when a threshold is crossed.
 */
export function StatusPanel({ status, error }: StatusPanelProps) {
  const { t, i18n } = useTranslation();
  const nodeState = (node: SessionStatus['nodes'][number]) => node.status === 'active' && !node.reporting
    ? t('serverStatus.notReporting')
    : t(`serverStatus.state.${node.status}`, { defaultValue: node.status });
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(value);

  return (
    <section className="status-panel" aria-label={t('serverStatus.title')} data-testid="status-panel">
      <div className="status-title">
        <strong>{t('serverStatus.title')}</strong>
        <span className="hint">{t('serverStatus.scope', { seconds: status?.windowSeconds ?? 60, every: statusPollMs / 1000 })}</span>
      </div>
      <Figure label={t('serverStatus.connected')} testId="status-connected" value={status ? number(status.connected) : '—'} />
      <Figure label={t('serverStatus.actionsPerSecond')} testId="status-rate" value={status ? number(status.actionsPerSecond, 1) : '—'} />
      <Figure label={t('serverStatus.ackP99')} testId="status-p99"
        value={status?.ackP99Ms != null ? t('serverStatus.ms', { value: number(status.ackP99Ms) }) : '—'}
        alarm={status?.warnings.includes('ack_slow')} />
      <Figure label={t('serverStatus.errorRate')} testId="status-errors" value={status ? percent(status.errorRate) : '—'}
        alarm={status?.warnings.includes('errors_high')} />
      <div className="status-nodes">
        <span className="label">{t('serverStatus.nodes')}</span>
        <ul data-testid="status-nodes">
          {status?.nodes.map(node => (
            <li key={node.address} className={node.healthy ? 'node node-ok' : 'node node-bad'} data-testid="status-node" data-healthy={node.healthy}
              title={node.address}>
              {node.name}{node.self ? ` · ${t('serverStatus.thisNode')}` : ''}
              <span className="node-state">{node.healthy ? t('serverStatus.healthy') : t('serverStatus.unhealthy', { status: nodeState(node) })}</span>
            </li>
          ))}
        </ul>
      </div>
      {status && status.warnings.length > 0 && (
        <div className="status-warnings" role="alert" data-testid="status-warnings">
          {status.warnings.map(w => (
            <p key={w} data-testid={`status-warning-${w}`}>
              {t(`serverStatus.warning.${w}`, {
                value: w === 'ack_slow' ? number(status.ackP99Ms ?? 0) : percent(status.errorRate),
                limit: w === 'ack_slow' ? number(status.thresholds.ackP99Ms) : percent(status.thresholds.errorRatePercent / 100),
              })}
            </p>
          ))}
        </div>
      )}
      {/* Not an alert: a refresh that fails once (a node restarting) is no emergency; the next one in a few seconds may work. */}
      {error && (
        <span className="status-error hint" data-testid="status-stale" data-code={error}>
          {t('serverStatus.stale')} {t(`errors.${error}`, { defaultValue: t('errors.unknown') })}
        </span>
      )}
    </section>
  );
}

function Figure({ label, value, testId, alarm = false }: { label: string; value: string; testId: string; alarm?: boolean }) {
  return (
    <div className={alarm ? 'status-figure alarm' : 'status-figure'}>
      <span className="label">{label}</span>
      <strong data-testid={testId}>{value}</strong>
    </div>
  );
}
