import { test, expect, type Browser } from '@playwright/test';
import { openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const phoneOf = (i: number) => String(13800000000 + i);

/** Thirty invitees with Chinese names: 5 VIPs, 20 dealers, 5 media. */
function invitations() {
  const rows = ['姓名,手机,公司,类别,座位'];
  for (let i = 0; i < 30; i++) rows.push(`${surnames[i % 10]}${'伟芳娜敏静'[i % 5]}${i},${phoneOf(i)},经销商${i % 3},${i < 5 ? 'VIP' : i < 25 ? 'dealer' : 'media'},T${Math.floor(i / 8) + 1}`);
  return Buffer.from('\uFEFF' + rows.join('\n'), 'utf8');
}

async function checkInFromPhone(browser: Browser, code: string, i: number, byName: boolean) {
  const page = await (await browser.newContext({ ...phoneDevice, locale: 'zh-CN' })).newPage();
  // The venue's check-in QR code carries ?tab=checkin, so the phone lands on the check-in form.
  await page.goto(`/j/${code}?tab=checkin`);
  await page.getByTestId('join-onsite').click();
  await expect(page.getByTestId('checkin-submit')).toBeVisible();
  if (byName) {
    await page.getByTestId('checkin-by-name').click();
    await page.getByTestId('checkin-name').fill(`${surnames[i % 10]}${'伟芳娜敏静'[i % 5]}${i}`);
    await page.getByTestId('checkin-last4').fill(phoneOf(i).slice(-4));
  } else {
    await page.getByTestId('checkin-phone').fill(phoneOf(i));
  }
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-done')).toBeVisible();
  return page;
}

/** Someone not on the list: "not found", then the walk-in form with a company. */
async function walkInFromPhone(browser: Browser, code: string, name: string, company: string, phone: string) {
  const page = await (await browser.newContext({ ...phoneDevice, locale: 'zh-CN' })).newPage();
  await page.goto(`/j/${code}?tab=checkin`);
  await page.getByTestId('join-onsite').click();
  await page.getByTestId('checkin-phone').fill(phone);
  await page.getByTestId('checkin-submit').click();
  await page.getByTestId('checkin-walkin').click();
  await page.getByTestId('checkin-name').fill(name);
  await page.getByTestId('checkin-company').fill(company);
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-done')).toBeVisible();
  return page;
}

test('the host imports 30 invitees, 10 check in from their phones, the wall and the console count them', async ({ browser }) => {
  test.setTimeout(180_000);
  const { host, code } = await openConsoleWithSession(browser, '2026 年度经销商大会', { width: 1440, height: 900 });
  await host.getByTestId('console-checkin-tab').click();
  await host.getByTestId('roster-file').setInputFiles({ name: 'invitations.csv', mimeType: 'text/csv', buffer: invitations() });
  await expect(host.getByTestId('import-report')).toContainText('30');
  await expect(host.getByTestId('checkin-invited')).toContainText('30');

  await host.getByTestId('show-checkin-on-screen').click();
  const href = await host.getByTestId('screen-link').getAttribute('href');
  const screen = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  await screen.goto(href!);
  await expect(screen.getByTestId('checkin-wall')).toBeVisible();

  let lastPhone;
  for (let i = 0; i < 10; i++) lastPhone = await checkInFromPhone(browser, code, i, i % 3 === 0);

  await expect(screen.getByTestId('wall-arrived')).toContainText('10');
  await expect(screen.getByTestId('wall-invited')).toContainText('30');
  await expect(screen.getByTestId('wall-rate')).toContainText('33');
  await expect(screen.getByTestId('wall-category-VIP')).toContainText('5');
  // Names are masked on the wall by default: the family name and stars.
  await expect(screen.getByTestId('checkin-wall')).toContainText('周*');
  await expect(screen.getByTestId('checkin-wall')).not.toContainText('周静9');
  await expect(host.getByTestId('checkin-arrived')).toContainText('10');

  // A re-scan from the same phone is not an error and does not count twice.
  await lastPhone!.reload();
  await expect(lastPhone!.getByTestId('checkin-done')).toBeVisible();
  // Scanning the door's QR code again skips the join choice and lands on the check-in, already done.
  await lastPhone!.goto(`/j/${code}?tab=checkin`);
  await expect(lastPhone!).toHaveURL(new RegExp(`/s/${code}\\?tab=checkin$`));
  await expect(lastPhone!.getByTestId('checkin-done')).toBeVisible();
  await expect(host.getByTestId('checkin-arrived')).toContainText('10');

  // Staff check one more in from the console, then take it back.
  await host.getByTestId('roster-search').fill('经销商');
  await host.getByTestId('roster-search').fill('陈');
  const row = host.locator('[data-testid^="roster-row-"]').filter({ hasText: '陈静14' });
  await row.locator('[data-testid^="staff-checkin-"]').click();
  await expect(host.getByTestId('checkin-arrived')).toContainText('11');

  // Staff take back a mistaken check-in made from a phone: the phone stops saying "checked in".
  await host.getByTestId('roster-search').fill('周静9');
  const zhou = host.locator('[data-testid^="roster-row-"]').filter({ hasText: '周静9' });
  await zhou.locator('[data-testid^="undo-checkin-"]').click();
  await zhou.locator('[data-testid^="confirm-undo-"]').click();
  await expect(host.getByTestId('checkin-arrived')).toContainText('10');
  await expect(lastPhone!.getByTestId('checkin-done')).toHaveCount(0);
  await expect(lastPhone!.getByTestId('checkin-submit')).toBeVisible();
  await lastPhone!.getByTestId('checkin-phone').fill(phoneOf(9));
  await lastPhone!.getByTestId('checkin-submit').click();
  await expect(lastPhone!.getByTestId('checkin-done')).toBeVisible();
  await expect(host.getByTestId('checkin-arrived')).toContainText('11');

  // Masked names carry their company beside them (the default), nothing once the host says so, then again.
  await expect(screen.getByTestId('wall-detail-a10')).toHaveText('经销商0');
  await host.getByTestId('setting-wall-detail').selectOption('none');
  await expect(screen.getByTestId('wall-detail-a10')).toHaveCount(0);
  await expect(screen.getByTestId('wall-arrival-a10')).toContainText('周*');
  await host.getByTestId('setting-wall-detail').selectOption('category');
  await expect(screen.getByTestId('wall-detail-a10')).toHaveText('dealer');
  await host.getByTestId('setting-wall-detail').selectOption('company');
  await expect(screen.getByTestId('wall-detail-a10')).toHaveText('经销商0');

  // Two walk-ins both masked "宋*": their companies tell them apart on the wall, and the desk finds them by company.
  await host.getByTestId('setting-allow-walkins').check();
  await expect(host.getByTestId('setting-allow-walkins')).toBeEnabled();
  await walkInFromPhone(browser, code, '宋佳', '上海汽车集团', '13900000001');
  await walkInFromPhone(browser, code, '宋涛', '华东经销', '13900000002');
  const songs = screen.locator('.arrival').filter({ hasText: '宋*' });
  await expect(songs).toHaveCount(2);
  await expect(songs.nth(0)).toContainText('华东经销');
  await expect(songs.nth(1)).toContainText('上海汽车集团');
  await expect(screen.getByTestId('checkin-wall')).not.toContainText('13900000001');
  await host.getByTestId('roster-search').fill('上海汽车');
  await expect(host.locator('[data-testid^="roster-row-"]').filter({ hasText: '宋佳' })).toContainText('上海汽车集团');
  await expect(host.getByTestId('checkin-arrived')).toContainText('11'); // walk-ins are not in the rate
  await screen.waitForTimeout(1200); // let the last names fly in for the picture
  await screen.screenshot({ path: `${shots}/screen-checkin.png` });
  await host.screenshot({ path: `${shots}/console-checkin.png`, fullPage: true });
  await lastPhone!.screenshot({ path: `${shots}/phone-checkin.png` });
});
