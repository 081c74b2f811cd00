// At least N pt between body paragraphs: the gap is the larger of this paragraph's "before"
// and the previous paragraph's "after" (or its own "after").
import type { RuleKind, Observation } from './types.ts';
import { num } from './lib/params.ts';
import { n } from './lib/format.ts';
import { bodyParagraphs, judgeable, pdfOutliersToReview } from './lib/body.ts';
import { locOf } from './lib/loc.ts';

export const bodySpacing: RuleKind = {
  name: 'body-spacing',
  description: 'Khoảng cách giữa các đoạn nội dung tối thiểu (pt).',
  evaluate(rule, { model, detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const min = num(rule, 'minPt', 6), tol = num(rule, 'tolerancePt', 0.5);
    const expected = `tối thiểu ${n(min)} pt`;
    const byIndex = new Map(model.paragraphs.map((p) => [p.index, p]));
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    let judged = 0;
    for (const p of paras) {
      if (!judgeable(model.format, p)) continue;
      judged++;
      const prev = byIndex.get(p.index - 1);
      // PDF gives only the gap above a paragraph (its "before").
      const vals = model.format === 'pdf' ? [p.spacing.beforePt] : [p.spacing.beforePt, p.spacing.afterPt, ...(prev ? [prev.spacing.afterPt] : [])];
      const known = vals.filter((v): v is number => v !== null);
      const gap = known.length ? Math.max(...known) : null;
      if (gap !== null && gap >= min - tol) continue;
      if (known.length < vals.length) { unknown ??= { status: 'needs_review', expected, found: 'không đọc được khoảng cách đoạn', location: locOf(p) }; continue; }
      obs.push({ status: 'fail', expected, found: `${n(gap!)} pt`, location: locOf(p) });
    }
    if (unknown) obs.push(unknown);
    // PDF gaps are inferred from line pitch, which merged paragraphs inflate: a person confirms.
    const out = pdfOutliersToReview(model.format, obs, model.format === 'pdf' ? Infinity : judged);
    return out.length ? out : [{ status: 'pass' }];
  },
};
