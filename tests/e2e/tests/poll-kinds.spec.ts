import { test, expect, type Browser, type Page } from '@playwright/test';
import { openConsoleWithSession, screenContext } from './console-steps';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Rating, ranking and word cloud polls end to end: the host creates and opens each from the console, three phones
// answer, the big screen shows the exact results. Screenshots of every kind on phone, console and screen.
const shots = resolve(import.meta.dirname, '../../../.artifacts/screenshots/kinds-e2e');
mkdirSync(shots, { recursive: true });

const phoneDevice = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

interface KindDraft { question: string; kind: 'rating' | 'ranking' | 'wordcloud' | 'text'; options?: string[]; variant?: string; max?: number; upvotes?: boolean }

async function createKindPoll(host: Page, draft: KindDraft) {
  await host.getByTestId('poll-kind').selectOption(draft.kind);
  await host.getByTestId('poll-question').fill(draft.question);
  if (draft.variant) await host.getByTestId('poll-variant').selectOption(draft.variant);
  const options = draft.options ?? [];
  for (let i = 0; i < options.length; i++) {
    if (!(await host.getByTestId(`poll-option-${i}`).isVisible())) await host.getByTestId('add-option').click();
    await host.getByTestId(`poll-option-${i}`).fill(options[i]);
  }
  if (draft.max) await host.getByTestId('poll-max').fill(String(draft.max));
  if (draft.upvotes) await host.getByTestId('poll-allow-upvotes').check();
  await host.getByTestId('create-poll').click();
  const card = host.locator('[data-testid^="poll-p"]').last();
  await expect(card).toContainText(draft.question);
  await card.getByTestId('open-poll').click();
  await expect(card.getByTestId('poll-status')).toHaveAttribute('data-status', 'open');
  await card.getByTestId('show-on-screen').click();
  return card;
}

async function openScreen(browser: Browser, host: Page, viewport = { width: 1920, height: 1080 }, locale = 'en-US') {
  const href = await host.getByTestId('screen-link').getAttribute('href');
  const screen = await (await screenContext(browser, { viewport, locale })).newPage();
  await screen.goto(href!);
  return screen;
}

async function joinPhone(browser: Browser, code: string, index: number, locale = 'en-US', before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await browser.newContext({ ...phoneDevice, locale })).newPage();
  await before?.(page);
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(`Guest ${index}`);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  return page;
}

async function submit(phone: Page) {
  await phone.getByTestId('submit-vote').click();
  await expect(phone.getByTestId('vote-received')).toBeVisible();
}

test('rating: three phones rate two statements, the screen shows the means and the distribution', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Annual meeting 年会', { width: 1440, height: 900 });
  await createKindPoll(host, { question: 'Rate the keynote', kind: 'rating', options: ['Content', 'Service'] });
  const screen = await openScreen(browser, host);
  const ratings = [[5, 4], [4, 4], [3, 1]];
  const phones: Page[] = [];
  for (const [i, [content, service]] of ratings.entries()) {
    const phone = await joinPhone(browser, code, i);
    await phone.getByTestId(`rate-0-${content}`).click();
    await phone.getByTestId(`rate-1-${service}`).click();
    await submit(phone);
    phones.push(phone);
  }
  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('screen-mean-0')).toContainText('4');       // (5 + 4 + 3) / 3
  await expect(screen.getByTestId('screen-mean-1')).toContainText('3');       // (4 + 4 + 1) / 3
  await expect(host.getByTestId('console-voters')).toHaveText('3');
  await screen.waitForTimeout(600);
  await screen.screenshot({ path: `${shots}/screen-rating-1920.png` });
  await host.screenshot({ path: `${shots}/console-rating.png`, fullPage: true });
  await phones[0].screenshot({ path: `${shots}/phone-rating.png` });
});

