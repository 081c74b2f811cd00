// Body paragraphs justified. In a PDF a one-line paragraph looks the same left-aligned or justified.
import type { RuleKind, Observation } from './types.ts';
import { bodyParagraphs } from './lib/body.ts';
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
    for (const p of paras) {
      if (p.align === 'justify') continue;
      if (p.align === null) { unknown ??= { status: 'needs_review', expected: 'canh đều hai lề', found: 'không đọc được căn lề', location: locOf(p) }; continue; }
      const size = p.spans.find((s) => s.sizePt)?.sizePt ?? 13;
      const oneLine = p.box ? p.box.y1 - p.box.y0 < size * 0.3528 * 1.9 : false;
      if (model.format === 'pdf' && p.align === 'left' && oneLine) continue;
      obs.push({ status: 'fail', expected: 'canh đều hai lề', found: VI[p.align], location: locOf(p) });
    }
    if (unknown) obs.push(unknown);
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
