// Signer's name: bold, size range; no academic title or degree before it.
import type { RuleKind } from './types.ts';
import { list, range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const chuKyHoTen: RuleKind = {
  name: 'chu-ky-ho-ten',
  description: 'Họ tên người ký in đậm, cỡ theo khoảng, không ghi học hàm, học vị phía trước.',
  evaluate(rule, { detection }) {
    const p = detection.components.chuKy?.hoTen;
    if (!p) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = `đậm, cỡ ${fmtRange(size, 'pt')}, không ghi học hàm, học vị trước họ tên`;
    const t = p.text.normalize('NFC').trim();
    const r = checkStyle(t, p.spans, null, { size, bold: true });
    const title = list(rule, 'titles').find((x) => t.startsWith(x + ' ') || (x.endsWith('.') && t.startsWith(x)));
    if (title) r.problems.unshift(`có "${title}" trước họ tên`);
    const location = locOf(p.paragraph, t);
    if (r.problems.length) return [{ status: 'fail', expected, found: r.problems.join(', '), location }];
    if (r.unknowns.length) return [{ status: 'needs_review', expected, found: r.unknowns.join(', '), location }];
    return [{ status: 'pass', location }];
  },
};
