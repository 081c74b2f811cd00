// The content script on a page with a file input (as on a one-stop portal): picking a .pdf offers
// a check; accepting hands the file to the side panel, which checks it there.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { ROOT, artifact, launch, type Launched } from './browser.ts';

const PDF = join(ROOT, 'test/fixtures/pdf/out/admin.pdf');
let b: Launched;
let http: Server;
let port = 0;

beforeAll(async () => {
  http = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><meta charset="utf-8"><title>Cổng dịch vụ công</title><h1>Nộp hồ sơ</h1><input type="file" id="up">');
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  port = (http.address() as { port: number }).port;
  b = await launch();
  await b.sw.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({
      settings: { firstRunDone: true, server: '', token: '', unit: 'xa-an-binh', role: 'clerk', lang: 'vi', sendStats: false },
    }),
  );
});
afterAll(async () => {
  await b?.close();
  await new Promise((r) => http?.close(r));
});

test('a file picked in a page is offered for checking and checked in the panel', async () => {
  const want = await checkDocument(new Uint8Array(readFileSync(PDF)), nd30Pack, { file: 'admin.pdf' });
  const page = await b.ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.nd30Checker)).toBe('ready');
  await page.locator('#up').setInputFiles(PDF);
  const offer = page.locator('[data-nd30=offer] button').first();
  await offer.waitFor();
  expect(await offer.textContent()).toBe('Kiểm tra thể thức: admin.pdf');
  await page.screenshot({ path: artifact('content-offer.png') });
  await offer.click();
  await expect.poll(() => page.locator('[data-nd30=offer]').count()).toBe(0);
  // The click opened the real side panel (sidePanel.open with the user's gesture), which took the
  // file and checked it. Playwright does not list side-panel documents as pages, so read what the
  // panel queued for statistics (IndexedDB, shared by the extension's pages): this exact file's counts.
  const opt = await b.open('options.html');
  const readOutbox = () =>
    opt.evaluate(
      () =>
        new Promise<{ sha256: string; errors: number; counts: Record<string, { fail: number; needsReview: number }> }[]>((resolve, reject) => {
          const req = indexedDB.open('nd30-checker');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('outbox')) return resolve([]);
            const all = db.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () => resolve(all.result.map((x: { summary: never }) => x.summary));
          };
        }),
    );
  await expect.poll(async () => (await readOutbox()).length, { timeout: 60_000 }).toBe(1);
  const [summary] = await readOutbox();
  expect(summary!.sha256).toBe(want.sha256);
  expect(summary!.errors).toBe(want.summary.errors);
  expect(Object.keys(summary!.counts).sort()).toEqual([...new Set(want.findings.map((f) => f.ruleId))].sort());
});
