import { test, expect, type Browser, type Page } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

async function joinPhone(browser: Browser, code: string, nickname: string, locale = 'en-US'): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(nickname);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  await page.getByTestId('qna-tab').click();
  return page;
}

async function openScreen(browser: Browser, host: Page): Promise<Page> {
  const href = await host.getByTestId('screen-link').getAttribute('href');
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await screen.goto(href!);
  return screen;
}

/** Console switches follow the server's settings, so click and wait for the round trip. */
async function setToggle(host: Page, testId: string, on: boolean) {
  const box = host.getByTestId(testId);
  if ((await box.isChecked()) !== on) await box.click();
  await expect(box).toBeChecked({ checked: on });
}

test('a phone asks, the moderator approves and answers, the screen spotlights it; 弹幕 floats and a blocked word is held', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Product Launch 2026', { width: 1440, height: 900 });
  const screen = await openScreen(browser, host);
  await host.getByTestId('console-qna-tab').click();
  await setToggle(host, 'setting-review-first', true);

  // A phone asks; with review on, it waits for the moderator.
  const alice = await joinPhone(browser, code, 'Alice');
  await alice.getByTestId('ask-input').fill('When will the new model ship to dealers?');
  await alice.getByTestId('ask-submit').click();
  await expect(alice.getByTestId('my-question-q1')).toHaveAttribute('data-state', 'pending');

  // The moderator approves it, puts Q&A on the screen and marks it as being answered.
  await expect(host.getByTestId('mod-question-q1')).toContainText('When will the new model ship to dealers?');
  await host.getByTestId('approve-q1').click();
  await host.getByTestId('show-qna-on-screen').click();
  await host.getByTestId('answering-q1').click();
  await expect(screen.getByTestId('spotlight')).toContainText('When will the new model ship to dealers?');
  await expect(alice.getByTestId('my-question-q1')).toHaveAttribute('data-state', 'answering');
  await screen.screenshot({ path: `${shots}/screen-qna.png` });

  // A question with a blocklisted word is held even though it was asked the same way.
  const bob = await joinPhone(browser, code, 'Bob');
  await setToggle(host, 'setting-review-first', false);
  await bob.getByTestId('ask-input').fill('主持人是傻逼吗');
  await bob.getByTestId('ask-submit').click();
  await expect(bob.getByTestId('my-question-q2')).toHaveAttribute('data-state', 'pending');
  await host.getByTestId('mod-filter-pending').click();
  await expect(host.getByTestId('mod-question-q2')).toBeVisible();
  await expect(screen.getByTestId('top-question-q2')).toHaveCount(0);
  await host.screenshot({ path: `${shots}/console-qna.png`, fullPage: true });

  // 弹幕 over the poll view: a clean comment floats, a filtered one waits for the host.
  await host.getByTestId('console-polls-tab').click();
  const poll = await createPoll(host, 'Which colour should ship first?', ['Red', 'Blue']);
  await poll.getByTestId('open-poll').click();
  await poll.getByTestId('show-on-screen').click();
  await expect(screen.getByTestId('screen-question')).toHaveText('Which colour should ship first?');
  await alice.getByTestId('comment-input').fill('Go blue! 💙');
  await alice.getByTestId('comment-submit').click();
  await expect(screen.getByTestId('comment-layer')).toContainText('Go blue! 💙');

  // Reactions: three taps on one phone reach the screen as a burst and a total, and the other phone's count.
  for (let i = 0; i < 3; i++) await alice.getByTestId('reaction-👏').click();
  await expect(screen.getByTestId('reaction-total-👏')).toContainText('3');
  await expect(screen.locator('[data-testid="reaction-burst"][data-emoji="👏"]').first()).toBeAttached();
  await expect(bob.getByTestId('reaction-👏')).toContainText('3');
  await screen.waitForTimeout(1500); // let the comment travel in from the right edge for the picture
  await screen.screenshot({ path: `${shots}/screen-danmaku.png` });
  await bob.getByTestId('comment-input').fill('傻逼主持人');
  await bob.getByTestId('comment-submit').click();
  await host.getByTestId('console-qna-tab').click();
  await expect(host.locator('[data-testid^="held-comment-"]')).toContainText('傻逼主持人');
  await expect(host.getByTestId('console-reaction-👏')).toContainText('3');
  await expect(screen.getByTestId('comment-layer')).not.toContainText('傻逼');
  await alice.screenshot({ path: `${shots}/phone-qna.png` });
});
