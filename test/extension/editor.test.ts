// Rule editor logic with the real ND30 pack, real fixtures and the real functions app in-process:
// schema-generated forms refuse bad values with Vietnamese reasons; the side-by-side comparison of
// the current pack and a draft; re-applying a draft after a conflict; publish → 412 → plain message.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app.ts';
import { openStore } from '../../functions/node.ts';
import { createToken, putUnit } from '../../functions/repo/access.ts';
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { warmUp } from '../../cli/lib/warmup.ts';
import { RegistryApi, RegistryError, publishErrorText } from '../../extension/lib/editor/api.ts';
import { compareReports } from '../../extension/lib/editor/compare.ts';
import { newDraft, rebase, type Content } from '../../extension/lib/editor/draft.ts';
import { visibleRules, withRule } from '../../extension/lib/editor/overlay.ts';
import { draftIssues, headerFields, procedureFields, feeFields, ruleFields, ruleIssues, syncTitle, toNumber } from '../../extension/lib/editor/form.ts';

const FIX = join(import.meta.dirname, '../fixtures/nd30/out');
const clone = <T>(x: T): T => structuredClone(x);
const marginLeft = (p: Pack) => p.rules.find((r) => r.id === 'nd30.page.margin-left')!;

describe('forms from the schema', () => {
  it('a rule gets enable, severity (3 choices), message, legal reference, document types', () => {
    const f = Object.fromEntries(ruleFields(false).map((x) => [x.key, x]));
    expect(f.enabled.input).toBe('checkbox');
    expect(f.severity).toMatchObject({ input: 'select', options: ['error', 'warning', 'info'] });
    expect(f.message.input).toBe('textarea');
    expect(f.legalRef.input).toBe('textarea');
    expect(f.appliesTo).toMatchObject({ input: 'list', optional: true });
    expect(f.params).toBeUndefined();
    expect(headerFields().map((x) => x.key)).toEqual(['version', 'title', 'effectiveFrom', 'legalBasis']);
    expect(headerFields().find((x) => x.key === 'effectiveFrom')!.input).toBe('date');
    // overlay entries: everything optional
    expect(ruleFields(true).every((x) => x.optional)).toBe(true);
  });
  it('a procedure: scalar fields, processing time and fee as numbers that may be empty', () => {
    expect(procedureFields().map((x) => x.key)).toEqual(expect.arrayContaining(['name', 'agency', 'sector', 'cutOff']));
    expect(feeFields().find((x) => x.key === 'amountVnd')).toMatchObject({ input: 'number', nullable: true });
  });
  it('refuses min > max, a word where a number goes, an empty message, with the reason', () => {
    const r = clone(marginLeft(nd30Pack)) as unknown as Record<string, unknown>;
    r.params = { ...(r.params as object), range: { min: 36, max: 32 } };
    expect(ruleIssues(r, false, { range: 'range' })).toEqual([{ path: 'params.range', message: 'Giá trị nhỏ nhất phải nhỏ hơn hoặc bằng giá trị lớn nhất' }]);
    r.params = { ...(r.params as object), range: { min: toNumber('ba mươi'), max: 35 } };
    const words = ruleIssues(r, false, { range: 'range' });
    expect(words[0].path).toBe('params.range.min');
    expect(words[0].message).toBe('Phải là một số (ví dụ 30 hoặc 30,5)');
    r.params = { ...(r.params as object), range: { min: toNumber('30,5'), max: 35 } };
    r.message = '';
    expect(ruleIssues(r, false, { range: 'range' })).toEqual([{ path: 'message', message: 'Không được để trống' }]);
  });
  it('a title stating the range follows the edit, unless the title was edited', () => {
    const before = marginLeft(nd30Pack);
    const after = { ...clone(before), params: { ...before.params, range: { min: 25, max: 35 } } };
    expect(syncTitle(before, after)).toBe('Lề trái 25–35 mm');
    expect(syncTitle(before, { ...after, title: 'Lề trái (tỉnh A)' })).toBe('Lề trái (tỉnh A)');
    const size = nd30Pack.rules.find((r) => r.id === 'nd30.noi-dung.font-size')!;
    expect(syncTitle(size, { ...clone(size), params: { size: { min: 14, max: 14 } } })).toBe('Cỡ chữ nội dung 14 pt');
  });
  it('an overlay may not widen a range (checked on the merge, before sending)', () => {
    const overlay = { id: 'tinh-a', version: '2026.1.0', kind: 'overlay', overlayOf: 'nd30', title: 'Tỉnh A', effectiveFrom: '2026-01-01', rules: [{ id: 'nd30.page.margin-left', params: { range: { min: 25, max: 35 } } }] };
    expect(draftIssues(overlay, nd30Pack)).toEqual([{ path: 'rules', message: 'nd30.page.margin-left: range chỉ được thu hẹp trong khoảng 30–35, không được 25–35.' }]);
    overlay.rules[0].params.range.min = 31;
    expect(draftIssues(overlay, nd30Pack)).toEqual([]);
    expect(draftIssues({ ...nd30Pack, effectiveFrom: '1/1/2026' })).toEqual([{ path: 'effectiveFrom', message: 'ngày hiệu lực dạng YYYY-MM-DD' }]);
  });
});

