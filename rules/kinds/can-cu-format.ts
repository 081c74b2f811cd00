// "Căn cứ …" / "Theo đề nghị của …" lines: italic, size range, ";" at the end of each, "." after the last.
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const canCuFormat: RuleKind = {
  name: 'can-cu-format',
  description: 'Dòng căn cứ: chữ nghiêng, cỡ theo khoảng, cuối dòng ";", dòng cuối ".".',
  evaluate(rule, { model, detection }) {
    const pieces = detection.components.canCu.filter((p) => /\S/.test(p.text));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    return pieces.map((p, i): Observation => {
      const last = i === pieces.length - 1;
      const end = last ? '.' : ';';
      const expected = `chữ nghiêng, cỡ ${fmtRange(size, 'pt')}, cuối dòng có dấu "${end}"`;
      const r = checkStyle(p.text, p.spans, p.paragraph.align, { size, italic: true });
      const t = p.text.normalize('NFC').trim();
      if (!t.endsWith(end)) r.problems.push(`cuối dòng là "${t.slice(-1)}" thay vì "${end}"`);
      const location = locOf(p.paragraph, t);
      // PDF: a line ending mid-sentence is probably a paragraph the reader split; let a person look.
      if (model.format === 'pdf' && r.problems.length === 1 && /[\p{L}\d,]$/u.test(t)) return { status: 'needs_review', expected, found: r.problems[0], location };
      if (r.problems.length) return { status: 'fail', expected, found: r.problems.join(', '), location };
      if (r.unknowns.length) return { status: 'needs_review', expected, found: r.unknowns.join(', '), location };
      return { status: 'pass', location };
    });
  },
};
