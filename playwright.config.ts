import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/browser.ts';

// E2E_PORT lets several checkouts run their suites side by side without sharing a preview server.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

/** End-to-end tests drive a real Chromium against the built `dist/`, served once by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    javaScriptEnabled: true,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /build-parts\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...chromiumLaunchOptions(), args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] },
      },
    },
    {
      // Builds of one checkout must not overlap (they share its `.astro/`: LocalImageUsedWrongly), so the build
      // parts run after every other spec, build.spec.ts's builds included.
      name: 'build-parts',
      testMatch: /build-parts\.spec\.ts/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `npm run -s preview -- --port ${PORT} --host 127.0.0.1`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
