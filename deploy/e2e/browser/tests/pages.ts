// Helpers shared by the browser tests: signing in through the real Keycloak login page, screenshots.
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  type WebSocketRoute,
} from '@playwright/test';

const KEYCLOAK = process.env.HANDOFF_KEYCLOAK_URL ?? 'http://localhost:8180';

/** A token as the command-line client gets one (the realm's handoff-cli allows the password grant). */
export async function tokenOf(request: APIRequestContext, user: string): Promise<string> {
  const response = await request.post(`${KEYCLOAK}/realms/handoff/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'handoff-cli', username: user, password: user },
  });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { access_token: string }).access_token;
}

const SHOTS = `${process.env.E2E_TARGET_DIR ?? '../target'}/screenshots`;

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

/**
 * Stands between the console and its socket /ws/agent, to cut the connection (as a network failure would) and let
 * it come back: while cut, the console's reconnects reach nothing.
 */
export class AgentSocketSwitch {
  private readonly sockets: WebSocketRoute[] = [];
  private cutOff = false;

  async install(context: BrowserContext): Promise<void> {
    await context.routeWebSocket(/\/ws\/agent/, (ws) => {
      this.sockets.push(ws);
      if (!this.cutOff) ws.connectToServer();
    });
  }

  async cut(): Promise<void> {
    this.cutOff = true;
    await this.sockets.at(-1)?.close({ code: 4000, reason: 'cut by the test' });
  }

  async restore(): Promise<void> {
    this.cutOff = false;
    await this.sockets.at(-1)?.close({ code: 4000, reason: 'restored by the test' });
  }
}

/** A shown desktop notification, as the page created it. */
export interface ShownNotification {
  title: string;
  body: string;
}

/**
 * Lets a test hide the console's tab (headless pages are always visible) and records the desktop notifications the
 * page shows and the tones it plays, while the browser's own Notification and Web Audio still do the work.
 */
export class AlertProbe {
  async install(context: BrowserContext): Promise<void> {
    await context.grantPermissions(['notifications']);
    await context.addInitScript(() => {
      const probe = { hidden: false, shown: [] as { title: string; body: string }[], tones: 0 };
      Object.assign(window, { alertProbe: probe });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => probe.hidden });
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (probe.hidden ? 'hidden' : 'visible'),
      });
      const BrowserNotification = window.Notification;
      window.Notification = class extends BrowserNotification {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          probe.shown.push({ title, body: options?.body ?? '' });
        }
      };
      const createOscillator = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        const oscillator = createOscillator.call(this);
        const start = oscillator.start.bind(oscillator);
        oscillator.start = (when?: number) => {
          probe.tones++;
          start(when);
        };
        return oscillator;
      };
    });
  }

  async hide(page: Page): Promise<void> {
    await this.setHidden(page, true);
  }

  async show(page: Page): Promise<void> {
    await this.setHidden(page, false);
  }

  async shown(page: Page): Promise<ShownNotification[]> {
    return page.evaluate(() => (window as unknown as { alertProbe: { shown: ShownNotification[] } }).alertProbe.shown);
  }

  async tones(page: Page): Promise<number> {
    return page.evaluate(() => (window as unknown as { alertProbe: { tones: number } }).alertProbe.tones);
  }

  private async setHidden(page: Page, hidden: boolean): Promise<void> {
    await page.evaluate((h) => {
      (window as unknown as { alertProbe: { hidden: boolean } }).alertProbe.hidden = h;
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  }
}

/** Something a test sets up in a browser context before the console loads. */
interface ContextSetup {
  install(context: BrowserContext): Promise<void>;
}

/** Opens the console in a new browser context (its own cookies and tab storage) and signs in at Keycloak. */
export async function signIn(browser: Browser, user: string, password: string, setup?: ContextSetup): Promise<Page> {
  const context = await browser.newContext();
  await setup?.install(context);
  const page = await context.newPage();
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/realms\/handoff\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await expect(page).toHaveURL(/\/console\/(#.*)?$/);
  // The socket is up once the status switch is enabled (its welcome frame arrived).
  await expect(page.getByLabel('Status')).toBeEnabled();
  return page;
}

/** A visitor on a demo page, in a context of their own. */
export async function visitor(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Talk to a human' })).toBeVisible();
  return page;
}
