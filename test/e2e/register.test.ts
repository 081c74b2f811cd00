// The register page with the built extension: the iGate XLSX of Feb 2026 with the province
// calendar and the audit date 10/03/2026 → the summary table and the dossiers at fault equal
// auditRegister run here on the same file; filter by rule; CSV and XLSX downloads parsed back
// match the screen; an export with unknown headers goes through the mapping step (saved, reused
// after a reload); the counts sent to a local server carry no dossier code.
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { auditRegister, type RegisterAudit } from '../../rules/register/audit.ts';
import { CalendarData, WorkCalendar } from '../../rules/register/calendar.ts';
import { defaultCatalogue } from '../../rules/dossier/index.ts';
import { wall } from '../../rules/register/wall-time.ts';
import { ROOT, artifact, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const DIR = join(ROOT, 'test/fixtures/register/out');
const XLSX = join(DIR, 'thang-02-2026.igate.xlsx');
const CSV = join(DIR, 'thang-02-2026.so-theo-doi.csv');
const CAL = join(DIR, 'calendar-tinh-mau-2026.json');
const now = wall(2026, 3, 10, 17, 0);
const calendar = () => new WorkCalendar(CalendarData.parse(JSON.parse(readFileSync(CAL, 'utf8'))));

let b: Launched;
let page: Page;
let want: RegisterAudit;
let tmp: string;
let server: LocalServer;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'nd30-register-'));
  want = await auditRegister(new Uint8Array(readFileSync(XLSX)), { file: 'thang-02-2026.igate.xlsx', catalogues: [defaultCatalogue], calendar: calendar(), now });
  server = new LocalServer(await freePort());
  await server.start();
  b = await launch();
  page = await b.open('register.html');
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

const csvOf = async (d: Download) => {
  const text = readFileSync((await d.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1).trim()).data;
};
const download = (testId: string) => Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]).then(([d]) => d);
const ints = (xs: (string | null)[]) => xs.map((x) => Number(x));

test('imports the XLSX with the province calendar and the audit date: the summary equals the audit', async () => {
  await page.getByTestId('audit-date').fill('2026-03-10');
  await page.getByTestId('calendar-file').setInputFiles(CAL);
  await expect.poll(() => page.getByTestId('calendar-name').textContent()).toContain('Lịch làm việc năm 2026');
  await page.getByTestId('register-file').setInputFiles(XLSX);
  await page.locator(`[data-testid=audit-done][data-sha="${want.sha256}"]`).waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('records').textContent()).toBe(String(want.records));
  // The audit ran in the worker, off the page's UI thread.
  expect(await page.getByTestId('audit-done').getAttribute('data-engine')).toBe('worker');

  const rows = page.getByTestId('summary-row');
  expect(await rows.count()).toBe(want.table.length);
  for (const [i, r] of want.table.entries()) {
    const row = rows.nth(i);
    expect(await row.getAttribute('data-procedure')).toBe(r.procedureCode);
    expect(await row.getAttribute('data-month')).toBe(r.month);
    const cells = ints(await row.locator('td[data-col]').allTextContents());
    expect(cells).toEqual([r.received, r.onTime, r.late, r.lateWithoutApology, r.open, r.notInSoftware]);
  }
  const sum = (k: keyof RegisterAudit['table'][number]) => want.table.reduce((s, r) => s + (r[k] as number), 0);
  const foot = ints(await page.getByTestId('summary-totals').locator('td[data-col]').allTextContents());
  expect(foot).toEqual([sum('received'), sum('onTime'), sum('late'), sum('lateWithoutApology'), sum('open'), sum('notInSoftware')]);
  expect(sum('late')).toBeGreaterThan(0);

  // Every finding is listed, dossier codes included.
  const fr = page.getByTestId('finding-row');
  expect(await fr.count()).toBe(want.findings.length);
  const codes = await fr.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')} ${e.getAttribute('data-code')}`));
  expect(codes.sort()).toEqual(want.findings.map((f) => `${f.ruleId} ${f.location?.text ?? ''}`).sort());
  await page.screenshot({ path: artifact('register-page.png'), fullPage: true });
});

test('summary CSV parsed back equals the table on screen', async () => {
  const rows = await csvOf(await download('csv-summary'));
  expect(rows[0]).toEqual(['Mã thủ tục', 'Tên thủ tục', 'Tháng', 'Tiếp nhận', 'Đúng hạn', 'Trễ hạn', 'Trễ hạn không xin lỗi', 'Đang giải quyết', 'Không có trên phần mềm']);
  const screen = await page.getByTestId('summary-row').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(rows.slice(1, -1)).toEqual(screen);
  const foot = await page.getByTestId('summary-totals').locator('td[data-col]').allTextContents();
  expect(rows.at(-1)!.slice(3)).toEqual(foot);
});

