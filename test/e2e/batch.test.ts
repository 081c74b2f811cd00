// Batch mode with the built extension: a whole folder (one file broken), table of documents ×
// rules with totals, sortable, CSV and XLSX downloads; the broken file is a row with input.*.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import type { Report } from '../../rules/report.ts';
import { ROOT, artifact, launch, type Launched } from './browser.ts';

const SOURCES = ['test/fixtures/pdf/out/admin.docx', 'test/fixtures/pdf/out/admin.pdf', 'test/fixtures/pdf/out/scanned.pdf', 'test/fixtures/detect/out/cv-textbox.docx', 'test/fixtures/detect/out/qd-table.pdf'];

let b: Launched;
let page: Page;
let dir: string;
const want = new Map<string, Report>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nd30-batch-'));
  const folder = join(dir, 'ho-so-thang-11');
  mkdirSync(folder);
  for (const s of SOURCES) copyFileSync(join(ROOT, s), join(folder, s.split('/').pop()!));
  // A .docx cut short in transfer: zip signature, then nothing usable.
  writeFileSync(join(folder, 'hong.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]));
  for (const name of [...SOURCES.map((s) => s.split('/').pop()!), 'hong.docx']) {
    want.set(`ho-so-thang-11/${name}`, await checkDocument(new Uint8Array(readFileSync(join(folder, name))), nd30Pack, { file: name }));
  }
  b = await launch();
  page = await b.open('batch.html');
});
afterAll(async () => {
  await b?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cellInt = async (row: ReturnType<Page['locator']>, col: string) => Number((await row.locator(`td[data-col=${col}]`).textContent()) || 0);

test('a folder with a broken file: every file is a row, the broken one with its input.* finding', async () => {
  await page.getByTestId('batch-folder').setInputFiles(join(dir, 'ho-so-thang-11'));
  await page.getByTestId('batch-done').waitFor({ timeout: 120_000 });
  const rows = page.getByTestId('batch-row');
  expect(await rows.count()).toBe(want.size);
  for (const [path, r] of want) {
    const row = page.locator(`[data-testid=batch-row][data-path="${path}"]`);
    expect(await cellInt(row, 'errors'), path).toBe(r.summary.errors);
    expect(await cellInt(row, 'review'), path).toBe(r.summary.needsReview);
  }
  const broken = page.locator('[data-testid=batch-row][data-path="ho-so-thang-11/hong.docx"]');
  expect(await broken.getAttribute('class')).toContain('broken');
  const inputRule = want.get('ho-so-thang-11/hong.docx')!.findings[0]!.ruleId;
  expect(inputRule).toMatch(/^input\./);
  expect(await broken.locator(`td[data-rule="${inputRule}"]`).textContent()).toBe('1');
  // Totals per rule = column sums.
  const totalErrors = [...want.values()].reduce((s, r) => s + r.summary.errors, 0);
  expect(Number(await page.getByTestId('batch-totals').locator('td').nth(2).textContent())).toBe(totalErrors);
  await page.screenshot({ path: artifact('batch-table.png'), fullPage: true });
});

test('sorting by a column header, both ways', async () => {
  const errs = async () => page.locator('[data-testid=batch-row] td[data-col=errors]').allTextContents().then((v) => v.map(Number));
  await page.locator('th[data-sort=errors]').click(); // was desc by default: now asc
  const asc = await errs();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await page.locator('th[data-sort=errors]').click();
  const desc = await errs();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await page.locator('th[data-sort=path]').click();
  const names = await page.locator('[data-testid=batch-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')!));
  expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'vi')));
});

test('CSV and XLSX downloads hold the table', async () => {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-csv').click()]);
  const text = readFileSync((await csv.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^Tệp,Loại văn bản,Lỗi,Cảnh báo,Cần xem lại/);
  expect(lines.length).toBe(want.size + 2);
  expect(text).toContain('ho-so-thang-11/hong.docx');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('batch-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('kiem-tra-hang-loat.xlsx');
  const sheet = await readSheet(readFileSync((await xlsx.path())!), 'Tổng hợp');
  expect(sheet.length).toBe(want.size + 2);
  expect(sheet.map((r) => r[0])).toContain('ho-so-thang-11/hong.docx');
});
