import { test, expect, type Page } from '@playwright/test';
import { createPoll, openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// The rehearsal's findings on stage: a three-tier draw whose roll shows only who can still win, the commitment in the
// footer, the public verify page, and the phone's dead ends. Screenshots go to .artifacts/screenshots/stage-*.png.
const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const people = 16;
const nameOf = (i: number) => `欧阳${'一二三四五六七八九十'[i % 10]}${i}`;
/** As the screen masks them: first and last character ("欧阳一10" → "欧***0"). */
const masked = (name: string) => name[0] + '*'.repeat(name.length - 2) + name[name.length - 1];

function invitations() {
  const rows = ['姓名,手机,类别'];
  for (let i = 0; i < people; i++) rows.push(`${nameOf(i)},${13900000000 + i},VIP`);
  return Buffer.from(rows.join('\n'), 'utf8');
}

async function addTier(host: Page, name: string, count: number) {
  await host.getByTestId('tier-name').fill(name);
  await host.getByTestId('tier-count').fill(String(count));
  await host.getByTestId('tier-source').selectOption('checkedIn');
  await host.getByTestId('tier-save').click();
  await expect(host.locator('[data-testid^="tier-t"]', { hasText: name })).toBeVisible();
}

/** The one-winner reveal fills the screen: the name and the tier large, centred, and inside the viewport. */
async function expectReveal(page: Page, name: string, tierName: string) {
  const view = page.viewportSize()!;
  await expect(page.getByTestId('reveal-name')).toHaveText(name);
  await expect(page.getByTestId('reveal-tier')).toHaveText(tierName);
  await expect(page.getByTestId('draw-winners')).toHaveCount(0);
  await expect(page.locator('main.draw')).toHaveAttribute('data-layout', 'reveal');
  const reveal = (await page.getByTestId('draw-reveal').boundingBox())!;
  expect(reveal.width).toBeGreaterThan(view.width * 0.9);
  expect(reveal.height).toBeGreaterThan(view.height * 0.45);
  for (const id of ['reveal-name', 'reveal-tier']) {
    // Polled: the name lands with a short zoom (none under reduced motion).
    const box = async () => (await page.getByTestId(id).boundingBox())!;
    await expect.poll(async () => (await box()).height).toBeGreaterThan(view.height * (id === 'reveal-name' ? 0.15 : 0.08)); // readable from the back of a hall
    expect((await box()).x).toBeGreaterThanOrEqual(0);
    expect((await box()).x + (await box()).width).toBeLessThanOrEqual(view.width);
  }
  // The name's own width: the text fits, it is not cut.
  expect(await page.getByTestId('reveal-name').evaluate(el => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
}

test('a three-tier draw rolls only who can still win, keeps the hash in the footer, and the public page shows names', async ({ browser }) => {
  test.setTimeout(240_000);
  const { host, code } = await openConsoleWithSession(browser, '2026 年度经销商大会', { width: 1440, height: 900 });
  await host.getByTestId('console-checkin-tab').click();
  await host.getByTestId('roster-file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: invitations() });
  await expect(host.getByTestId('checkin-invited')).toContainText(String(people));
  for (let i = 1; i <= people; i++) await host.getByTestId(`staff-checkin-a${i}`).click();
  await expect(host.getByTestId('checkin-arrived')).toContainText(String(people));
  // Categories are the host's data: "VIP" as entered, not translated.
  await expect(host.getByTestId('roster-row-a1')).toContainText('VIP');

  await host.getByTestId('console-draw-tab').click();
  await addTier(host, '三等奖', 10);
  await addTier(host, '二等奖', 3);
  await addTier(host, '一等奖', 1);
  await host.getByTestId('show-draw-on-screen').click();
  const href = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const big = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  const small = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' })).newPage();
  await big.goto(href);
  await small.goto(href);

  // The console's sound cues run in a real browser without a fault, on by default (Web Audio, no files).
  const faults: string[] = [];
  host.on('pageerror', e => faults.push(e.message));
  await expect(host.getByTestId('draw-sound')).toHaveAttribute('aria-pressed', 'true');

  const won = new Set<string>();
  let grand = ''; // the 一等奖's one winner, masked
  for (const [n, tier, count] of [[1, 't1', 10], [2, 't2', 3], [3, 't3', 1]] as const) {
    await host.getByTestId(`round-count-${tier}`).fill(String(count));
    await host.getByTestId(`arm-${tier}`).click();
    await expect(big.getByTestId('draw-ready')).toBeVisible();
    // The commitment is small print in the footer, in whole groups of eight.
    await expect(big.locator('footer [data-testid="draw-hash"] .hash-group')).toHaveCount(8);
    if (n === 3) {
      await big.screenshot({ path: `${shots}/stage-draw-armed-1080-zh.png` });
      await small.screenshot({ path: `${shots}/stage-draw-armed-720-en.png` });
    }
    await host.getByTestId(`draw-${n}`).click();
    await expect(big.getByTestId('draw-rolling')).toBeVisible();
    const faces = new Set(await big.locator('.draw-face').allInnerTexts());
    if (n === 3) await big.screenshot({ path: `${shots}/stage-draw-rolling-1080-zh.png` });
    // Ten and three winners land on the grid; the one 一等奖 gets the full-screen reveal.
    await expect(big.getByTestId(count === 1 ? 'draw-reveal' : 'draw-winners')).toBeVisible({ timeout: 20_000 });
    const winners = (await host.locator(`[data-testid^="winner-${n}-"] .winner-name`).allInnerTexts()).map(masked);
    expect(winners).toHaveLength(count);
    // Only this round's eligible entrants: never its winners, never anyone who won before, never a made-up name.
    const everyone = new Set(Array.from({ length: people }, (_, i) => masked(nameOf(i))));
    for (const face of faces) {
      expect(everyone.has(face)).toBe(true);
      expect(won.has(face) || winners.includes(face)).toBe(false);
    }
    expect(faces.size).toBe(people - won.size - count);
    winners.forEach(w => won.add(w));
    await host.getByTestId(`reveal-${n}`).click();
    await expect(big.getByTestId('draw-verify')).toBeVisible();
    if (n === 2) {
      await expect(big.getByTestId('draw-winners')).toHaveClass(/hero/);
      await expect(big.getByTestId('draw-reveal')).toHaveCount(0);
      await big.screenshot({ path: `${shots}/stage-draw-hero-1080-zh.png` });
    }
    if (n === 3) {
      grand = winners[0];
      for (const page of [big, small]) await expectReveal(page, grand, '一等奖');
      await expect(small.getByTestId('draw-reveal')).toContainText('Congratulations');
      await expect(big.getByTestId('draw-reveal')).toContainText('恭喜中奖');
    }
  }
  await big.waitForTimeout(1200); // the name has landed; confetti still falls
  await big.screenshot({ path: `${shots}/stage-draw-revealed-1080-zh.png` });
  await small.screenshot({ path: `${shots}/stage-draw-revealed-720-en.png` });
  await big.setViewportSize({ width: 1280, height: 720 });
  await small.setViewportSize({ width: 1920, height: 1080 });
  await expectReveal(big, grand, '一等奖');
  await expectReveal(small, grand, '一等奖');
  await big.screenshot({ path: `${shots}/stage-draw-revealed-720-zh.png` });
  await small.screenshot({ path: `${shots}/stage-draw-revealed-1080-en.png` });
  await big.setViewportSize({ width: 3840, height: 1080 });
  await expectReveal(big, grand, '一等奖');
  await big.screenshot({ path: `${shots}/stage-draw-revealed-3840-zh.png` });
  // Reduced motion: the celebration goes, the name and the tier stay.
  await small.emulateMedia({ reducedMotion: 'reduce' });
  await small.reload();
  await expectReveal(small, grand, '一等奖');
  await expect(small.getByTestId('draw-reveal')).toHaveAttribute('data-celebrate', 'false');
  await expect(small.getByTestId('reveal-celebration')).toHaveCount(0);
  await big.emulateMedia({ reducedMotion: 'reduce' });
  await expect(big.getByTestId('reveal-celebration')).toBeHidden(); // drawn before the switch: the style sheet hides it
  await small.screenshot({ path: `${shots}/stage-draw-revealed-1080-en-reduced.png` });
  expect(faults).toEqual([]);
  // No internal ids beside the winners' names on the console.
  await expect(host.getByTestId('winners-1')).not.toContainText(/\ba\d+\b/);
  await host.screenshot({ path: `${shots}/stage-console-draw.png`, fullPage: true });

  for (const locale of ['zh-CN', 'en-US']) {
    const verify = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
    await verify.goto(`/verify/${code}/1`);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-ok', 'true');
    await expect(verify.getByTestId('verify-round')).toContainText('三等奖');
    const names = await verify.getByTestId('verify-winner-names').innerText();
    expect(names).toMatch(/欧\*+\d/);
    expect(names).not.toMatch(/\ba\d+\b|欧阳/);
    await verify.screenshot({ path: `${shots}/stage-verify-${locale}.png`, fullPage: true });
  }
});

test('the phone says why: an unknown code, and a 4th pick on a max-3 question', async ({ browser }) => {
  for (const locale of ['zh-CN', 'en-US']) {
    const phone = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
    await phone.goto('/j/000000');
    await expect(phone.getByTestId('join-not-found')).toBeVisible();
    await expect(phone.locator('body')).not.toContainText(/加载中|Loading/);
    await phone.screenshot({ path: `${shots}/stage-phone-not-found-${locale}.png` });
  }

  const { host, code } = await openConsoleWithSession(browser, 'Pick three', { width: 1440, height: 900 });
  await createPoll(host, '最想了解的三个方向？', ['渠道', '产品', '价格', '服务', '品牌'], { max: 3 });
  await host.getByTestId('open-poll').click();
  const phone = await (await browser.newContext({ ...phoneDevice, locale: 'zh-CN' })).newPage();
  await phone.goto(`/j/${code}`);
  await phone.getByTestId('join-onsite').click();
  for (const i of [0, 1, 2, 3]) await phone.getByTestId(`vote-option-${i}`).click();
  await expect(phone.getByTestId('vote-option-3')).toHaveAttribute('data-selected', 'false');
  await expect(phone.getByRole('alert')).toContainText('已达到可选数量上限');
  await phone.screenshot({ path: `${shots}/stage-phone-max-picks-zh.png` });

  // Participation after a reload never divides a closed poll by the fewer people connected now.
  await phone.getByTestId('vote-option-3').click(); // still refused
  await phone.getByTestId('submit-vote').click();
  await expect(phone.getByTestId('vote-received')).toBeVisible();
  // Re-scanning the join QR goes straight back to the session, not to "请选择参与方式".
  await phone.goto(`/j/${code}`);
  await expect(phone).toHaveURL(new RegExp(`/s/${code}$`));
  await expect(phone.getByTestId('vote-received')).toBeVisible();
  await expect(phone.getByTestId('join-onsite')).toHaveCount(0);
  await host.getByTestId('close-poll').click();
  await expect(host.getByTestId('participation')).toHaveText('100%');
  await phone.close();
  await host.reload();
  await expect(host.getByTestId('console-voters')).toHaveText('1');
  await expect(host.getByTestId('participation')).toHaveText('100%');
  await host.screenshot({ path: `${shots}/stage-console-participation.png` });
});

test('the console says what is on screen from every tab and takes it off from any; a reload keeps the tab', async ({ browser }) => {
  const viewport = { width: 1366, height: 768 };
  const { host } = await openConsoleWithSession(browser, '2026 年度经销商大会', viewport);
  const consolePath = new URL(host.url()).pathname + new URL(host.url()).hash;
  const big = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' })).newPage();
  await big.goto((await host.getByTestId('screen-link').getAttribute('href'))!);
  await expect(big.getByTestId('screen-join-code')).toBeVisible();

  await host.getByTestId('console-qna-tab').click();
  await host.getByTestId('show-qna-on-screen').click();
  await expect(big.getByTestId('qna-view')).toBeVisible();
  for (const tab of ['polls', 'checkin', 'draw', 'agenda', 'links', 'qna']) {
    await host.getByTestId(`console-${tab}-tab`).click();
    await expect(host.getByTestId('screen-now')).toHaveText('On screen: Q&A');
    await expect(host.getByTestId('take-off-screen')).toBeVisible();
  }
  await host.getByTestId('console-agenda-tab').click();
  await host.screenshot({ path: `${shots}/stage-console-screen-now-1366-en.png` });
  await host.getByTestId('take-off-screen').click();
  await expect(big.getByTestId('screen-join-code')).toBeVisible();
  await expect(host.getByTestId('screen-now')).toHaveText('On screen: join code');
  await expect(host.getByTestId('take-off-screen')).toHaveCount(0);

  // The tab is in the address: a reload comes back to it, with the key still in the fragment.
  await expect(host).toHaveURL(/\?tab=agenda#key=/);
  await host.reload();
  await expect(host.getByTestId('console-agenda-tab')).toHaveAttribute('aria-selected', 'true');
  await expect(host.getByTestId('console-agenda')).toBeVisible();

  // A long poll question on screen is cut with an ellipsis in the bar, whole in its tooltip.
  const question = 'Which of our five new regional channel protection policies matters most to your dealership next year?';
  await host.getByTestId('console-polls-tab').click();
  await (await createPoll(host, question, ['Pricing', 'Territory'])).getByTestId('show-on-screen').click();
  await host.getByTestId('console-checkin-tab').click();
  await expect(host.getByTestId('screen-now')).toHaveAttribute('title', `On screen: ${question}`);
  await host.evaluate(() => window.scrollTo(0, 0));
  await host.screenshot({ path: `${shots}/stage-console-screen-now-poll-1366-en.png` });

  // The same bar in Chinese, the draw on screen, seen from the links tab.
  const zh = await (await browser.newContext({ viewport, locale: 'zh-CN' })).newPage();
  await zh.goto(consolePath);
  await zh.getByTestId('console-draw-tab').click();
  await zh.getByTestId('show-draw-on-screen').click();
  await zh.getByTestId('console-links-tab').click();
  await expect(zh.getByTestId('screen-now')).toHaveText('大屏当前：抽奖');
  await expect(zh.getByTestId('take-off-screen')).toHaveText('撤下大屏');
  await zh.screenshot({ path: `${shots}/stage-console-screen-now-1366-zh.png` });
  await zh.getByTestId('take-off-screen').click();
  await expect(big.getByTestId('screen-join-code')).toBeVisible();
});
