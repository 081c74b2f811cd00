// The portal form check in Chromium: each local test page (test/fixtures/portals, one per portal
// family of dossier.md §1) served on 127.0.0.1 shows the in-page summary with the right lines;
// a line scrolls to its field; an upload made on the page updates the summary; the page itself is
// left unchanged (only our overlay is added); the reception view repeats it and takes the procedure.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launch, type Launched } from './browser.ts';
import { freePort } from './server.ts';

const DIR = join(ROOT, 'test/fixtures/portals');
let http: Server;
let base = '';
let b: Launched;

beforeAll(async () => {
  const port = await freePort();
  http = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (!/^[a-z0-9-]+\.html$/.test(name)) return res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(DIR, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => http.listen(port, '127.0.0.1', r));
  base = `http://127.0.0.1:${port}`;
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  await new Promise((r) => http?.close(r));
});

async function openPortal(path: string): Promise<Page> {
  const page = await b.ctx.newPage();
  // The page's own body as loaded (main world), to show the check changes nothing in it.
  await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => ((window as unknown as { __body: string }).__body = document.body.innerHTML)));
  await page.goto(`${base}/${path}`);
  await page.locator('[data-nd30=portal-summary] .box').waitFor({ timeout: 20_000 });
  return page;
}

const section = (page: Page, key: string) => page.locator(`[data-nd30=portal-summary] ul[data-section=${key}] li`).allTextContents();
const unchanged = (page: Page) => page.evaluate(() => document.body.innerHTML === (window as unknown as { __body: string }).__body);

test('old DVCQG detail page: compared with the catalogue', async () => {
  const page = await openPortal('dvcqg-old.html?ma_thu_tuc=1.001193');
  expect(await page.locator('[data-nd30=portal-summary] .proc').textContent()).toBe('1.001193 — Đăng ký khai sinh');
  expect(await section(page, 'missing')).toEqual([expect.stringMatching(/^Thiếu thành phần hồ sơ: Giấy chứng sinh/)]);
  const extra = await section(page, 'extra');
  expect(extra).toHaveLength(2);
  expect(extra[0]).toContain('Giấy chứng nhận kết hôn');
  expect(extra[0]).toMatch(/Căn cứ: /);
  expect(await unchanged(page)).toBe(true);
  await page.close();
});

