// Issue 17 in a real browser with two agents and a supervisor: an offer shown as a dialog with its countdown, declined
// by one agent and accepted by the other; carol's Supervision page showing the queue and the agents' load change
// live, the chat opened read-only and then taken over; the Teams page; the bot's default team saved and shown.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { shot, signIn, tokenOf, visitor } from './pages';

test.describe.configure({ mode: 'serial' });

const OFFER = { name: 'Chat offered to you' } as const;
const AGENTS = [
  { user: 'alice', name: 'Alice Archer' },
  { user: 'bob', name: 'Bob Baker' },
];

let carol: Page;
let carolToken: string;

test.beforeAll(async ({ browser, request }) => {
  carol = await signIn(browser, 'carol', 'carol');
  carolToken = await tokenOf(request, 'carol');
});

async function put(request: APIRequestContext, path: string, body: object): Promise<void> {
  const response = await request.put(path, { headers: { Authorization: `Bearer ${carolToken}` }, data: body });
  expect(response.ok(), await response.text()).toBeTruthy();
}

async function post(request: APIRequestContext, path: string): Promise<void> {
  const response = await request.post(path, { headers: { Authorization: `Bearer ${carolToken}` } });
  expect(response.ok(), await response.text()).toBeTruthy();
}

/**
 * Requests other tests left waiting would be offered first once offers are on: carol takes each over and completes
 * it, so the queue is empty and the only offer is this test's.
 */
async function emptyTheQueue(request: APIRequestContext): Promise<void> {
  const queue = await request.get('/api/v1/queue', { headers: { Authorization: `Bearer ${carolToken}` } });
  expect(queue.ok()).toBeTruthy();
  for (const { conversationId } of (await queue.json()) as { conversationId: string }[]) {
    await post(request, `/api/v1/queue/${encodeURIComponent(conversationId)}/take-over`);
    await post(request, `/api/v1/agent/chats/${encodeURIComponent(conversationId)}/complete`);
  }
}

/** The agent (index into AGENTS) whose console shows the offer dialog, once one does. */
async function offeredTo(pages: Page[]): Promise<number> {
  let shown = -1;
  await expect
    .poll(async () => {
      const visible = await Promise.all(pages.map((p) => p.getByRole('dialog', OFFER).isVisible()));
      shown = visible.indexOf(true);
      return visible.filter(Boolean).length;
    })
    .toBe(1);
  return shown;
}

