// Rule-pack sync against the real functions app (SQLite store in a temp dir, requests in-process):
// bundled → server → 304 → offline falls back to the cache; observe packs are kept apart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { openStore } from '../../functions/node.ts';
import { createToken, putUnit } from '../../functions/repo/access.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { currentPacks, syncPacks, type Kv } from '../../extension/lib/pack-sync.ts';

const SERVER = 'http://fn.test';
let dir: string;
let app: ReturnType<typeof createApp>;
let close: () => void;
let editor: string;
const serverFetch = ((input: RequestInfo | URL, init?: RequestInit) => app.request(String(input), init)) as typeof fetch;
const downFetch = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

function memoryKv(): Kv & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  // JSON round trip: what browser.storage does to values.
  return { data, get: async (k) => (data.has(k) ? JSON.parse(JSON.stringify(data.get(k))) : undefined), set: async (k, v) => void data.set(k, JSON.parse(JSON.stringify(v))) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nd30-packsync-'));
  const { store } = await openStore(dir);
  close = () => store.close();
  app = createApp(store);
  await putUnit(store, { id: 'tinh-a', parent: null, name: '' });
  editor = (await createToken(store, { role: 'legal-editor', unit: 'tinh-a' })).token;
});
afterAll(() => {
  close?.();
  rmSync(dir, { recursive: true, force: true });
});

async function publish(version: string, mode: 'enforce' | 'observe') {
  const cur = await app.request('/v1/packs/nd30');
  const res = await app.request('/v1/packs/nd30/versions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'if-match': cur.headers.get('etag') ?? '*' },
    body: JSON.stringify({ pack: { ...nd30Pack, version }, note: 'thử nghiệm', mode }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

describe('pack sync', () => {
  it('with no server uses the bundled pack and says so', async () => {
    const kv = memoryKv();
    const st = await syncPacks(kv, nd30Pack, { server: '' });
    expect(st.enforce.source).toBe('bundled');
    expect(st.enforce.pack.version).toBe(nd30Pack.version);
    expect(st.lastSync?.result).toBe('no-server');
  });

  it('fetches the current pack, caches it, then revalidates with a 304', async () => {
    const kv = memoryKv();
    const st = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    expect(st.lastSync?.result, st.lastSync?.detail).toBe('updated');
    expect(st.enforce.source).toBe('server');
    expect(st.enforce.etag).toBeTruthy();
    const again = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    expect(again.lastSync?.result).toBe('not-modified');
    expect(again.enforce.pack.version).toBe(st.enforce.pack.version);
  });

  it('a newer enforced version replaces the cache; offline keeps using it', async () => {
    const kv = memoryKv();
    await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    await publish('2026.2.0', 'enforce');
    const st = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    expect(st.enforce.pack.version).toBe('2026.2.0');
    const off = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: downFetch });
    expect(off.lastSync?.result).toBe('offline');
    expect(off.enforce.source).toBe('cache');
    expect(off.enforce.pack.version).toBe('2026.2.0');
    expect((await currentPacks(kv, nd30Pack)).enforce.pack.version).toBe('2026.2.0');
  });

  it('an observe pack is kept apart: clerks keep the enforced pack', async () => {
    const kv = memoryKv();
    await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    const enforced = (await currentPacks(kv, nd30Pack)).enforce.pack.version;
    await publish('2026.3.0', 'observe');
    const st = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    expect(st.enforce.pack.version).toBe(enforced);
    expect(st.observe?.pack.version).toBe('2026.3.0');
    expect(st.observe?.mode).toBe('observe');
  });

  it('a server error never replaces a working pack', async () => {
    const kv = memoryKv();
    await syncPacks(kv, nd30Pack, { server: SERVER, fetch: serverFetch });
    const before = (await currentPacks(kv, nd30Pack)).enforce.pack.version;
    const broken = (async () => new Response(JSON.stringify({ pack: { id: 'nd30', kind: 'rules' } }), { status: 200, headers: { etag: '"x"' } })) as typeof fetch;
    const st = await syncPacks(kv, nd30Pack, { server: SERVER, fetch: broken });
    expect(st.lastSync?.result).toBe('error');
    expect(st.enforce.pack.version).toBe(before);
    const e500 = (async () => new Response('x', { status: 500 })) as typeof fetch;
    expect((await syncPacks(kv, nd30Pack, { server: SERVER, fetch: e500 })).enforce.pack.version).toBe(before);
  });
});