test('NPS on a 1280×720 projector in Chinese shows the score', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, '经销商大会', { width: 1440, height: 900 });
  await createKindPoll(host, { question: '您有多大可能向朋友推荐我们？', kind: 'rating', variant: 'nps' });
  const screen = await openScreen(browser, host, { width: 1280, height: 720 }, 'zh-CN');
  // One promoter, one passive, one detractor: NPS 0.
  for (const [i, score] of [10, 8, 3].entries()) {
    const phone = await joinPhone(browser, code, i, 'zh-CN');
    await phone.getByTestId(`rate-0-${score}`).click();
    await submit(phone);
    if (i === 0) await phone.screenshot({ path: `${shots}/phone-nps-zh.png` });
  }
  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('screen-nps-0')).toHaveText('0');
  await screen.waitForTimeout(600);
  await screen.screenshot({ path: `${shots}/screen-nps-1280-zh.png` });
});

test('ranking: phones order by tapping, the screen sorts by mean points', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Product launch', { width: 1440, height: 900 });
  await createKindPoll(host, { question: 'Rank the product lines', kind: 'ranking', options: ['Cloud', 'Edge', 'Data'] });
  const screen = await openScreen(browser, host, { width: 1280, height: 720 });
  // Orders (best first) [Data, Cloud, Edge] twice and [Cloud, Edge, Data] once; first gets 3 points, last 1:
  // Data 3 + 3 + 1 = 7, Cloud 2 + 2 + 3 = 7, Edge 1 + 1 + 2 = 4, so Edge is third with 1.33 points per respondent.
  const orders = [[2, 0, 1], [2, 0, 1], [0, 1, 2]];
  for (const [i, order] of orders.entries()) {
    const phone = await joinPhone(browser, code, i);
    for (const id of order) await phone.getByTestId(`rank-option-${id}`).click();
    await submit(phone);
    if (i === 0) await phone.screenshot({ path: `${shots}/phone-ranking.png` });
  }
  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('screen-mean-1')).toHaveText('1.3');
  await expect(screen.getByTestId('screen-rank-1')).toHaveAttribute('data-place', '3');
  await screen.waitForTimeout(800);
  await screen.screenshot({ path: `${shots}/screen-ranking-1280.png` });
  await host.screenshot({ path: `${shots}/console-ranking.png`, fullPage: true });
});

test('word cloud: "AI", "ai" and "ＡＩ" are one word, and the host takes a word off the screen', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Summit 峰会', { width: 1440, height: 900 });
  const card = await createKindPoll(host, { question: 'One word for this year? 用一个词形容今年', kind: 'wordcloud', max: 2 });
  const screen = await openScreen(browser, host);
  const answers = [['AI', '创新'], ['ai', 'Growth'], ['ＡＩ', '创新']];
  for (const [i, words] of answers.entries()) {
    const phone = await joinPhone(browser, code, i);
    for (const [k, word] of words.entries()) await phone.getByTestId(`word-entry-${k}`).fill(word);
    await submit(phone);
    if (i === 0) await phone.screenshot({ path: `${shots}/phone-wordcloud.png` });
  }
  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('cloud-word-ai')).toHaveAttribute('data-count', '3');
  await expect(screen.getByTestId('cloud-word-创新')).toHaveAttribute('data-count', '2');
  await expect(card.getByTestId('console-count-ai')).toHaveText('3');
  await screen.waitForTimeout(1500);
  await screen.screenshot({ path: `${shots}/screen-wordcloud-1920.png` });

  await card.getByTestId('hide-word-growth').click();
  await expect(card.getByTestId('hidden-words')).toContainText('growth');
  await expect(screen.getByTestId('cloud-word-growth')).toHaveCount(0);
  await expect(screen.getByTestId('cloud-word-ai')).toBeVisible();
  await host.screenshot({ path: `${shots}/console-wordcloud.png`, fullPage: true });
});

test('open text: answers form a wall on the screen, the same answer once, and the host takes one off', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Dealer conference 经销商大会', { width: 1440, height: 900 });
  const card = await createKindPoll(host, { question: 'What should we change next year? 明年我们该改进什么？', kind: 'text' });
  const screen = await openScreen(browser, host, { width: 1280, height: 720 });
  const answers = ['More time for questions', '希望增加分组讨论环节，和其他经销商多交流', 'more time for questions'];
  for (const [i, text] of answers.entries()) {
    const phone = await joinPhone(browser, code, i);
    await phone.getByTestId('text-answer').fill(text);
    await submit(phone);
    if (i === 1) await phone.screenshot({ path: `${shots}/phone-text.png` });
  }
  await expect(screen.getByTestId('screen-voters')).toHaveText('3');
  await expect(screen.getByTestId('answer-wall')).toHaveAttribute('data-cards', '2');
  await expect(screen.locator('[data-testid^="wall-answer-"][data-count="2"]')).toContainText('More time for questions');
  await screen.waitForTimeout(700);
  await screen.screenshot({ path: `${shots}/screen-text-1280.png` });

  await card.locator('[data-testid^="hide-answer-"]').first().click();
  await expect(card.getByTestId('hidden-answers')).toBeVisible();
  await expect(screen.getByTestId('answer-wall')).toHaveAttribute('data-cards', '1');
  await host.screenshot({ path: `${shots}/console-text.png`, fullPage: true });
});

