import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Drives Debian's Chromium (no browser download is possible here) against a real Live server built in
// Release, on its own port, Orleans ports and a fresh SQLite file. Playwright starts it and stops it.
// Every fixed port sits below Linux's ephemeral range (32768+), so no outgoing connection can be holding it.
const port = Number(process.env.LIVE_E2E_PORT ?? 5199);
// Another checkout running its browser tests on this machine at the same time sets its own ports.
const siloPort = Number(process.env.LIVE_E2E_SILO_PORT ?? 21111);
const repo = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
const serverDll = join(repo, 'server/Live.Server/bin/Release/net10.0/Live.Server.dll');

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: join(repo, '.artifacts/test-results/e2e.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: {
    command: `dotnet "${serverDll}" --urls http://127.0.0.1:${port} --Live:DataDirectory="${dataDir}" --Live:SiloPort=${siloPort} --Live:GatewayPort=${siloPort + 10} --Live:ClientsPath="${join(repo, 'clients')}" --RateLimits:CreatePerSourcePerHour=1000`, // every spec creates sessions from 127.0.0.1
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
