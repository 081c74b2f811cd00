// The rule editor in Chromium with the built extension and the local server: a clerk is refused;
// a legal editor widens the left margin, the side-by-side test on fail-margin-left.docx shows the
// finding disappear, publishes in observe mode; a second editor's stale publish gets the conflict
// message, reloads, re-applies and publishes; the procedure catalogue is edited the same way.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, artifact, launch, type Launched } from './browser.ts';
import { LocalServer, freePort } from './server.ts';

const FIX = join(ROOT, 'test/fixtures/nd30/out/fail-margin-left.docx');
let server: LocalServer;
let b1: Launched, b2: Launched;

function token(role: string, unit: string, label: string, parent?: string): string {
  const args = [join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'functions/cli/token.ts'), 'create', '--role', role, '--unit', unit, '--label', label, ...(parent ? ['--parent', parent] : [])];
  const env = { ...process.env, PORT: String(server.port), DATA_DIR: server.dataDir };
  return execFileSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
const settings = (b: Launched, tok: string, role: string) =>
  b.sw.evaluate(
    (v) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ settings: v }),
    { server: server.url, token: tok, unit: 'so-tu-phap', role, lang: 'vi', sendStats: false, firstRunDone: true },
  );
const items = (p: import('playwright-core').Page, id: string) => p.getByTestId(id).locator('li').allTextContents();
const current = async () => (await (await fetch(`${server.url}/v1/packs/nd30`)).json()) as { version: string; mode: string; pack: { rules: { id: string; severity: string; params: Record<string, unknown> }[] } };

beforeAll(async () => {
  server = new LocalServer(await freePort());
  await server.start();
  [b1, b2] = await Promise.all([launch(), launch()]);
});
afterAll(async () => {
  await b1?.close();
  await b2?.close();
  await server?.dispose();
});

test("a clerk's token sees a refusal, not the editor", async () => {
  await settings(b1, token('clerk', 'xa-a', 'Văn thư xã A', 'so-tu-phap'), 'clerk');
  const p = await b1.open('rules-editor.html');
  await p.getByTestId('refused').waitFor();
  expect(await p.getByTestId('refused').textContent()).toContain('chỉ dành cho cán bộ pháp chế (vai trò legal-editor) hoặc quản trị viên. Mã truy cập đang dùng có vai trò "clerk".');
  expect(await p.getByTestId('pack').count()).toBe(0);
  await p.screenshot({ path: artifact('editor-refused-clerk.png') });
  await p.close();
  // and the side panel does not offer the page to a clerk
  const panel = await b1.open('sidepanel.html');
  await panel.getByTestId('open-register').waitFor();
  expect(await panel.getByTestId('open-rules-editor').count()).toBe(0);
  await panel.close();
});

