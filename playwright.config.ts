import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (CI and servers without Playwright's
// own browser download); Playwright's bundled browser elsewhere.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Tests tagged @phone run in both projects; specs named phone-*.spec.ts are about the phone alone.
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /phone-[^/]*\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    // `npm test` builds first and provides DATABASE_URL (a seeded test database).
    command: "node_modules/.bin/tsx scripts/serve.ts",
    url: `http://127.0.0.1:${PORT}/en`,
    env: { NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, PORT: String(PORT), HOST: "127.0.0.1" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