describe('overlay drafts', () => {
  it('are edited on the merged rules and keep only what differs from the base', () => {
    const overlay = JSON.parse(readFileSync('rules/packs/overlays/example-province.json', 'utf8')) as Content;
    const merged = visibleRules(overlay, nd30Pack);
    expect(merged).toHaveLength(nd30Pack.rules.length);
    expect(marginLeft({ rules: merged } as Pack).params).toMatchObject({ range: { min: 30, max: 30 }, toleranceMm: 0.5 });
    // severity change on a rule the overlay did not touch: a new entry with just that
    const size = merged.find((r) => r.id === 'nd30.page.size')!;
    const next = withRule(overlay, nd30Pack, { ...size, severity: 'warning' });
    expect((next.rules as { id: string }[]).find((r) => r.id === 'nd30.page.size')).toEqual({ id: 'nd30.page.size', severity: 'warning' });
    // the margin back to the base value: the entry disappears
    const ml = marginLeft({ rules: merged } as Pack);
    const back = withRule(next, nd30Pack, { ...ml, params: { ...ml.params, range: { min: 30, max: 35 } } });
    expect((back.rules as { id: string }[]).map((r) => r.id)).toEqual(['nd30.page.size', 'nd30.noi-dung.font-size', 'nd30.noi-dung.line-spacing', 'vi.tone-style']);
    expect(draftIssues(back, nd30Pack)).toEqual([]);
  });
});

describe('side by side on a fixture', () => {
  it('widening the left margin to 25–35 mm makes the margin finding of fail-margin-left.docx disappear, nothing else', async () => {
    await warmUp(nd30Pack);
    const draft = clone(nd30Pack);
    marginLeft(draft).params.range = { min: 25, max: 35 };
    const bytes = new Uint8Array(readFileSync(join(FIX, 'fail-margin-left.docx')));
    const cur = await checkDocument(bytes.slice(), nd30Pack, { file: 'fail-margin-left.docx' });
    const next = await checkDocument(bytes.slice(), draft, { file: 'fail-margin-left.docx' });
    const d = compareReports(cur, next);
    expect(d.map((x) => [x.change, x.ruleId])).toEqual([['disappeared', 'nd30.page.margin-left']]);
    expect(d[0].text).toMatch(/^Không còn: /);
    // severity lowered: the same finding is "changed"
    const warn = clone(nd30Pack);
    marginLeft(warn).severity = 'warning';
    const w = compareReports(cur, await checkDocument(bytes.slice(), warn, { file: 'x' }));
    expect(w.map((x) => [x.change, x.ruleId, x.text])).toEqual([['changed', 'nd30.page.margin-left', 'Thay đổi: lỗi, không đạt → cảnh báo, không đạt']]);
  });
});

