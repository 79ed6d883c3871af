import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

/** The e2e server's data folder: its embedded database and, without SMTP_URL, its mail folder (one file a message). */
export const DATA_DIR = 'var/e2e-data';

/** Everything the server prints, for the privacy test to search (and for reading after a failure). */
export const SERVER_LOG = 'var/e2e-server.log';

const serverOptions = {
  url: `${baseURL}/api/health`,
  reuseExistingServer: false,
  timeout: 300_000,
  env: {
    DATA_DIR,
    PUBLIC_URL: baseURL,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: '',
    REGISTRATIONS_PER_MINUTE: '10',
    TRUST_PROXY: '1', // the tests play the proxy: each sets X-Forwarded-For to get its own bucket
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Deadlines, not measurements: generous so that a loaded CI machine fails only on a wrong outcome.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    timezoneId: 'Europe/Berlin', // deliberately not the events' zone: pages must show event-local times
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      // Playwright cannot download browsers here: drive Debian's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Embedded PGlite by default; with E2E_DATABASE_URL the same server runs on that (empty) PostgreSQL
  // database, seeded with the sample events and demo accounts first.
  webServer: process.env.E2E_DATABASE_URL
    ? {
        command: `mkdir -p var && tsx scripts/seed.ts --demo-accounts && next start -p ${port} > ${SERVER_LOG} 2>&1`,
        ...serverOptions,
        env: { ...serverOptions.env, DATABASE_URL: process.env.E2E_DATABASE_URL, ENCRYPTION_KEY: 'ZTJlLW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=' },
      }
    : {
        // A fresh embedded database each run: the server migrates and seeds it on first request, with
        // the demo accounts the specs sign in with (DEMO=1; without it the server prints one admin password).
        command: `rm -rf ${DATA_DIR} && mkdir -p var && next start -p ${port} > ${SERVER_LOG} 2>&1`,
        ...serverOptions,
        env: { ...serverOptions.env, DEMO: '1' },
      },
});
