import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { joinPhone, openConsoleWithSession, screenContext } from './console-steps';

// Screenshots only when asked for (SURVEY_SHOTS=/tmp/survey-shots): they are for looking at, and they cost seconds.
const shots = process.env.SURVEY_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const shot = async (page: Page, name: string, fullPage = false) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage }); };

/** The template's two required questions: three statements rated 1–5, then the NPS. */
async function rate(phone: Page, stars: [number, number, number]) {
  const s1 = phone.getByTestId('survey-question-s1');
  for (const [row, point] of stars.entries()) await s1.getByTestId(`rate-${row}-${point}`).click();
}

test('ten phones answer the template survey, one comes back after a reload; the console shows the rate and results, the screen nothing', async ({ browser }) => {
  test.setTimeout(shots ? 150_000 : 90_000);
  const { host, code } = await openConsoleWithSession(browser, '经销商大会 Dealer conference');
  await host.getByTestId('console-survey-tab').click();
  await host.getByTestId('survey-template').click();
  await expect(host.getByTestId('survey-title')).toHaveValue('How was the event?');
  await host.getByTestId('survey-save').click();
  await expect(host.getByTestId('survey-result-s3')).toBeVisible();
  await host.getByTestId('survey-open').click();
  await expect(host.getByTestId('survey-status')).toHaveText('Open');

  const screenHref = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const screen = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await screen.goto(screenHref);

  const phones: Page[] = [];
  for (let i = 0; i < 10; i++) phones.push(await joinPhone(browser, code, `Guest ${i + 1}`, i % 2 === 0 ? 'zh-CN' : 'en-US'));
  await expect(host.getByTestId('presence-onsite')).toHaveText('10');
  await expect(phones[0].getByTestId('phone-survey')).toContainText('How was the event?');
  await shot(phones[0], 'phone-survey-zh', true);
  await shot(phones[1], 'phone-survey-en', true);

  // Guest 1 rates the event, sees the progress saved, reloads, and finds the stars still there.
  await rate(phones[0], [5, 4, 5]);
  await expect(phones[0].getByTestId('survey-progress-saved')).toBeVisible();
  await expect(host.getByTestId('survey-started')).toHaveText('1');
  await phones[0].reload();
  await expect(phones[0].getByTestId('survey-question-s1').getByTestId('rate-1-4')).toHaveAttribute('aria-checked', 'true');
  await phones[0].getByTestId('survey-submit').click();
  await expect(phones[0].getByRole('alert')).toHaveText('请先回答所有必答题再提交。'); // the NPS is required
  await phones[0].getByTestId('survey-question-s2').getByTestId('rate-0-9').click();
  await phones[0].getByTestId('survey-question-s3').getByTestId('text-answer').fill('多留一些问答时间');
  await phones[0].getByTestId('survey-submit').click();
  await expect(phones[0].getByTestId('survey-thanks')).toBeVisible();
  await shot(phones[0], 'phone-survey-thanks-zh');

  // The other nine: 4 stars all round, NPS 10 for five of them and 6 for four.
  for (const [i, phone] of phones.slice(1).entries()) {
    await rate(phone, [4, 4, 4]);
    await phone.getByTestId('survey-question-s2').getByTestId(`rate-0-${i < 5 ? 10 : 6}`).click();
    await phone.getByTestId('survey-submit').click();
    await expect(phone.getByTestId('survey-thanks')).toBeVisible();
  }
  await expect(host.getByTestId('survey-submitted')).toHaveText('10');
  await expect(host.getByTestId('survey-rate')).toHaveText('100%');
  await expect(host.getByTestId('survey-result-s1')).toContainText('Answered by 10');
  await expect(host.getByTestId('survey-count-s1-mean-0')).toContainText('4.1'); // (5 + 9 × 4) ÷ 10
  // NPS: promoters (9–10) 6 of 10, detractors (0–6) 4 of 10 → +20.
  await expect(host.getByTestId('survey-count-s2-nps-0')).toContainText('20');
  // The host tags the one comment for the report.
  const comments = host.getByTestId('comment-tags-s3');
  await comments.getByTestId('survey-tags-input').fill('agenda, 政策支持');
  await comments.getByTestId('survey-tags-save').click();
  await comments.locator('[data-testid^="tag-"][data-testid$="-agenda"]').click();
  await expect(comments.getByTestId('survey-tag-counts')).toContainText('agenda · 1');
  await shot(host, 'console-survey-en', true);

  // The big screen never showed the survey.
  await expect(screen.getByTestId('screen-join-code')).toBeVisible();
  await expect(screen.locator('body')).not.toContainText('How was the event?');

  // A reloaded phone still knows it has answered; closing the survey leaves the thanks in place.
  await phones[3].reload();
  await expect(phones[3].getByTestId('survey-thanks')).toBeVisible();
  await host.getByTestId('survey-close').click();
  await expect(host.getByTestId('survey-status')).toHaveText('Closed');
  if (shots) {
    await host.getByTestId('lang-switch').click();
    await expect(host.getByTestId('console-survey-tab')).toHaveText('问卷');
    await shot(host, 'console-survey-zh', true);
  }
});
