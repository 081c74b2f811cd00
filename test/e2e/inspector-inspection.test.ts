// Sampling and the inspection record in Chromium: the same seed draws the same sample, verdicts
// are saved on the server, a sampled file re-checked locally is recognised, the record prints to
// a PDF whose text says what the record says, and its .docx passes our ND 30 checker.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { summaryFromReport } from '../../rules/stats.ts';
import { seedYear } from '../fixtures/seed/seed-year.ts';
import { ROOT, artifact, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const REAL = ['clean-qd.docx', 'clean-cv.docx', 'clean-bc.docx'].map((f) => join(ROOT, 'test/fixtures/nd30/out', f));
let server: LocalServer;
let b: Launched;
let inspector: string;

const setSettings = (s: object) =>
  b.sw.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v }), s);
const api = async (path: string, init: RequestInit = {}) => {
  const r = await fetch(`${server.url}/v1${path}`, { ...init, headers: { authorization: `Bearer ${inspector}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
  expect(r.status, await r.clone().text()).toBeLessThan(300);
  return r.json();
};

beforeAll(async () => {
  server = new LocalServer(await freePort(), { STATS_MIN_CELL: '3' });
  await seedYear(server.dataDir);
  await server.start();
  inspector = server.token('inspector', 'tinh-binh-minh');
  // A commune whose three documents are real files: the inspector can re-check them locally.
  const clerk = server.token('clerk', 'xa-thu-nghiem', 'huyen-tay');
  const summaries = [];
  for (const [k, f] of REAL.entries()) {
    const report = await checkDocument(new Uint8Array(readFileSync(f)), nd30Pack);
    summaries.push(summaryFromReport(report, { clientId: `real-file-${k}`, unit: 'xa-thu-nghiem', clientVersion: '0.1.0', checkedAt: `2026-10-0${k + 1}T09:00:00+07:00` }));
  }
  const r = await fetch(`${server.url}/v1/checks`, { method: 'POST', headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' }, body: JSON.stringify({ summaries }) });
  expect(r.status).toBe(200);
  b = await launch();
  await setSettings({ server: server.url, token: inspector, unit: 'tinh-binh-minh', role: 'inspector', lang: 'vi', sendStats: false, firstRunDone: true });
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
});

async function drawInUi(page: Page, o: { unit: string; from: string; to: string; size: number; seed: string; title: string }): Promise<string[]> {
  await page.getByTestId('s-unit').selectOption(o.unit);
  await page.getByTestId('s-from').fill(o.from);
  await page.getByTestId('s-to').fill(o.to);
  await page.getByTestId('s-size').fill(String(o.size));
  await page.getByTestId('s-seed').fill(o.seed);
  await page.getByTestId('s-title').fill(o.title);
  const sampleId = () => page.evaluate(() => document.querySelector('[data-testid=sample]')?.getAttribute('data-id') ?? null);
  const before = await sampleId();
  await page.getByTestId('s-draw').click();
  await expect.poll(sampleId, { timeout: 20_000 }).not.toBe(before);
  return page.getByTestId('sample-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sha')!));
}

test('the same seed draws the same sample; verdicts are saved; the record prints and its .docx passes the checker', async () => {
  const page = await b.open('inspection.html');
  await page.getByTestId('inspection').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid=s-unit] option[value="huyen-dong"]').waitFor({ state: 'attached' });
  const o = { unit: 'huyen-dong', from: '2026-01-01', to: '2026-06-30', size: 8, seed: 'dot-1-2026', title: 'Kiểm tra công tác văn thư 6 tháng đầu năm 2026' };
  const first = await drawInUi(page, o);
  const second = await drawInUi(page, { ...o, title: `${o.title} (lần 2)` });
  expect(first).toHaveLength(8);
  expect(second).toEqual(first);
  // The API with the same seed agrees, and another seed gives another sample.
  const viaApi = (await api('/inspections', { method: 'POST', body: JSON.stringify(o) })) as { items: { sha256: string }[] };
  expect(viaApi.items.map((i) => i.sha256)).toEqual(first);
  const other = await drawInUi(page, { ...o, seed: 'dot-2-2026' });
  expect(other).not.toEqual(first);
  await drawInUi(page, o);
  const id = (await page.getByTestId('sample').getAttribute('data-id'))!;

  // Verdicts: the second document has no seal; the fourth's recipients are incomplete.
  const verdict = async (pos: number, key: string, note: string) => {
    await page.getByTestId('open-item').nth(pos).click();
    await page.locator(`[data-testid=item-panel][data-pos="${pos}"]`).waitFor();
    await page.getByTestId(`v-${key}`).selectOption('no');
    await page.getByTestId(`v-${key}-note`).fill(note);
    await page.getByTestId('v-save').click();
    await expect.poll(() => page.getByTestId('v-state').textContent()).toBe('Đã lưu');
  };
  await verdict(1, 'seal', 'Không đóng dấu');
  await verdict(3, 'recipients', 'Thiếu nơi lưu hồ sơ');
  await page.getByTestId('item-panel').screenshot({ path: artifact('inspector-item.png') });
  const saved = (await api(`/inspections/${id}`)) as { items: { pos: number; verdict: Record<string, { ok: boolean; note?: string }> | null }[] };
  expect(saved.items[1]!.verdict!.seal).toEqual({ ok: false, note: 'Không đóng dấu' });
  expect(saved.items[1]!.verdict!.content).toEqual({ ok: true });
  expect(saved.items[3]!.verdict!.recipients).toEqual({ ok: false, note: 'Thiếu nơi lưu hồ sơ' });
  expect(saved.items.filter((i) => i.verdict).length).toBe(2);
  // The page reloaded shows them (saved on the server, not only in the page).
  await page.reload();
  await page.getByTestId('s-list').selectOption(id);
  await expect.poll(() => page.getByTestId('verdict-state').allTextContents()).toEqual(first.map((_, k) => (k === 1 || k === 3 ? 'Có vấn đề' : 'Chưa xem')));

  // The record: fill the header, show, print to PDF, read the text back.
  await page.getByTestId('r-parent').fill('ỦY BAN NHÂN DÂN TỈNH BÌNH MINH');
  await page.getByTestId('r-place').fill('Bình Minh');
  await page.getByTestId('r-number').fill('12');
  await page.getByTestId('r-date').fill('2026-11-20');
  await page.getByTestId('r-signer').fill('Nguyễn Văn Bình');
  await page.getByTestId('r-show').click();
  await page.getByTestId('record').waitFor();
  await page.getByTestId('record').screenshot({ path: artifact('inspector-record.png') });
  const summary = (await api(`/inspections/${id}/summary`)) as { machine: { documentsWithError: number } };
  await page.evaluate(() => document.body.classList.add('print-record'));
  await page.emulateMedia({ media: 'print' });
  const pdfPath = artifact('inspector-record.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('BIÊN BẢN');
  expect(text).toContain('Số: 12/BB-TTr');
  expect(text).toContain('Bình Minh, ngày 20 tháng 11 năm 2026');
  expect(text).toContain('tại huyện Đông');
  expect(text).toContain(`Có ${summary.machine.documentsWithError}/8 văn bản trong mẫu có ít nhất một lỗi thể thức`);
  expect(text).toContain('Không đóng dấu');
  expect(text).toContain('III. KIẾN NGHỊ');
  expect(text).not.toContain('Chọn mẫu mới'); // the print shows the record only
  expect(text).toContain('Nguyễn Văn Bình');

  // The same record as .docx: downloaded from the page, checked by our own ND 30 checker.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('r-docx').click()]);
  const docx = new Uint8Array(readFileSync(await dl.path()));
  writeFileSync(artifact('inspector-record.docx'), docx);
  const report = await checkDocument(docx, nd30Pack);
  expect(report.findings.filter((f) => f.severity === 'error' && f.status === 'fail').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  expect(report.docType?.code).toBe('BB');
  await page.close();
});

test('a sampled document re-checked locally is recognised by its sha256', async () => {
  const page = await b.open('inspection.html');
  await page.locator('[data-testid=s-unit] option[value="xa-thu-nghiem"]').waitFor({ state: 'attached' });
  const shas = await drawInUi(page, { unit: 'xa-thu-nghiem', from: '2026-10-01', to: '2026-10-31', size: 3, seed: 'tn', title: 'Kiểm tra xã thử nghiệm' });
  expect(shas).toHaveLength(3);
  const pos = shas.indexOf(
    (await checkDocument(new Uint8Array(readFileSync(REAL[0]!)), nd30Pack)).sha256,
  );
  expect(pos).toBeGreaterThanOrEqual(0);
  await page.getByTestId('open-item').nth(pos).click();
  await page.getByTestId('item-file').setInputFiles(REAL[0]!);
  await page.getByTestId('item-recheck').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('item-recheck').getAttribute('data-same')).toBe('yes');
  await page.getByTestId('item-file').setInputFiles(REAL[1 + ((pos + 1) % 2)]!.replace('clean-cv', 'clean-gm').replace('clean-bc', 'clean-gm'));
  await expect.poll(() => page.getByTestId('item-recheck').getAttribute('data-same'), { timeout: 60_000 }).toBe('no');
  await page.screenshot({ path: artifact('inspector-sample.png'), fullPage: true });
  await page.close();
});
