// Options saved and used; statistics queued while the server is down survive a browser restart
// and arrive exactly once when it is back; switching sending off keeps them local.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const DOCX = join(ROOT, 'test/fixtures/pdf/out/admin.docx');
const PDF = join(ROOT, 'test/fixtures/pdf/out/admin.pdf');

let server: LocalServer;
let b: Launched | undefined;
let clerk: string;
let inspector: string;

beforeAll(async () => {
  server = new LocalServer(await freePort());
  await server.start();
  clerk = server.token('clerk', 'xa-an-binh', 'huyen-dong');
  inspector = server.token('inspector', 'huyen-dong');
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
});

function summariesInDb(): { client_id: string; unit: string; mode: string }[] {
  const db = new Database(join(server.dataDir, 'functions.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT client_id, unit, mode FROM summaries').all() as { client_id: string; unit: string; mode: string }[];
  } finally {
    db.close();
  }
}

async function statsDocuments(): Promise<number> {
  const res = await fetch(`${server.url}/v1/stats`, { headers: { authorization: `Bearer ${inspector}` } });
  expect(res.status).toBe(200);
  const j = (await res.json()) as { rows: { documents?: number }[] };
  return j.rows.reduce((s, r) => s + (r.documents ?? 0), 0);
}

async function checkInPanel(page: Page, file: string) {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.locator(`[data-testid=report][data-file="${file.split('/').pop()}"]`).waitFor({ timeout: 60_000 });
}

const queued = async (page: Page) => Number((await page.getByTestId('queued').textContent())!.match(/\d+/)![0]);

test('options: saved, connection tested with a clear result, then used by the panel', async () => {
  b = await launch({ keepProfile: true });
  // A check before anything is configured: queued locally under the "unit not set" placeholder.
  const first = await b.open('sidepanel.html');
  await first.getByTestId('first-run-ok').click();
  await checkInPanel(first, DOCX);
  await expect.poll(() => queued(first), { timeout: 15_000 }).toBe(1);
  await first.close();
  const opt = await b.open('options.html');
  await opt.getByTestId('server').fill('not a url');
  await opt.getByTestId('save').click();
  expect(await opt.getByTestId('errors').textContent()).toContain('Địa chỉ máy chủ không hợp lệ');
  await opt.getByTestId('server').fill(`${server.url}/`);
  await opt.getByTestId('token').fill('sai-ma');
  await opt.getByTestId('unit').fill('xa-an-binh');
  await opt.getByTestId('test-connection').click();
  await expect.poll(() => opt.getByTestId('connection-result').textContent()).toContain('Mã truy cập không đúng');
  await opt.getByTestId('token').fill(clerk);
  await opt.getByTestId('test-connection').click();
  await expect.poll(() => opt.getByTestId('connection-result').textContent()).toContain('Kết nối tốt');
  await opt.getByTestId('save').click();
  await opt.getByTestId('saved').waitFor();
  // Reloaded from storage: the trailing slash was trimmed.
  await opt.reload();
  await expect.poll(() => opt.getByTestId('server').inputValue()).toBe(server.url);
  expect(await opt.getByTestId('unit').inputValue()).toBe('xa-an-binh');
  // The pack in force came from the server after saving.
  await expect.poll(() => opt.getByTestId('pack-status').textContent(), { timeout: 15_000 }).toMatch(/\((server|cache)\)/);
  await opt.close();

  // Used: a check in the panel reaches the server with this unit and token.
  const panel = await b.open('sidepanel.html');
  await checkInPanel(panel, DOCX);
  // Both arrive, the early one under the unit configured since.
  await expect.poll(() => summariesInDb().length, { timeout: 20_000 }).toBe(2);
  expect(summariesInDb().map((x) => x.unit)).toEqual(['xa-an-binh', 'xa-an-binh']);
  await expect.poll(() => queued(panel), { timeout: 15_000 }).toBe(0);
  await panel.close();
});

test('server down: checks are queued, survive a browser restart, arrive exactly once', async () => {
  await server.stop();
  const panel = await b!.open('sidepanel.html');
  await checkInPanel(panel, DOCX);
  await checkInPanel(panel, PDF);
  await expect.poll(() => queued(panel), { timeout: 15_000 }).toBe(2);
  // Browser restart with the same profile: the queue is in IndexedDB.
  const profile = b!.profile;
  await b!.close();
  b = await launch({ profile, keepProfile: true });
  const opt = await b.open('options.html');
  await expect.poll(async () => (await opt.getByTestId('queue-status').textContent())!.trim().split(' ')[0]).toBe('2');
  // Still down: "send now" fails and keeps both, with the reason shown.
  await opt.getByTestId('send-now').click();
  await expect.poll(() => opt.getByTestId('queue-status').textContent()).toMatch(/^2 · /);
  await server.start();
  await opt.getByTestId('send-now').click();
  await expect.poll(async () => (await opt.getByTestId('queue-status').textContent())!.trim()).toBe('0');
  expect(summariesInDb().length).toBe(4);
  // Sending again has nothing left to send; the server still holds four summaries.
  await opt.getByTestId('send-now').click();
  await new Promise((r) => setTimeout(r, 500));
  expect(summariesInDb().length).toBe(4);
  expect(new Set(summariesInDb().map((s) => s.client_id)).size).toBe(4);
  // Statistics count documents by their latest check: admin.docx (twice) and admin.pdf.
  expect(await statsDocuments()).toBe(2);
  await opt.close();
});

test('sending switched off: summaries stay on this machine', async () => {
  const opt = await b!.open('options.html');
  await opt.getByTestId('send-stats').uncheck();
  await opt.getByTestId('save').click();
  await opt.getByTestId('saved').waitFor();
  const panel = await b!.open('sidepanel.html');
  await checkInPanel(panel, PDF);
  await expect.poll(() => queued(panel), { timeout: 15_000 }).toBe(1);
  expect(await panel.getByTestId('queued').textContent()).toContain('đã tắt gửi');
  await opt.getByTestId('send-now').click();
  await new Promise((r) => setTimeout(r, 500));
  expect(summariesInDb().length).toBe(4);
  await panel.close();
  await opt.close();
});
