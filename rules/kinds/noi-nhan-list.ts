// Recipient lines: set size, each starting "-" and ending ";" (the last "Lưu" line belongs to noi-nhan-luu).
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const noiNhanList: RuleKind = {
  name: 'noi-nhan-list',
  description: 'Các dòng nơi nhận: cỡ chữ quy định, đầu dòng "-", cuối dòng ";".',
  evaluate(rule, { detection }) {
    const nn = detection.components.noiNhan;
    const items = nn?.items.filter((p) => /\S/.test(p.text)) ?? [];
    if (!items.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = `cỡ ${fmtRange(size, 'pt')}, đầu dòng "-", cuối dòng ";"`;
    return items.map((p): Observation => {
      const t = p.text.normalize('NFC').trim();
      const isLuu = /^[-–]?\s*Lưu\b/u.test(t);
      const r = checkStyle(t, p.spans, null, { size });
      if (!/^[-–]/.test(t)) r.problems.push('không bắt đầu bằng "-"');
      if (!isLuu && !t.endsWith(';')) r.problems.push(`cuối dòng là "${t.slice(-1)}" thay vì ";"`);
      const location = locOf(p.paragraph, t);
      if (r.problems.length) return { status: 'fail', expected, found: r.problems.join(', '), location };
      if (r.unknowns.length) return { status: 'needs_review', expected, found: r.unknowns.join(', '), location };
      return { status: 'pass', location };
    });
  },
};
