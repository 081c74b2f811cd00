// Kill the Node server with SIGKILL while batches stream in, restart it on the same DATA_DIR:
// every batch that got a 2xx is stored, and counted exactly once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, ROOT, startNode, stop, type Running } from './server.ts';
import { summary } from './helpers.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'fn-durable-'));
let server: Running | undefined;
afterAll(async () => {
  if (server) await stop(server);
  rmSync(dataDir, { recursive: true, force: true });
});

function token(role: string, unit: string, parent?: string): string {
  const args = ['--import', 'tsx', 'functions/cli/token.ts', 'create', '--role', role, '--unit', unit, ...(parent ? ['--parent', parent] : [])];
  return execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' }).trim();
}

it('counts every acknowledged batch exactly once across a SIGKILL and restart', async () => {
  const clerk = token('clerk', 'xa-bench', 'huyen-bench');
  const inspector = token('inspector', 'huyen-bench');
  expect(clerk).toMatch(/^nd30_[0-9a-f]{48}$/);
  const port = await freePort();
  const env = { PORT: String(port), DATA_DIR: dataDir, INGEST_LIMIT_PER_MIN: '1000000' };
  server = startNode(env);
  await server.ready;

  const url = `http://127.0.0.1:${port}/v1/checks`;
  const post = (body: unknown) =>
    fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${clerk}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const batches: { summaries: unknown[] }[] = [];
  const acked = new Set<number>();
  let next = 0;
  let killed = false;
  // Three senders in parallel so some requests are in flight when the kill lands.
  const sender = async () => {
    while (!killed && next < 5000) {
      const i = next++;
      batches[i] = { summaries: Array.from({ length: 20 }, (_, k) => summary({ unit: 'xa-bench', doc: i * 20 + k, errors: k % 2 })) };
      try {
        const r = await post(batches[i]);
        if (r.ok) acked.add(i);
        await r.arrayBuffer();
      } catch {
        /* connection dropped by the kill: not acknowledged */
      }
    }
  };
  const senders = [sender(), sender(), sender()];
  while (acked.size < 60) await new Promise((r) => setTimeout(r, 5));
  const exited = new Promise((r) => server!.proc.once('exit', r));
  server.proc.kill('SIGKILL');
  killed = true;
  await Promise.all(senders);
  await exited;
  const sent = next;
  expect(acked.size).toBeGreaterThanOrEqual(60);
  // Usually a few batches are cut off in flight (sent > acked); they are retried below.

  server = startNode(env);
  await server.ready;
  // Every acknowledged batch is already there: re-sending it adds nothing.
  for (const i of acked) {
    const r = await post(batches[i]);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ accepted: 0, duplicates: 20 });
  }
  // A client retries what was never acknowledged; whatever had landed is not counted twice.
  for (let i = 0; i < sent; i++) if (!acked.has(i)) expect((await post(batches[i])).status).toBe(200);

  const stats = await fetch(`http://127.0.0.1:${port}/v1/stats?unit=huyen-bench`, { headers: { Authorization: `Bearer ${inspector}` } });
  const body = (await stats.json()) as { rows: { documents: number; documentsWithError: number }[] };
  expect(body.rows).toEqual([{ suppressed: false, documents: sent * 20, documentsWithError: sent * 10, errorShare: 0.5 }]);
});
