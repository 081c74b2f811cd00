// Context menu "Kiểm tra văn bản" on a link: the service worker leaves the link for the panel,
// which downloads it and checks it there. (Chromium cannot click a context menu headless, so the
// test plays the service worker's part: it stores the link exactly as the menu handler does.)
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { ROOT, launch, type Launched } from './browser.ts';

const DOCX = join(ROOT, 'test/fixtures/pdf/out/admin.docx');
let b: Launched;
let http: Server;
let port = 0;

beforeAll(async () => {
  http = createServer((req, res) => {
    if (req.url === '/files/quyet-dinh.docx') {
      res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      return res.end(readFileSync(DOCX));
    }
    res.writeHead(404).end();
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

test('a linked .docx handed over by the context menu is downloaded and checked in the panel', async () => {
  const want = await checkDocument(new Uint8Array(readFileSync(DOCX)), nd30Pack, { file: 'quyet-dinh.docx' });
  const panel = await b.open('sidepanel.html');
  await panel.getByTestId('drop').waitFor();
  const url = `http://127.0.0.1:${port}/files/quyet-dinh.docx`;
  await b.sw.evaluate(
    (u) => (globalThis as unknown as { chrome: { storage: { session: { set(o: object): Promise<void> } } } }).chrome.storage.session.set({ pendingUrl: u }),
    url,
  );
  await panel.locator('[data-testid=report][data-file="quyet-dinh.docx"]').waitFor({ timeout: 60_000 });
  expect(await panel.locator('[data-finding]').count()).toBe(want.findings.length);
  expect(Number(await panel.getByTestId('count-error').textContent())).toBe(want.summary.errors);
});
