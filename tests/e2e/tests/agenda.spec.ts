import { test, expect, type Browser, type Page } from '@playwright/test';
import { openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';

// Screenshots are for looking at, not for the repository.
const shots = process.env.AGENDA_SHOTS ?? '/tmp/shots-agenda';
mkdirSync(shots, { recursive: true });

async function addSegment(host: Page, title: string, speaker: string, start: string, minutes: number, notes = '') {
  await host.getByTestId('segment-title').fill(title);
  await host.getByTestId('segment-speaker').fill(speaker);
  await host.getByTestId('segment-start').fill(start);
  await host.getByTestId('segment-duration').fill(String(minutes));
  await host.getByTestId('segment-notes').fill(notes);
  await host.getByTestId('segment-save').click();
  await expect(host.getByTestId('agenda-row').filter({ hasText: title })).toBeVisible();
}

async function open(browser: Browser, url: string, width: number, height: number, locale: string) {
  const page = await (await screenContext(browser, { viewport: { width, height }, locale })).newPage();
  await page.goto(url);
  return page;
}

/** Seconds shown, from "12:34" or "−0:15". */
const seconds = (text: string) => {
  const [m, s] = text.replace('−', '').split(':').map(Number);
  return (text.startsWith('−') ? -1 : 1) * (m * 60 + s);
};

test('an agenda of three, Go live, the corner timer and the speaker monitor show the same second, pause stops both', async ({ browser }) => {
  test.setTimeout(120_000);
  const { host } = await openConsoleWithSession(browser, 'Dealer conference 2027', { width: 1440, height: 900 });
  await host.getByTestId('console-agenda-tab').click();
  await addSegment(host, 'Opening remarks', 'Wang Wei', '09:00', 10, 'Thank the dealers\nIntroduce the keynote');
  await addSegment(host, 'Product keynote', 'Lin Na', '09:05', 30, 'Demo the new model at 15 min');
  await addSegment(host, 'Last word', 'MC', '09:40', 1);
  await expect(host.getByTestId('agenda-row')).toHaveCount(3);
  await expect(host.getByTestId('overlap')).toHaveCount(2);

  await host.getByTestId('agenda-row').nth(1).getByTestId('go-live').click();
  await host.getByTestId('timer-on-screen').click();
  await expect(host.getByTestId('timer-on-screen')).toBeChecked();
  await host.getByTestId('timer-start').click();
  await expect(host.getByTestId('timer-pause')).toBeVisible();

  const screenUrl = (await host.getByTestId('speaker-link').getAttribute('href'))!.replace('/speaker', '');
  const speakerUrl = (await host.getByTestId('speaker-link').getAttribute('href'))!;
  const screen = await open(browser, screenUrl, 1920, 1080, 'en-US');
  const speaker = await open(browser, speakerUrl, 1920, 1080, 'en-US');
  const corner = screen.getByTestId('timer-corner-digits');
  const full = speaker.getByTestId('timer-full-digits');
  await expect(corner).toHaveText(/^\d+:\d\d$/);
  await expect(full).toHaveText(/^\d+:\d\d$/);
  await expect(speaker.getByTestId('speaker-title')).toHaveText('Product keynote');
  await expect(speaker.getByTestId('speaker-next')).toHaveText('Last word · MC');
  await expect(speaker.getByTestId('speaker-notes')).toHaveText('Demo the new model at 15 min');

  // The same moment on both: read them together, a few times over a couple of seconds of running.
  for (let i = 0; i < 3; i++) {
    const [a, b] = await Promise.all([corner.textContent(), full.textContent()]);
    expect(Math.abs(seconds(a!) - seconds(b!))).toBeLessThanOrEqual(1);
    expect(seconds(a!)).toBeLessThanOrEqual(30 * 60);
    await screen.waitForTimeout(700);
  }
  await expect(corner).not.toHaveText('30:00'); // it runs

  await host.getByTestId('timer-pause').click();
  await expect(screen.getByTestId('timer-corner')).toHaveAttribute('data-running', 'false');
  await expect(speaker.getByTestId('timer-full')).toHaveAttribute('data-running', 'false');
  const [pausedA, pausedB] = [await corner.textContent(), await full.textContent()];
  expect(pausedA).toBe(pausedB);
  await screen.waitForTimeout(1500);
  expect(await corner.textContent()).toBe(pausedA);
  expect(await full.textContent()).toBe(pausedB);

  await host.screenshot({ path: `${shots}/console-agenda-en-1440.png` });
  await screen.screenshot({ path: `${shots}/screen-corner-en-1920.png` });
  await speaker.screenshot({ path: `${shots}/speaker-en-1920.png` });
  await screen.setViewportSize({ width: 1280, height: 720 });
  await screen.screenshot({ path: `${shots}/screen-corner-en-1280.png` });

  // Red, then overtime: the one-minute segment, one minute taken away, running.
  await host.getByTestId('agenda-row').nth(2).getByTestId('go-live').click();
  await expect(speaker.getByTestId('speaker-title')).toHaveText('Last word');
  await expect(speaker.getByTestId('timer-full')).toHaveAttribute('data-phase', 'red');
  await speaker.screenshot({ path: `${shots}/speaker-red-en-1920.png` });
  await host.getByTestId('timer-minus').click();
  await host.getByTestId('timer-start').click();
  await expect(full).toHaveText(/^−0:0[2-9]$/, { timeout: 12_000 });
  await expect(screen.getByTestId('timer-corner')).toHaveAttribute('data-phase', 'overtime');
  await speaker.screenshot({ path: `${shots}/speaker-overtime-en-1920.png` });
  await screen.screenshot({ path: `${shots}/screen-corner-overtime-en-1280.png` });
  await host.screenshot({ path: `${shots}/console-agenda-overtime-en-1440.png` });

  // The same in Chinese: new contexts (a reloaded screen resumes from GetState).
  const hostZh = await open(browser, host.url(), 1440, 900, 'zh-CN');
  await hostZh.getByTestId('console-agenda-tab').click();
  await expect(hostZh.getByTestId('console-timer')).toHaveText(/^−/);
  await hostZh.screenshot({ path: `${shots}/console-agenda-zh-1440.png` });
  const screenZh = await open(browser, screenUrl, 1920, 1080, 'zh-CN');
  await expect(screenZh.getByTestId('timer-corner-digits')).toHaveText(/^−/);
  await screenZh.screenshot({ path: `${shots}/screen-corner-zh-1920.png` });
  await screenZh.setViewportSize({ width: 1280, height: 720 });
  await screenZh.screenshot({ path: `${shots}/screen-corner-zh-1280.png` });
  const speakerZh = await open(browser, speakerUrl, 1920, 1080, 'zh-CN');
  await expect(speakerZh.getByTestId('timer-full-digits')).toHaveText(/^−/);
  await speakerZh.screenshot({ path: `${shots}/speaker-overtime-zh-1920.png` });
  await host.getByTestId('timer-pause').click();
});
