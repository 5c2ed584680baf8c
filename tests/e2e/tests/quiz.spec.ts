import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addQuizQuestion, joinPhone, openConsoleWithSession, screenContext } from './console-steps';

// Screenshots only when asked for (QUIZ_SHOTS=/tmp/quiz-shots): they are for looking at, and they cost seconds.
const shots = process.env.QUIZ_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const shot = async (page: Page, name: string) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png` }); };

/** Clicks the run panel's one button and waits for the phase it leads to. */
async function step(host: Page, phase: string) {
  await host.getByTestId('quiz-next').click();
  await expect(host.getByTestId('quiz-run')).toHaveAttribute('data-phase', phase);
}

test('host writes a quiz of two, three phones answer, the screen shows question, reveal, board and podium, phones their rank', async ({ browser }) => {
  test.setTimeout(shots ? 120_000 : 60_000);
  const { host, code } = await openConsoleWithSession(browser, 'Dealer quiz night');
  await host.getByTestId('console-quiz-tab').click();
  await host.getByTestId('quiz-read').fill('1');
  await host.getByTestId('quiz-settings-save').click();
  await addQuizQuestion(host, { text: 'Capital of France?', options: ['Paris', 'Lyon', 'Nice', 'Lille'], correct: 0, seconds: 10 });
  await addQuizQuestion(host, { kind: 'trueFalse', text: 'The sun is a star.', correct: 0, seconds: 8 });
  await expect(host.getByTestId('quiz-question-row')).toHaveCount(2);
  await expect(host.getByTestId('quiz-read')).toHaveValue('1');
  await shot(host, 'console-lobby-en-1280x800');

  const screenHref = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const screen = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await screen.goto(screenHref);
  const screenZh = await (await screenContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'zh-CN' })).newPage();
  await screenZh.goto(screenHref);
  await expect(screen.getByTestId('screen-join-code')).toBeVisible(); // the lobby leaves the join screen alone
  const phones = [await joinPhone(browser, code, 'Lin', 'zh-CN'), await joinPhone(browser, code, 'Wang', 'en-US'), await joinPhone(browser, code, 'Zhao', 'en-US')];
  await expect(host.getByTestId('presence-onsite')).toHaveText('3');

  // Question 1: Lin and Wang right, Zhao wrong. Every phone connected has answered: the question closes early.
  await step(host, 'question');
  await expect(screen.getByTestId('quiz-text')).toHaveText('Capital of France?');
  await expect(screenZh.getByTestId('quiz-number')).toHaveText('第 1 题 / 共 2 题');
  for (const phone of phones) await expect(phone.getByTestId('quiz-answer-0')).toBeEnabled();
  await expect(screen.getByTestId('quiz-option-3')).toContainText('Lille');
  await shot(screen, 'screen-question-en-1920x1080');
  await shot(screenZh, 'screen-question-zh-1280x720');
  await shot(phones[0], 'phone-question-zh');
  await shot(phones[1], 'phone-question-en');
  await shot(host, 'console-question-en-1280x800');
  for (const [i, option] of [0, 0, 2].entries()) await phones[i].getByTestId(`quiz-answer-${option}`).click();
  await expect(phones[1].getByTestId('quiz-locked-in')).toContainText('Answer locked in');
  await expect(phones[0].getByTestId('quiz-locked-in')).toContainText('已提交');
  await expect(host.getByTestId('quiz-run')).toHaveAttribute('data-phase', 'closed');
  await expect(screen.getByTestId('quiz-answered')).toContainText('3');

  await step(host, 'revealed');
  await expect(screen.getByTestId('quiz-option-0')).toHaveAttribute('data-correct', 'true');
  await expect(screen.getByTestId('quiz-count-0')).toHaveText('2 · 67%');
  await expect(screen.getByTestId('quiz-count-2')).toHaveText('1 · 33%');
  await expect(phones[1].getByTestId('quiz-result')).toHaveAttribute('data-correct', 'true');
  await expect(phones[2].getByTestId('quiz-result')).toHaveAttribute('data-correct', 'false');
  await expect(phones[2].getByTestId('quiz-my-rank')).toHaveText('#3 of 3');
  await shot(screen, 'screen-reveal-en-1920x1080');
  await shot(screenZh, 'screen-reveal-zh-1280x720');
  await shot(phones[0], 'phone-reveal-zh');
  await shot(phones[2], 'phone-reveal-en');

  await step(host, 'leaderboard');
  await expect(screen.getByTestId('quiz-leader')).toHaveCount(3);
  await expect(screen.getByTestId('quiz-leader').nth(2)).toContainText('Zhao');

  // Question 2 (true/false): Lin (a streak) and Zhao right. Wang does not answer: the question runs to its deadline.
  await step(host, 'question');
  await expect(phones[0].getByTestId('quiz-answer-0')).toBeEnabled();
  await expect(screen.getByTestId('quiz-option-0')).toHaveText(/True/);
  await phones[0].getByTestId('quiz-answer-0').click();
  await phones[2].getByTestId('quiz-answer-0').click();
  await expect(phones[2].getByTestId('quiz-locked-in')).toBeVisible();
  await expect(host.getByTestId('quiz-run')).toHaveAttribute('data-phase', 'closed', { timeout: 12_000 });
  await expect(phones[1].getByTestId('quiz-time-up')).toBeVisible();
  await step(host, 'revealed');
  await expect(phones[1].getByTestId('quiz-no-answer')).toBeVisible();
  await step(host, 'leaderboard');
  await expect(screen.getByTestId('quiz-leader').first()).toContainText('Lin');
  await shot(screen, 'screen-leaderboard-en-1920x1080');
  await shot(screenZh, 'screen-leaderboard-zh-1280x720');

  await step(host, 'finished');
  await expect(screen.getByTestId('quiz-place-1')).toContainText('Lin');
  await expect(screenZh.getByTestId('quiz-place-1')).toContainText('第一名');
  await expect(phones[0].getByTestId('quiz-my-rank')).toHaveText('第 1 名 / 共 3 人');
  await expect(phones[1].getByTestId('quiz-standing')).toBeVisible();
  await shot(screen, 'screen-podium-en-1920x1080');
  await shot(screenZh, 'screen-podium-zh-1280x720');
  await shot(phones[0], 'phone-final-zh');
  await shot(host, 'console-finished-en-1280x800');
  if (shots) {
    await host.getByTestId('lang-switch').click(); // the console in Chinese, for the look of the tab
    await expect(host.getByTestId('console-quiz-tab')).toHaveText('答题');
    await shot(host, 'console-finished-zh-1280x800');
  }

  // A reload shows the phone its standing from GetState.
  await phones[2].reload();
  await expect(phones[2].getByTestId('quiz-my-rank')).toHaveText(/#\d of 3/);
});
