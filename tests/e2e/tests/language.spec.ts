import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// A Chinese event on an English projector PC: the big screen speaks the session's language, follows the console when
// the host switches it, and keeps a language switched by hand on the screen. Screenshots: .artifacts/screenshots/language-*.png.
const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

test('the big screen on an en-US browser shows the session language and follows the host switching it', async ({ browser }) => {
  // The host works in Chinese: the session is created in Chinese.
  const host = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
  await host.goto('/');
  await host.getByTestId('session-title').fill('2026 年度经销商大会');
  await host.getByTestId('create-session').click();
  await expect(host).toHaveURL(/\/console\/\d{6}/);
  const screenUrl = (await host.getByTestId('screen-link').getAttribute('href'))!;

  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' })).newPage();
  await screen.goto(screenUrl);
  await expect(screen.getByText('扫码参与互动')).toBeVisible();
  await expect(screen.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screen.screenshot({ path: `${shots}/language-screen-zh-on-en-browser.png` });

  // A second screen whose language was switched by hand keeps it.
  const pinned = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' })).newPage();
  await pinned.addInitScript(() => localStorage.setItem('live.lang', 'zh-CN'));
  await pinned.goto(screenUrl);
  await expect(pinned.getByText('扫码参与互动')).toBeVisible();

  // The host switches the session to English from the Links tab: the first screen follows live, without a reload.
  await host.getByTestId('console-links-tab').click();
  const select = host.getByTestId('screen-language-select');
  await expect(select).toHaveValue('zh-CN');
  await select.selectOption('en');
  await expect(select).toHaveValue('en');
  await expect(select).toBeEnabled();
  await host.getByTestId('screen-language').screenshot({ path: `${shots}/language-console-zh.png` });
  await expect(screen.getByText('Scan to join')).toBeVisible();
  await expect(screen.locator('html')).toHaveAttribute('lang', 'en');
  await expect(pinned.getByText('扫码参与互动')).toBeVisible();

  // A reloaded screen reads the language from the session again.
  await screen.reload();
  await expect(screen.getByText('Scan to join')).toBeVisible();
  await screen.screenshot({ path: `${shots}/language-screen-en.png` });
});