test('SurveyJS page: procedure from the text; empty and malformed fields; an upload on the page clears the missing line', async () => {
  const page = await openPortal('surveyjs.html?formalityCaseId=019d2bfd-8e22');
  expect(await page.locator('[data-nd30=portal-summary] .proc').textContent()).toBe('1.000656 — Đăng ký khai tử');
  expect(await section(page, 'missing')).toEqual([expect.stringContaining('Giấy báo tử')]);
  const fields = await section(page, 'fields');
  expect(fields).toEqual([expect.stringContaining('chưa điền “Họ, chữ đệm, tên người đã chết”'), expect.stringContaining('“Số định danh cá nhân” có giá trị không hợp lệ “0123456789”')]);
  expect(await unchanged(page)).toBe(true);
  // The line scrolls to the field and focuses it.
  await page.locator('[data-nd30=portal-summary] ul[data-section=fields] a').first().click();
  expect(await page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name'))).toBe('citizenNDK_HoVaTen__1761724625529');
  // The applicant fills the name and uploads the giấy báo tử: the summary follows.
  await page.locator('[data-name^="citizenNDK_HoVaTen"] input').first().fill('Trần Văn Bình');
  await page.locator('#row-bao-tu button').click();
  await page.locator('#shared-file').setInputFiles({ name: 'giay-bao-tu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await expect.poll(() => section(page, 'missing'), { timeout: 10_000 }).toEqual([]);
  expect(await section(page, 'fields')).toEqual([expect.stringContaining('Số định danh cá nhân')]);
  await page.close();
});

test('Angular Material, Form.io, Liferay and generic pages: the right lines for each family', async () => {
  const ang = await openPortal('angular.html#/ke-khai/1.001193');
  expect(await section(ang, 'missing')).toEqual([expect.stringContaining('Giấy chứng sinh')]);
  expect(await section(ang, 'fields')).toEqual([expect.stringContaining('Quan hệ với người được khai sinh'), expect.stringContaining('30/02/2026')]);
  expect(await unchanged(ang)).toBe(true);
  await ang.close();

  const fio = await openPortal('formio.html?maThuTuc=1.004873');
  expect(await section(fio, 'missing')).toEqual([]);
  expect(await section(fio, 'extra')).toEqual([expect.stringContaining('Sổ hộ khẩu')]);
  expect(await section(fio, 'fields')).toEqual([expect.stringContaining('chưa điền “Họ và tên”')]);
  await fio.close();

  const lif = await openPortal('liferay.html?MaTTHC=2.000884&MaDVC=2.000884.01');
  expect(await section(lif, 'missing')).toEqual([expect.stringContaining('Giấy tờ, văn bản mà người yêu cầu sẽ ký')]);
  // Ticking the row and choosing its file: nothing missing any more.
  await lif.locator('#thanhPhanHoSo101').check();
  await lif.locator('#file101').setInputFiles({ name: 'hop-dong.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await expect.poll(() => section(lif, 'missing'), { timeout: 10_000 }).toEqual([]);
  await lif.close();

  const gen = await openPortal('generic.html?maThuTuc=1.000656');
  expect(await section(gen, 'extra')).toEqual([expect.stringContaining('so-yeu-ly-lich.pdf')]);
  expect(await section(gen, 'fields')).toEqual([expect.stringContaining('Họ tên người đi khai')]);
  expect(await section(gen, 'missing')).toEqual([]);
  expect(await unchanged(gen)).toBe(true);

  // The reception view repeats the last page's summary and takes its procedure.
  const rec = await b.open('reception.html');
  await rec.getByTestId('portal-panel').waitFor();
  expect(await rec.getByTestId('portal-panel').textContent()).toContain('so-yeu-ly-lich.pdf');
  await rec.getByTestId('procedure-from-portal').click();
  expect(await rec.getByTestId('procedure-name').textContent()).toBe('1.000656 — Đăng ký khai tử');
  // Switched off for this site: the page gets no overlay after a reload.
  await rec.getByTestId('portal-site-toggle').click();
  await gen.reload();
  await gen.waitForTimeout(1500);
  expect(await gen.locator('[data-nd30=portal-summary]').count()).toBe(0);
  await rec.getByTestId('portal-site-toggle').click();
  await gen.reload();
  await gen.locator('[data-nd30=portal-summary] .box').waitFor({ timeout: 20_000 });
  await gen.close();
  await rec.close();
});

test('the clerk enables a site from the reception view: the portal check is registered for it (once per page)', async () => {
  const rec = await b.open('reception.html');
  await rec.getByTestId('portal-sites').locator('summary').click();
  await rec.getByTestId('site-address').fill(`${base}/formio.html?maThuTuc=1.004873`);
  await rec.getByTestId('site-enable').click();
  await expect.poll(() => rec.getByTestId('site-message').textContent().catch(() => '')).toContain('Đã bật kiểm tra hồ sơ trên http://127.0.0.1/*');
  const registered = () => b.sw.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches]));
  expect(await registered()).toEqual([['nd30-portal-http-127-0-0-1', ['http://127.0.0.1/*']]]);
  expect(await rec.getByTestId('site').allTextContents()).toEqual([expect.stringContaining('http://127.0.0.1/*')]);
  // Matched twice now (static + registered): still one overlay.
  const page = await openPortal('formio.html?maThuTuc=1.004873');
  await page.waitForTimeout(500);
  expect(await page.locator('[data-nd30=portal-summary]').count()).toBe(1);
  await page.close();
  await rec.getByTestId('site').locator('button').click();
  await expect.poll(registered).toEqual([]);
  await rec.close();
});
