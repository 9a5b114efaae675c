// The console and the demo pages in a real browser against `./handoff up` (run by LocalStackIT): alice and
// bob sign in through Keycloak, a visitor asks the demo bot for a human, alice accepts (bob sees the request
// vanish), they chat both ways, alice sends a quick reply and completes the chat, the visitor rates it.
import { expect, type Page, test } from '@playwright/test';
import { AgentSocketSwitch, AlertProbe, shot, signIn, visitor } from './pages';

test.describe.configure({ mode: 'serial' });

let alice: Page;
let bob: Page;
const aliceSocket = new AgentSocketSwitch();

test.beforeAll(async ({ browser }) => {
  [alice, bob] = await Promise.all([signIn(browser, 'alice', 'alice', aliceSocket), signIn(browser, 'bob', 'bob')]);
});

test('a demo visitor is taken by alice from request to rating; bob sees the request vanish', async ({ browser }) => {
  const name = `Thandi ${Date.now() % 100_000}`;
  const guest = await visitor(browser, '/demo/');
  await guest.getByLabel('Your name (optional)').fill(name);
  await guest.getByRole('button', { name: 'Opening hours' }).click();
  await expect(guest.locator('.chat-log')).toContainText('08:00 to 20:00');
  await guest.getByRole('button', { name: 'Talk to a human' }).click();
  await expect(guest.locator('.chat-status')).toContainText(/in line/);
  await shot(guest, '01-visitor-waiting');

  const aliceRow = alice.locator('tr.pending-row', { hasText: name });
  const bobRow = bob.locator('tr.pending-row', { hasText: name });
  await expect(aliceRow).toBeVisible();
  await expect(bobRow).toBeVisible();
  // the bot by the display name after-up gave it, its id on hover
  await expect(aliceRow.locator('.bot')).toHaveText('Demo Shop Assistant');
  await expect(aliceRow.locator('.bot')).toHaveAttribute('title', 'demo-bot');
  await expect(aliceRow.locator('.preview')).toHaveText('Talk to a human');
  await expect(aliceRow.locator('.wait')).toHaveText(/^\d+:\d\d$/);
  await shot(alice, '02-alice-pending-requests');

  await aliceRow.getByRole('button', { name: 'Accept' }).click();
  await expect(bobRow).toHaveCount(0);
  await shot(bob, '03-bob-request-gone');

  await expect(alice.locator('.chat-title')).toHaveText(name);
  await expect(alice.locator('.messages')).toContainText('08:00 to 20:00'); // the bot conversation came along
  await expect(alice.locator('.visitor-info')).toContainText('demo page');
  await expect(guest.locator('.chat-title')).toHaveText('Chatting with Alice Archer');

  await guest.getByLabel('Message').fill('Hello, my order has not arrived');
  await guest.getByLabel('Message').press('Enter');
  await expect(alice.locator('.msg-visitor').last()).toContainText('Hello, my order has not arrived');

  await alice.getByLabel('Message').pressSequentially('Let me', { delay: 30 });
  await expect(guest.locator('.chat-typing')).toHaveText('Alice Archer is typing…');
  await alice.getByLabel('Message').fill('Let me check that for you.');
  await alice.getByLabel('Message').press('Enter');
  await expect(guest.locator('.line-agent').last()).toContainText('Let me check that for you.');

  await alice.getByRole('button', { name: 'Quick replies' }).click();
  await alice.getByRole('button', { name: /\/thanks/ }).click();
  await expect(guest.locator('.line-agent').last()).toContainText('Thank you for your patience');

  // the visitor reloads the page: the chat comes back from the server's feed, each entry once
  const lines = await guest.locator('.chat-log li').count();
  await guest.reload();
  await expect(guest.locator('.chat-title')).toHaveText('Chatting with Alice Archer');
  await expect(guest.locator('.line-agent').last()).toContainText('Thank you for your patience');
  await expect(guest.locator('.chat-log li')).toHaveCount(lines);

  // alice's connection drops; the visitor writes meanwhile; on reconnect the console resumes after the last
  // frame it applied: the message arrives once, nothing is lost or doubled
  await aliceSocket.cut();
  await expect(alice.locator('#banner')).toContainText('Connection lost');
  await shot(alice, '04-alice-connection-lost');
  await guest.getByLabel('Message').fill('Are you still there?');
  await guest.getByLabel('Message').press('Enter');
  await expect(guest.locator('.line-visitor').last()).not.toContainText('sending');
  await aliceSocket.restore();
  await expect(alice.locator('#banner')).toContainText('Reconnected');
  await expect(alice.locator('.msg-visitor').last()).toContainText('Are you still there?');

  const markup = '<img src=x onerror="document.title=\'owned\'"><b>not bold</b>';
  await guest.getByLabel('Message').fill(markup);
  await guest.getByLabel('Message').press('Enter');
  await expect(alice.locator('.msg-visitor').last()).toContainText(markup);
  await expect(alice.locator('.messages img, .messages b')).toHaveCount(0);
  const texts = await alice.locator('.msg-visitor .text').allTextContents();
  expect(texts.filter((t) => t === 'Hello, my order has not arrived')).toHaveLength(1);
  expect(texts.filter((t) => t === 'Are you still there?')).toHaveLength(1);
  await shot(alice, '05-alice-active-chat');
  await shot(guest, '06-visitor-live-chat');

  await alice.getByLabel('Subject').fill('Late order');
  await alice.getByLabel('Subject').press('Enter');
  await expect(alice.locator('.chat-item.selected')).toContainText('Late order');

  // a proposal to end shows the visitor the end button; Mark as complete still ends the chat at once
  await alice.getByRole('button', { name: 'Propose to end' }).click();
  await expect(guest.locator('button.confirm-end')).toBeVisible();
  await expect(alice.locator('.chat-actions')).toContainText('End proposed');
  await alice.getByRole('button', { name: 'Mark as complete' }).click();
  await alice.getByRole('dialog').getByRole('button', { name: 'Mark as complete' }).click();
  await expect(alice.locator('.chat-actions')).toContainText('Ended');
  await expect(guest.locator('.chat-log')).toContainText('The agent ended the chat. Thank you for contacting us.');
  await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();
  await shot(guest, '07-visitor-chat-ended');

  await guest.getByRole('button', { name: '5 of 5' }).click();
  await expect(guest.locator('.rating-result')).toHaveText('Thank you for your feedback!');
  await shot(guest, '08-visitor-rated');
});

