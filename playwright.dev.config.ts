import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';
import { DEV_CONTENT, DEV_PORT } from './tests/e2e-dev/dev-content.ts';

/**
 * The development server (`astro dev`) in a real Chromium: content errors shown in the browser, Draft and
 * Scheduled markers. It runs on a copy of content/ (tests edit files) and its own port (E2E_DEV_PORT).
 */
export default defineConfig({
  testDir: 'tests/e2e-dev',
  workers: 1,
  // One retry: on a fresh clone Vite's dependency optimiser may reload the first page it serves, which aborts a
  // navigation under way (net::ERR_ABORTED, seen once in four CI runs on a loaded machine). A real failure fails
  // twice.
  retries: 1,
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  use: { baseURL: `http://localhost:${DEV_PORT}` },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  webServer: {
    command: `rm -rf "${DEV_CONTENT}" && mkdir -p "${DEV_CONTENT}" && cp -R content/. "${DEV_CONTENT}" && DATELINE_CONTENT_DIR="${DEV_CONTENT}" npm run -s dev -- --ignore-lock --port ${DEV_PORT} --host 127.0.0.1`,
    url: `http://localhost:${DEV_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