test('change the left margin, test side by side, publish observe; a stale second publish conflicts, re-applies, publishes', async () => {
  await settings(b1, token('legal-editor', 'so-tu-phap', 'Chuyên viên pháp chế 1'), 'legal-editor');
  await settings(b2, token('legal-editor', 'so-tu-phap', 'Chuyên viên pháp chế 2'), 'legal-editor');

  // Editor 2 starts a draft first (from version 2026.1.0) and lowers a severity.
  const p2 = await b2.open('rules-editor.html');
  await p2.getByTestId('start-draft').click();
  await p2.locator('[data-testid=rule-row][data-rule="vi.tone-style"]').click();
  await p2.getByTestId('rule-form').getByTestId('f-severity').selectOption('warning');
  await p2.getByTestId('rule-apply').click();
  expect(await items(p2, 'draft-diff')).toEqual(['phiên bản: «2026.1.0» → «2026.1.1»', 'Thống nhất cách bỏ dấu thanh: mức độ: thông tin → cảnh báo']);

  // Editor 1: the side panel offers the page; versions, a draft, the margin rule's form.
  const panel = await b1.open('sidepanel.html');
  await panel.getByTestId('open-rules-editor').waitFor();
  await panel.close();
  const p1 = await b1.open('rules-editor.html');
  await p1.getByTestId('version-row').first().waitFor();
  expect(await p1.getByTestId('version-row').count()).toBe(1);
  expect(await p1.getByTestId('version-row').first().textContent()).toContain('2026.1.0');
  await p1.getByTestId('start-draft').click();
  await p1.getByTestId('rule-search').fill('lề trái');
  await p1.locator('[data-testid=rule-row][data-rule="nd30.page.margin-left"]').click();
  const form = p1.getByTestId('rule-form');
  expect(await form.getByTestId('examples-fail').textContent()).toBe('fail-margin-left.docx, fail-margin-left.pdf');
  // refused in the form, with the reason, before anything is sent
  await form.getByTestId('p-range-min').fill('36');
  expect(await form.getByTestId('reason-params.range').textContent()).toBe('Giá trị nhỏ nhất phải nhỏ hơn hoặc bằng giá trị lớn nhất');
  expect(await form.getByTestId('rule-apply').isDisabled()).toBe(true);
  await form.getByTestId('p-range-min').fill('ba mươi');
  expect(await form.getByTestId('reason-params.range').textContent()).toBe('Phải là một số (ví dụ 30 hoặc 30,5)');
  await form.getByTestId('p-range-min').fill('25');
  expect(await form.getByTestId('reason-params.range').count()).toBe(0);
  await form.getByTestId('rule-apply').click();
  expect(await items(p1, 'draft-diff')).toEqual(['phiên bản: «2026.1.0» → «2026.1.1»', 'Lề trái: 30–35 mm → 25–35 mm']);
  // the draft is kept on this machine: a reload finds it
  await p1.reload();
  await p1.getByTestId('draft-diff').waitFor();
  expect(await items(p1, 'draft-diff')).toEqual(['phiên bản: «2026.1.0» → «2026.1.1»', 'Lề trái: 30–35 mm → 25–35 mm']);

  // Side by side on the fixture whose left margin is 25 mm: the finding disappears, nothing else changes.
  await p1.getByTestId('bench-input').setInputFiles(FIX);
  await p1.locator('[data-testid=bench-file][data-file="fail-margin-left.docx"]').waitFor();
  await p1.getByTestId('bench-run').click();
  await p1.getByTestId('bench-done').waitFor({ state: 'attached', timeout: 60_000 });
  const deltas = await p1.getByTestId('bench-delta').evaluateAll((els) => els.map((e) => [e.getAttribute('data-change'), e.getAttribute('data-rule')]));
  expect(deltas).toEqual([['disappeared', 'nd30.page.margin-left']]);
  await p1.screenshot({ path: artifact('editor-draft-test.png'), fullPage: true });

  // Publish in observe mode.
  await p1.getByTestId('publish-note').fill('Thử nới lề trái tới 25 mm theo công văn của Sở');
  await p1.getByTestId('mode-observe').check();
  await p1.getByTestId('publish').click();
  await p1.getByTestId('message').waitFor();
  expect(await p1.getByTestId('message').textContent()).toContain('Đã ban hành: 2026.1.1 (quan sát), Lần 2.');
  await p1.locator('[data-testid=version-row][data-rev="2"][data-mode=observe]').waitFor();
  expect(await p1.locator('[data-testid=version-row][data-rev="2"]').textContent()).toContain('Chuyên viên pháp chế 1');
  await p1.getByTestId('version-diff').locator('li', { hasText: 'Lề trái' }).waitFor();
  expect(await items(p1, 'version-diff')).toEqual(['phiên bản: «2026.1.0» → «2026.1.1»', 'chế độ: áp dụng → quan sát', 'Lề trái: 30–35 mm → 25–35 mm']);
  const after1 = await current();
  expect([after1.version, after1.mode]).toEqual(['2026.1.1', 'observe']);
  expect(after1.pack.rules.find((r) => r.id === 'nd30.page.margin-left')!.params.range).toEqual({ min: 25, max: 35 });
  await p1.screenshot({ path: artifact('editor-published-observe.png'), fullPage: true });

  // Editor 2's draft is stale: the conflict is a plain message with a way out.
  await p2.getByTestId('publish-note').fill('Nâng mức độ quy tắc dấu thanh');
  await p2.getByTestId('publish').click();
  await p2.getByTestId('conflict').waitFor();
  expect(await p2.getByTestId('conflict').textContent()).toContain('người khác đã ban hành một phiên bản mới của bộ quy tắc này. Bản nháp của bạn vẫn được giữ nguyên.');
  await p2.getByTestId('conflict').scrollIntoViewIfNeeded();
  await p2.screenshot({ path: artifact('editor-conflict.png') });
  expect((await current()).version).toBe('2026.1.1'); // nothing was written
  await p2.getByTestId('reapply').click();
  await p2.getByTestId('reapplied').waitFor();
  expect(await p2.getByTestId('draft-base').textContent()).toContain('Soạn từ phiên bản 2026.1.1');
  expect(await items(p2, 'draft-diff')).toEqual(['phiên bản: «2026.1.1» → «2026.1.2»', 'Thống nhất cách bỏ dấu thanh: mức độ: thông tin → cảnh báo']);
  await p2.getByTestId('publish').click();
  await p2.getByTestId('message').waitFor();
  expect(await p2.getByTestId('message').textContent()).toContain('Đã ban hành: 2026.1.2 (quan sát), Lần 3.');
  const after2 = await current();
  expect(after2.pack.rules.find((r) => r.id === 'nd30.page.margin-left')!.params.range).toEqual({ min: 25, max: 35 });
  expect(after2.pack.rules.find((r) => r.id === 'vi.tone-style')!.severity).toBe('warning');

  // The observed version is then enforced as it is (same content, same version number, a new rev).
  await p1.reload();
  await p1.locator('[data-testid=version-row][data-rev="3"]').waitFor();
  await p1.getByTestId('promote').click();
  expect(await p1.getByTestId('rollback-note').inputValue()).toBe('Kết thúc giai đoạn quan sát, áp dụng chính thức');
  await p1.getByTestId('rollback-do').click();
  await p1.locator('[data-testid=version-row][data-rev="4"][data-mode=enforce]').waitFor();
  await p1.getByTestId('message').filter({ hasText: 'Lần 4' }).waitFor();
  expect(await p1.getByTestId('message').textContent()).toBe('Đã ban hành: 2026.1.2 (áp dụng), Lần 4.');
  expect([(await current()).version, (await current()).mode]).toEqual(['2026.1.2', 'enforce']);

  // Roll back: publish version 2026.1.0's content again, enforced.
  await p1.locator('[data-testid=version-row][data-rev="1"]').getByRole('button').click();
  await p1.getByTestId('rollback-note').fill('Quay lại quy định gốc');
  await p1.getByTestId('rollback-do').click();
  await p1.locator('[data-testid=version-row][data-rev="5"]').waitFor();
  await p1.getByTestId('message').filter({ hasText: 'Lần 5' }).waitFor();
  expect(await p1.getByTestId('message').textContent()).toBe('Đã ban hành: 2026.1.0 (áp dụng), Lần 5.');
  expect(await p1.locator('[data-testid=version-row][data-rev="5"]').textContent()).toContain('quay lại');
  const after3 = await current();
  expect([after3.version, after3.mode]).toEqual(['2026.1.0', 'enforce']);
  expect(after3.pack.rules.find((r) => r.id === 'nd30.page.margin-left')!.params.range).toEqual({ min: 30, max: 35 });
  await p1.getByTestId('diff-from').selectOption('4');
  await p1.getByTestId('diff-to').selectOption('5');
  await p1.getByTestId('version-diff').locator('li', { hasText: 'Lề trái' }).waitFor();
  expect(await items(p1, 'version-diff')).toEqual([
    'phiên bản: «2026.1.2» → «2026.1.0»',
    'Lề trái: 25–35 mm → 30–35 mm',
    'Thống nhất cách bỏ dấu thanh: mức độ: cảnh báo → thông tin',
  ]);
  await p1.screenshot({ path: artifact('editor-rollback.png'), fullPage: true });
});

