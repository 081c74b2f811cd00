// Body text size within the range, one finding per paragraph.
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange, inRange, n } from './lib/format.ts';
import { bodyParagraphs } from './lib/body.ts';
import { SIZE_TOL_PT, visible } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const bodyFontSize: RuleKind = {
  name: 'body-font-size',
  description: 'Cỡ chữ phần nội dung trong khoảng quy định (từng đoạn).',
  evaluate(rule, { detection }) {
    const paras = bodyParagraphs(detection);
    if (!paras.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const expected = fmtRange(size, 'pt');
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    for (const p of paras) {
      const sizes = [...new Set(visible(p.spans).map((s) => s.sizePt))];
      const bad = sizes.filter((s): s is number => s !== null && !inRange(s, size, SIZE_TOL_PT));
      if (bad.length) obs.push({ status: 'fail', expected, found: bad.map((s) => `${n(s)} pt`).join(', '), location: locOf(p) });
      else if (sizes.includes(null)) unknown ??= { status: 'needs_review', expected, found: 'không đọc được cỡ chữ', location: locOf(p) };
    }
    if (unknown) obs.push(unknown);
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
