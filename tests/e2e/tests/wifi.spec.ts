import { test, expect } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' };

// Issue 22: a phone went offline at the moment of tapping 提交投票; the vote was never resent and the console counted 1
// instead of 2. Here the Vote message is lost on its way out (the Wi-Fi dropped under it), then the network goes.
test('a vote in flight when the Wi-Fi drops is resent when it returns and counted once', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Wi-Fi drop', { width: 1440, height: 900 });
  const poll = await createPoll(host, 'Which region grows fastest?', ['East', 'West']);
  await poll.getByTestId('open-poll').click();
  await expect(poll.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');

  // A first phone votes normally.
  const first = await (await browser.newContext(phone)).newPage();
  await first.goto(`/j/${code}`);
  await first.getByTestId('nickname').fill('甲');
  await first.getByTestId('join-onsite').click();
  await first.getByTestId('vote-option-0').click();
  await first.getByTestId('submit-vote').click();
  await expect(first.getByTestId('vote-received')).toBeVisible();

  // The second phone's hub traffic passes through here; its first Vote never reaches the server.
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  let swallowed = 0;
  await page.routeWebSocket(/\/hubs\/live/, ws => {
    const server = ws.connectToServer();
    ws.onMessage(message => {
      if (typeof message === 'string' && swallowed === 0 && message.includes('"target":"Vote"')) { swallowed++; return; }
      server.send(message);
    });
    server.onMessage(message => ws.send(message));
  });
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill('乙');
  await page.getByTestId('join-onsite').click();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'live');
  await page.getByTestId('vote-option-1').click();
  await page.getByTestId('submit-vote').click();
  await expect.poll(() => swallowed).toBe(1);
  await expect(page.getByTestId('vote-received')).toHaveCount(0);

  await context.setOffline(true);
  // The pill no longer says 已连接 while the vote waits, and the phone is not showing an error.
  await expect(page.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'live', { timeout: 5_000 });
  await expect(page.getByTestId('error')).toHaveCount(0);
  await expect(page.getByTestId('submit-vote')).toBeDisabled(); // still 提交中…, waiting to resend
  await page.waitForTimeout(1_000);
  await context.setOffline(false);

  await expect(page.getByTestId('vote-received')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'live');
  await expect(host.getByTestId('console-voters')).toHaveText('2');
  await expect(host.getByTestId('console-count-1')).toHaveText('1');
  // A reload shows the vote the server has: the selection was not lost.
  await page.reload();
  await expect(page.getByTestId('vote-received')).toBeVisible();
  await expect(page.getByTestId('vote-option-1')).toHaveAttribute('data-selected', 'true');
});