test('an overlay (a province) is edited on its base and may only narrow a range', async () => {
  const p = await b1.open('rules-editor.html');
  await p.locator('[data-testid=pack][data-pack="tinh-vi-du"]').click();
  await p.getByTestId('start-draft').click();
  await p.locator('[data-testid=rule-row][data-rule="nd30.page.margin-left"]').click();
  const form = p.getByTestId('rule-form');
  expect(await form.getByTestId('p-range-min').inputValue()).toBe('30');
  expect(await form.getByTestId('p-range-max').inputValue()).toBe('30');
  await form.getByTestId('p-range-max').fill('36');
  await form.getByTestId('rule-refused').waitFor();
  expect(await form.getByTestId('rule-refused').textContent()).toContain('nd30.page.margin-left: range chỉ được thu hẹp trong khoảng 30–35, không được 30–36.');
  expect(await form.getByTestId('rule-apply').isDisabled()).toBe(true);
  await form.getByTestId('p-range-max').fill('31');
  await form.getByTestId('rule-apply').click();
  expect(await items(p, 'draft-diff')).toEqual(['Lề trái: 30 mm → 30–31 mm']);
  await p.getByTestId('discard').click();
  await p.getByTestId('start-draft').waitFor();
  await p.close();
});

test('the procedure catalogue: first publication, processing time edited in its form', async () => {
  const p = await b1.open('rules-editor.html');
  await p.locator('[data-testid=pack][data-pack="tthc-cap-xa"]').click();
  await p.getByTestId('start-draft').click();
  await p.locator('[data-testid=procedure-row][data-code="1.004222"]').click();
  const form = p.getByTestId('procedure-form');
  await form.getByTestId('f-processing.0.value').fill('-1');
  await form.getByTestId('reason-processing.0.value').waitFor();
  expect(await form.getByTestId('rule-apply').isDisabled()).toBe(true);
  await form.getByTestId('f-processing.0.value').fill('5');
  await form.getByTestId('rule-apply').click();
  expect(await items(p, 'draft-diff')).toEqual(['Đăng ký thường trú: thời hạn giải quyết: mọi hình thức: 7 ngày làm việc → mọi hình thức: 5 ngày làm việc']);
  await p.getByTestId('publish-note').fill('Rút ngắn thời hạn đăng ký thường trú');
  await p.getByTestId('mode-enforce').check();
  await p.getByTestId('publish').click();
  await p.getByTestId('message').waitFor();
  expect(await p.getByTestId('message').textContent()).toContain('Đã ban hành: 2026.1.0 (áp dụng), Lần 1.');
  const got = (await (await fetch(`${server.url}/v1/packs/tthc-cap-xa`)).json()) as { pack: { procedures: { code: string; processing: { value: number }[] }[] } };
  expect(got.pack.procedures.find((x) => x.code === '1.004222')!.processing[0].value).toBe(5);
  await p.screenshot({ path: artifact('editor-procedures.png'), fullPage: true });
});
