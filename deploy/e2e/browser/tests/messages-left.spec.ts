// Issue 17, leave a message, in a real browser: the demo bot hands off to a team nobody serves (so nobody is
// accepting whoever is online), the tenant offers leaving a message after 5 s; the visitor gets the form, leaves a
// message and sees the confirmation; carol finds it in the console's "Messages left" and marks it handled.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { shot, signIn, tokenOf, visitor } from './pages';

test.describe.configure({ mode: 'serial' });

let carol: Page;
let carolToken: string;

test.beforeAll(async ({ browser, request }) => {
  carol = await signIn(browser, 'carol', 'carol');
  carolToken = await tokenOf(request, 'carol');
});

async function leaveMessageAfter(request: APIRequestContext, seconds: number): Promise<void> {
  const response = await request.put('/api/v1/routing/settings', {
    headers: { Authorization: `Bearer ${carolToken}` },
    data: { leaveMessageAfterSeconds: seconds },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
}

async function defaultTeam(team: string): Promise<void> {
  await carol.getByRole('link', { name: 'Bot settings' }).click();
  await carol.getByLabel('Default team').fill(team);
  await carol.getByRole('button', { name: 'Save settings' }).click();
  await expect(carol.locator('#toasts')).toContainText('saved');
}

test('a visitor nobody can take leaves a message after the wait, and carol marks it handled', async ({
  browser,
  request,
}) => {
  await leaveMessageAfter(request, 5);
  await defaultTeam('nights');
  try {
    const name = `Naledi ${Date.now() % 100_000}`;
    const note = `Please call me about order ${Date.now() % 100_000}`;
    const guest = await visitor(browser, '/demo/');
    await guest.getByLabel('Your name (optional)').fill(name);
    await guest.getByRole('button', { name: 'Talk to a human' }).click();
    await expect(guest.locator('.chat-status')).toContainText(/nobody|no one|offline/i);

    const form = guest.locator('form.leave-message');
    await expect(form).toBeVisible();
    await expect(form.getByLabel('Your name')).toHaveValue(name);
    await shot(guest, '30-visitor-offered-to-leave-a-message');
    await form.getByLabel('Your e-mail').fill('naledi@example.com');
    await form.getByLabel('Your message').fill(note);
    await form.getByRole('button', { name: 'Leave message' }).click();
    await expect(guest.locator('.chat-log')).toContainText('Your message has been passed on');
    await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();
    await expect(guest.locator('.stars')).toHaveCount(0); // nothing to rate
    await shot(guest, '31-visitor-message-left');

    await carol.getByRole('link', { name: 'Messages left' }).click();
    const item = carol.locator('article.message-left', { hasText: note });
    await expect(item).toContainText(name);
    await expect(item).toContainText('naledi@example.com');
    await expect(item).toContainText('team nights');
    await shot(carol, '32-carol-messages-left');
    await item.getByRole('button', { name: 'Mark as handled' }).click();
    await expect(carol.locator('#toasts')).toContainText('Marked as handled');
    await expect(carol.locator('article.message-left', { hasText: note })).toHaveCount(0); // not handled: gone
    await carol.getByLabel('Show').selectOption('handled');
    await expect(carol.locator('article.message-left', { hasText: note })).toContainText('Handled by Carol Carter');
  } finally {
    await defaultTeam('');
    await leaveMessageAfter(request, 120);
  }
});
