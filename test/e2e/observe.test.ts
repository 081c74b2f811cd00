// A pack published as `observe` is evaluated and counted, never shown to the clerk as errors:
// the panel keeps showing the enforced pack, and the server receives one summary per pack.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { ROOT, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

let server: LocalServer;
let b: Launched;

beforeAll(async () => {
  server = new LocalServer(await freePort());
  await server.start();
  const clerk = server.token('clerk', 'xa-an-binh', 'huyen-dong');
  const editor = server.token('legal-editor', 'huyen-dong');
  const cur = await fetch(`${server.url}/v1/packs/nd30`);
  const res = await fetch(`${server.url}/v1/packs/nd30/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'if-match': cur.headers.get('etag')! },
    body: JSON.stringify({ pack: { ...nd30Pack, version: '2026.9.0' }, note: 'Chạy thử bản mới', mode: 'observe' }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  b = await launch();
  await b.sw.evaluate(
    (s) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: s }),
    { server: server.url, token: clerk, unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: true, firstRunDone: true },
  );
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
});

test('observe pack: clerk sees the enforced pack; statistics get both', async () => {
  const page = await b.open('sidepanel.html');
  await expect.poll(() => page.getByTestId('pack-in-force').textContent(), { timeout: 15_000 }).toContain('observe 2026.9.0');
  expect(await page.getByTestId('pack-in-force').textContent()).toContain(`nd30 ${nd30Pack.version}`);
  await page.getByTestId('file-input').setInputFiles(join(ROOT, 'test/fixtures/pdf/out/admin.docx'));
  await page.locator('[data-testid=report]').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('pack-version').textContent()).toBe(`nd30 ${nd30Pack.version}`);
  const rows = () => {
    const db = new Database(join(server.dataDir, 'functions.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT pack_version AS v, mode FROM summaries ORDER BY mode').all() as { v: string; mode: string }[];
    } finally {
      db.close();
    }
  };
  await expect.poll(() => rows().length, { timeout: 20_000 }).toBe(2);
  expect(rows()).toEqual([
    { v: nd30Pack.version, mode: 'enforce' },
    { v: '2026.9.0', mode: 'observe' },
  ]);
});
