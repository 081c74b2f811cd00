// The rule-by-rule difference between two pack versions, in the words the rule editor shows.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { diffPacks, splitTitle } from '../../rules/pack-diff.ts';
import { OverlayPack, type Pack } from '../../rules/pack.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { ProcedurePack } from '../../rules/dossier/catalogue.ts';

const clone = <T>(x: T): T => structuredClone(x);
const rule = (p: Pack, id: string) => p.rules.find((r) => r.id === id)!;

test('a narrowed margin and a lowered severity read as one line', () => {
  const next = clone(nd30Pack);
  next.version = '2026.1.1';
  rule(next, 'nd30.page.margin-left').params.range = { min: 30, max: 32 };
  rule(next, 'nd30.page.margin-left').severity = 'warning';
  rule(next, 'nd30.page.margin-left').title = 'Lề trái 30–32 mm'; // numbers only: not repeated
  const d = diffPacks(nd30Pack, next);
  expect(d.header).toEqual(['phiên bản: «2026.1.0» → «2026.1.1»']);
  expect(d.items.map((i) => i.text)).toEqual(['Lề trái: 30–35 mm → 30–32 mm, mức độ: lỗi → cảnh báo']);
  expect(d.items[0]).toMatchObject({ id: 'nd30.page.margin-left', change: 'changed' });
});

test('disable, font size, applicability, message; added and removed rules', () => {
  const next = clone(nd30Pack);
  rule(next, 'vi.tone-style').enabled = false;
  rule(next, 'nd30.noi-dung.font-size').params.size = { min: 14, max: 14 };
  rule(next, 'nd30.kinh-gui.present').appliesTo = ['CV', 'TTr'];
  rule(next, 'nd30.dia-chi.format').appliesTo = ['CV'];
  rule(next, 'nd30.page.size').message = 'Khổ giấy phải là A4.';
  rule(next, 'nd30.page.orientation').title = 'Hướng giấy dọc';
  const gone = next.rules.findIndex((r) => r.id === 'vi.whitespace');
  next.rules.splice(gone, 1);
  next.rules.push({ ...clone(rule(nd30Pack, 'vi.whitespace')), id: 'vi.whitespace-2', title: 'Khoảng trắng thừa (mới)' });
  const text = diffPacks(nd30Pack, next).items.map((i) => i.text);
  expect(text).toContain('Thống nhất cách bỏ dấu thanh: tắt quy tắc');
  expect(text).toContain('Cỡ chữ nội dung: cỡ chữ: 13–14 pt → 14 pt');
  expect(text).toContain('Công văn có "Kính gửi:": áp dụng cho: CV → CV, TTr');
  expect(text).toContain('Địa chỉ cơ quan: 11–12 pt, chỉ ở trang đầu: áp dụng cho: mọi loại văn bản → CV');
  expect(text.find((t) => t.startsWith('Khổ giấy A4'))).toMatch(/^Khổ giấy A4: thông báo: «.*» → «Khổ giấy phải là A4\.»$/);
  expect(text).toContain(`${rule(nd30Pack, 'vi.whitespace').title}: bỏ khỏi bộ`);
  expect(text).toContain('Khoảng trắng thừa (mới): thêm mới');
  expect(text).toContain(`Hướng giấy dọc: tên quy tắc: «${rule(nd30Pack, 'nd30.page.orientation').title}» → «Hướng giấy dọc»`);
  expect(text).toHaveLength(8);
});

test('identical packs: no difference', () => {
  expect(diffPacks(nd30Pack, clone(nd30Pack))).toEqual({ header: [], items: [] });
});

test('overlay versions use the base pack titles', () => {
  const v1 = OverlayPack.parse(JSON.parse(readFileSync('rules/packs/overlays/example-province.json', 'utf8')));
  const v2 = clone(v1);
  v2.rules.find((r) => r.id === 'nd30.page.margin-left')!.params = { range: { min: 30, max: 31 } };
  v2.mode = 'observe';
  const names = Object.fromEntries(nd30Pack.rules.map((r) => [r.id, r.title]));
  const d = diffPacks(v1, v2, names);
  expect(d.header).toEqual(['chế độ: áp dụng → quan sát']);
  expect(d.items.map((i) => i.text)).toEqual(['Lề trái: 30 mm → 30–31 mm']);
});

test('procedure catalogue: processing time and fee in words', () => {
  const v1 = ProcedurePack.parse(JSON.parse(readFileSync('rules/packs/procedures/commune.json', 'utf8')));
  const v2 = clone(v1);
  const p = v2.procedures.find((x) => x.code === '1.004222')!;
  p.processing[0].value = 5;
  p.fees[0].amountVnd = 15000;
  const d = diffPacks(v1, v2);
  expect(d.items.map((i) => i.text)).toEqual([
    'Đăng ký thường trú: thời hạn giải quyết: mọi hình thức: 7 ngày làm việc → mọi hình thức: 5 ngày làm việc, phí, lệ phí: trực tiếp: 20.000 đồng → trực tiếp: 15.000 đồng',
  ]);
});

test('the same content with keys in another order (as stored by the registry) has no difference', () => {
  const reordered = JSON.parse(JSON.stringify(nd30Pack, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
  expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(nd30Pack));
  expect(diffPacks(nd30Pack, reordered)).toEqual({ header: [], items: [] });
});

test('rule titles: the range is cut off, a choice of two values is not', () => {
  expect(splitTitle('Lề trái 30–35 mm')).toEqual({ label: 'Lề trái', unit: 'mm' });
  expect(splitTitle('Quốc hiệu: in hoa, đậm, đứng, 12–13 pt')).toEqual({ label: 'Quốc hiệu: in hoa, đậm, đứng', unit: 'pt' });
  expect(splitTitle('Lùi đầu dòng 1 cm hoặc 1,27 cm').label).toBe('Lùi đầu dòng 1 cm hoặc 1,27 cm');
  expect(splitTitle('Khổ giấy A4').label).toBe('Khổ giấy A4');
});
