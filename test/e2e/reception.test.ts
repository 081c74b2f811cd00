// The reception view "Tiếp nhận hồ sơ" in Chromium on real dossier folders: the summary names
// what is missing / extra / not filled in, the clerk reassigns a file, Mẫu 02 is downloaded and
// read back (it lists exactly the missing items), and the dossier's statistics reach the local
// server with counts only (procedure code as the type; no names, no text).
import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DocumentModel, Paragraph } from '../../rules/model.ts';
import { readDocument } from '../../rules/read/index.ts';
import { ROOT, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const FIX = join(ROOT, 'test/fixtures/dossier/out');
const folder = (code: string, variant: string) => readdirSync(join(FIX, code, variant)).map((f) => join(FIX, code, variant, f));

let server: LocalServer;
let b: Launched;
let page: Page;

beforeAll(async () => {
  server = new LocalServer(await freePort());
  await server.start();
  const token = server.token('clerk', 'xa-tan-long', 'huyen-dong');
  b = await launch();
  page = await b.open('reception.html');
  await page.evaluate(
    (s) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: s }),
    { server: server.url, token, unit: 'xa-tan-long', role: 'clerk', lang: 'vi', sendStats: true, firstRunDone: true },
  );
  await page.reload();
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
});

async function checkFolder(search: string, code: string, variant: string) {
  if (await page.getByTestId('new-dossier').isVisible()) await page.getByTestId('new-dossier').click();
  await page.getByTestId('procedure-search').fill(search);
  await page.locator(`[data-testid=procedure-option][data-code="${code}"]`).click();
  await page.getByTestId('dossier-files').setInputFiles(folder(code, variant));
  await page.locator('[data-testid=result][data-busy="0"] [data-testid=summary], [data-testid=error]').first().waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('error').count(), (await page.getByTestId('error').allTextContents()).join()).toBe(0);
}

const lines = (section: string) => page.locator(`[data-testid=summary-${section}] li`).allTextContents();

/** Rows of the Mẫu 02 items table (table 1), header rows dropped: [TT, name, chính, chứng thực, photo]. */
function itemRows(model: DocumentModel): string[][] {
  const cells = model.paragraphs.filter((p): p is Paragraph & { cell: NonNullable<Paragraph['cell']> } => p.cell?.table === 1);
  const out: string[][] = [];
  for (const p of cells) (out[p.cell.row] ??= [])[p.cell.col] = p.text;
  return out.slice(2);
}

test('a dossier without its giấy chứng sinh: the summary says so with its basis, Mẫu 02 lists exactly that item', async () => {
  await checkFolder('khai sinh', '1.001193', 'missing');
  expect(await page.getByTestId('summary').getAttribute('data-state')).toBe('problem');
  const missing = await lines('missing');
  expect(missing).toHaveLength(1);
  expect(missing[0]).toMatch(/^Thiếu thành phần hồ sơ: Giấy chứng sinh/);
  expect(missing[0]).toMatch(/Căn cứ: .+/);
  expect(await page.locator('[data-testid=summary-extra], [data-testid=summary-unfilled]').count()).toBe(0);
  // The summary line links to the component, which is marked missing in the list.
  expect(await page.locator('[data-testid=summary-missing] a').getAttribute('href')).toBe('#comp-giay-chung-sinh');
  expect(await page.locator('#comp-giay-chung-sinh [data-testid=component-status]').textContent()).toBe('Thiếu');
  expect(await page.locator('#comp-to-khai [data-testid=component-files]').textContent()).toBe('tep-1.docx');

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('mau02').click()]);
  expect(dl.suggestedFilename()).toBe('mau-02-1.001193.docx');
  const bytes = new Uint8Array(readFileSync((await dl.path())!));
  const read = await readDocument(bytes.slice());
  if (!read.ok) throw new Error(read.problem.message);
  const rows = itemRows(read.model);
  expect(rows).toEqual([['1', expect.stringMatching(/^Giấy chứng sinh/), '01', '', '']]);
  const text = read.model.paragraphs.map((p) => p.text).join('\n');
  expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  expect(text).toContain('Đăng ký khai sinh (mã thủ tục 1.001193)');
  expect(text).toMatch(/1\. Chưa có trong hồ sơ\./);

  // Filed by an authorised person: the case now also needs the văn bản ủy quyền (re-checked, not re-read).
  await page.getByTestId('q-uy-quyen').selectOption('co');
  await expect.poll(async () => ((await page.getByTestId('result').getAttribute('data-busy')) ?? '') + (await lines('missing')).length).toBe('02');
  expect((await lines('missing'))[1]).toMatch(/Văn bản ủy quyền/);
});

