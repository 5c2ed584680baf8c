import { test, expect, type Browser, type Page } from '@playwright/test';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Discussion tables (issue 17) end to end: guests check in from their phones, the host forms tables, each phone is
// told its table and mates, the big screen lists the tables, a move and the end reach the phones. Screenshots of the
// console, the phone card and the wall in en and zh-CN go to LIVE_SHOTS_DIR (default .artifacts/screenshots), to be looked at.
const shots = process.env.LIVE_SHOTS_DIR ?? resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const phoneOf = (i: number) => String(13700000000 + i);
const guests = ['Alice Martin', 'Bruno Costa', '王伟', '李娜', 'Chloé Dubois', '张敏', 'David Okafor', '陈静'];
const companies = ['Acme', 'Globex', '星辰科技'];

/** Eight invitees, two of them staff (who facilitate), from three companies. */
function invitations() {
  const rows = ['姓名,手机,公司,类别'];
  guests.forEach((name, i) => rows.push(`${name},${phoneOf(i)},${companies[i % 3]},${i === 2 || i === 5 ? 'Staff' : 'Guest'}`));
  return Buffer.from(rows.join('\n'), 'utf8');
}

async function checkIn(browser: Browser, code: string, i: number, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
  await page.goto(`/j/${code}?tab=checkin`);
  await page.getByTestId('join-onsite').click();
  await page.getByTestId('checkin-phone').fill(phoneOf(i));
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-done')).toBeVisible();
  return page;
}

/** The number on a phone's table card. */
const tableOf = async (phone: Page) => Number(await phone.getByTestId('my-table').getAttribute('data-table'));

/** A screenshot of an English console, then one in Chinese (its language switch), and back to English. */
async function bothLanguages(page: Page, name: string, ready: () => Promise<void>) {
  await page.evaluate(() => window.scrollTo(0, 0)); // choosing in the form may have scrolled it
  await ready();
  await page.screenshot({ path: `${shots}/${name}-en.png` });
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('console-groups-tab')).toHaveText('分桌');
  await ready();
  await page.screenshot({ path: `${shots}/${name}-zh.png` });
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('console-groups-tab')).toHaveText('Tables');
}

