// One page margin against its range. .docx: the section's page setup. .pdf: measured from the text
// extent, which only bounds the margin (text may stop short of it), so some cases are needs_review.
import type { RuleKind, Observation } from './types.ts';
import { num, range, str } from './lib/params.ts';
import { fmtRange, inRange, n } from './lib/format.ts';

type Side = 'top' | 'bottom' | 'left' | 'right';

export const pageMargin: RuleKind = {
  name: 'page-margin',
  description: 'Một lề trang (trên/dưới/trái/phải) trong khoảng quy định, có dung sai làm tròn mm.',
  evaluate(rule, { model }) {
    const side = str(rule, 'side', 'left') as Side;
    const r = range(rule, 'range');
    const expected = fmtRange(r, 'mm');
    if (model.format === 'docx') {
      if (!model.sections.length) return [{ status: 'needs_review', expected, found: 'không đọc được lề trang' }];
      const tol = num(rule, 'toleranceMm', 0.5);
      return model.sections.map((s): Observation => {
        const v = s.margins[side];
        const location = { section: s.index };
        if (v === null) return { status: 'needs_review', expected, found: 'không đọc được lề', location };
        return inRange(v, r, tol) ? { status: 'pass', location } : { status: 'fail', expected, found: `${n(v)} mm`, location };
      });
    }
    const tol = num(rule, 'pdfToleranceMm', 2);
    const pages = model.pages.filter((p) => !p.imageOnly && p.textExtent);
    if (!pages.length) return [{ status: 'needs_review', expected, found: 'không đo được lề trên trang PDF' }];
    const obs: Observation[] = [];
    for (const p of pages) {
      const e = p.textExtent!;
      const v = side === 'left' ? e.x0 : side === 'right' ? p.widthMm - e.x1 : side === 'top' ? e.y0 : p.heightMm - e.y1;
      const location = { page: p.number };
      const lo = r?.min ?? -Infinity, hi = r?.max ?? Infinity;
      if (v < lo - tol) obs.push({ status: 'fail', expected, found: `khoảng ${n(v, 0)} mm (chữ lấn vào lề)`, location });
      else if (v > hi + tol) {
        // Left and top are reached by ordinary text lines; right and bottom often are not (short lines,
        // a paragraph kept on the next page), so a wide right/bottom extent proves nothing.
        const reached = side === 'left' || side === 'top';
        obs.push(reached ? { status: 'fail', expected, found: `khoảng ${n(v, 0)} mm`, location } : { status: 'pass', location });
      } else obs.push({ status: 'pass', location });
    }
    // A right/bottom margin only bounded from below: if nothing reached it, say so honestly.
    if ((side === 'right' || side === 'bottom') && obs.every((o) => o.status === 'pass')) {
      const reachedAny = pages.some((p) => {
        const e = p.textExtent!;
        const v = side === 'right' ? p.widthMm - e.x1 : p.heightMm - e.y1;
        return inRange(v, r, tol);
      });
      if (!reachedAny) return [{ status: 'needs_review', expected, found: 'chữ không chạm tới lề, không đo được chính xác' }];
    }
    return obs;
  },
};
