import { test, expect, type Browser, type Page } from '@playwright/test';
import { openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const phoneOf = (i: number) => String(13900000000 + i);
const nameOf = (i: number) => `欧阳${'一二三四五六七八九十'[i % 10]}${i}`;

function invitations() {
  const rows = ['姓名,手机,类别'];
  for (let i = 0; i < 30; i++) rows.push(`${nameOf(i)},${phoneOf(i)},${i < 10 ? 'VIP' : 'dealer'}`);
  return Buffer.from(rows.join('\n'), 'utf8');
}

async function checkIn(browser: Browser, code: string, i: number): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale: 'zh-CN' })).newPage();
  await page.goto(`/j/${code}?tab=checkin`);
  await page.getByTestId('join-onsite').click();
  await page.getByTestId('checkin-phone').fill(phoneOf(i));
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-done')).toBeVisible();
  return page;
}

test('30 invited, 10 checked in, 3 drawn from them, masked on the screen, told on their phones, proof verified', async ({ browser }) => {
  test.setTimeout(180_000);
  const { host, code } = await openConsoleWithSession(browser, '年会抽奖', { width: 1440, height: 900 });
  await host.getByTestId('console-checkin-tab').click();
  await host.getByTestId('roster-file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: invitations() });
  await expect(host.getByTestId('checkin-invited')).toContainText('30');
  const phones: Page[] = [];
  for (let i = 0; i < 10; i++) phones.push(await checkIn(browser, code, i));

  await host.getByTestId('console-draw-tab').click();
  await host.getByTestId('tier-name').fill('一等奖');
  await host.getByTestId('tier-count').fill('3');
  await host.getByTestId('tier-source').selectOption('checkedIn');
  await host.getByTestId('tier-save').click();
  const tier = host.locator('[data-testid^="tier-t"]').first();
  await expect(tier).toContainText('一等奖');
  const tierId = (await tier.getAttribute('data-testid'))!.replace('tier-', '');

  await host.getByTestId('show-draw-on-screen').click();
  const href = await host.getByTestId('screen-link').getAttribute('href');
  const screen = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  await screen.goto(href!);

  await host.getByTestId(`round-count-${tierId}`).fill('3');
  await host.getByTestId(`arm-${tierId}`).click();
  await expect(screen.getByTestId('draw-commit')).toBeVisible();
  await host.getByTestId('draw-1').click();
  await expect(host.locator('[data-testid^="winner-1-"]')).toHaveCount(3);
  await expect(screen.getByTestId('draw-winners')).toBeVisible({ timeout: 20_000 });
  // The screen masks names by default: the family name stays, the rest is stars.
  const shown = await screen.getByTestId('draw-winners').innerText();
  expect(shown).toMatch(/欧\*/);
  expect(shown).not.toMatch(/欧阳[一二三四五六七八九十]\d/);

  // Exactly the three winners' phones say so.
  await expect.poll(async () => {
    let n = 0;
    for (const phone of phones) n += await phone.getByTestId('my-prize').count();
    return n;
  }).toBe(3);

  await host.getByTestId('reveal-1').click();
  await expect(screen.getByTestId('draw-verify')).toBeVisible();
  await screen.screenshot({ path: `${shots}/screen-draw.png` });
  await host.screenshot({ path: `${shots}/console-draw.png`, fullPage: true });

  // Anyone can check the round in the browser.
  const verify = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' })).newPage();
  await verify.goto(`/verify/${code}/1`);
  await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-ok', 'true');
  await verify.screenshot({ path: `${shots}/verify-draw.png` });
});
