// `npm run serve` honours PORT and DATA_DIR, creates and migrates the database, seeds ND30, and says so.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { freePort, startNpmServe, stop, type Running } from './server.ts';

const base = mkdtempSync(join(tmpdir(), 'fn-serve-'));
const dataDir = join(base, 'nested', 'data'); // does not exist yet
let server: Running | undefined;
afterAll(async () => {
  if (server) await stop(server, true);
  rmSync(base, { recursive: true, force: true });
});

it('listens on 127.0.0.1:PORT with its database in DATA_DIR, logging both', async () => {
  const port = await freePort();
  server = startNpmServe({ PORT: String(port), DATA_DIR: dataDir });
  await server.ready;
  const file = join(dataDir, 'functions.sqlite');
  expect(server.log()).toContain(`http://127.0.0.1:${port}/v1`);
  expect(server.log()).toContain(file);
  expect(server.log()).toContain('0001_init.sql');
  expect(existsSync(file)).toBe(true);
  const packs = (await (await fetch(`http://127.0.0.1:${port}/v1/packs`)).json()) as { packs: { id: string; version: string }[] };
  expect(packs.packs).toEqual([expect.objectContaining({ id: 'nd30', version: nd30Pack.version })]);
  await stop(server, true);
  expect(server.proc.exitCode !== null || server.proc.signalCode !== null).toBe(true);
});
