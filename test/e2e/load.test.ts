// The built extension loads in headless Chromium: service worker up, panel and options pages render.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, artifact, launch, type Launched } from './browser.ts';

let b: Launched;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

test('service worker starts from the built background.js', () => {
  expect(b.sw.url()).toBe(`chrome-extension://${b.id}/background.js`);
});

test('side panel page opens and renders Vietnamese text', async () => {
  const page = await b.open('sidepanel.html');
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('Kiểm tra văn bản');
  await page.screenshot({ path: artifact('load-sidepanel.png') });
  await page.close();
});

test('options page opens', async () => {
  const page = await b.open('options.html');
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('Cài đặt');
  await page.close();
});

test('extension name comes from _locales in the browser UI language', async () => {
  // Debian's chromium ships only en-US.pak unless chromium-l10n is installed, so the UI may be English.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const got = await b.sw.evaluate(() => { const c = (globalThis as any).chrome; return { lang: c.i18n.getUILanguage() as string, name: c.i18n.getMessage('extName') as string }; });
  const lang = got.lang.startsWith('vi') ? 'vi' : 'en';
  const want = JSON.parse(readFileSync(join(ROOT, `extension/public/_locales/${lang}/messages.json`), 'utf8')).extName.message;
  expect(got.name).toBe(want);
  expect(got.name).not.toContain('__MSG_');
});