test('open text upvotes: phones upvote each other\'s answers, the host features one, the screen shows it large with its upvotes', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Dealer conference 经销商大会', { width: 1366, height: 768 });
  const card = await createKindPoll(host, { question: 'What should we change next year? 明年我们该改进什么？', kind: 'text', upvotes: true });
  await expect(card.getByTestId('allow-upvotes')).toBeChecked();
  const screen = await openScreen(browser, host);

  // The Chinese phone's hub traffic passes through here: while `stale`, the session and results pushes do not reach it,
  // as when its Wi-Fi stalls, so it still shows an answer the host has since taken off the wall.
  let stale = false;
  const staleable = async (page: Page) => page.routeWebSocket(/\/hubs\/live/, ws => {
    const server = ws.connectToServer();
    ws.onMessage(message => server.send(message));
    server.onMessage(message => {
      if (!stale || typeof message !== 'string') return ws.send(message);
      const kept = message.split('\x1e').filter(m => !/"target":"(session|results)"/i.test(m));
      if (kept.some(m => m !== '')) ws.send(kept.join('\x1e'));
    });
  });
  const phoneEn = await joinPhone(browser, code, 0);
  const phoneZh = await joinPhone(browser, code, 1, 'zh-CN', staleable);
  const third = await joinPhone(browser, code, 2);
  const texts = ['More time for questions', '希望增加分组讨论环节，和其他经销商多交流', 'Shorter keynotes'];
  for (const [phone, text] of [phoneEn, phoneZh, third].map((p, i) => [p, texts[i]] as const)) {
    await phone.getByTestId('text-answer').fill(text);
    await submit(phone);
  }

  // Phones see the wall although results are not shown to attendees: the poll takes upvotes.
  const rowOn = (page: Page, prefix: string, text: string) => page.locator(`[data-testid^="${prefix}-answer-"]`, { hasText: text });
  const zhRow = rowOn(phoneEn, 'attendee-count', '希望增加分组讨论');
  await expect(zhRow).toBeVisible();
  const key = (await zhRow.getAttribute('data-testid'))!.replace('attendee-count-answer-', '');
  const upvote = phoneEn.getByTestId(`upvote-answer-${key}`);
  await expect(upvote).toHaveAttribute('aria-pressed', 'false');
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');
  await expect(phoneEn.getByTestId(`attendee-count-upvotes-${key}`)).toHaveText('1');
  // Taken back and given again: the count follows, counted once.
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'false');
  await expect(phoneEn.getByTestId(`attendee-count-upvotes-${key}`)).toHaveText('0');
  await upvote.click();
  await expect(upvote).toHaveAttribute('aria-pressed', 'true');
  // After a reload the phone reads its upvotes again (GetMyAnswerUpvotes).
  await phoneEn.reload();
  await expect(phoneEn.getByTestId(`upvote-answer-${key}`)).toHaveAttribute('aria-pressed', 'true');
  await expect(phoneEn.getByTestId(`attendee-count-upvotes-${key}`)).toHaveText('1');
  await expect(phoneZh.getByTestId(`attendee-count-upvotes-${key}`)).toHaveText('1');

  // The console sees the upvote and features the answer; the screen shows it large with its count.
  await expect(card.getByTestId(`console-count-upvotes-${key}`)).toHaveText('▲ 1');
  await card.getByTestId(`feature-answer-${key}`).click();
  await expect(card.getByTestId(`console-count-answer-${key}`)).toHaveAttribute('data-featured', 'true');
  await expect(card.getByTestId(`feature-answer-${key}`)).toHaveText('Unfeature');
  const featured = screen.getByTestId('featured-answer');
  await expect(featured).toHaveAttribute('data-key', key);
  await expect(featured).toHaveAttribute('data-upvotes', '1');
  await expect(screen.getByTestId('featured-text')).toHaveText(texts[1]);
  await expect(screen.getByTestId('featured-upvotes')).toHaveText('▲ 1 upvote');
  await expect(screen.getByTestId('answer-wall')).toHaveAttribute('data-cards', '2');
  await expect(phoneZh.getByTestId(`attendee-count-answer-${key}`)).toHaveAttribute('data-featured', 'true');

  await screen.waitForTimeout(700);
  await screen.screenshot({ path: `${shots}/screen-text-featured-1920.png` });
  await host.screenshot({ path: `${shots}/console-text-featured-1366.png`, fullPage: true });
  await phoneEn.screenshot({ path: `${shots}/phone-text-upvotes-en.png`, fullPage: true });
  await phoneZh.screenshot({ path: `${shots}/phone-text-upvotes-zh.png`, fullPage: true });
  for (const [viewport, locale, name] of [
    [{ width: 1280, height: 720 }, 'en-US', 'screen-text-featured-1280.png'],
    [{ width: 1920, height: 1080 }, 'zh-CN', 'screen-text-featured-1920-zh.png'],
    [{ width: 1280, height: 720 }, 'zh-CN', 'screen-text-featured-1280-zh.png'],
  ] as const) {
    const other = await openScreen(browser, host, viewport, locale);
    await expect(other.getByTestId('featured-answer')).toHaveAttribute('data-upvotes', '1');
    await other.waitForTimeout(700);
    await other.screenshot({ path: `${shots}/${name}` });
    await other.context().close();
  }

  // A refusal, translated: the host takes an answer off the wall while the Chinese phone still shows it.
  const shorter = rowOn(phoneZh, 'attendee-count', texts[2]);
  const shorterKey = (await shorter.getAttribute('data-testid'))!.replace('attendee-count-answer-', '');
  stale = true;
  await card.getByTestId(`hide-answer-${shorterKey}`).click();
  await expect(screen.getByTestId(`wall-answer-${shorterKey}`)).toHaveCount(0);
  await phoneZh.getByTestId(`upvote-answer-${shorterKey}`).click();
  const refused = phoneZh.getByTestId('upvote-error').getByTestId('error');
  await expect(refused).toHaveAttribute('data-code', 'answer_hidden');
  await expect(refused).toHaveText('该回答已从大屏撤下。');
  await phoneZh.screenshot({ path: `${shots}/phone-text-refused-zh.png`, fullPage: true });
  stale = false;

  // A long answer (the 280 characters allowed, near enough), featured, is read whole on a 1280×720 projector and a 1920×1080 screen.
  const long = await joinPhone(browser, code, 3, 'zh-CN');
  const longText = '希望明年的大会能够安排更多的分组讨论和案例分享环节，让不同地区的经销商有机会面对面交流经验。'.repeat(6).slice(0, 280);
  await long.getByTestId('text-answer').fill(longText);
  await submit(long);
  const longRow = rowOn(long, 'attendee-count', longText.slice(0, 20));
  const longKey = (await longRow.getAttribute('data-testid'))!.replace('attendee-count-answer-', '');
  await card.getByTestId(`feature-answer-${longKey}`).click();
  await expect(screen.getByTestId('featured-answer')).toHaveAttribute('data-key', longKey);
  await screen.waitForTimeout(700);
  await screen.screenshot({ path: `${shots}/screen-text-featured-long-1920.png` });
  const small = await openScreen(browser, host, { width: 1280, height: 720 }, 'zh-CN');
  await expect(small.getByTestId('featured-answer')).toHaveAttribute('data-key', longKey);
  // Nothing of it is cut off: the text box is as tall as its content.
  const text = small.getByTestId('featured-text');
  expect(await text.evaluate(el => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await small.waitForTimeout(700);
  await small.screenshot({ path: `${shots}/screen-text-featured-long-1280-zh.png` });
  await long.screenshot({ path: `${shots}/phone-text-long-zh.png`, fullPage: true });
});
