import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addQuizQuestion, joinPhone, openConsoleWithSession, screenContext } from './console-steps';

// Screenshots only when asked for (QUIZ_SHOTS=/tmp/quiz-shots): they are for looking at, and they cost seconds.
const shots = process.env.QUIZ_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const shot = async (page: Page, name: string) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png` }); };

async function step(host: Page, phase: string) {
  await host.getByTestId('quiz-next').click();
  await expect(host.getByTestId('quiz-run')).toHaveAttribute('data-phase', phase);
}

/** Every phone taps its option; the last answer closes the question early (everyone connected has answered). */
async function answerAll(host: Page, phones: Page[], options: number[]) {
  await step(host, 'question');
  for (const phone of phones) await expect(phone.getByTestId('quiz-answer-0')).toBeEnabled();
  for (const [i, option] of options.entries()) await phones[i].getByTestId(`quiz-answer-${option}`).click();
  await expect(host.getByTestId('quiz-run')).toHaveAttribute('data-phase', 'closed');
  await step(host, 'revealed');
}

test('a quiz of three with four phones in two picked teams: team board between rounds and the winning team on the podium', async ({ browser }) => {
  test.setTimeout(shots ? 150_000 : 90_000);
  const { host, code } = await openConsoleWithSession(browser, 'Dealer quiz: teams');
  await host.getByTestId('console-quiz-tab').click();
  await host.getByTestId('quiz-read').fill('0');
  await host.getByTestId('quiz-teams').selectOption('pick');
  await host.getByTestId('quiz-team-names').fill('红队 Red\nBlue 蓝队');
  await host.getByTestId('quiz-settings-save').click();
  await addQuizQuestion(host, { text: 'Capital of France?', options: ['Paris', 'Lyon', 'Nice', 'Lille'], correct: 0, seconds: 15 });
  await addQuizQuestion(host, { kind: 'trueFalse', text: 'The sun is a star.', correct: 0, seconds: 15 });
  await addQuizQuestion(host, { text: '2 + 2 = ?', options: ['3', '4', '5'], correct: 1, seconds: 15 });
  await expect(host.getByTestId('quiz-question-row')).toHaveCount(3);

  const screenHref = (await host.getByTestId('screen-link').getAttribute('href'))!;
  const screen = await (await screenContext(browser, { viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await screen.goto(screenHref);
  const screenZh = await (await screenContext(browser, { viewport: { width: 1280, height: 720 }, locale: 'zh-CN' })).newPage();
  await screenZh.goto(screenHref);
  const phones = [
    await joinPhone(browser, code, 'Lin', 'zh-CN'), await joinPhone(browser, code, 'Wang', 'en-US'),
    await joinPhone(browser, code, 'Zhao', 'en-US'), await joinPhone(browser, code, 'Chen', 'zh-CN'),
  ];
  await expect(host.getByTestId('presence-onsite')).toHaveText('4');

  // Lin and Wang play for 红队 Red, Zhao and Chen for Blue 蓝队 (Chen first taps Red, then changes her mind).
  for (const [i, team] of ['红队 Red', '红队 Red', 'Blue 蓝队', '红队 Red'].entries()) {
    await phones[i].getByTestId('quiz-team-option').filter({ hasText: team }).click();
    await expect(phones[i].getByTestId('quiz-team-picker')).toContainText(team);
  }
  await phones[3].getByTestId('quiz-team-option').filter({ hasText: 'Blue 蓝队' }).click();
  await expect(phones[3].getByTestId('quiz-team-picker')).toContainText('你代表 Blue 蓝队 参赛');
  await expect(phones[3].getByTestId('quiz-team-option').filter({ hasText: 'Blue 蓝队' })).toHaveAttribute('aria-pressed', 'true');
  await shot(phones[3], 'phone-team-picker-zh');
  await shot(phones[1], 'phone-team-picker-en');

  // Q1: everyone but Chen right. Q2: everyone right. Q3: Lin and Zhao right.
  await answerAll(host, phones, [0, 0, 0, 1]);
  await expect(phones[3].getByTestId('quiz-result')).toHaveAttribute('data-correct', 'false');
  await step(host, 'leaderboard');
  await expect(screen.getByTestId('quiz-team')).toHaveCount(2);
  await expect(screen.getByTestId('quiz-team').first()).toContainText('红队 Red');
  await expect(screen.getByTestId('quiz-team').first()).toContainText('2 players');
  await shot(screen, 'screen-team-board-en-1920x1080');
  await shot(screenZh, 'screen-team-board-zh-1280x720');

  await answerAll(host, phones, [0, 0, 0, 0]);
  await step(host, 'leaderboard');
  await answerAll(host, phones, [1, 0, 1, 0]);
  await expect(phones[0].getByTestId('quiz-standing')).toContainText('红队 Red');
  await step(host, 'leaderboard');
  await step(host, 'finished');

  await expect(screen.getByTestId('quiz-place-1')).toContainText('Lin');
  await expect(screen.getByTestId('quiz-winning-team')).toContainText('红队 Red');
  await expect(screenZh.getByTestId('quiz-winning-team')).toContainText('红队 Red');
  await expect(host.getByTestId('screen-now')).toHaveAttribute('data-view', 'quiz');
  await shot(screen, 'screen-team-podium-en-1920x1080');
  await shot(screenZh, 'screen-team-podium-zh-1280x720');
  await shot(phones[3], 'phone-team-final-zh');
  await shot(host, 'console-team-finished-en-1280x800');

  // The host's export names each player's team.
  const key = await host.evaluate(c => sessionStorage.getItem(`live.host.${c}`), code);
  const players = await host.request.get(`/api/sessions/${code}/quiz/players.csv`, { headers: { Authorization: `Bearer ${key}` } });
  expect(players.status()).toBe(200);
  const lines = (await players.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines.slice(1).map(l => l.split(',').slice(1, 3).join(',').replaceAll('"', ''))).toEqual(['Lin,红队 Red', 'Zhao,Blue 蓝队', 'Wang,红队 Red', 'Chen,Blue 蓝队']);
});