describe('drafts', () => {
  it('a new draft gets the next version; rebase keeps my change and theirs', () => {
    const cur = nd30Pack as unknown as Content;
    const d = newDraft('nd30', cur, '"e1"');
    expect(d.content.version).toBe('2026.1.1');
    marginLeft(d.content as unknown as Pack).params.range = { min: 25, max: 35 };
    const theirs = clone(nd30Pack);
    theirs.version = '2026.1.1';
    theirs.rules.find((r) => r.id === 'vi.tone-style')!.enabled = false;
    marginLeft(theirs).params.toleranceMm = 1;
    const { draft, overlaps } = rebase(d, theirs as unknown as Content, '"e2"');
    const p = draft.content as unknown as Pack;
    expect(draft.baseEtag).toBe('"e2"');
    expect(p.version).toBe('2026.1.2');
    expect(marginLeft(p).params).toMatchObject({ range: { min: 25, max: 35 }, toleranceMm: 1 });
    expect(p.rules.find((r) => r.id === 'vi.tone-style')!.enabled).toBe(false);
    expect(overlaps).toEqual(['nd30.page.margin-left']);
  });
});

describe('registry calls (functions app in-process)', () => {
  let dir: string, close: () => void, api: RegistryApi, other: RegistryApi, clerkApi: RegistryApi;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nd30-editor-'));
    const { store } = await openStore(dir);
    close = () => store.close();
    const app = createApp(store);
    const f = ((input: RequestInfo | URL, init?: RequestInit) => app.request(String(input), init)) as typeof fetch;
    await putUnit(store, { id: 'tinh-a', parent: null, name: 'Tỉnh A' });
    const tok = async (role: string) => (await createToken(store, { role: role as 'legal-editor', unit: 'tinh-a', label: role })).token;
    api = new RegistryApi('http://fn.test', await tok('legal-editor'), f);
    other = new RegistryApi('http://fn.test', await tok('admin'), f);
    clerkApi = new RegistryApi('http://fn.test', await tok('clerk'), f);
  });
  afterAll(() => {
    close?.();
    rmSync(dir, { recursive: true, force: true });
  });
  it('publish in observe mode; a stale second publish gets 412 and a plain message; rollback', async () => {
    const cur = await api.current('nd30');
    const a = newDraft('nd30', cur.pack as Content, cur.etag);
    const b = newDraft('nd30', cur.pack as Content, cur.etag);
    marginLeft(a.content as unknown as Pack).params.range = { min: 25, max: 35 };
    const pub = await api.publish('nd30', a.content, 'Nới lề trái', 'observe', a.baseEtag);
    expect(pub).toMatchObject({ version: '2026.1.1', mode: 'observe', by: 'legal-editor', note: 'Nới lề trái' });
    const err = await other.publish('nd30', { ...b.content, version: '2026.1.5' }, 'Khác', 'enforce', b.baseEtag).catch((e) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect((err as RegistryError).status).toBe(412);
    expect(publishErrorText(err)).toMatch(/người khác đã ban hành một phiên bản mới.*Tải lại và áp dụng lại bản nháp/);
    const versions = await api.versions('nd30');
    expect(versions.map((v) => [v.version, v.mode])).toEqual(expect.arrayContaining([['2026.1.0', 'enforce'], ['2026.1.1', 'observe']]));
    const now = await api.current('nd30');
    const back = await api.rollback('nd30', '2026.1.0', 'Quay lại', 'enforce', now.etag);
    expect(back).toMatchObject({ version: '2026.1.0', action: 'rollback' });
    const audit = await api.audit('nd30');
    expect(audit.map((x) => x.note)).toEqual(expect.arrayContaining(['Nới lề trái', 'Quay lại']));
    const refused = await clerkApi.publish('nd30', a.content, 'x', 'enforce', now.etag).catch((e) => e);
    expect((refused as RegistryError).status).toBe(403);
  });
});
