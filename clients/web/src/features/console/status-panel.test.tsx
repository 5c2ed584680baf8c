import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { SessionStatus } from '../../api/status';
import { StatusPanel } from './status-panel';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const healthy: SessionStatus = {
  code: '482913', connected: 1234, onsite: 1000, online: 234, scope: 'cluster', windowSeconds: 60,
  actions: 7440, actionsPerSecond: 124, errors: 0, errorRate: 0, ackP99Ms: 30,
  nodes: [
    { address: '10.0.0.1:11111@1', name: 'live-1', status: 'active', reporting: true, healthy: true, self: true },
    { address: '10.0.0.2:11111@1', name: 'live-2', status: 'active', reporting: true, healthy: true, self: false },
  ],
  warnings: [], thresholds: { ackP99Ms: 500, errorRatePercent: 1, minimumActions: 20 },
};

describe('StatusPanel', () => {
  it('shows the connected count, the rate, p99, the error rate and every node', async () => {
    await i18n.changeLanguage('en');
    render(<StatusPanel status={healthy} error={null} />);
    expect(screen.getByTestId('status-connected').textContent).toBe('1,234');
    expect(screen.getByTestId('status-rate').textContent).toBe('124.0');
    expect(screen.getByTestId('status-p99').textContent).toBe('30 ms');
    expect(screen.getByTestId('status-errors').textContent).toBe('0%');
    const nodes = screen.getAllByTestId('status-node');
    expect(nodes.map(n => n.textContent)).toEqual(['live-1 · this onehealthy', 'live-2healthy']);
    expect(screen.getByText(/Whole cluster, all sessions · last 60 s · refreshed every 5 s/)).toBeTruthy();
    expect(screen.queryByTestId('status-warnings')).toBeNull();
  });

  it('warns when ack p99 or the error rate is over its threshold, and marks an unhealthy node', async () => {
    await i18n.changeLanguage('en');
    const bad: SessionStatus = {
      ...healthy, ackP99Ms: 750, errors: 150, errorRate: 0.0202, warnings: ['ack_slow', 'errors_high', 'node_unhealthy'],
      nodes: [healthy.nodes[0], { ...healthy.nodes[1], status: 'dead', reporting: false, healthy: false }],
    };
    render(<StatusPanel status={bad} error={null} />);
    const alert = screen.getByRole('alert');
    expect(screen.getByTestId('status-warning-ack_slow').textContent).toBe('Acknowledgements are slow: p99 750 ms, above 500 ms.');
    expect(screen.getByTestId('status-warning-errors_high').textContent).toBe('Server errors: 2.02% of actions failed, above 1%.');
    expect(alert.textContent).toContain('A node is not healthy.');
    expect(screen.getByTestId('status-p99').closest('.status-figure')?.className).toContain('alarm');
    const down = screen.getAllByTestId('status-node')[1];
    expect(down.getAttribute('data-healthy')).toBe('false');
    expect(down.textContent).toBe('live-2not healthy: down');
  });

  it('shows an active node that stopped reporting as such, and dashes before the first answer', async () => {
    await i18n.changeLanguage('en');
    const { rerender } = render(<StatusPanel status={null} error={null} />);
    expect(screen.getByTestId('status-connected').textContent).toBe('—');
    expect(screen.getByTestId('status-p99').textContent).toBe('—');
    rerender(<StatusPanel status={{ ...healthy, ackP99Ms: null, nodes: [{ ...healthy.nodes[1], reporting: false, healthy: false }] }} error={null} />);
    expect(screen.getByTestId('status-p99').textContent).toBe('—');
    expect(screen.getByTestId('status-node').textContent).toBe('live-2not healthy: not reporting');
  });

  it('keeps the last figures when a refresh fails, and says so', async () => {
    await i18n.changeLanguage('en');
    render(<StatusPanel status={healthy} error="unavailable" />);
    expect(screen.getByTestId('status-connected').textContent).toBe('1,234');
    expect(screen.getByTestId('status-stale').textContent).toContain('Could not refresh the status');
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<StatusPanel status={{ ...healthy, ackP99Ms: 750, warnings: ['ack_slow'] }} error={null} />);
    expect(screen.getByText('服务器状态')).toBeTruthy();
    expect(screen.getByText('本场在线')).toBeTruthy();
    expect(screen.getByTestId('status-p99').textContent).toBe('750 毫秒');
    expect(screen.getByTestId('status-warning-ack_slow').textContent).toBe('确认变慢：p99 为 750 毫秒，超过 500 毫秒。');
    expect(screen.getAllByTestId('status-node')[0].textContent).toBe('live-1 · 本节点正常');
  });
});
