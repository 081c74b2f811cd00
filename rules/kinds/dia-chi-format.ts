// Agency address block: size range, first page only.
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { observeStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const diaChiFormat: RuleKind = {
  name: 'dia-chi-format',
  description: 'Khối địa chỉ, điện thoại, thư điện tử: cỡ chữ theo khoảng, chỉ ở trang đầu.',
  evaluate(rule, { detection }) {
    const pieces = detection.components.diaChi.filter((p) => /\S/.test(p.text));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = `cỡ ${fmtRange(size, 'pt')}, chữ đứng, chỉ ở trang thứ nhất`;
    return pieces.map((p): Observation => {
      if (p.paragraph.page && p.paragraph.page > 1) return { status: 'fail', expected, found: `ở trang ${p.paragraph.page}`, location: locOf(p.paragraph, p.text) };
      return observeStyle(p, { size, italic: false }, expected);
    });
  },
};
