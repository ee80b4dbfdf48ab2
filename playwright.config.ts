import { defineConfig } from '@playwright/test';

/**
 * Browser tests run in the system Chromium (Debian package "chromium");
 * set CHROMIUM_PATH to use another binary. Playwright never downloads a
 * browser here.
 *
 * Two built sites are served: the real one (dist/) and a synthetic one
 * generated outside content/ (tests/.output/) that exercises what the real
 * content does not have yet: many experts, downloads, .mdx pages.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Several checkouts on one machine can test side by side on other ports (WISSENSNETZ_TEST_PORT).
const SITE_PORT = Number(process.env.WISSENSNETZ_TEST_PORT ?? 4321);
const SYNTHETIC_PORT = SITE_PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores on the project's machines; one browser per core.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromium },
    locale: 'de-DE',
    // Off: recording a trace for every test is a large share of the browser tests' time on two
    // cores (README, "Tests"). To debug a failure, rerun it with `npx playwright test <file> --trace on`.
    trace: 'off',
  },
  projects: [
    { name: 'site', testDir: 'tests/e2e/site', use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'synthetic', testDir: 'tests/e2e/synthetic', use: { baseURL: `http://127.0.0.1:${SYNTHETIC_PORT}` } },
  ],
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${SYNTHETIC_PORT}`,
      url: `http://127.0.0.1:${SYNTHETIC_PORT}/`,
      env: { WISSENSNETZ_OUT_DIR: 'tests/.output/synthetic-dist', WISSENSNETZ_SITE_DIR: 'tests/.output/synthetic' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
