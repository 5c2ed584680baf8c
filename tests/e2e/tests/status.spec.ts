import { test, expect, type Browser } from '@playwright/test';
import { HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPoll, openConsoleWithSession } from './console-steps';
import { LiveProcess } from './live-server';

// The host console's status panel (docs/OPERATIONS.md, "The console's status panel"), in English and Chinese, and in
// a warning state. The phones are @microsoft/signalr clients in Node: the panel counts them like any other.
// Saved with the other browser tests' screenshots; docs/images/console-status-*.png are copies of these.
const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

// A server of this spec's own for the warning: thresholds are server settings, and the shared server keeps the defaults.
// Its ports sit beside the shared server's, so a checkout that moved those (LIVE_E2E_PORT) moves these too.
const warnPort = Number(process.env.LIVE_E2E_PORT ?? 5199) + 50;
const warnSilo = Number(process.env.LIVE_E2E_SILO_PORT ?? 21111) + 50;
// Any acknowledgement slower than 1 ms is "slow" here, so 20 durable votes (the minimum for a warning) raise it.
const warning = new LiveProcess(warnPort, warnSilo, warnSilo + 10, ['--Live:Metrics:AckP99WarningMs=1', '--RateLimits:Enabled=false']);

const phones: HubConnection[] = [];
test.afterAll(async () => {
  await Promise.all(phones.map(p => p.stop()));
  await warning.kill();
});

/** Joins `code` on `base` as an onsite attendee and connects to the hub, as a phone's app would. */
async function phone(base: string, code: string): Promise<HubConnection> {
  const response = await fetch(`${base}/api/sessions/${code}/join`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode: 'onsite' }),
  });
  expect(response.status).toBe(200);
  const { attendeeToken } = await response.json() as { attendeeToken: string };
  const connection = new HubConnectionBuilder()
    .withUrl(`${base}/hubs/live`, { accessTokenFactory: () => attendeeToken })
    .configureLogging(LogLevel.None)
    .build();
  await connection.start();
  phones.push(connection);
  return connection;
}

async function consoleWithPhone(browser: Browser, base: string, title: string) {
  const { host, code } = await openConsoleWithSession(browser, title);
  const attendee = await phone(base, code);
  const panel = host.getByTestId('status-panel');
  // Polled every 5 s: the phone shows up within a refresh or two.
  await expect(panel.getByTestId('status-connected')).toHaveText('1', { timeout: 20_000 });
  return { host, code, attendee, panel };
}

test('the status panel shows who is connected and the healthy node, in English and Chinese', async ({ browser, baseURL }) => {
  const { host, panel } = await consoleWithPhone(browser, baseURL!, 'Status panel 状态面板');
  await expect(panel).toContainText('Server status');
  const node = panel.getByTestId('status-node');
  await expect(node).toHaveCount(1); // one embedded node
  await expect(node).toHaveAttribute('data-healthy', 'true');
  await expect(node).toContainText('healthy');
  await expect(panel.getByTestId('status-warnings')).toHaveCount(0);
  await panel.screenshot({ path: `${shots}/console-status-en.png` });

  await host.getByTestId('lang-switch').click();
  await expect(panel).toContainText('服务器状态');
  await expect(panel.getByTestId('status-connected')).toHaveText('1');
  await expect(node).toContainText('正常');
  await panel.screenshot({ path: `${shots}/console-status-zh.png` });
  // A narrow console (a tablet held upright): the figures wrap onto more rows.
  await host.setViewportSize({ width: 760, height: 900 });
  await panel.screenshot({ path: `${shots}/console-status-zh-760.png` });
});

test.describe('with a 1 ms threshold', () => {
  test.use({ baseURL: warning.baseURL });

  test('the status panel warns when the ack p99 is over the configured threshold', async ({ browser }) => {
    test.setTimeout(120_000);
    await warning.start();
    const { host, attendee, panel } = await consoleWithPhone(browser, warning.baseURL, 'Status warning 告警');
    const card = await createPoll(host, 'Coffee or tea?', ['Coffee', 'Tea']);
    await card.getByTestId('open-poll').click();
    await expect(card.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');
    const state = await attendee.invoke<{ session: { polls: { id: string }[] } }>('GetState');
    const pollId = state.session.polls[0].id;
    for (let i = 0; i < 24; i++) await attendee.invoke('Vote', { pollId, optionIds: [i % 2], opId: `status-vote-${i}` });

    // Nodes report every 5 s and the console polls every 5 s.
    await expect(panel.getByTestId('status-warning-ack_slow')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId('status-warning-ack_slow')).toContainText('above 1 ms');
    await expect(panel.locator('.status-figure.alarm [data-testid="status-p99"]')).toBeVisible();
    await expect(panel.getByTestId('status-node')).toHaveAttribute('data-healthy', 'true');
    await panel.screenshot({ path: `${shots}/console-status-warning.png` });
    await host.getByTestId('lang-switch').click();
    await expect(panel.getByTestId('status-warning-ack_slow')).toContainText('超过 1 毫秒');
    await panel.screenshot({ path: `${shots}/console-status-warning-zh.png` });
  });
});