test('a visitor of the Botlhale-compatible Socket.IO demo reaches alice, is sent back to the queue and taken again', async ({
  browser,
}) => {
  const guest = await visitor(browser, '/demo/socketio.html');
  await guest.getByLabel('Message').fill('I want a refund');
  await guest.getByLabel('Message').press('Enter');
  await expect(guest.locator('.chat-log')).toContainText('30 days');
  const order = Date.now() % 100_000;
  const ask = `Can I talk to a person about order ${order}?`;
  await guest.getByLabel('Message').fill(ask);
  await guest.getByLabel('Message').press('Enter');
  await expect(guest.locator('.chat-status')).toContainText(/in line|Waiting/);

  await alice.getByRole('link', { name: /Pending requests/ }).click();
  const request = alice.locator('tr.pending-row', { hasText: ask });
  await expect(request.locator('.visitor')).toHaveText('Anonymous');
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(guest.locator('.chat-title')).toHaveText('Chatting with Alice Archer');

  await alice.getByLabel('Message').fill('Hi! I can help with the refund.');
  await alice.getByLabel('Message').press('Enter');
  await expect(guest.locator('.line-agent').last()).toContainText('Hi! I can help with the refund.');
  await guest.getByLabel('Message').fill(`Order ${order}, thanks`);
  await guest.getByLabel('Message').press('Enter');
  await expect(alice.locator('.msg-visitor').last()).toContainText(`Order ${order}, thanks`);
  await shot(guest, '09-socketio-visitor-live-chat');

  // back to the queue: it leaves alice's chats, is pending again, and she takes it again
  await alice.getByRole('button', { name: 'Transfer…' }).click();
  await alice.getByRole('dialog').getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(alice.locator('.chat-item', { hasText: `Order ${order}` })).toHaveCount(0);
  await expect(guest.locator('.chat-log')).toContainText('You are back in the queue');
  await alice.getByRole('link', { name: /Pending requests/ }).click();
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(alice.locator('.msg-visitor').last()).toContainText(`Order ${order}, thanks`);
  await expect(guest.locator('.line-system').last()).toHaveText('Alice Archer joined the chat.');
  await expect(guest.locator('.line-system', { hasText: 'You are back in the queue' })).toHaveCount(1);

  // alice proposes to end; the visitor writes instead: the proposal is withdrawn, alice is told, the chat goes on
  await alice.getByRole('button', { name: 'Propose to end' }).click();
  await expect(alice.locator('.chat-actions')).toContainText('End proposed');
  await expect(guest.locator('button.confirm-end')).toBeVisible();
  await shot(guest, '09b-socketio-visitor-end-proposed');
  await guest.getByLabel('Message').fill('One more thing: can I keep the box?');
  await guest.getByLabel('Message').press('Enter');
  await expect(guest.locator('button.confirm-end')).toHaveCount(0);
  await expect(alice.locator('.end-proposal-note')).toContainText('wrote instead of ending');
  await expect(alice.getByRole('button', { name: 'Propose to end' })).toBeVisible();
  // proposed again, the visitor clicks the button: the chat ends as ended by the visitor
  await alice.getByRole('button', { name: 'Propose to end' }).click();
  await guest.locator('button.confirm-end').click();
  await expect(alice.locator('.chat-actions')).toContainText('Ended (ended by visitor)');
  await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();
});

