// Start the real Node server (functions/node.ts) as a child process on a loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export interface Running {
  proc: ChildProcess;
  log: () => string;
  /** Resolves once the log says it listens. */
  ready: Promise<void>;
}

/** `node --import tsx functions/node.ts`: one process, so SIGKILL really kills the server. */
export function startNode(env: Record<string, string>): Running {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'functions/node.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return watch(proc);
}

/** `npm run serve` exactly as a user types it (own process group, so the whole tree can be stopped). */
export function startNpmServe(env: Record<string, string>): Running {
  const proc = spawn('npm', ['run', '-s', 'serve'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  return watch(proc);
}

function watch(proc: ChildProcess): Running {
  let out = '';
  const ready = new Promise<void>((res, rej) => {
    const on = (b: Buffer) => {
      out += b.toString();
      if (/Dịch vụ đang chạy tại http:\/\/127\.0\.0\.1:\d+/.test(out)) res();
    };
    proc.stdout!.on('data', on);
    proc.stderr!.on('data', on);
    proc.once('exit', (code) => rej(new Error(`server exited (${code}) before listening:\n${out}`)));
    setTimeout(() => rej(new Error(`server not ready after 30 s:\n${out}`)), 30_000).unref();
  });
  ready.catch(() => {});
  return { proc, log: () => out, ready };
}

export async function stop(r: Running, group = false): Promise<void> {
  if (r.proc.exitCode !== null || r.proc.signalCode !== null) return;
  const exited = new Promise((res) => r.proc.once('exit', res));
  if (group) process.kill(-r.proc.pid!, 'SIGTERM');
  else r.proc.kill('SIGTERM');
  await exited;
}
