import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e tests run against the production build (`npm run build` first) served by scripts/start.ts
 * on its own port and a fresh database (data/e2e.db, recreated at every run).
 * Browser: Debian's /usr/bin/chromium when present (machines that cannot download Playwright's
 * browsers), otherwise Playwright's own (`npx playwright install chromium`).
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
const systemChromium = "/usr/bin/chromium";
const useSystemChromium = fs.existsSync(systemChromium) && !process.env.PLAYWRIGHT_USE_BUNDLED;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: "file:data/e2e.db",
      NEXTAUTH_URL: BASE_URL,
      PUBLIC_BASE_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      // The test browser plays the reverse proxy: each context sends its own X-Forwarded-For
      // (e2e/fixtures/auth.ts uniqueClientAddress), so journeys do not share a sign-in throttle.
      TRUSTED_PROXIES: "127.0.0.1",
    },
  },
});
