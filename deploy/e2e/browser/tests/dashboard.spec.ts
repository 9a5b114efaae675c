// Issue 19's "done when": the analyst dave signs in and lands on the Analytics dashboard, whose numbers equal what
// analytics-service answers for the same period; a visitor's request made here shows up in both. The agent alice
// sees no Analytics tab and gets 403 from the API.
import { type Browser, expect, type Page, test } from '@playwright/test';
import { shot, tokenOf, visitor } from './pages';

/** The console's default period: the last 30 days, today included, in the browser's zone (UTC here). */
function last30DaysUtc(): string {
  const tomorrow = new Date();
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const from = new Date(tomorrow);
  from.setUTCDate(from.getUTCDate() - 30);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `from=${day(from)}&to=${day(tomorrow)}&zone=UTC&bucket=day`;
}

async function signInAs(browser: Browser, user: string): Promise<Page> {
  const page = await (await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' })).newPage();
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/realms\/handoff\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await page.locator('#kc-login').click();
  return page;
}

const number = (text: string | null) => Number((text ?? '').replace(/,/g, ''));

test('dave lands on the dashboard and its numbers equal the API’s, a new request included', async ({
  browser,
  request,
}) => {
  const token = await tokenOf(request, 'dave');
  const api = async (path: string) => {
    const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
    return response.json();
  };
  const period = last30DaysUtc();
  const before = (await api(`/api/v1/analytics/metrics?${period}`)).totals.requests as number;

  const guest = await visitor(browser, '/demo/');
  await guest.getByLabel('Your name (optional)').fill(`Dashboard ${Date.now() % 100_000}`);
  await guest.getByRole('button', { name: 'Talk to a human' }).click();
  await expect(guest.locator('.chat-status')).toContainText(/in line/);

  const dave = await signInAs(browser, 'dave');
  await expect(dave).toHaveURL(/\/console\/#analytics$/);
  await expect(dave.locator('#tabs a')).toHaveText(['Analytics']);

  // The rollups follow the events within seconds: reload until the API counts the request, then the screen must
  // show exactly what the API answers for the same period.
  await expect(async () => {
    await dave.reload();
    const report = await api(`/api/v1/analytics/metrics?${period}`);
    expect(report.totals.requests).toBeGreaterThan(before);
    const card = (id: string) => dave.locator(`[data-card="${id}"] .card-value`);
    await expect(card('requests')).toHaveText(/\d/, { timeout: 10_000 });
    expect(number(await card('requests').textContent())).toBe(report.totals.requests);
    expect(number(await card('accepted').textContent())).toBe(report.totals.accepted);
    expect(number(await card('abandoned').textContent())).toBe(report.totals.abandoned.total);
    expect(number(await card('refused').textContent())).toBe(report.totals.refusedOutsideHours);
    expect(number(await card('transfers').textContent())).toBe(report.totals.transfers);
    const csat = report.totals.csat.average as number | null;
    expect(await card('csat').textContent()).toBe(csat === null ? '–' : csat.toFixed(1));
    const breakdown = await api(`/api/v1/analytics/breakdown/agent?${period}`);
    const rows = dave.locator('[data-table="breakdown"] tbody tr');
    expect(await rows.count()).toBe(breakdown.rows.length);
    for (const [i, row] of (breakdown.rows as { label: string; metrics: { requests: number } }[]).entries()) {
      await expect(rows.nth(i).locator('th')).toHaveText(row.label);
      expect(number(await rows.nth(i).locator('td').first().textContent())).toBe(row.metrics.requests);
    }
  }).toPass({ timeout: 60_000 });
  await expect(dave.locator('canvas[aria-label="Requests per bucket"]')).toBeVisible();
  await expect(dave.locator('#toasts')).toBeEmpty(); // no agent API was asked on his behalf
  await shot(dave, '20-dave-dashboard');

  // The conversations behind the figures, newest first: the list's first page equals the API's.
  await dave.getByRole('link', { name: 'All conversations of the period' }).click();
  const list = await api(`/api/v1/analytics/conversations?${period.replace('&bucket=day', '')}&limit=50`);
  const shown = dave.locator('[data-table="conversations"] tbody tr[data-conversation]');
  await expect(shown).toHaveCount(list.items.length);
  await expect(shown.first()).toHaveAttribute('data-conversation', list.items[0].conversationId);
  await shot(dave, '21-dave-conversations');

  await shown.first().locator('a').click();
  await expect(dave.locator('[data-fact="Bot"]')).toHaveText(list.items[0].botId);
  await shot(dave, '22-dave-transcript');
});

test('alice, an agent, has no Analytics tab, is sent back from its address, and the API says 403', async ({
  browser,
  request,
}) => {
  const alice = await signInAs(browser, 'alice');
  await expect(alice.getByLabel('Status')).toBeEnabled();
  await expect(alice.locator('#tabs')).not.toContainText('Analytics');
  await alice.goto('/console/#analytics');
  await expect(alice).toHaveURL(/#pending$/);
  const token = await tokenOf(request, 'alice');
  const response = await request.get('/api/v1/analytics/metrics', { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(403);
});