test('filter by rule, then the findings CSV and the XLSX hold exactly the rows on screen', async () => {
  await page.getByTestId('filter-rule').selectOption('tthc.record.late');
  const lateWant = want.findings.filter((f) => f.ruleId === 'tthc.record.late');
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(lateWant.length);
  const shown = await page.getByTestId('finding-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-rule'), e.getAttribute('data-code')]));
  expect(new Set(shown.map((x) => x[0]))).toEqual(new Set(['tthc.record.late']));

  const rows = await csvOf(await download('csv-findings'));
  expect(rows[0]!.slice(0, 4)).toEqual(['Vị trí', 'Mã hồ sơ', 'Tháng tiếp nhận', 'Mã quy tắc']);
  expect(rows.slice(1).map((r) => [r[3], r[1]])).toEqual(shown);
  expect(rows.slice(1).map((r) => r[7])).toEqual(lateWant.map((f) => f.message));

  const x = await download('xlsx');
  const buf = readFileSync((await x.path())!);
  const fin = await readSheet(buf, 'Hồ sơ có lỗi');
  expect(fin.slice(1).map((r) => [r[3], r[1]])).toEqual(shown);
  const sum = await readSheet(buf, 'Tổng hợp');
  expect(sum.length).toBe(want.table.length + 2);
  expect(sum.slice(1, -1).map((r) => [r[0], r[3], r[5]])).toEqual(want.table.map((t) => [t.procedureCode, t.received, t.late]));

  await page.getByTestId('filter-rule').selectOption('');
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(want.findings.length);
  // The per-rule table filters too: a click selects the rule, a second click clears it.
  const appt = page.locator('[data-testid=rule-counts] tr[data-rule="tthc.record.appointment"] a');
  await appt.click();
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(want.findings.filter((f) => f.ruleId === 'tthc.record.appointment').length);
  expect(await page.getByTestId('filter-rule').inputValue()).toBe('tthc.record.appointment');
  await appt.click();
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(want.findings.length);
});

test('print: the controls are hidden, the tables are whole', async () => {
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByTestId('register-file').locator('..').isVisible()).toBe(false);
  expect(await page.getByTestId('csv-summary').isVisible()).toBe(false);
  expect(await page.getByTestId('summary-table').isVisible()).toBe(true);
  // No inner scrolling in print: every finding row is laid out.
  const heights = await page.locator('.scroll').evaluateAll((els) => els.map((e) => getComputedStyle(e).maxHeight));
  expect(heights).toEqual(['none', 'none']);
  await page.screenshot({ path: artifact('register-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('a wrong file or a broken calendar: a plain message, no crash', async () => {
  await page.getByTestId('calendar-file').setInputFiles({ name: 'lich.json', mimeType: 'application/json', buffer: Buffer.from('{"daysOff": ["13/02/2026"]}') });
  await expect.poll(() => page.getByTestId('calendar-error').textContent()).toContain('Lịch làm việc không hợp lệ');
  // The calendar loaded before stays in force.
  expect(await page.getByTestId('calendar-name').textContent()).toContain('Lịch làm việc năm 2026');
  await page.getByTestId('register-file').setInputFiles({ name: 'nham.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n') });
  await expect.poll(() => page.getByTestId('finding-row').getAttribute('data-rule')).toBe('input.unsupported-format');
  expect(await page.getByTestId('findings-table').textContent()).toContain('không phải bảng số liệu');
});

test('counts sent to the local server: one summary per month, no dossier code, no file name', async () => {
  const token = server.token('clerk', 'xa-an-binh', 'huyen-dong');
  await page.evaluate(
    async ([url, tok]) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await (globalThis as any).chrome.storage.local.set({ settings: { server: url, token: tok, unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: true, firstRunDone: true } });
    },
    [server.url, token],
  );
  await page.reload();
  await page.getByTestId('audit-date').fill('2026-03-10');
  await page.getByTestId('register-file').setInputFiles(XLSX);
  await page.locator(`[data-testid=audit-done][data-sha="${want.sha256}"]`).waitFor({ timeout: 60_000 });
  const bodies: string[] = [];
  b.ctx.on('request', (r) => {
    if (r.url().endsWith('/v1/checks')) bodies.push(r.postData() ?? '');
  });
  await page.getByTestId('send-stats').click();
  await expect.poll(() => page.getByTestId('stats-result').textContent(), { timeout: 30_000 }).toContain('Đã gửi số liệu 1 tháng');
  const db = new Database(join(server.dataDir, 'functions.sqlite'), { readonly: true });
  const rows = db.prepare("SELECT unit, subject, month, counts FROM summaries WHERE subject = 'register'").all() as { unit: string; subject: string; month: string; counts: string }[];
  db.close();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.unit).toBe('xa-an-binh');
  expect(rows[0]!.month).toBe('2026-02');
  const counts = JSON.parse(rows[0]!.counts) as Record<string, { fail: number; needsReview: number }>;
  expect(counts['tthc.record.late']!.fail).toBe(want.findings.filter((f) => f.ruleId === 'tthc.record.late' && f.status === 'fail').length);
  // What left the machine: counts only.
  expect(bodies.length).toBeGreaterThan(0);
  const sent = bodies.join('\n');
  expect(sent).toContain('"subject":"register"');
  for (const f of want.findings) if (f.location?.text) expect(sent).not.toContain(f.location.text);
  expect(sent).not.toContain('igate.xlsx');
  // Pressing again does not count twice.
  await page.getByTestId('send-stats').click();
  await expect.poll(() => page.getByTestId('stats-result').textContent()).toContain('không gửi lại');
});

