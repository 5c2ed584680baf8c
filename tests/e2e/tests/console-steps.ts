import { expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * A big screen's browser context whose language is chosen by hand on the screen (as the corner switch does), so it
 * shows that language whatever the session's language is. Without a Chinese locale it follows the session.
 */
export async function screenContext(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  if (options.locale?.startsWith('zh')) await context.addInitScript(() => localStorage.setItem('live.lang', 'zh-CN'));
  return context;
}

/** Opens the console home in its own browser context, creates a session and returns the console page and join code. */
export async function openConsoleWithSession(browser: Browser, title: string, viewport = { width: 1280, height: 800 }) {
  const host = await (await browser.newContext({ viewport, locale: 'en-US' })).newPage();
  await host.goto('/');
  await host.getByTestId('session-title').fill(title);
  await host.getByTestId('create-session').click();
  await expect(host).toHaveURL(/\/console\/\d{6}/);
  const code = (await host.getByTestId('join-code').innerText()).replace(/\D/g, '');
  expect(code).toMatch(/^\d{6}$/);
  return { host, code };
}

/** Fills the console's new-poll form and submits it; returns the poll's card. */
export async function createPoll(host: Page, question: string, options: string[], multiple?: { max: number }) {
  await host.getByTestId('poll-question').fill(question);
  if (multiple) await host.getByTestId('poll-kind').selectOption('multiple');
  for (let i = 2; i < options.length; i++) await host.getByTestId('add-option').click();
  for (const [i, text] of options.entries()) await host.getByTestId(`poll-option-${i}`).fill(text);
  if (multiple) await host.getByTestId('poll-max').fill(String(multiple.max));
  await host.getByTestId('create-poll').click();
  const card = host.locator('[data-testid^="poll-p"]').last();
  await expect(card).toContainText(question);
  return card;
}

/** A quiz question from the console's quiz tab: kind, text, options (the right ones by index) and a time limit. */
export async function addQuizQuestion(host: Page, q: { kind?: 'single' | 'trueFalse'; text: string; options?: string[]; correct: number; seconds: number }) {
  await host.getByTestId(`quiz-kind-${q.kind ?? 'single'}`).click();
  await host.getByTestId('quiz-text').fill(q.text);
  for (const [i, text] of (q.options ?? []).entries()) await host.getByTestId(`quiz-option-${i}`).fill(text);
  await host.getByTestId(`quiz-correct-${q.correct}`).check();
  await host.getByTestId('quiz-time').fill(String(q.seconds));
  await host.getByTestId('quiz-save').click();
  await expect(host.getByTestId('quiz-question-row').filter({ hasText: q.text })).toBeVisible();
}

/** A phone's browser size. */
export const phoneSize = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** A phone that joins the session in the room under a nickname. */
export async function joinPhone(browser: Browser, code: string, name: string, locale: string) {
  const page = await (await browser.newContext({ ...phoneSize, locale })).newPage();
  await page.goto(`/j/${code}`);
  await page.getByTestId('nickname').fill(name);
  await page.getByTestId('join-onsite').click();
  await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
  return page;
}
