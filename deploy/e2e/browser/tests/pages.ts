// Helpers shared by the browser tests: signing in through the real Keycloak login page, screenshots.
import { type Browser, type BrowserContext, expect, type Page, type WebSocketRoute } from '@playwright/test';

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

/** Opens the console in a new browser context (its own cookies and tab storage) and signs in at Keycloak. */
export async function signIn(browser: Browser, user: string, password: string, socket?: AgentSocketSwitch): Promise<Page> {
  const context = await browser.newContext();
  await socket?.install(context);
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
