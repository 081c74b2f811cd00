// Inspector dashboard in Chromium against the local server on a seeded year (suppression at 3):
// the figures equal the API's answer, "< 3" hides small groups, CSV/XLSX exports equal the screen,
// drill-down shows the rule's legal reference, a clerk's token is refused.
import Papa from 'papaparse';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { nd30Pack } from '../../rules/packs/index.ts';
import { seedYear } from '../fixtures/seed/seed-year.ts';
import { artifact, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';
import type { Page } from 'playwright-core';

let server: LocalServer;
let b: Launched;
let inspector: string;
let clerk: string;

const setSettings = (s: object) =>
  b.sw.evaluate((v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v }), s);
const api = async (path: string) => {
  const r = await fetch(`${server.url}/v1${path}`, { headers: { authorization: `Bearer ${inspector}` } });
  expect(r.status).toBe(200);
  return r.json() as Promise<{ minCell: number; rows: Record<string, unknown>[] }>;
};
const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')}%`;
const tableText = (page: Page, key: string) =>
  page.getByTestId(`table-${key}`).evaluate((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

beforeAll(async () => {
  server = new LocalServer(await freePort(), { STATS_MIN_CELL: '3' });
  await seedYear(server.dataDir);
  await server.start();
  inspector = server.token('inspector', 'tinh-binh-minh');
  clerk = server.token('clerk', 'xa-an-binh', 'huyen-dong');
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await server?.dispose();
});

async function openDashboard(): Promise<Page> {
  await setSettings({ server: server.url, token: inspector, unit: 'tinh-binh-minh', role: 'inspector', lang: 'vi', sendStats: false, firstRunDone: true });
  const page = await b.open('dashboard.html');
  await page.locator('[data-testid=dashboard][data-ready=yes]').waitFor({ timeout: 30_000 });
  return page;
}

test('the dashboard shows what the API returns, with small groups as "< 3"', async () => {
  const page = await openDashboard();
  const overall = (await api('/stats?unit=tinh-binh-minh')).rows[0] as { documents: number; errorShare: number };
  const figures = await page.getByTestId('figure').allTextContents();
  expect(figures[0]).toBe(String(overall.documents));
  expect(figures[1]).toBe(pct(overall.errorShare));
  expect(overall.documents).toBeGreaterThan(1000);

  // Unit × rule: every cell equals the API's count for that unit and rule; the quiet commune is hidden.
  const byUnit = (await api('/stats?unit=tinh-binh-minh&groupBy=unit')).rows as { unit: string; suppressed: boolean; documents?: number }[];
  const cells = (await api('/stats?unit=tinh-binh-minh&groupBy=unit,rule')).rows as { unit: string; rule: string; suppressed: boolean; documentsWithError?: number }[];
  const grid = await tableText(page, 'unitRule');
  const head = grid[0]!;
  expect(grid.length - 1).toBe(byUnit.length);
  const quiet = grid.find((r) => r[0] === 'Xã Vắng Vẻ')!;
  expect(quiet.slice(1).every((v) => v === '< 3')).toBe(true);
  expect(byUnit.find((u) => u.unit === 'xa-vang-ve')!.suppressed).toBe(true);
  const anBinh = grid.find((r) => r[0] === 'Xã An Bình')!;
  const anBinhDocs = byUnit.find((u) => u.unit === 'xa-an-binh')!.documents!;
  expect(anBinh[1]).toBe(String(anBinhDocs));
  for (let j = 2; j < head.length; j++) {
    const c = cells.find((x) => x.unit === 'xa-an-binh' && x.rule === head[j])!;
    expect(anBinh[j]).toBe(`${c.documentsWithError} · ${pct(c.documentsWithError! / anBinhDocs)}`);
  }
  // No number of documents of a suppressed group anywhere on the page.
  const body = await page.locator('main').innerText();
  expect(body).toContain('< 3');

  // Trend: one row per month, equal to /stats/trend.
  const trend = (await api('/stats/trend?unit=tinh-binh-minh')).rows as { month: string; documents: number }[];
  const trendGrid = await tableText(page, 'trend');
  expect(trendGrid.slice(1).map((r) => r[1])).toEqual(trend.map((r) => String(r.documents)));
  await page.screenshot({ path: artifact('inspector-dashboard.png'), fullPage: true });

  // Exports: CSV and XLSX parse back to exactly the on-screen tables.
  const screen = {
    topRules: await tableText(page, 'topRules'),
    trend: trendGrid,
    unitRule: grid,
  };
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = Papa.parse<string[]>(readFileSync(await csvDl.path()).toString('utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  for (const rows of Object.values(screen)) {
    const at = csv.findIndex((r) => r.join('\u0001') === rows[0]!.join('\u0001'));
    expect(at).toBeGreaterThan(0);
    expect(csv.slice(at, at + rows.length)).toEqual(rows);
  }
  expect(csv).toContainEqual(['Số văn bản đã kiểm tra', figures[0]]);
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const xlsx = readFileSync(await xlsxDl.path());
  const sheet = async (name: string) => (await readSheet(xlsx, name)).map((r) => r.map((v) => (v === null ? '' : String(v))));
  expect((await sheet('Đơn vị x quy tắc')).slice(2)).toEqual(grid);
  expect((await sheet('Theo tháng')).slice(2)).toEqual(trendGrid);
  expect((await sheet('Quy tắc')).slice(2)).toEqual(screen.topRules);

  // Drill down from a cell: the rule's legal reference and the counts behind it.
  const rule = head[2]!;
  await page.locator(`[data-testid=table-unitRule] td[data-rule="${rule}"][data-unit="xa-an-binh"]`).click();
  await page.getByTestId('drill-counts').waitFor();
  expect(await page.getByTestId('drill-legal').textContent()).toBe(nd30Pack.rules.find((r) => r.id === rule)!.legalRef);
  const byType = (await api(`/stats?unit=xa-an-binh&rule=${rule}&groupBy=docType`)).rows as { docType: string; documentsWithError?: number }[];
  const drillText = await page.getByTestId('drill-counts').innerText();
  for (const r of byType.filter((r) => r.documentsWithError !== undefined)) expect(drillText).toContain(r.docType);
  await page.getByTestId('drill').screenshot({ path: artifact('inspector-drill.png') });

  // Print: the page as PDF keeps the figures (print stylesheet drops the filters and buttons).
  await page.emulateMedia({ media: 'print' });
  const pdfPath = artifact('inspector-dashboard-print.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: false }));
  const printed = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(printed).toContain(`Số văn bản đã kiểm tra`);
  expect(printed).toContain(String(overall.documents));
  expect(printed).toMatch(/Xã Vắng Vẻ\s+<\s?3\s/); // pdftotext may drop the space in "< 3"
  expect(printed).not.toContain('Tải CSV'); // buttons and filters are not printed
  await page.close();
});

test('the side panel links an inspector to the inspector pages, and a clerk not', async () => {
  await setSettings({ server: server.url, token: inspector, unit: 'tinh-binh-minh', role: 'inspector', lang: 'vi', sendStats: false, firstRunDone: true });
  let panel = await b.open('sidepanel.html');
  await panel.getByTestId('open-dashboard').waitFor({ timeout: 20_000 });
  expect(await panel.getByTestId('open-inspection').count()).toBe(1);
  await panel.close();
  await setSettings({ server: server.url, token: clerk, unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: false, firstRunDone: true });
  panel = await b.open('sidepanel.html');
  await panel.getByTestId('pack-in-force').waitFor({ timeout: 20_000 });
  expect(await panel.getByTestId('open-dashboard').count()).toBe(0);
  await panel.close();
});

test('filters: a district and a document type give the API numbers for that query', async () => {
  const page = await openDashboard();
  await page.getByTestId('f-unit').selectOption('huyen-dong');
  await page.getByTestId('f-doctype').selectOption('QĐ');
  await page.getByTestId('f-from').fill('2026-01');
  await page.getByTestId('f-to').fill('2026-06');
  await page.getByTestId('f-apply').click();
  await expect.poll(() => page.getByTestId('filter-line').textContent()).toContain('Huyện Đông');
  await page.locator('[data-testid=dashboard][data-ready=yes]').waitFor();
  const overall = (await api('/stats?unit=huyen-dong&docType=Q%C4%90&from=2026-01&to=2026-06')).rows[0] as { documents: number; errorShare: number };
  const figures = await page.getByTestId('figure').allTextContents();
  expect(figures.slice(0, 2)).toEqual([String(overall.documents), pct(overall.errorShare)]);
  const units = (await tableText(page, 'unitRule')).slice(1).map((r) => r[0]);
  expect(units.sort()).toEqual(['Xã An Bình', 'Xã Phú Lộc', 'Xã Tân Hòa']);
  await page.close();
});

test('pack version: the choices come from the data and the filtered figures equal the API', async () => {
  const page = await openDashboard();
  const versions = (await api('/stats?unit=tinh-binh-minh&groupBy=pack,packVersion')).rows as { pack: string; packVersion: string }[];
  expect(versions.map((v) => v.packVersion)).toEqual(['2026.1.0', '2026.2.0']); // the seeded year has two
  const options = await page.getByTestId('f-packversion').locator('option').allTextContents();
  expect(options.slice(1)).toEqual(versions.map((v) => `${v.pack} ${v.packVersion}`));

  await page.getByTestId('f-packversion').selectOption({ label: 'nd30 2026.2.0' });
  await page.getByTestId('f-apply').click();
  await expect.poll(() => page.getByTestId('filter-line').textContent()).toContain('nd30 2026.2.0');
  await page.locator('[data-testid=dashboard][data-ready=yes]').waitFor();
  const q = 'unit=tinh-binh-minh&pack=nd30&packVersion=2026.2.0';
  const overall = (await api(`/stats?${q}`)).rows[0] as { documents: number; errorShare: number };
  const all = (await api('/stats?unit=tinh-binh-minh')).rows[0] as { documents: number };
  expect(overall.documents).toBeGreaterThan(0);
  expect(overall.documents).toBeLessThan(all.documents);
  const figures = await page.getByTestId('figure').allTextContents();
  expect(figures.slice(0, 2)).toEqual([String(overall.documents), pct(overall.errorShare)]);
  const trend = (await api(`/stats/trend?${q}`)).rows as { month: string; documents: number }[];
  expect(trend.every((r) => r.month >= '2026-06')).toBe(true);
  expect((await tableText(page, 'trend')).slice(1).map((r) => r[1])).toEqual(trend.map((r) => String(r.documents)));
  const byUnit = (await api(`/stats?${q}&groupBy=unit`)).rows as { unit: string; suppressed: boolean; documents?: number }[];
  const grid = await tableText(page, 'unitRule');
  expect(grid.length - 1).toBe(byUnit.length);
  const anBinh = byUnit.find((u) => u.unit === 'xa-an-binh')!;
  expect(grid.find((r) => r[0] === 'Xã An Bình')![1]).toBe(anBinh.suppressed ? '< 3' : String(anBinh.documents));
  // The other version is still offered, and "all" brings back the whole figures.
  expect(await page.getByTestId('f-packversion').locator('option').count()).toBe(3);
  await page.getByTestId('f-packversion').selectOption('');
  await page.getByTestId('f-apply').click();
  await expect.poll(() => page.getByTestId('figure').first().textContent()).toBe(String(all.documents));
  await page.close();
});

test("a clerk's token sees no inspector page", async () => {
  await setSettings({ server: server.url, token: clerk, unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: false, firstRunDone: true });
  for (const p of ['dashboard.html', 'inspection.html']) {
    const page = await b.open(p);
    await page.getByTestId('refused').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('refused').textContent()).toContain('chỉ dành cho cán bộ thanh tra');
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    await page.screenshot({ path: artifact(`inspector-refused-${p.replace('.html', '')}.png`) });
    await page.close();
  }
});
