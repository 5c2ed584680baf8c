import { test, expect, type Browser, type Page } from '@playwright/test';
import { createPoll, openConsoleWithSession } from './console-steps';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

async function newPhone(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ ...phone, locale }); // own storage: a different device
  return context.newPage();
}

async function joinAndVote(browser: Browser, code: string, option: number, index: number): Promise<Page> {
  const page = await newPhone(browser);
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(`Guest ${index}`);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  await page.getByTestId(`vote-option-${option}`).click();
  await page.getByTestId('submit-vote').click();
  await expect(page.getByTestId('vote-received')).toBeVisible();
  return page;
}

test('host runs a poll, three phones vote, the big screen shows the exact tally', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Dealer Conference 2026', { width: 1440, height: 900 });
  const poll = await createPoll(host, 'Which new product do you prefer?', ['Model A', 'Model B', 'Model C']);
  await poll.getByTestId('open-poll').click();
  await expect(poll.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');
  await poll.getByTestId('show-on-screen').click();

  const screenHref = await host.getByTestId('screen-link').getAttribute('href');
  const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
  const screen = await screenContext.newPage();
  await screen.goto(screenHref!);
  await expect(screen.getByTestId('screen-question')).toHaveText('Which new product do you prefer?');

  const phones = [
    await joinAndVote(browser, code, 0, 1),
    await joinAndVote(browser, code, 1, 2),
    await joinAndVote(browser, code, 1, 3),
  ];

  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('screen-count-0')).toHaveText('1');
  await expect(screen.getByTestId('screen-count-1')).toHaveText('2');
  await expect(screen.getByTestId('screen-count-2')).toHaveText('0');
  await expect(host.getByTestId('console-voters')).toHaveText('3');
  await expect(host.getByTestId('console-count-1')).toHaveText('2');
  await expect(host.getByTestId('presence-onsite')).toHaveText('3');
  await expect(host.getByTestId('participation')).toContainText('100');

  // A reloaded phone still shows its ballot.
  await phones[0].reload();
  await expect(phones[0].getByTestId('vote-received')).toBeVisible();
  await expect(phones[0].getByTestId('vote-option-0')).toHaveAttribute('data-selected', 'true');
  await expect(phones[0].getByTestId('vote-option-1')).toHaveAttribute('data-selected', 'false');

  await screen.waitForTimeout(600); // let the bar animation settle for the picture
  await screen.screenshot({ path: `${shots}/screen-results.png` });
  await host.screenshot({ path: `${shots}/console.png`, fullPage: true });
  await phones[1].screenshot({ path: `${shots}/phone-voted.png` });

  // Closing keeps the final results on the big screen.
  await poll.getByTestId('close-poll').click();
  await expect(screen.getByTestId('screen-final')).toBeVisible();
  await expect(screen.getByTestId('screen-count-1')).toHaveText('2');

  // The console downloads the poll's results as a CSV file, and the file holds the tally the screen showed.
  const [download] = await Promise.all([host.waitForEvent('download'), poll.getByTestId('export-poll-results').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^poll-.+-results-${code}\\.csv$`));
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(csv).toEqual([
    '"option_id","option","count","percent"',
    '"0","Model A","1","33.3"',
    '"1","Model B","2","66.7"',
    '"2","Model C","0","0"',
  ]);

  // Back to the join screen: title, code and QR.
  await poll.getByTestId('hide-from-screen').click();
  await expect(screen.getByTestId('screen-join-code')).toContainText(code.slice(0, 3));
  await expect(screen.getByTestId('screen-qr')).toBeVisible();
  await expect(screen.getByTestId('screen-onsite')).toHaveText('3');
  await screen.screenshot({ path: `${shots}/screen-join.png` });
});

test('Chinese browsers get Chinese, and the language can be switched', async ({ browser, request }) => {
  const created = await (await request.post('/api/sessions', { data: { title: '2026 年度经销商大会' } })).json();
  const page = await newPhone(browser, 'zh-CN');
  await page.goto(`/j/${created.code}`);
  await expect(page.getByTestId('join-onsite')).toContainText('现场');
  await page.screenshot({ path: `${shots}/phone-join-zh.png` });
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('join-onsite')).not.toContainText('现场');
  await page.reload();
  await expect(page.getByTestId('join-onsite')).not.toContainText('现场'); // the choice is remembered

  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })).newPage();
  await screen.goto(created.screenUrl);
  await expect(screen.getByTestId('screen-title')).toHaveText('2026 年度经销商大会');
  await expect(screen.getByText('扫码参与互动')).toBeVisible();
  await screen.screenshot({ path: `${shots}/screen-join-zh.png` });
});

test('an unknown join code gets a translated error, not a blank page', async ({ browser }) => {
  const page = await newPhone(browser);
  await page.goto('/join');
  await page.getByTestId('join-code-input').fill('999999');
  await page.getByTestId('join-go').click();
  const error = page.getByTestId('error');
  await expect(error).toHaveAttribute('data-code', 'session_not_found');
  await expect(error).toContainText('No session has this code'); // the translated sentence, not the raw code
});

test('twelve long options fit on a 1280×720 projector without scrolling', async ({ browser }) => {
  const { host } = await openConsoleWithSession(browser, 'Product launch');
  const poll = await createPoll(host, 'Which of these twelve features should we build first for next year’s release?',
    Array.from({ length: 12 }, (_, i) => `Feature ${i + 1}: a fairly long description that will not fit on one line`));
  await poll.getByTestId('open-poll').click();
  await poll.getByTestId('show-on-screen').click();

  const href = await host.getByTestId('screen-link').getAttribute('href');
  const screen = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' })).newPage();
  await screen.goto(href!);
  await expect(screen.getByTestId('screen-count-11')).toBeVisible();
  // Nothing overlaps: question above the first bar, each bar above the next, the last above the footer.
  const bottom = async (testId: string) => { const b = (await screen.getByTestId(testId).boundingBox())!; return b.y + b.height; };
  const top = async (testId: string) => (await screen.getByTestId(testId).boundingBox())!.y;
  const rows = screen.locator('.bar-row');
  const rowBoxes = await Promise.all(Array.from({ length: 12 }, (_, i) => rows.nth(i).boundingBox()));
  expect(await bottom('screen-question')).toBeLessThanOrEqual(rowBoxes[0]!.y);
  for (let i = 1; i < 12; i++) expect(rowBoxes[i - 1]!.y + rowBoxes[i - 1]!.height).toBeLessThanOrEqual(rowBoxes[i]!.y + 0.5);
  expect(rowBoxes[11]!.y + rowBoxes[11]!.height).toBeLessThanOrEqual(await top('screen-voters'));
  expect(await bottom('screen-voters')).toBeLessThanOrEqual(720);
  await screen.screenshot({ path: `${shots}/screen-12-options-720p.png` });
});

test('multiple choice: a phone picks up to the maximum and every chosen option is counted', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Workshop');
  const poll = await createPoll(host, 'Which sessions will you attend?', ['Keynote', 'AI lab', 'Sales clinic'], { max: 2 });
  await poll.getByTestId('open-poll').click();

  const phone = await newPhone(browser);
  await phone.goto(`/j/${code}`);
  await phone.getByTestId('join-online').click();
  await expect(phone.getByText('Choose up to 2')).toBeVisible();
  await phone.getByTestId('vote-option-0').click();
  await phone.getByTestId('vote-option-2').click();
  await phone.getByTestId('vote-option-1').click(); // a third pick is ignored
  await expect(phone.getByTestId('vote-option-1')).toHaveAttribute('data-selected', 'false');
  await phone.getByTestId('submit-vote').click();
  await expect(phone.getByTestId('vote-received')).toBeVisible();

  await expect(host.getByTestId('console-voters')).toHaveText('1');
  await expect(host.getByTestId('console-count-0')).toHaveText('1');
  await expect(host.getByTestId('console-count-1')).toHaveText('0');
  await expect(host.getByTestId('console-count-2')).toHaveText('1');
  await expect(host.getByTestId('presence-online')).toHaveText('1');
});

test('a vote the server could not save shows Try again, and the retry is the same operation', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Launch evening');
  const poll = await createPoll(host, 'Which colour?', ['Red', 'Blue']);
  await poll.getByTestId('open-poll').click();
  await expect(poll.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');

  // The phone's hub traffic goes through the browser's WebSocket route: the first Vote is answered as a node answers
  // when it cannot make the vote durable (Redis down: HubException "unavailable"); everything else passes through.
  const page = await newPhone(browser, 'zh-CN');
  const votes: { opId: string; optionIds: number[] }[] = [];
  await page.routeWebSocket(/\/hubs\/live/, ws => {
    const server = ws.connectToServer();
    ws.onMessage(message => {
      const forward: string[] = [];
      for (const record of String(message).split('\u001e').filter(Boolean)) {
        const call = JSON.parse(record);
        if (call.type === 1 && call.target === 'Vote') {
          votes.push(call.arguments[0]);
          if (votes.length === 1) {
            ws.send(JSON.stringify({ type: 3, invocationId: call.invocationId,
              error: "An unexpected error occurred invoking 'Vote' on the server. HubException: unavailable" }) + '\u001e');
            continue;
          }
        }
        forward.push(record + '\u001e');
      }
      if (forward.length > 0) server.send(forward.join(''));
    });
  });
  await page.goto(`/j/${code}`);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  await page.getByTestId('vote-option-1').click();
  await page.getByTestId('submit-vote').click();

  await expect(page.getByTestId('error')).toHaveAttribute('data-code', 'unavailable');
  await expect(page.getByTestId('submit-vote')).toHaveText('重试');
  await expect(page.getByTestId('vote-received')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/phone-retry-zh.png` });

  await page.getByTestId('submit-vote').click();
  await expect(page.getByTestId('vote-received')).toBeVisible();
  await expect(page.getByTestId('error')).toHaveCount(0);
  expect(votes).toHaveLength(2);
  expect(votes[1].opId).toBe(votes[0].opId);
  await expect(host.getByTestId('console-voters')).toHaveText('1');
  await expect(host.getByTestId('console-count-1')).toHaveText('1');
});
