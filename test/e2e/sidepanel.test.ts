// The clerk's side panel with the built extension: check a .docx and a .pdf, see the expected
// findings (same as checkDocument gives in Node on the same bytes) and their places in the preview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import type { Report } from '../../rules/report.ts';
import { ROOT, artifact, launch, type Launched } from './browser.ts';

const DOCX = 'test/fixtures/pdf/out/admin.docx';
const PDF = 'test/fixtures/pdf/out/admin.pdf';

let b: Launched;
let page: Page;
const expected: Record<string, Report> = {};

beforeAll(async () => {
  for (const f of [DOCX, PDF]) expected[f] = await checkDocument(new Uint8Array(readFileSync(join(ROOT, f))), nd30Pack, { file: f.split('/').pop() });
  b = await launch();
  page = await b.open('sidepanel.html');
  // About the width Chrome gives a side panel.
  await page.setViewportSize({ width: 420, height: 900 });
});
afterAll(async () => {
  await b?.close();
});

async function check(rel: string) {
  await page.getByTestId('file-input').setInputFiles(join(ROOT, rel));
  const name = rel.split('/').pop()!;
  await page.locator(`[data-testid=report][data-file="${name}"]`).waitFor({ timeout: 60_000 });
}

async function shownRules(): Promise<string[]> {
  return (await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')!))).sort();
}

describe('side panel', () => {
  test('first run states what leaves the machine and what does not', async () => {
    expect(await page.getByTestId('drop').count()).toBe(0);
    expect(await page.getByTestId('stays').textContent()).toContain('Văn bản của bạn KHÔNG rời khỏi máy tính này');
    expect(await page.getByTestId('leaves').textContent()).toContain('Chỉ gửi đi số liệu thống kê');
    await page.screenshot({ path: artifact('sidepanel-first-run.png') });
    await page.getByTestId('first-run-ok').click();
    await page.getByTestId('drop').waitFor();
    const p = await b.open('sidepanel.html');
    // Already accepted in this profile: the panel goes straight to the checker.
    await expect.poll(() => p.getByTestId('drop').count()).toBe(1);
    await p.close();
  });

  test('a .docx: document type, pack version, counts and the same findings as the checker', async () => {
    await check(DOCX);
    const want = expected[DOCX]!;
    expect(await page.getByTestId('doc-type').textContent()).toContain(want.docType!.code);
    expect(await page.getByTestId('pack-version').textContent()).toBe(`nd30 ${nd30Pack.version}`);
    expect(Number(await page.getByTestId('count-error').textContent())).toBe(want.summary.errors);
    expect(Number(await page.getByTestId('count-review').textContent())).toBe(want.summary.needsReview);
    expect(await shownRules()).toEqual(want.findings.map((f) => f.ruleId).sort());
    // Groups carry the clerk's names for components.
    expect(await page.locator('[data-testid=group] h3').allTextContents()).not.toHaveLength(0);
    await page.screenshot({ path: artifact('sidepanel-summary.png') });
    // A rule failing in many paragraphs is folded after two, behind one line that lists the places.
    const byRule = new Map<string, number>();
    for (const f of want.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const [rule, n] = [...byRule].find(([, k]) => k > 3) ?? [];
    if (rule) {
      const more = page.locator(`[data-testid=more][data-rule="${rule}"]`);
      expect(await more.textContent()).toContain(`Hiện thêm ${n! - 2} chỗ cùng lỗi`);
      expect(await page.locator(`[data-finding][data-rule="${rule}"]:visible`).count()).toBe(2);
      await more.click();
      expect(await page.locator(`[data-finding][data-rule="${rule}"]:visible`).count()).toBe(n);
    }
  });

  test('.docx preview marks the paragraphs findings point at; clicking a finding scrolls there and back', async () => {
    const want = expected[DOCX]!;
    const withPara = want.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.location?.paragraph !== undefined && f.location.text);
    expect(withPara.length).toBeGreaterThan(0);
    await page.locator('.preview .docx').waitFor();
    expect(await page.locator('.preview .nd30-mark').count()).toBeGreaterThan(0);
    // Every finding with a paragraph and its text is marked on a block that shows that text.
    const norm = (t: string) => t.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
    for (const { f, i } of withPara) {
      const block = page.locator(`.preview .docx [data-findings~="${i}"]`);
      expect(await block.count(), f.ruleId).toBe(1);
      expect(norm((await block.textContent())!), f.ruleId).toContain(norm(f.location!.text!).slice(0, 60));
    }
    const { f, i } = withPara[0]!;
    await page.locator(`#finding-${i} [data-testid=show]`).click();
    const mark = page.locator('.preview .nd30-mark.active').first();
    await mark.waitFor();
    expect((await mark.textContent())!.replace(/\s+/g, ' ')).toContain(f.location!.text!.replace(/\s+/g, ' ').slice(0, 30));
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: artifact('sidepanel-docx.png'), fullPage: false });
    await page.getByTestId('back').click();
    await expect.poll(() => page.locator(`#finding-${i}`).evaluate((e) => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
  });

  test('severity filter and muting a rule with a reason', async () => {
    const errs = Number(await page.getByTestId('count-error').textContent());
    await page.getByTestId('filter-review').uncheck();
    expect(await page.locator('[data-finding][data-bucket=review]').count()).toBe(0);
    await page.getByTestId('filter-review').check();
    const first = page.locator('[data-finding][data-bucket=error]').first();
    const rule = (await first.getAttribute('data-rule'))!;
    const n = await page.locator(`[data-finding][data-rule="${rule}"][data-bucket=error]`).count();
    await first.getByTestId('mute').click();
    await first.getByTestId('mute-reason').fill('Mẫu riêng của tỉnh đã được duyệt');
    await first.getByTestId('mute-ok').click();
    await expect.poll(async () => Number(await page.getByTestId('count-error').textContent())).toBe(errs - n);
    expect(await page.locator(`[data-finding][data-rule="${rule}"]`).count()).toBe(0);
    expect(await page.getByTestId('muted').textContent()).toContain('Mẫu riêng của tỉnh đã được duyệt');
  });

  test('exports: JSON, CSV and a printable page in Vietnamese', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const rep = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(rep.sha256).toBe(expected[DOCX]!.sha256);
    expect(Object.values(rep.muted)).toContain('Mẫu riêng của tỉnh đã được duyệt');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toContain('Mã quy tắc');
    expect(csv.suggestedFilename()).toBe('admin.kiem-tra.csv');
    const [printPage] = await Promise.all([b.ctx.waitForEvent('page'), page.getByTestId('export-print').click()]);
    await printPage.waitForLoadState();
    expect(await printPage.locator('h1').textContent()).toBe('Kết quả kiểm tra thể thức văn bản');
    await printPage.close();
  });

  test('a .pdf: findings as in Node, pages drawn with pdf.js and boxes marked', async () => {
    await check(PDF);
    const want = expected[PDF]!;
    expect(await shownRules()).toEqual(want.findings.map((f) => f.ruleId).sort());
    expect(Number(await page.getByTestId('count-error').textContent())).toBe(want.summary.errors);
    await page.locator('.pdf-page canvas').first().waitFor({ timeout: 30_000 });
    const boxed = want.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.location?.bbox && f.location.page);
    expect(boxed.length).toBeGreaterThan(0);
    const { f, i } = boxed[0]!;
    await page.locator(`#finding-${i} [data-testid=show]`).click();
    const mark = page.locator(`.pdf-page[data-page="${f.location!.page}"] .nd30-mark.active`);
    await mark.waitFor();
    // The mark sits where the bbox says, scaled to the drawn page.
    const geo = await mark.evaluate((m) => {
      const pg = m.parentElement!;
      return { left: parseFloat(m.style.left), top: parseFloat(m.style.top), w: pg.clientWidth };
    });
    const scale = geo.w / 595.3;
    expect(Math.abs(geo.left + 2 - f.location!.bbox![0] * scale)).toBeLessThan(3);
    expect(Math.abs(geo.top + 2 - f.location!.bbox![1] * scale)).toBeLessThan(3);
    // The canvas really has ink (pdf.js drew the page).
    const ink = await page.locator('.pdf-page canvas').first().evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k]! < 128) dark++;
      return dark;
    });
    expect(ink).toBeGreaterThan(1000);
    await page.screenshot({ path: artifact('sidepanel-pdf.png') });
  });

  test('several files at once: each gets its tab and its own report', async () => {
    await page.getByTestId('file-input').setInputFiles([join(ROOT, DOCX), join(ROOT, PDF)]);
    await expect.poll(() => page.getByTestId('files').locator('button').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.getByTestId('files').textContent(), { timeout: 60_000 }).not.toContain('…');
    await page.getByTestId('files').locator('button', { hasText: 'admin.docx' }).last().click();
    await page.locator('[data-testid=report][data-file="admin.docx"]').waitFor();
    expect(await page.getByTestId('file-name').textContent()).toBe('admin.docx');
  });

  test('English interface when chosen in the settings', async () => {
    const opt = await b.open('options.html');
    await opt.getByTestId('lang').selectOption('en');
    await opt.getByTestId('save').click();
    await opt.getByTestId('saved').waitFor();
    await opt.close();
    const p = await b.open('sidepanel.html');
    await expect.poll(() => p.locator('h1').first().textContent()).toBe('Check a document');
    expect(await p.getByTestId('drop').textContent()).toContain('Drop .docx/.pdf files here');
    await p.close();
  });
});
