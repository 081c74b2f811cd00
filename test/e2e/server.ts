// The local edge-functions server (functions/node.ts) as a child process for e2e tests:
// temp DATA_DIR, a free port, started and stopped by its own pid (restart keeps the data).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

const TSX = join(ROOT, 'node_modules/.bin/tsx');

export class LocalServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'nd30-fn-'));
  private proc?: ChildProcess;
  log = '';
  /** extraEnv overrides the defaults below (e.g. STATS_MIN_CELL for suppression tests). */
  constructor(readonly port: number, readonly extraEnv: Record<string, string> = {}) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  private env() {
    return { ...process.env, PORT: String(this.port), DATA_DIR: this.dataDir, STATS_MIN_CELL: '1', ...this.extraEnv };
  }

  async start(): Promise<void> {
    this.proc = spawn(process.execPath, [TSX, join(ROOT, 'functions/node.ts')], { cwd: ROOT, env: this.env(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => (this.log += d));
    this.proc.stderr!.on('data', (d) => (this.log += d));
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      if (this.proc.exitCode !== null) throw new Error(`server exited: ${this.log}`);
      const ok = await fetch(`${this.url}/v1/health`).then((r) => r.ok).catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`server did not start: ${this.log}`);
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await gone;
    this.proc = undefined;
  }

  /** `npm run token -- create …` against this server's database; returns the secret. */
  token(role: string, unit: string, parent?: string): string {
    const args = [TSX, join(ROOT, 'functions/cli/token.ts'), 'create', '--role', role, '--unit', unit, ...(parent ? ['--parent', parent] : [])];
    return execFileSync(process.execPath, args, { cwd: ROOT, env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
