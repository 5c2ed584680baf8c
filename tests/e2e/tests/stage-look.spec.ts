import { test, expect, type Browser, type Page } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// How a poll with long Chinese options reads on stage: the big screen at 1920×1080 and 1280×720 with 弹幕 and
// reactions over it, and the phone's results, in zh-CN and en. Screenshots go to .artifacts/screenshots/look-*.png
// (LIVE_SHOTS_DIR elsewhere), to be looked at.
const shots = process.env.LIVE_SHOTS_DIR ?? resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const question = '下一财年，您最希望总部优先投入哪一项渠道支持政策？';
const options = ['区域保护与渠道秩序管理办法的修订与执行', '经销商数字化门店系统与会员运营工具', '金融贴息',
  '新品首批订货返利政策的提前公布与透明核算', '售后配件供应'];
const comments = ['区域保护一定要落实！', 'Great session, thanks 👏', '返利政策希望尽快公布', '支持数字化门店', '金融贴息最实在'];

async function joinAndVote(browser: Browser, code: string, nickname: string, option: number, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(nickname);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  await page.getByTestId(`vote-option-${option}`).click();
  await page.getByTestId('submit-vote').click();
  await expect(page.getByTestId('vote-received')).toBeVisible();
  return page;
}

test('a poll with long Chinese options, 弹幕 and reactions on the big screen and the phone, in zh-CN and en', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, '2026 智领未来 · 年度经销商大会', { width: 1440, height: 900 });
  await host.getByTestId('poll-show-results').check();
  const poll = await createPoll(host, question, options);
  await poll.getByTestId('open-poll').click();
  await expect(poll.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');
  await poll.getByTestId('show-on-screen').click();

  const href = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const screens: [Page, string][] = [];
  for (const [width, height, locale] of [[1920, 1080, 'zh-CN'], [1920, 1080, 'en-US'], [1280, 720, 'zh-CN'], [1280, 720, 'en-US']] as const) {
    const page = await (await browser.newContext({ viewport: { width, height }, locale })).newPage();
    await page.goto(href);
    await expect(page.getByTestId('screen-question')).toHaveText(question);
    screens.push([page, `${height}-${locale === 'zh-CN' ? 'zh' : 'en'}`]);
  }

  const zh = await joinAndVote(browser, code, '小王', 0, 'zh-CN');
  const en = await joinAndVote(browser, code, 'Amy', 3, 'en-US');
  const others = [await joinAndVote(browser, code, '老李', 0, 'zh-CN'), await joinAndVote(browser, code, '陈总', 1, 'zh-CN'),
    await joinAndVote(browser, code, 'Ben', 4, 'en-US')];
  await expect(screens[0][0].getByTestId('screen-voters')).toHaveText('5');

  // 弹幕 from the phones (one each: a phone may send one every 3 s) and a few reactions.
  const phones = [zh, en, ...others];
  for (const phone of phones) await phone.getByTestId('qna-tab').click();
  for (const [i, text] of comments.entries()) {
    const phone = phones[i];
    await phone.getByTestId('comment-input').fill(text);
    await phone.getByTestId('comment-submit').click();
    await expect(phone.getByTestId('comment-input')).toHaveValue('');
  }
  for (let i = 0; i < 4; i++) await zh.getByTestId('reaction-👏').click();
  for (let i = 0; i < 2; i++) await en.getByTestId('reaction-❤️').click();
  await expect(screens[0][0].getByTestId('reaction-total-👏')).toContainText('4');
  await expect(screens[0][0].getByTestId('comment-layer')).toContainText('金融贴息最实在');
  await screens[0][0].waitForTimeout(2500); // let the comments travel in from the right edge

  for (const [page, name] of screens) {
    await expect(page.getByTestId('connection-status')).toHaveCount(0); // live: no pill on the projector
    await page.screenshot({ path: `${shots}/look-screen-${name}.png` });
  }
  for (const [phone, name] of [[zh, 'zh'], [en, 'en']] as const) {
    await phone.getByTestId('polls-tab').click();
    await expect(phone.getByTestId('vote-received')).toBeVisible();
    await phone.screenshot({ path: `${shots}/look-phone-results-${name}.png` });
  }
  // Twelve options, the most a poll takes, with 弹幕 still on: every row whole at 720p.
  const twelve = await createPoll(host, '您所在区域今年最需要哪一类市场活动支持？', Array.from({ length: 12 }, (_, i) => `${options[i % 5]}（第 ${i + 1} 项）`));
  await twelve.getByTestId('open-poll').click();
  await twelve.getByTestId('show-on-screen').click();
  for (const [page, name] of [screens[0], screens[3]]) {
    await expect(page.getByTestId('screen-count-11')).toHaveText('0');
    await page.waitForTimeout(500); // the bars' transition from the last poll
    await page.screenshot({ path: `${shots}/look-screen-12-${name}.png` });
  }
  // Back to the join view: the title balanced over two lines, 弹幕 above it.
  await twelve.getByTestId('hide-from-screen').click();
  await expect(screens[0][0].getByTestId('screen-join-code')).toBeVisible();
  await screens[0][0].screenshot({ path: `${shots}/look-join-1080-zh.png` });

  // Q&A and the check-in wall under the same band.
  await zh.getByTestId('qna-tab').click();
  await zh.getByTestId('ask-input').fill('区域保护政策明年会不会调整？如果调整，现有经销商的授权区域怎么过渡？');
  await zh.getByTestId('ask-submit').click();
  await host.getByTestId('console-qna-tab').click();
  await host.getByTestId('show-qna-on-screen').click();
  await expect(screens[0][0].getByTestId('qna-view')).toBeVisible();
  await expect(screens[0][0].locator('[data-testid^="top-question-"]')).toHaveCount(1);
  await screens[0][0].screenshot({ path: `${shots}/look-qna-1080-zh.png` });
  await host.getByTestId('console-checkin-tab').click();
  await host.getByTestId('show-checkin-on-screen').click();
  await expect(screens[3][0].getByTestId('checkin-wall')).toBeVisible();
  await screens[3][0].screenshot({ path: `${shots}/look-checkin-720-en.png` });
});
