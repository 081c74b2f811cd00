// First-line indent of body paragraphs: 1 cm or 1.27 cm (± tolerance).
import type { RuleKind, Observation } from './types.ts';
import { num, list } from './lib/params.ts';
import { n } from './lib/format.ts';
import { bodyParagraphs } from './lib/body.ts';
import { locOf } from './lib/loc.ts';

export const bodyIndent: RuleKind = {
  name: 'body-indent',
  description: 'Thụt đầu dòng của đoạn nội dung bằng một trong các giá trị cho phép (mm).',
  evaluate(rule, { detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const values = list(rule, 'valuesMm').map(Number);
    const tol = num(rule, 'toleranceMm', 0.5);
    const expected = values.map((v) => `${n(v / 10, 2)} cm`).join(' hoặc ');
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    for (const p of paras) {
      const v = p.indent.firstLine;
      if (v === null) { unknown ??= { status: 'needs_review', expected, found: 'không đọc được thụt đầu dòng', location: locOf(p) }; continue; }
      if (!values.some((x) => Math.abs(v - x) <= tol)) obs.push({ status: 'fail', expected, found: v < 0 ? `thụt treo ${n(-v / 10, 2)} cm` : `${n(v / 10, 2)} cm`, location: locOf(p) });
    }
    if (unknown) obs.push(unknown);
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