test('an offer declined by one agent goes to the other; carol sees it live, watches the chat and takes it over', async ({
  browser,
  request,
}) => {
  const agents = await Promise.all(AGENTS.map((a) => signIn(browser, a.user, a.user)));
  await emptyTheQueue(request);
  // carol is an agent too: without room she is offered nothing, so the offer goes to alice or bob
  await put(request, '/api/v1/routing/capacity/agents/carol', { maxChats: 0 });
  await put(request, '/api/v1/routing/settings', { strategy: 'AUTO_WITH_OFFER', offerTimeoutSeconds: 120 });
  try {
    await carol.getByRole('link', { name: 'Supervision' }).click();
    // an agent's online row, by name (ids are Keycloak's subjects; a stack that kept its data may list an older one)
    const agentRow = (name: string) =>
      carol.locator('.sv-agents-table tr', { hasText: name }).filter({ has: carol.locator('td.presence-online') });
    const load = (name: string) => agentRow(name).locator('.load');
    for (const a of AGENTS) await expect(agentRow(a.name)).toHaveCount(1);

    const name = `Naledi ${Date.now() % 100_000}`;
    const guest = await visitor(browser, '/demo/');
    await guest.getByLabel('Your name (optional)').fill(name);
    await guest.getByRole('button', { name: 'Talk to a human' }).click();
    const queued = carol.locator('.sv-queue-table tr', { hasText: name });
    await expect(queued).toBeVisible();

    const first = await offeredTo(agents);
    const [decliner, taker] = [first, 1 - first];
    const dialog = agents[decliner].getByRole('dialog', OFFER);
    await expect(dialog).toContainText(name);
    await expect(dialog.getByRole('timer')).toHaveText(/^\d+ s left to answer$/);
    await expect(queued).toContainText(AGENTS[decliner].name);
    await shot(agents[decliner], '16-offer-dialog');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await expect(dialog).toBeHidden();

    const second = agents[taker].getByRole('dialog', OFFER);
    await expect(second).toContainText(name);
    await expect(queued).toContainText(AGENTS[taker].name);
    await expect(agents[decliner].getByRole('dialog', OFFER)).toBeHidden();
    // earlier tests may have left the agent holding chats: the load is read, then must grow by this one
    const held = Number((await load(AGENTS[taker].name).textContent())?.split(' / ')[0]);
    await second.getByRole('button', { name: 'Accept' }).click();
    await expect(agents[taker].locator('.chat-title')).toHaveText(name);

    // carol's page follows without a reload: the queue empties, the load grows, the chat is listed
    await expect(queued).toHaveCount(0);
    await expect(load(AGENTS[taker].name)).toHaveText(new RegExp(`^${held + 1} / \\d+$`));
    const chat = carol.locator('.sv-chats-table tr', { hasText: name });
    await expect(chat.locator('.holder')).toHaveText(AGENTS[taker].name);
    await shot(carol, '17-carol-supervision');

    // read-only: the messages arrive live, there is nothing to write with
    await chat.getByRole('button', { name: 'Open read-only' }).click();
    const pane = carol.locator('.watch-pane');
    await expect(pane.locator('.chat-title')).toHaveText(`${name} with ${AGENTS[taker].name}`);
    await guest.getByLabel('Message').fill('Is anyone watching?');
    await guest.getByLabel('Message').press('Enter');
    await expect(pane.locator('.messages')).toContainText('Is anyone watching?');
    await agents[taker].getByLabel('Message').fill('Let me look into it.');
    await agents[taker].getByLabel('Message').press('Enter');
    await expect(pane.locator('.messages')).toContainText('Let me look into it.');
    await expect(pane.locator('textarea')).toHaveCount(0);
    await shot(carol, '18-carol-read-only');

    // take-over: carol becomes the chat's agent; the agent and the visitor are told
    await put(request, '/api/v1/routing/capacity/agents/carol', { maxChats: null });
    await pane.getByRole('button', { name: 'Take over' }).click();
    await expect(carol.locator('.chat-title')).toHaveText(name);
    await expect(guest.locator('.chat-title')).toHaveText('Chatting with Carol Carter');
    await expect(agents[taker].locator('#toasts')).toContainText(`${name} is no longer yours (transferred).`);
    await carol.getByLabel('Message').fill('Carol here, I will finish this.');
    await carol.getByLabel('Message').press('Enter');
    await expect(guest.locator('.line-agent').last()).toContainText('Carol here, I will finish this.');
    await carol.getByRole('button', { name: 'Mark as complete' }).click();
    await carol.getByRole('dialog').getByRole('button', { name: 'Mark as complete' }).click();
    await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();

    await carol.getByRole('link', { name: 'Supervision' }).click();
    await expect(load(AGENTS[taker].name)).toHaveText(new RegExp(`^${held} / \\d+$`));
    await expect(carol.locator('.sv-chats-table tr', { hasText: name })).toHaveCount(0);
  } finally {
    await put(request, '/api/v1/routing/settings', { strategy: 'MANUAL', offerTimeoutSeconds: 30 });
    await put(request, '/api/v1/routing/capacity/agents/carol', { maxChats: null });
  }
});

test('the Teams page shows both demo teams with their members', async () => {
  await carol.getByRole('link', { name: 'Teams' }).click();
  await expect(carol.locator('.team[data-team="billing"]')).toContainText('Alice Archer');
  await expect(carol.locator('.team[data-team="billing"]')).toContainText('Carol Carter');
  await expect(carol.locator('.team[data-team="support"]')).toContainText('Bob Baker');
  await expect(
    carol.locator('.team[data-team="support"] li', { hasText: 'Carol Carter' }).locator('.presence'),
  ).toHaveText('Online');
  await shot(carol, '19-carol-teams');
});

test('the bot’s default team is saved and shown again', async () => {
  await carol.getByRole('link', { name: 'Bot settings' }).click();
  const team = carol.getByLabel('Default team');
  await expect(team).toHaveValue('');
  try {
    await team.fill('support');
    await carol.getByRole('button', { name: 'Save settings' }).click();
    await expect(carol.locator('#toasts')).toContainText('saved');
    await carol.getByRole('link', { name: 'Teams' }).click();
    await carol.getByRole('link', { name: 'Bot settings' }).click(); // read from the server again
    await expect(carol.getByLabel('Default team')).toHaveValue('support');
  } finally {
    await carol.getByLabel('Default team').fill('');
    await carol.getByRole('button', { name: 'Save settings' }).click();
    await expect(carol.getByLabel('Default team')).toHaveValue('');
  }
});
