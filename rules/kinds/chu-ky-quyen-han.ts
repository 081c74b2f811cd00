// Authority prefix TM./KT./TL./TUQ./Q. exactly (Party forms T/M, K/T, T/L are wrong);
// authority and position upper case, bold, size range.
import type { RuleKind, Observation } from './types.ts';
import { list, range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const chuKyQuyenHan: RuleKind = {
  name: 'chu-ky-quyen-han',
  description: 'Quyền hạn (TM., KT., TL., TUQ., Q.) và chức vụ người ký: in hoa, đậm, cỡ theo khoảng.',
  evaluate(rule, { detection }) {
    const k = detection.components.chuKy;
    const pieces = k ? [...k.quyenHan, ...k.chucVu].filter((p) => /\S/.test(p.text)) : [];
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const prefixes = list(rule, 'prefixes');
    const party = list(rule, 'partyPrefixes');
    const expected = `quyền hạn ${prefixes.join(', ')}; chữ in hoa, đậm, cỡ ${fmtRange(size, 'pt')}`;
    return pieces.map((p): Observation => {
      const t = p.text.normalize('NFC').trim();
      const r = checkStyle(t, p.spans, null, { size, bold: true, upper: true });
      const pt = party.find((x) => t.toUpperCase().startsWith(x));
      if (pt) r.problems.unshift(`dùng "${pt}" của văn bản Đảng`);
      else {
        // A prefix-looking start that is not exactly one of the allowed forms ("TM ", "K.T.", "Tm.").
        const m = /^([A-Za-zÀ-ỹ]{1,3}\.?(?:[A-Z]\.)?)\s/u.exec(t);
        const looks = m && /^(T\.?M|K\.?T|T\.?L|T\.?U\.?Q|Q)\.?$/i.test(m[1]);
        if (looks && !prefixes.includes(m![1])) r.problems.unshift(`viết tắt quyền hạn "${m![1]}" không đúng`);
      }
      const location = locOf(p.paragraph, t);
      if (r.problems.length) return { status: 'fail', expected, found: r.problems.join(', '), location };
      if (r.unknowns.length) return { status: 'needs_review', expected, found: r.unknowns.join(', '), location };
      return { status: 'pass', location };
    });
  },
};
