import { test, expect } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';
import { LiveProcess } from './live-server';

// Its own server (not the shared one from playwright.config.ts), so the test can kill it.
const server = new LiveProcess(5198, 21112, 21122);
test.use({ baseURL: server.baseURL });
test.beforeAll(() => server.start());
test.afterAll(() => server.kill());

test('after the server is killed and restarted, phone and console reconnect by themselves and nothing is lost', async ({ browser }) => {
  test.setTimeout(120_000);
  const { host, code } = await openConsoleWithSession(browser, 'Restart drill');
  const poll = await createPoll(host, 'Coffee or tea?', ['Coffee', 'Tea']);
  await poll.getByTestId('open-poll').click();

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' })).newPage();
  await phone.goto(`/j/${code}`);
  await phone.getByTestId('join-online').click();
  await phone.getByTestId('vote-option-1').click();
  await phone.getByTestId('submit-vote').click();
  await expect(phone.getByTestId('vote-received')).toBeVisible();
  await expect(host.getByTestId('console-voters')).toHaveText('1');

  await server.kill();
  await expect(phone.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'live');
  await expect(host.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'live');

  await server.start();
  await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
  await expect(host.getByTestId('connection-status')).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
  await expect(phone.getByTestId('vote-received')).toBeVisible();
  await expect(phone.getByTestId('vote-option-1')).toHaveAttribute('data-selected', 'true');
  await expect(host.getByTestId('console-voters')).toHaveText('1');
  await expect(host.getByTestId('presence-online')).toHaveText('1'); // presence rebuilt from the reconnect
});
