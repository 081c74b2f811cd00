// First-line indent of body paragraphs: 1 cm or 1.27 cm (± tolerance).
import type { RuleKind, Observation } from './types.ts';
import { num, list } from './lib/params.ts';
import { n } from './lib/format.ts';
import { bodyParagraphs, judgeable, pdfOutliersToReview } from './lib/body.ts';
import { locOf } from './lib/loc.ts';

export const bodyIndent: RuleKind = {
  name: 'body-indent',
  description: 'Thụt đầu dòng của đoạn nội dung bằng một trong các giá trị cho phép (mm).',
  evaluate(rule, { model, detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const values = list(rule, 'valuesMm').map(Number);
    const tol = num(rule, 'toleranceMm', 0.5);
    const expected = values.map((v) => `${n(v / 10, 2)} cm`).join(' hoặc ');
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    let judged = 0;
    for (const p of paras) {
      if (!judgeable(model.format, p)) continue;
      judged++;
      const v = p.indent.firstLine;
      if (v === null) { unknown ??= { status: 'needs_review', expected, found: 'không đọc được thụt đầu dòng', location: locOf(p) }; continue; }
      // PDF: paragraphs the reader merged show 0 between their (equally indented) lines; what a
      // reader sees is the first line's offset from the text column.
      const colX = model.format === 'pdf' && p.box && p.page ? model.pages[p.page - 1]?.textExtent?.x0 : undefined;
      if (colX !== undefined && Math.abs(v) <= tol && values.some((x) => Math.abs(p.box!.x0 - colX - x) <= tol)) continue;
      if (!values.some((x) => Math.abs(v - x) <= tol)) obs.push({ status: 'fail', expected, found: v < 0 ? `thụt treo ${n(-v / 10, 2)} cm` : `${n(v / 10, 2)} cm`, location: locOf(p) });
    }
    if (unknown) obs.push(unknown);
    const out = pdfOutliersToReview(model.format, obs, judged);
    return out.length ? out : [{ status: 'pass' }];
  },
};
