// "Test connection" in the options against the real functions app (SQLite in a temp dir):
// each answer a clerk can get, in plain Vietnamese.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { openStore } from '../../functions/node.ts';
import { createToken, putUnit } from '../../functions/repo/access.ts';
import { testConnection } from '../../extension/lib/connection.ts';

const SERVER = 'http://fn.test';
let dir: string;
let close: () => void;
let f: typeof fetch;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nd30-conn-'));
  const { store } = await openStore(dir);
  close = () => store.close();
  const app = createApp(store);
  f = ((input: RequestInfo | URL, init?: RequestInit) => app.request(String(input), init)) as typeof fetch;
  await putUnit(store, { id: 'huyen-dong', parent: null, name: '' });
  await putUnit(store, { id: 'xa-an-binh', parent: 'huyen-dong', name: '' });
  await putUnit(store, { id: 'xa-khac', parent: null, name: '' });
  tokens.clerk = (await createToken(store, { role: 'clerk', unit: 'xa-an-binh' })).token;
  tokens.inspector = (await createToken(store, { role: 'inspector', unit: 'huyen-dong' })).token;
});
afterAll(() => {
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('testConnection', () => {
  it('no server: works offline, says what is missing', async () => {
    const r = await testConnection('', '', 'xa-an-binh', f);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('Chưa nhập địa chỉ máy chủ');
  });
  it('unreachable server', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const r = await testConnection(SERVER, tokens.clerk!, 'xa-an-binh', down);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('Không kết nối được tới http://fn.test');
  });
  it('server reachable, no token yet', async () => {
    const r = await testConnection(SERVER, '', 'xa-an-binh', f);
    expect(r.ok).toBe(true);
    expect(r.message).toContain('Chưa nhập mã truy cập');
  });
  it('wrong token', async () => {
    const r = await testConnection(SERVER, 'khong-dung', 'xa-an-binh', f);
    expect(r).toMatchObject({ ok: false, message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' });
  });
  it('a token that cannot send statistics (inspector)', async () => {
    const r = await testConnection(SERVER, tokens.inspector!, 'xa-an-binh', f);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('vai trò "inspector"');
  });
  it('a unit outside the token scope', async () => {
    const r = await testConnection(SERVER, tokens.clerk!, 'xa-khac', f);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('nằm ngoài phạm vi');
  });
  it('all good', async () => {
    const r = await testConnection(SERVER, tokens.clerk!, 'xa-an-binh', f);
    expect(r).toMatchObject({ ok: true, role: 'clerk', unit: 'xa-an-binh' });
    expect(r.message).toContain('Kết nối tốt');
  });
});