test('a photo of the CCCD handed in with the dossier: only to be presented, listed as extra', async () => {
  await checkFolder('khai sinh', '1.001193', 'present-only');
  const extra = await lines('extra');
  expect(extra).toHaveLength(1);
  expect(extra[0]).toContain('chỉ xuất trình');
  expect(await page.locator('[data-testid=received-files] tr[data-file="cccd-me.png"] select').inputValue()).toBe('giay-to-tuy-than');
});

test('an excess paper is listed as extra; reassigned by the clerk to the giấy báo tử it is no longer extra', async () => {
  await checkFolder('1.000656', '1.000656', 'excess');
  const extra = await lines('extra');
  expect(extra).toHaveLength(1);
  expect(extra[0]).toContain('tep-9.pdf');
  expect(extra[0]).toContain('nhận thừa thành phần hồ sơ');
  // The clerk knows better: the file is the giấy báo tử. Re-checked without re-reading, the extra line goes.
  const row = page.locator('[data-testid=received-files] tr[data-file="tep-9.pdf"]');
  await row.locator('select').selectOption('giay-bao-tu');
  await expect.poll(async () => (await page.locator('[data-testid=summary-extra]').count()) + ((await page.getByTestId('result').getAttribute('data-busy')) ?? '')).toBe('00');
  expect(await page.locator('#comp-giay-bao-tu [data-testid=component-files]').textContent()).toContain('tep-9.pdf');
});

test('a tờ khai left blank: the unfilled section names each empty field', async () => {
  await checkFolder('khai sinh', '1.001193', 'unfilled');
  const unfilled = await lines('unfilled');
  expect(unfilled.some((l) => l.includes('chưa điền “Họ, chữ đệm, tên người yêu cầu”'))).toBe(true);
  expect(unfilled.some((l) => l.includes('còn chỗ chưa điền'))).toBe(true);
  expect(await page.locator('[data-testid=summary-unfilled] a').first().getAttribute('href')).toMatch(/^#file-\d+$/);
});

test('a complete dossier: green summary, no Mẫu 02 needed; statistics arrive with counts only', async () => {
  await checkFolder('kết hôn', '1.000894', 'complete');
  expect(await page.getByTestId('summary').getAttribute('data-state')).toBe('complete');
  expect(await page.getByTestId('mau02-none').isVisible()).toBe(true);
  await page.getByTestId('new-dossier').click();

  const rows = (table: string) => {
    const db = new Database(join(server.dataDir, 'functions.sqlite'), { readonly: true });
    try {
      return db.prepare(`SELECT * FROM ${table} WHERE subject = 'dossier'`).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  };
  // Five dossiers checked in this file. Every check was sent; the statistics count the latest
  // check of each dossier (same files = same sha256): the corrected one after an answer changed.
  await expect.poll(() => rows('doc_latest').length, { timeout: 30_000 }).toBe(5);
  const latest = rows('doc_latest');
  expect(latest.map((r) => r.doc_type).sort()).toEqual(['1.000656', '1.000894', '1.001193', '1.001193', '1.001193']);
  expect(latest.every((r) => r.unit === 'xa-tan-long')).toBe(true);
  const missing = latest.find((r) => String(r.counts).includes('tthc.component.missing'));
  expect(JSON.parse(String(missing!.counts))).toEqual({ 'tthc.component.missing': { fail: 2, needsReview: 0 } });
  const excess = latest.find((r) => r.doc_type === '1.000656');
  expect(JSON.parse(String(excess!.counts))).toEqual({});
  const got = rows('summaries');
  expect(got.length).toBeGreaterThanOrEqual(7);
  // No names, no contents: nothing of the files or the messages is stored.
  const all = JSON.stringify(got);
  for (const bad of ['tep-', '.docx', '.pdf', 'Giấy', 'chứng sinh', 'Thiếu']) expect(all).not.toContain(bad);
});

test('the side panel opens the reception view in place, and leads back', async () => {
  const panel = await b.open('sidepanel.html');
  await panel.getByTestId('open-reception').click();
  await panel.waitForURL(/reception\.html\?in=panel$/);
  expect(await panel.locator('h1').textContent()).toBe('Tiếp nhận hồ sơ');
  await panel.getByTestId('back-to-panel').click();
  await panel.waitForURL(/sidepanel\.html$/);
  await panel.getByTestId('open-reception').waitFor();
  await panel.close();
});
