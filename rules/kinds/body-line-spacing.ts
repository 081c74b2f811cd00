// Line spacing from single to 1.5 lines; "exactly N pt" cannot be judged (needs_review).
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { n } from './lib/format.ts';
import { bodyParagraphs, judgeable, pdfOutliersToReview } from './lib/body.ts';
import { locOf } from './lib/loc.ts';

export const bodyLineSpacing: RuleKind = {
  name: 'body-line-spacing',
  description: 'Giãn dòng của đoạn nội dung trong khoảng (bội số dòng đơn); "chính xác N pt" cần người xem.',
  evaluate(rule, { model, detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const r = range(rule, 'lines') ?? { min: 1, max: 1.5 };
    const lo = r.min ?? 1, hi = r.max ?? 1.5;
    const expected = `từ dòng đơn đến ${n(hi)} dòng`;
    const obs: Observation[] = [];
    let exact: Observation | null = null, unknown: Observation | null = null;
    let judged = 0;
    for (const p of paras) {
      if (!judgeable(model.format, p)) continue;
      judged++;
      const ls = p.spacing.line;
      if (!ls) { unknown ??= { status: 'needs_review', expected, found: 'không đọc được giãn dòng', location: locOf(p) }; continue; }
      if (ls.rule === 'auto') {
        // PDF line pitch is measured against an assumed single-line height (fonts differ): ±0.2 line.
        const tol = model.format === 'pdf' ? 0.2 : 0.01;
        if (ls.lines < lo - tol || ls.lines > hi + tol) obs.push({ status: 'fail', expected, found: `${n(ls.lines, 2)} dòng`, location: locOf(p) });
      } else if (ls.rule === 'atLeast') {
        // "At least" below one line is single spacing; above 1.5 lines (≈1.15 × size per line) is too much.
        const size = p.spans.find((s) => s.sizePt)?.sizePt ?? 14;
        if (ls.pt > size * 1.15 * hi + 0.5) obs.push({ status: 'fail', expected, found: `tối thiểu ${n(ls.pt)} pt`, location: locOf(p) });
      } else exact ??= { status: 'needs_review', expected, found: `chính xác ${n(ls.pt)} pt`, location: locOf(p) };
    }
    if (exact) obs.push(exact);
    if (unknown) obs.push(unknown);
    const out = pdfOutliersToReview(model.format, obs, judged);
    return out.length ? out : [{ status: 'pass' }];
  },
};
