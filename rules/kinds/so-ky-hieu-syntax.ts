// "Số: <n>/<SYMBOL>": colon, leading zero below 10, "/" and "-" without spaces, upper-case symbol
// except the fixed mixed-case abbreviations; a blank number before issuance is info only.
import type { RuleKind } from './types.ts';
import { list } from './lib/params.ts';
import { parseSo } from './lib/so.ts';
import { locOf } from './lib/loc.ts';

export const soKyHieuSyntax: RuleKind = {
  name: 'so-ky-hieu-syntax',
  description: 'Cách ghi số, ký hiệu: "Số:", số có số 0 khi nhỏ hơn 10, "/" và "-" không cách, ký hiệu in hoa.',
  evaluate(rule, { detection }) {
    const piece = detection.components.soKyHieu;
    if (!piece) return [{ status: 'not_applicable' }];
    const text = piece.text.trim();
    const location = locOf(piece.paragraph, text);
    const expected = '"Số: 05/QĐ-UBND" (số 0 trước số nhỏ hơn 10, "/" và "-" không cách chữ, ký hiệu in hoa)';
    const so = parseSo(text);
    if (!so) return [{ status: 'fail', expected, found: text, location, vars: { problem: 'không bắt đầu bằng "Số:"' } }];
    const problems: string[] = [];
    if (so.label !== 'Số') problems.push('chữ "Số" phải viết thường');
    if (!so.colon) problems.push('thiếu dấu hai chấm sau "Số"');
    if (!so.blank) {
      if (!/^\d+$/.test(so.number)) problems.push(`số "${so.number}" không phải chữ số Ả Rập`);
      else if (Number(so.number) < 10 && so.number.length < 2) problems.push(`thiếu số 0 trước số ${so.number}`);
    }
    if (so.slashSpaced) problems.push('có dấu cách quanh dấu "/"');
    if (!so.symbol) problems.push('thiếu ký hiệu sau dấu "/"');
    if (so.dashSpaced) problems.push('giữa các nhóm ký hiệu phải là dấu "-" không cách chữ');
    const mixed = new Set(list(rule, 'mixedCase'));
    const lower = so.groups.filter((g) => !mixed.has(g) && !/^\d{4}$/.test(g) && g !== g.toLocaleUpperCase('vi'));
    if (lower.length) problems.push(`ký hiệu phải in hoa (${lower.join(', ')})`);
    if (problems.length) return [{ status: 'fail', expected, found: text, location, vars: { problem: problems.join('; ') } }];
    if (so.blank) return [{ status: 'fail', severity: 'info', expected, found: text, location, vars: { problem: 'số để trống (chỉ chấp nhận trước khi ban hành)' } }];
    return [{ status: 'pass', location }];
  },
};
