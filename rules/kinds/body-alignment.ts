// Body paragraphs justified. In a PDF a one-line paragraph looks the same left-aligned or justified.
import type { RuleKind, Observation } from './types.ts';
import { bodyParagraphs, judgeable, pdfOutliersToReview } from './lib/body.ts';
import { locOf } from './lib/loc.ts';

const VI = { left: 'căn trái', center: 'căn giữa', right: 'căn phải', justify: 'canh đều' } as const;

export const bodyAlignment: RuleKind = {
  name: 'body-alignment',
  description: 'Đoạn nội dung canh đều hai lề.',
  evaluate(_rule, { model, detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    let judged = 0;
    for (const p of paras) {
      // PDF: a full line looks the same left-aligned or justified (align null), and a one-line
      // paragraph may be a fragment; only paragraphs of several lines show their alignment.
      if (model.format === 'pdf' && p.align !== 'justify' && (p.align === null || !judgeable('pdf', p))) continue;
      judged++;
      if (p.align === 'justify') continue;
      if (p.align === null) { unknown ??= { status: 'needs_review', expected: 'canh đều hai lề', found: 'không đọc được căn lề', location: locOf(p) }; continue; }
      obs.push({ status: 'fail', expected: 'canh đều hai lề', found: VI[p.align], location: locOf(p) });
    }
    if (unknown) obs.push(unknown);
    const out = pdfOutliersToReview(model.format, obs, judged);
    return out.length ? out : [{ status: 'pass' }];
  },
};