test('bob, with the console in a hidden tab, hears and sees a new request and a message; the visitor ends the chat', async ({
  browser,
}) => {
  const probe = new AlertProbe();
  const bobAway = await signIn(browser, 'bob', 'bob', probe);
  // notifications were allowed on an earlier visit, so "Enable alerts" is not offered; any first click unmutes
  await expect(bobAway.getByRole('button', { name: 'Enable alerts' })).toBeHidden();
  await bobAway.getByRole('link', { name: /Pending requests/ }).click();
  await probe.hide(bobAway);

  const name = `Lerato ${Date.now() % 100_000}`;
  const guest = await visitor(browser, '/demo/');
  await guest.getByLabel('Your name (optional)').fill(name);
  await guest.getByRole('button', { name: 'Talk to a human' }).click();
  await expect
    .poll(() => probe.shown(bobAway))
    .toContainEqual({ title: 'New chat request', body: `${name}: Talk to a human` });
  expect(await probe.tones(bobAway)).toBe(2);

  // back at the console, bob takes the chat, then switches to another tab again
  await probe.show(bobAway);
  const request = bobAway.locator('tr.pending-row', { hasText: name });
  const waiting = (await waitingInTitle(bobAway)) - 1; // requests other tests left pending count too
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(guest.locator('.chat-title')).toHaveText('Chatting with Bob Baker');
  await expect(bobAway).toHaveTitle(titleWith(waiting));
  await probe.hide(bobAway);
  await guest.getByLabel('Message').fill('Is anyone there?');
  await guest.getByLabel('Message').press('Enter');
  await expect
    .poll(() => probe.shown(bobAway))
    .toContainEqual({ title: `Message from ${name}`, body: 'Is anyone there?' });
  expect(await probe.tones(bobAway)).toBe(4);
  await expect(bobAway).toHaveTitle(titleWith(waiting + 1));
  await probe.show(bobAway); // the open chat is read once the tab is seen
  await expect(bobAway).toHaveTitle(titleWith(waiting));

  // the visitor leaves: bob's chat is marked ended, the visitor gets the bot's end message and can rate
  await guest.getByRole('button', { name: 'End chat' }).click();
  await expect(guest.locator('.chat-log')).toContainText('The agent ended the chat. Thank you for contacting us.');
  await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();
  await expect(bobAway.locator('.chat-actions')).toContainText('Ended (ended by visitor)');
  await expect(bobAway.getByLabel('Message')).toBeHidden(); // nothing more can be sent
  await shot(bobAway, '13-bob-chat-ended-by-visitor');
  await guest.getByRole('button', { name: '4 of 5' }).click();
  await expect(guest.locator('.rating-result')).toHaveText('Thank you for your feedback!');
});

test('carol, a supervisor, goes away and back, picks a language, closes the bot for a holiday (the demo page shows the offline message) and opens it again', async ({
  browser,
}) => {
  const carol = await signIn(browser, 'carol', 'carol');
  // her presence and reading language, as any agent sets them
  await carol.getByLabel('Status').selectOption('AWAY');
  await expect(carol.getByLabel('Status')).toHaveAttribute('data-status', 'AWAY');
  await carol.getByLabel('Translate conversations to').selectOption('fr');
  await expect(carol.locator('#toasts')).toContainText('Chats are translated to French.');
  await carol.getByLabel('Translate conversations to').selectOption('');
  await expect(carol.locator('#toasts')).toContainText('Translation off.');
  await carol.getByLabel('Status').selectOption('ONLINE');
  await expect(carol.getByLabel('Status')).toHaveAttribute('data-status', 'ONLINE');

  await carol.getByRole('link', { name: 'Bot settings' }).click();
  await expect(carol.locator('.availability')).toHaveText('Open now: visitors can talk to a human.');
  await expect(carol.getByLabel('End button label')).toHaveValue('Back to the bot');

  const hours = carol.getByLabel('Only during business hours (otherwise around the clock)');
  await hours.check();
  await carol.getByLabel('Time zone').selectOption('UTC');
  await carol.getByRole('button', { name: 'Add holiday' }).click();
  await carol.getByLabel('Date').fill(new Date().toISOString().slice(0, 10));
  await carol.getByLabel('Holiday name').fill('Test holiday');
  await carol.getByRole('button', { name: 'Save settings' }).click();
  await expect(carol.locator('.availability')).toHaveText(/^Closed now \(holiday\); opens .* at \d\d:00\.$/);
  await shot(carol, '10-carol-bot-settings');

  try {
    const guest = await (await browser.newContext()).newPage();
    await guest.goto('/demo/');
    await expect(guest.locator('.chat-log')).toContainText('Our team is offline right now.');
    await expect(guest.locator('.chat-log')).toContainText('We are back');
    await expect(guest.getByRole('button', { name: 'Talk to a human' })).toHaveCount(0);
    await guest.getByLabel('Message').fill('I need a human');
    await guest.getByLabel('Message').press('Enter');
    await expect(guest.locator('.line-bot').last()).toContainText('Our team is offline right now.');
    await shot(guest, '11-visitor-offline');
  } finally {
    await hours.uncheck();
    await carol.getByRole('button', { name: 'Save settings' }).click();
    await expect(carol.locator('.availability')).toHaveText('Open now: visitors can talk to a human.');
  }

  await carol.getByRole('link', { name: 'Routing' }).click();
  await expect(carol.getByLabel('Strategy')).toHaveValue('MANUAL');
  await shot(carol, '12-carol-routing');
});

