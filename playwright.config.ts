import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// The config is evaluated by the runner and again by each worker: values chosen here are kept in
// process.env so that every process agrees on this run's database, Redis prefix and ports.
process.env.SIEVE_E2E_RUN_ID ??= crypto.randomBytes(4).toString("hex");
const runId = process.env.SIEVE_E2E_RUN_ID;
const adminUrl = new URL(process.env.TEST_ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/sieve_e2e_${runId}`;
process.env.SIEVE_E2E_DATABASE_URL = databaseUrl.toString();
process.env.SIEVE_E2E_REDIS_PREFIX = `sieve-e2e:${runId}:`;
process.env.SIEVE_E2E_PASSWORD = "e2e-password-123";
const port = Number(process.env.E2E_PORT ?? 3200);
const embeddedPort = Number(process.env.E2E_EMBEDDED_PORT ?? 3201);

const common = {
  NEXT_TELEMETRY_DISABLED: "1",
  SIEVE_DEMO_PASSWORD: process.env.SIEVE_E2E_PASSWORD,
  LOG_LEVEL: "warn",
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/artifacts/results",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  globalTeardown: "./tests/e2e/support/global-teardown.ts",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "services", testIgnore: /embedded\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "embedded", testMatch: /embedded\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${embeddedPort}` } },
  ],
  webServer: [
    {
      // Real PostgreSQL (a throwaway database) and real Redis, as in production.
      command: `npx tsx tests/e2e/support/services-server.ts`,
      url: `http://127.0.0.1:${port}/api/v1/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        ...common,
        PORT: String(port),
        ADMIN_DATABASE_URL: adminUrl.toString(),
        DATABASE_URL: databaseUrl.toString(),
        REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
        REDIS_KEY_PREFIX: process.env.SIEVE_E2E_REDIS_PREFIX,
      },
    },
    {
      // Nothing configured: embedded PGlite under a fresh data folder and the in-process store.
      command: `npx next start -p ${embeddedPort}`,
      url: `http://127.0.0.1:${embeddedPort}/api/v1/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { ...common, SIEVE_DATA_DIR: path.join(os.tmpdir(), `sieve-e2e-embedded-${runId}`) },
    },
  ],
});
