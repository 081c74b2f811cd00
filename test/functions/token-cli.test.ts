// `npm run token`: makes units and tokens in DATA_DIR's database; the secret is printed once, stored hashed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../functions/node.ts';
import { principalFor } from '../../functions/repo/access.ts';
import { ROOT } from './server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'fn-token-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync('npm', ['run', '-s', 'token', '--', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
};

it('creates, lists and revokes tokens, building the unit tree', async () => {
  const secret = run('create', '--role', 'inspector', '--unit', 'xa-z', '--parent', 'huyen-y', '--label', 'Thanh tra huyện').out.trim();
  expect(secret).toMatch(/^nd30_[0-9a-f]{48}$/);
  expect(run('unit', 'huyen-y', '--parent', 'tinh-x', '--name', 'Huyện Y').code).toBe(0);
  const list = run('list').out;
  expect(list).toMatch(/tk_[0-9a-f]{12}\tinspector\txa-z\tđang dùng\tThanh tra huyện/);
  expect(list).not.toContain(secret);

  const { store } = await openStore(dataDir);
  try {
    expect(await principalFor(store, secret)).toMatchObject({ role: 'inspector', unit: 'xa-z', label: 'Thanh tra huyện' });
    expect(await store.all('SELECT id, parent FROM units ORDER BY id')).toEqual([
      { id: 'huyen-y', parent: 'tinh-x' },
      { id: 'tinh-x', parent: null },
      { id: 'xa-z', parent: 'huyen-y' },
    ]);
  } finally {
    store.close();
  }

  const id = /tk_[0-9a-f]{12}/.exec(list)![0];
  expect(run('revoke', id).code).toBe(0);
  expect(run('list').out).toContain('đã thu hồi');
  const bad = run('create', '--role', 'boss', '--unit', 'x');
  expect(bad.code).not.toBe(0);
  expect(bad.out).toContain('Cách dùng');
});
