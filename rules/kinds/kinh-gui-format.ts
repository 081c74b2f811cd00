// "Kính gửi:" not bold, size range, with the colon; several recipients one per line: "-" … ";", last ".".
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const kinhGuiFormat: RuleKind = {
  name: 'kinh-gui-format',
  description: '"Kính gửi:" không đậm, cỡ theo khoảng; nhiều nơi nhận thì mỗi dòng "-" … ";", dòng cuối ".".',
  evaluate(rule, { detection }) {
    const pieces = detection.components.kinhGui.filter((p) => /\S/.test(p.text));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const [head, ...rest] = pieces;
    const obs: Observation[] = [];
    const expected = `"Kính gửi:" chữ thường, không đậm, cỡ ${fmtRange(size, 'pt')}`;
    const r = checkStyle(head.text, head.spans, null, { size, bold: false });
    if (!/^\s*Kính gửi\s*:/u.test(head.text.normalize('NFC'))) r.problems.push('thiếu dấu hai chấm sau "Kính gửi"');
    const location = locOf(head.paragraph, head.text);
    if (r.problems.length) obs.push({ status: 'fail', expected, found: r.problems.join(', '), location });
    else if (r.unknowns.length) obs.push({ status: 'needs_review', expected, found: r.unknowns.join(', '), location });
    // Recipients on their own lines (a single recipient on the "Kính gửi:" line needs nothing more).
    const lines = rest.map((p) => ({ p, t: p.text.normalize('NFC').trim() }));
    lines.forEach(({ p, t }, i) => {
      const last = i === lines.length - 1;
      const end = last ? '.' : ';';
      const exp = `mỗi nơi nhận một dòng, bắt đầu "-", cuối dòng "${end}"`;
      const probs: string[] = [];
      if (!/^[-–]/.test(t)) probs.push('không bắt đầu bằng "-"');
      if (lines.length > 1 && !t.endsWith(end)) probs.push(`cuối dòng là "${t.slice(-1)}" thay vì "${end}"`);
      if (probs.length) obs.push({ status: 'fail', expected: exp, found: probs.join(', '), location: locOf(p.paragraph, t) });
    });
    return obs.length ? obs : [{ status: 'pass', location }];
  },
};
