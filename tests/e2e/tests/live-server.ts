import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

/** A Live server process of the test's own (loopback, fixed ports, its own data folder) that a test may kill and restart. */
export class LiveProcess {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'live-e2e-restart-'));
  private process: ChildProcess | null = null;

  /** `extraArgs`: more server settings, e.g. `--RateLimits:Enabled=false`. */
  constructor(readonly port: number, private readonly siloPort: number, private readonly gatewayPort: number,
    private readonly extraArgs: string[] = []) {}

  get baseURL() { return `http://127.0.0.1:${this.port}`; }

  async start() {
    this.process = spawn('dotnet', [
      join(repo, 'server/Live.Server/bin/Release/net10.0/Live.Server.dll'),
      '--urls', this.baseURL, `--Live:DataDirectory=${this.dataDir}`, `--Live:ClientsPath=${join(repo, 'clients')}`,
      `--Live:SiloPort=${this.siloPort}`, `--Live:GatewayPort=${this.gatewayPort}`, ...this.extraArgs,
    ], { stdio: 'ignore' });
    for (let i = 0; i < 120; i++) {
      try { if ((await fetch(`${this.baseURL}/healthz`)).ok) return; } catch { /* not up yet */ }
      await new Promise(r => setTimeout(r, 250));
    }
    throw new Error('Live did not start within 30 s');
  }

  /** SIGKILL: no graceful shutdown, as when a machine dies. */
  async kill() {
    const p = this.process;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise(r => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
    this.process = null;
  }
}