test('unknown headers: the mapping step, then the saved mapping is reused after a reload', async () => {
  const text = readFileSync(CSV, 'utf8').replace(',Mã hồ sơ,', ',Số HS,').replace(',Ngày nhận,', ',Nhận lúc,');
  const odd = join(tmp, 'phan-mem-x-thang-02.csv');
  writeFileSync(odd, text);
  const csvWant = await auditRegister(new Uint8Array(readFileSync(CSV)), { file: 'x.csv', catalogues: [defaultCatalogue], calendar: calendar(), now });

  await page.getByTestId('register-file').setInputFiles(odd);
  await page.getByTestId('mapping-step').waitFor({ timeout: 30_000 });
  // Unmapped required fields are refused with a message.
  await page.getByTestId('map-apply').click();
  expect(await page.getByTestId('map-errors').textContent()).toContain('Mã hồ sơ');
  await page.getByTestId('map-code').selectOption('Số HS');
  await page.getByTestId('map-receivedAt').selectOption('Nhận lúc');
  await page.getByTestId('map-name').fill('Phần mềm X');
  await page.getByTestId('map-apply').click();
  await page.getByTestId('audit-done').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('used-mapping').textContent()).toBe('phan-mem-x');
  expect(await page.getByTestId('records').textContent()).toBe(String(csvWant.records));
  expect(await page.getByTestId('finding-row').count()).toBe(csvWant.findings.length);
  await page.screenshot({ path: artifact('register-mapping.png'), fullPage: true });

  await page.reload();
  await page.getByTestId('audit-date').fill('2026-03-10');
  await page.getByTestId('register-file').setInputFiles(odd);
  await page.getByTestId('audit-done').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('used-mapping').textContent()).toBe('phan-mem-x');
  expect(await page.getByTestId('saved-mappings').textContent()).toContain('phan-mem-x');
  const foot = ints(await page.getByTestId('summary-totals').locator('td[data-col]').allTextContents());
  expect(foot[0]).toBe(csvWant.records);
  expect(foot[2]).toBe(csvWant.table.reduce((s, r) => s + r.late, 0));
});

test('the paper register as second list: entries missing from the software are counted and listed', async () => {
  const PAPER = join(DIR, 'thang-02-2026.so-giay.csv');
  const withPaper = await auditRegister(new Uint8Array(readFileSync(CSV)), {
    file: 'thang-02-2026.so-theo-doi.csv',
    catalogues: [defaultCatalogue],
    calendar: calendar(),
    now,
    paper: { bytes: new Uint8Array(readFileSync(PAPER)), file: 'thang-02-2026.so-giay.csv' },
  });
  await page.reload();
  await page.getByTestId('audit-date').fill('2026-03-10');
  await page.getByTestId('paper-file').setInputFiles(PAPER);
  await page.getByTestId('register-file').setInputFiles(CSV);
  await page.locator(`[data-testid=audit-done][data-sha="${withPaper.sha256}"]`).waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(withPaper.findings.length);
  const foot = ints(await page.getByTestId('summary-totals').locator('td[data-col]').allTextContents());
  expect(foot[5]).toBe(4); // three paper-only entries + the record without a code
  await page.getByTestId('filter-rule').selectOption('tthc.record.not-in-software');
  const want = withPaper.findings.filter((f) => f.ruleId === 'tthc.record.not-in-software');
  await expect.poll(() => page.getByTestId('finding-row').count()).toBe(want.length);
  const places = await page.getByTestId('finding-row').evaluateAll((els) => els.map((e) => e.querySelector('td')!.textContent ?? ''));
  expect(places.filter((p) => p.includes('(thang-02-2026.so-giay.csv)')).length).toBe(3);
});

test('the side panel opens the page', async () => {
  const panel = await b.open('sidepanel.html');
  const [opened] = await Promise.all([b.ctx.waitForEvent('page'), panel.getByTestId('open-register').click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`chrome-extension://${b.id}/register.html`);
  expect(await opened.locator('h1').textContent()).toBe('Kiểm tra sổ theo dõi hồ sơ');
});

test('dropping the export on the page audits it', async () => {
  await page.reload();
  await page.getByTestId('audit-date').fill('2026-03-10');
  const csvWant = await auditRegister(new Uint8Array(readFileSync(CSV)), { file: 'x.csv', catalogues: [defaultCatalogue], calendar: calendar(), now });
  const b64 = readFileSync(CSV).toString('base64');
  const dt = await page.evaluateHandle((data) => {
    const dt = new DataTransfer();
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    dt.items.add(new File([bytes], 'thang-02-2026.so-theo-doi.csv', { type: 'text/csv' }));
    return dt;
  }, b64);
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dt });
  await page.locator(`[data-testid=audit-done][data-sha="${csvWant.sha256}"]`).waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('layout').textContent()).toContain('Sổ theo dõi hồ sơ');
  expect(await page.getByTestId('finding-row').count()).toBe(csvWant.findings.length);
});
