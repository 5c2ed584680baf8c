import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createPoll, openConsoleWithSession } from './console-steps';

// Screenshots only when asked for (POLL_SHOTS=/tmp/poll-shots).
const shots = process.env.POLL_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const shot = async (page: Page, name: string) => { if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true }); };
const questions = (host: Page) => host.locator('[data-testid^="poll-p"] h3').allInnerTexts();

test('the host edits a draft, duplicates, reorders and deletes polls; a phone follows the order and loses the deleted one', async ({ browser }) => {
  const { host, code } = await openConsoleWithSession(browser, 'Dealer conference 经销商大会');
  await createPoll(host, 'Which product line? 哪条产品线？', ['Alpha', 'Beta']);
  await createPoll(host, 'Best regional team?', ['East', 'West', 'North']);

  // The second poll is still a draft: fix its question and drop an option.
  const second = host.getByTestId('poll-p2');
  await second.getByTestId('edit-poll').click();
  await second.getByTestId('poll-question').fill('Best regional team 2026?');
  await second.getByTestId('poll-option-2').fill('');
  await second.getByTestId('remove-option-2').click();
  await shot(host, 'console-edit-en');
  await second.getByTestId('save-poll').click();
  await expect(second.locator('h3')).toHaveText('Best regional team 2026?');
  await expect(second.getByTestId('poll-edit-form')).toHaveCount(0);

  // Duplicate the first: the copy is a draft right after it. Then move the regional poll to the top.
  await host.getByTestId('poll-p1').getByTestId('duplicate-poll').click();
  await expect(host.getByTestId('poll-p3')).toBeVisible();
  expect(await questions(host)).toEqual(['Which product line? 哪条产品线？', 'Which product line? 哪条产品线？', 'Best regional team 2026?']);
  await expect(host.getByTestId('poll-p3').getByTestId('poll-status')).toHaveAttribute('data-status', 'draft');
  await second.getByTestId('move-poll-up').click();
  await expect.poll(() => questions(host)).toEqual(['Which product line? 哪条产品线？', 'Best regional team 2026?', 'Which product line? 哪条产品线？']);
  await second.getByTestId('move-poll-up').click();
  await expect.poll(() => questions(host)).toEqual(['Best regional team 2026?', 'Which product line? 哪条产品线？', 'Which product line? 哪条产品线？']);
  await expect(second.getByTestId('move-poll-up')).toBeDisabled();

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })).newPage();
  await phone.goto(`/j/${code}`);
  await phone.getByTestId('join-onsite').click();
  for (const id of ['p2', 'p1']) await host.getByTestId(`poll-${id}`).getByTestId('open-poll').click();
  await expect(phone.locator('[data-testid^="attendee-poll-"]')).toHaveCount(2);
  // Phones put the host's latest poll on top: the reverse of the console's order.
  await expect(phone.locator('[data-testid^="attendee-poll-"]').first()).toContainText('Which product line?');
  await expect(phone.locator('[data-testid^="attendee-poll-"]').last()).toContainText('Best regional team 2026?');
  await expect(second.getByTestId('edit-poll')).toHaveCount(0); // open: no more editing

  // Delete the open product poll: asked first, then gone from the console and the phone.
  await host.getByTestId('poll-p1').getByTestId('delete-poll').click();
  await expect(host.getByRole('alertdialog')).toContainText('results stay in the export');
  await shot(host, 'console-delete-confirm-en');
  await host.getByTestId('confirm-delete-poll').click();
  await expect(host.getByTestId('poll-p1')).toHaveCount(0);
  await expect(phone.locator('[data-testid^="attendee-poll-"]')).toHaveCount(1);
  await expect(phone.getByTestId('attendee-poll-p1')).toHaveCount(0);
  await shot(phone, 'phone-after-delete-zh');
});
