import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install chromium), never a downloaded browser: `npx playwright install` is not
// needed and not used. Playwright gives every launch a fresh, empty profile (--user-data-dir) itself.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TARGET = process.env.E2E_TARGET_DIR ?? '../target';

export default defineConfig({
  testDir: 'tests',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  outputDir: `${TARGET}/playwright`,
  reporter: [['list'], ['junit', { outputFile: `${TARGET}/e2e-logs/browser-tests.xml` }]],
  use: {
    baseURL: process.env.HANDOFF_GATEWAY_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 20_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
