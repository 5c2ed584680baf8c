import { ensureOk } from '@live/shared/i18n/error-code';

/** A node of the cluster, as GET /api/sessions/{code}/status reports it (docs/API.md). */
export interface StatusNode { address: string; name: string; status: string; reporting: boolean; healthy: boolean; self: boolean }

export type StatusWarning = 'ack_slow' | 'errors_high' | 'node_unhealthy';

/** The host console's status panel: this session's connections, the whole cluster's last minute, its nodes. */
export interface SessionStatus {
  code: string;
  connected: number;
  onsite: number;
  online: number;
  /** 'cluster': the figures cover every reporting node, all sessions. */
  scope: string;
  windowSeconds: number;
  actions: number;
  actionsPerSecond: number;
  errors: number;
  /** 0 to 1. */
  errorRate: number;
  /** Rounded up to a latency bucket's bound; null without actions. */
  ackP99Ms: number | null;
  nodes: StatusNode[];
  warnings: StatusWarning[];
  thresholds: { ackP99Ms: number; errorRatePercent: number; minimumActions: number };
}

/** Host only: the host key goes in a header. Throws { code } like the other REST calls. */
export async function fetchStatus(code: string, hostKey: string, signal?: AbortSignal): Promise<SessionStatus> {
  const response = await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}/status`, {
    headers: { Authorization: `Bearer ${hostKey}` }, signal,
  }));
  return response.json();
}