test('bob turns desktop alerts for new requests off and his hidden console keeps quiet about one, not about a message; carol sees who is mailed', async ({
  browser,
}) => {
  await bob.getByRole('link', { name: 'My notifications' }).click();
  await expect(bob.locator('.my-notifications')).toContainText('Mail goes to bob@demo.example.');
  const desktop = bob.locator('fieldset', { hasText: 'Desktop notifications' });
  await desktop.getByLabel('New requests', { exact: true }).uncheck();
  await bob.getByRole('button', { name: 'Save my notifications' }).click();
  await expect(bob.locator('#toasts')).toContainText('Your notifications are saved.');
  await shot(bob, '14-bob-my-notifications');
  try {
    const probe = new AlertProbe();
    const bobAway = await signIn(browser, 'bob', 'bob', probe); // reads the saved switches as it starts
    await bobAway.getByRole('link', { name: /Pending requests/ }).click();
    await probe.hide(bobAway);
    const name = `Sipho ${Date.now() % 100_000}`;
    const guest = await visitor(browser, '/demo/');
    await guest.getByLabel('Your name (optional)').fill(name);
    await guest.getByRole('button', { name: 'Talk to a human' }).click();
    const request = bobAway.locator('tr.pending-row', { hasText: name });
    await expect(request).toHaveCount(1); // the request reached the hidden console...
    expect(await probe.shown(bobAway)).toEqual([]); // ...silently
    expect(await probe.tones(bobAway)).toBe(0);

    await probe.show(bobAway);
    await request.getByRole('button', { name: 'Accept' }).click();
    await expect(guest.locator('.chat-title')).toHaveText('Chatting with Bob Baker');
    await probe.hide(bobAway);
    await guest.getByLabel('Message').fill('Hello Bob');
    await guest.getByLabel('Message').press('Enter');
    await expect.poll(() => probe.shown(bobAway)).toContainEqual({ title: `Message from ${name}`, body: 'Hello Bob' });
    await guest.getByRole('button', { name: 'End chat' }).click();
    await expect(guest.getByRole('button', { name: 'Back to the bot' })).toBeVisible();
  } finally {
    await desktop.getByLabel('New requests', { exact: true }).check();
    await bob.getByRole('button', { name: 'Save my notifications' }).click();
    await expect(bob.locator('#toasts')).toContainText('Your notifications are saved.');
  }

  const carol = await signIn(browser, 'carol', 'carol');
  await carol.getByRole('link', { name: 'Notification mail' }).click();
  await expect(carol.getByLabel('Recipients')).toHaveValue(/carol@demo\.example/);
  await expect(carol.getByLabel('Still waiting after')).toHaveValue('5');
  await expect(carol.locator('.mailable-agents')).toContainText('bob@demo.example');
  await expect(carol.locator('.notification-log')).toContainText('No mail failed.');
  await shot(carol, '15-carol-notification-mail');
});

/** The count of pending requests and unread messages the console shows in its title. */
async function waitingInTitle(page: Page): Promise<number> {
  const title = await page.title();
  return Number(/^\((\d+)\) /.exec(title)?.[1] ?? 0);
}

function titleWith(waiting: number): string {
  return waiting > 0 ? `(${waiting}) Live chats` : 'Live chats';
}
