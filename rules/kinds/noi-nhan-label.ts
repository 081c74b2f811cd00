// "Nơi nhận:" bold italic at the set size, with its colon.
import type { RuleKind } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const noiNhanLabel: RuleKind = {
  name: 'noi-nhan-label',
  description: '"Nơi nhận:" in đậm nghiêng, cỡ chữ quy định, có dấu hai chấm.',
  evaluate(rule, { detection }) {
    const nn = detection.components.noiNhan;
    if (!nn) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = `"Nơi nhận:" đậm, nghiêng, cỡ ${fmtRange(size, 'pt')}`;
    const p = nn.label;
    const t = p.text.normalize('NFC').trim();
    const label = p.spans.filter((s) => /\S/.test(s.text));
    const r = checkStyle(t, label, null, { size, bold: true, italic: true });
    if (!/^Nơi nhận\s*:/u.test(t)) r.problems.push(/^NƠI NHẬN/u.test(t) ? 'viết in hoa "NƠI NHẬN"' : 'thiếu dấu hai chấm');
    const location = locOf(p.paragraph, t);
    if (r.problems.length) return [{ status: 'fail', expected, found: r.problems.join(', '), location }];
    if (r.unknowns.length) return [{ status: 'needs_review', expected, found: r.unknowns.join(', '), location }];
    return [{ status: 'pass', location }];
  },
};
