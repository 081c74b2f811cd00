// Batch mode with an inspection sample drawn on the server: the clerk's checks reach the server,
// the inspector draws a sample, then checks a folder; the sampled documents are found and marked.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const CHECKED = ['test/fixtures/pdf/out/admin.docx', 'test/fixtures/pdf/out/admin.pdf'];
const OTHER = 'test/fixtures/detect/out/qd-table.pdf';
let server: LocalServer;
let b: Launched;
let dir: string;

const setSettings = (s: object) =>
  b.sw.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v }), s);

beforeAll(async () => {
  server = new LocalServer(await freePort());
  await server.start();
  dir = mkdtempSync(join(tmpdir(), 'nd30-sample-'));
  mkdirSync(join(dir, 'van-ban'));
  for (const f of [...CHECKED, OTHER]) copyFileSync(join(ROOT, f), join(dir, 'van-ban', f.split('/').pop()!));
  writeFileSync(join(dir, 'van-ban', 'hong.docx'), Buffer.from('PK\x03\x04 cut short'));
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

test('an inspection sample marks the sampled files of a folder', async () => {
  const clerk = server.token('clerk', 'xa-an-binh', 'huyen-dong');
  const inspector = server.token('inspector', 'huyen-dong');
  await setSettings({ server: server.url, token: clerk, unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: true, firstRunDone: true });
  const panel = await b.open('sidepanel.html');
  for (const f of CHECKED) {
    await panel.getByTestId('file-input').setInputFiles(join(ROOT, f));
    await panel.locator(`[data-testid=report][data-file="${f.split('/').pop()}"]`).waitFor({ timeout: 60_000 });
  }
  const count = () => {
    const db = new Database(join(server.dataDir, 'functions.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM summaries').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  await expect.poll(count, { timeout: 20_000 }).toBe(2);
  await panel.close();

  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  const res = await fetch(`${server.url}/v1/inspections`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${inspector}` },
    body: JSON.stringify({ unit: 'huyen-dong', from: day(-1), to: day(1), size: 2, title: 'Kiểm tra văn bản quý IV' }),
  });
  expect(res.status, await res.clone().text()).toBe(201);

  await setSettings({ server: server.url, token: inspector, unit: 'huyen-dong', role: 'inspector', lang: 'vi', sendStats: false, firstRunDone: true });
  const page = await b.open('batch.html');
  await page.getByTestId('sample-select').locator('option', { hasText: 'Kiểm tra văn bản quý IV' }).waitFor({ state: 'attached' });
  const value = await page.getByTestId('sample-select').locator('option', { hasText: 'Kiểm tra văn bản quý IV' }).getAttribute('value');
  await page.getByTestId('sample-select').selectOption(value!);
  await page.getByTestId('only-sample').waitFor();
  await page.getByTestId('batch-folder').setInputFiles(join(dir, 'van-ban'));
  await page.getByTestId('batch-done').waitFor({ timeout: 120_000 });
  expect(await page.getByTestId('batch-row').count()).toBe(4);
  const sampled = await page.locator('[data-testid=batch-row]:not([data-sample=""])').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')).sort());
  expect(sampled).toEqual(['van-ban/admin.docx', 'van-ban/admin.pdf']);
  expect(await page.getByTestId('sample-status').textContent()).toBe('Mẫu có 2 văn bản: tìm thấy 2 tệp trong thư mục.');
  await page.getByTestId('only-sample').check();
  expect(await page.getByTestId('batch-row').count()).toBe(2);
});
