// Summary line: type-named documents → bold, 13–14 pt, centred; Công văn → "V/v" 12–13 pt, not bold,
// centred under the Số line; "V/v" under a type name is wrong.
import type { RuleKind, Observation } from './types.ts';
import { list, range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { observeStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const trichYeuFormat: RuleKind = {
  name: 'trich-yeu-format',
  description: 'Trích yếu: văn bản có tên loại in đậm, căn giữa; công văn "V/v" không đậm, cỡ nhỏ hơn.',
  evaluate(rule, { detection }) {
    const c = detection.components;
    const code = detection.docType?.code;
    const vvTypes = new Set(list(rule, 'vvTypes'));
    const isVvDoc = code ? vvTypes.has(code) : !c.tenLoai && c.vv.length > 0;
    const obs: Observation[] = [];
    if (isVvDoc) {
      if (!c.vv.length) return [{ status: 'not_applicable' }];
      const size = range(rule, 'vvSize');
      for (const p of c.vv) obs.push(observeStyle(p, { size, bold: false, italic: false }, `"V/v …" chữ thường, cỡ ${fmtRange(size, 'pt')}, không đậm, căn giữa dưới số, ký hiệu`));
      return obs;
    }
    const size = range(rule, 'size');
    const expected = `chữ thường, đậm, cỡ ${fmtRange(size, 'pt')}, căn giữa, ngay dưới tên loại`;
    for (const p of c.vv) obs.push({ status: 'fail', expected, found: '"V/v" dưới tên loại văn bản (chỉ dùng cho công văn)', location: locOf(p.paragraph, p.text) });
    for (const p of c.trichYeu) {
      if (/^\s*V\/v\b/u.test(p.text)) obs.push({ status: 'fail', expected, found: '"V/v" dưới tên loại văn bản (chỉ dùng cho công văn)', location: locOf(p.paragraph, p.text) });
      else obs.push(observeStyle(p, { size, bold: true, italic: false, align: ['center'] }, expected));
    }
    return obs.length ? obs : [{ status: 'not_applicable' }];
  },
};
