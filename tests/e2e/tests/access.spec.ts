import { test, expect, type Browser, type Page } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Access in a real browser: a moderator link, replacing leaked links, and deleting a session.
const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** The link a row shows, opened on this test server (shown links use the LAN address, which the test server does not listen on). */
async function linkPath(host: Page, role: 'moderator' | 'screen' | 'host'): Promise<string> {
  const url = new URL(await host.getByTestId(`link-${role}-url`).innerText());
  return url.pathname + url.hash;
}

async function openPage(browser: Browser, path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'en-US' })).newPage();
  await page.goto(path);
  return page;
}

async function joinPhone(browser: Browser, code: string, nickname: string): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale: 'en-US' })).newPage();
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(nickname);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  return page;
}

async function replaceLink(host: Page, role: 'moderator' | 'screen' | 'host') {
  await host.getByTestId(`replace-${role}`).click();
  await host.getByTestId(`confirm-replace-${role}`).click();
}

test('a moderator screens questions from their own link; replacing that link shuts the old one out at once', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Dealer Conference 2026', { width: 1440, height: 900 });
  await host.getByTestId('console-links-tab').click();
  await expect(host.getByTestId('access-links')).toBeVisible();
  await host.screenshot({ path: `${shots}/console-links.png`, fullPage: true });

  const moderator = await openPage(browser, await linkPath(host, 'moderator'));
  await expect(moderator.getByTestId('moderator-badge')).toBeVisible();
  await expect(moderator.getByTestId('console-qna-tab')).toBeVisible();
  await expect(moderator.getByTestId('console-checkin-tab')).toBeVisible();
  await expect(moderator.getByTestId('console-polls-tab')).toHaveCount(0);
  await expect(moderator.getByTestId('console-draw-tab')).toHaveCount(0);
  await expect(moderator.getByTestId('console-links-tab')).toHaveCount(0);

  const phone = await joinPhone(browser, code, 'Wang');
  await phone.getByTestId('qna-tab').click();
  await phone.getByTestId('ask-input').fill('When does the new rebate start?');
  await phone.getByTestId('ask-submit').click();
  await moderator.getByTestId('console-qna-tab').click();
  await expect(moderator.locator('[data-testid^="mod-question-"]').first()).toContainText('When does the new rebate start?');
  await moderator.screenshot({ path: `${shots}/console-moderator.png`, fullPage: true });

  await replaceLink(host, 'moderator');
  await expect(host.getByTestId('replaced-moderator')).toBeVisible();
  await expect(moderator.getByTestId('ended')).toHaveAttribute('data-reason', 'revoked');
  await moderator.screenshot({ path: `${shots}/console-revoked.png` });
  // Reloading the old link does not bring it back.
  await moderator.reload();
  await expect(moderator.getByTestId('ended')).toHaveAttribute('data-reason', 'revoked');

  const newModerator = await openPage(browser, await linkPath(host, 'moderator'));
  await expect(newModerator.getByTestId('moderator-badge')).toBeVisible();

  // A mistyped key is not a replaced link: the hub's negotiate says `unauthorized`, and the page says so.
  const typo = await openPage(browser, `/console/${code}#key=not-a-key`);
  await expect(typo.getByTestId('ended')).toHaveAttribute('data-reason', 'invalid');
  await expect(typo.getByTestId('ended')).toContainText("This link's key is not valid");
});

test('the host replaces a leaked console link and keeps working; deleting the session ends the phone and the screen', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Annual Meeting 年会', { width: 1440, height: 900 });
  const leakedTab = await openPage(browser, new URL(host.url()).pathname + new URL(host.url()).hash);
  await expect(leakedTab.getByTestId('join-code')).toHaveText(code);
  const screen = await openPage(browser, (await host.getByTestId('screen-link').getAttribute('href'))!, { width: 1920, height: 1080 });
  const phone = await joinPhone(browser, code, 'Li');

  await host.getByTestId('console-links-tab').click();
  const before = host.url();
  await replaceLink(host, 'host');
  await expect.poll(() => host.url()).not.toBe(before);
  await expect(leakedTab.getByTestId('ended')).toHaveAttribute('data-reason', 'revoked');

  // The console carries on with its new key.
  await host.getByTestId('console-polls-tab').click();
  await createPoll(host, 'Which city next year?', ['Shanghai', 'Chengdu']);

  await host.getByTestId('console-links-tab').click();
  await host.getByTestId('delete-confirm-code').fill(code);
  await host.getByTestId('delete-session').click();
  await expect(host).toHaveURL(/\/$/);
  await expect(phone.getByTestId('ended')).toHaveAttribute('data-reason', 'deleted');
  await expect(screen.getByTestId('screen-message')).toHaveAttribute('data-reason', 'deleted');
  await phone.screenshot({ path: `${shots}/phone-deleted.png` });

  // The code is gone for good: joining it again is refused with a translated message.
  const late = await (await browser.newContext({ ...phoneDevice, locale: 'en-US' })).newPage();
  await late.goto(`/j/${code}`);
  await expect(late.getByRole('alert')).toBeVisible();
});
