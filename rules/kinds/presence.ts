// A component is present (and in its column when the layout has columns).
import type { RuleKind } from './types.ts';
import { record, str } from './lib/params.ts';
import { COMPONENT_VI, piecesOf } from './lib/components.ts';
import { locOf } from './lib/loc.ts';

const SIDE_VI = { left: 'bên trái', right: 'bên phải', center: 'ở giữa', full: 'cả dòng' } as const;

export const presence: RuleKind = {
  name: 'presence',
  description: 'Thành phần thể thức có mặt (và ở đúng cột trái/phải nếu phần đầu chia cột).',
  evaluate(rule, { detection }) {
    const c = detection.components;
    const code = detection.docType?.code;
    const byType = record(rule, 'byType');
    const key = (code && byType[code]) || str(rule, 'component');
    const expected = COMPONENT_VI[key] ?? key;
    if (key === 'chuKy') {
      const k = c.chuKy;
      const missing: string[] = [];
      if (!k || (!k.quyenHan.length && !k.chucVu.length)) missing.push('chức vụ người ký');
      if (!k?.hoTen) missing.push('họ tên người ký');
      // A form still to be signed by hand: the name is a blank of dots, not a missing component.
      if (missing.length === 1 && !k?.hoTen && k?.hoTenBlank)
        return [{ status: 'needs_review', expected: 'họ tên người ký', found: `để trống "${k.hoTenBlank.text}" (chờ ký, ghi họ tên)`, location: locOf(k.hoTenBlank.paragraph, k.hoTenBlank.text) }];
      if (missing.length) return [{ status: 'fail', expected: missing.join(' và '), found: 'không có' }];
      return [{ status: 'pass', location: locOf(k!.hoTen!.paragraph) }];
    }
    const pieces = piecesOf(c, key);
    if (!pieces.length) return [{ status: 'fail', expected, found: 'không có' }];
    const want = str(rule, 'side');
    const p = pieces[0];
    const opposite = (want === 'left' && p.side === 'right') || (want === 'right' && p.side === 'left');
    if (opposite) return [{ status: 'fail', expected: `${expected} ${SIDE_VI[want as 'left']}`, found: `đặt ${SIDE_VI[p.side]}`, location: locOf(p.paragraph, p.text) }];
    // A title line that names none of the 29 types ("PHIẾU YÊU CẦU …"): a person must say what it is.
    if (key === 'tenLoai' && !code && detection.scope.administrative !== false)
      return [{ status: 'needs_review', expected, found: `"${p.text.normalize('NFC')}" không thuộc 29 loại văn bản (Điều 7)`, location: locOf(p.paragraph, p.text) }];
    return [{ status: 'pass', location: locOf(p.paragraph, p.text) }];
  },
};