test('guests check in, the host forms tables, phones and the wall show them, a move and the end reach the phones', async ({ browser }) => {
  test.setTimeout(90_000);
  const { host, code } = await openConsoleWithSession(browser, 'Leadership Summit 2026');
  await host.getByTestId('console-checkin-tab').click();
  await host.getByTestId('roster-file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: invitations() });
  await expect(host.getByTestId('checkin-invited')).toContainText('8');
  const phones: Page[] = [];
  for (let i = 0; i < guests.length; i++) phones.push(await checkIn(browser, code, i, i % 2 ? 'zh-CN' : 'en-US'));

  // Two tables of 4, colleagues spread, one staff member heading each.
  await host.getByTestId('console-groups-tab').click();
  await host.getByTestId('groups-seats').fill('4');
  await host.getByTestId('groups-facilitators').selectOption('Staff');
  await host.getByTestId('form-groups').click();
  await expect(host.getByTestId('groups-round')).toHaveAttribute('data-active', 'true');
  await expect(host.getByTestId('table-grid').locator('[data-testid^="table-"]')).toHaveCount(2);
  await expect(host.getByTestId('groups-score')).toContainText('2 tables of 4');
  await expect(host.getByTestId('facilitator')).toHaveCount(2);
  await expect(host.getByTestId('form-groups')).toHaveText('Form again');

  // Alice's phone (en) says her table and the three others at it, as the console lists them.
  const alice = phones[0];
  await expect(alice.getByTestId('my-table')).toBeVisible();
  const aliceTable = await tableOf(alice);
  await expect(alice.getByTestId('my-table-number')).toHaveText(`You are at Table ${aliceTable}`);
  await expect(alice.getByTestId('my-table-mate')).toHaveCount(3);
  const consoleTable = host.getByTestId(`table-${aliceTable}`);
  for (const mate of await alice.locator('.mate-name').allInnerTexts()) await expect(consoleTable).toContainText(mate);
  await expect(alice.getByTestId('my-table-mates')).toContainText('Facilitator');
  // A reload finds the table again (GetState's myTable).
  await alice.reload();
  await expect(alice.getByTestId('my-table-number')).toHaveText(`You are at Table ${aliceTable}`);
  const bruno = phones[1]; // zh
  await expect(bruno.getByTestId('my-table-number')).toHaveText(/^您在第 [12] 桌$/);

  // The wall lists both tables, in English and in Chinese.
  await host.getByTestId('show-groups-on-screen').click();
  await expect(host.getByTestId('screen-now')).toHaveAttribute('data-view', 'groups');
  const href = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const wall = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await wall.goto(href);
  await expect(wall.getByTestId('screen-table-1')).toContainText('Table 1');
  await expect(wall.getByTestId('screen-table-2')).toBeVisible();
  await expect(wall.getByTestId(`screen-table-${aliceTable}`)).toContainText('Alice Martin');
  const wallZh = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  await wallZh.goto(href);
  await expect(wallZh.getByTestId('screen-table-1')).toContainText('第 1 桌');

  await bothLanguages(host, 'groups-console-8', async () => { await expect(host.getByTestId('table-grid')).toBeVisible(); });
  await alice.screenshot({ path: `${shots}/groups-phone-en.png` });
  await bruno.screenshot({ path: `${shots}/groups-phone-zh.png` });
  await wall.screenshot({ path: `${shots}/groups-screen-8-en.png` });
  await wallZh.screenshot({ path: `${shots}/groups-screen-8-zh.png` });

  // The host moves Alice to the other table: her card follows, without a reload.
  const other = aliceTable === 1 ? 2 : 1;
  const move = host.getByTestId('table-grid').locator('li', { hasText: 'Alice Martin' }).locator('select');
  await move.focus();
  await move.selectOption(String(other));
  await expect(host.getByTestId(`table-${other}`)).toContainText('Alice Martin');
  await expect(alice.getByTestId('my-table-number')).toHaveText(`You are at Table ${other}`);
  await expect(alice.getByTestId('my-table-mate')).toHaveCount(4);
  await expect(wall.getByTestId(`screen-table-${other}`)).toContainText('Alice Martin');

  // Keep Alice and Bruno apart, found by name on the check-in list; a console reload keeps the form as it was left.
  await host.getByTestId('apart-add-set').click();
  for (const name of ['Alice', 'Bruno']) {
    await host.getByTestId('apart-search-0').fill(name);
    await host.getByTestId('apart-matches-0').getByRole('button', { name: new RegExp(name) }).click();
  }
  await expect(host.getByTestId('apart-set-0').locator('.apart-person')).toHaveCount(2);
  await host.reload();
  await expect(host.getByTestId('groups-seats')).toHaveValue('4');
  await expect(host.getByTestId('groups-facilitators')).toHaveValue('Staff');
  await expect(host.getByTestId('apart-set-0').locator('.apart-person')).toHaveCount(2);
  // Form again asks first, inside the form; Cancel changes nothing, Confirm re-seats everyone.
  await host.getByTestId('form-groups').click();
  await expect(host.getByTestId('form-again-ask')).toContainText('Re-seat everyone?');
  await host.getByTestId('form-again-cancel').click();
  await expect(host.getByTestId('groups-round')).toHaveAttribute('data-round', '1');
  await host.getByTestId('form-groups').click();
  await host.getByTestId('form-again-confirm').click();
  await expect(host.getByTestId('groups-round')).toHaveAttribute('data-round', '2');
  const brunoSits = host.getByTestId('table-grid').locator('[data-testid^="table-"]', { hasText: 'Bruno Costa' });
  await expect(brunoSits).toHaveCount(1);
  await expect(brunoSits).not.toContainText('Alice Martin');
  await expect(alice.getByTestId('my-table-number')).toHaveText(/^You are at Table [12]$/);

  // End tables: the cards go from every phone, the wall says tables are to come, the console keeps the round.
  await host.getByTestId('end-groups').click();
  await expect(host.getByTestId('groups-state')).toHaveText('Ended');
  await expect(alice.getByTestId('my-table')).toHaveCount(0);
  await expect(bruno.getByTestId('my-table')).toHaveCount(0);
  await expect(wall.getByTestId('groups-waiting')).toBeVisible();
});

test('125 tables of 8: the console stays usable on a laptop and the wall pages through them', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const session = await (await fetch(`${baseURL}/api/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: '2026 年度经销商大会 · 分组讨论' }),
  })).json() as { code: string; hostKey: string };
  // 1,000 invitees from 40 companies, 125 of them staff; all checked in by staff over the hub (no 1,000 phones).
  const family = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平'];
  const rows = ['姓名,手机,公司,类别'];
  for (let i = 0; i < 1000; i++) {
    const name = i % 5 === 4 ? `${['Emma', 'Liam', 'Olivia', 'Noah', 'Sophia'][i % 7 % 5]} ${['Schmidt', 'Nakamura', 'Fernandes', 'Johansson'][i % 4]}` : `${family[i % 20]}${given[(i * 7) % 20]}`;
    rows.push(`${name},${String(13600000000 + i)},经销商${i % 40},${i % 8 === 0 ? 'Staff' : 'Guest'}`);
  }
  const imported = await fetch(`${baseURL}/api/sessions/${session.code}/roster`, {
    method: 'POST', headers: { Authorization: `Bearer ${session.hostKey}`, 'content-type': 'text/csv' }, body: rows.join('\n'),
  });
  expect(imported.ok).toBe(true);
  const hub = new HubConnectionBuilder().withUrl(`${baseURL}/hubs/live`, { accessTokenFactory: () => session.hostKey }).configureLogging(LogLevel.None).build();
  await hub.start();
  try {
    for (let i = 1; i <= 1000; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => hub.invoke('StaffCheckIn', `a${i + j}`)));
  } finally {
    await hub.stop();
  }

  const host = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })).newPage();
  await host.goto(`/console/${session.code}?tab=groups#key=${session.hostKey}`);
  await host.getByTestId('groups-facilitators').selectOption('Staff');
  await host.getByTestId('form-groups').click();
  await expect(host.getByTestId('groups-score')).toContainText('125 tables of 8', { timeout: 30_000 });
  await expect(host.getByTestId('table-grid').locator('[data-testid^="table-"]')).toHaveCount(125);
  await host.getByTestId('show-groups-on-screen').click();
  await bothLanguages(host, 'groups-console-125', async () => { await expect(host.getByTestId('table-1')).toBeVisible(); });

  // Finding one person among 1,000.
  await host.getByTestId('groups-search').fill('Nakamura');
  await expect(host.getByTestId('groups-found')).toBeVisible();
  await host.screenshot({ path: `${shots}/groups-console-125-search-en.png` });

  const href = (await host.getByTestId('screen-link').getAttribute('href'))!;
  for (const locale of ['en-US', 'zh-CN']) {
    const wall = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale })).newPage();
    await wall.goto(href);
    await expect(wall.getByTestId('groups-page')).toHaveText(locale === 'en-US' ? 'Page 1 / 16' : '第 1 / 16 页');
    await expect(wall.locator('[data-testid^="screen-table-"]')).toHaveCount(8);
    await wall.waitForTimeout(600); // the cards' entrance
    await wall.screenshot({ path: `${shots}/groups-screen-125-${locale === 'en-US' ? 'en' : 'zh'}.png` });
    await wall.close();
  }
});
