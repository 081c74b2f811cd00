// Paper size per section (.docx) or per page (.pdf), either orientation.
import type { RuleKind, Observation } from './types.ts';
import { num } from './lib/params.ts';
import { n } from './lib/format.ts';

export const pageSize: RuleKind = {
  name: 'page-size',
  description: 'Khổ giấy (rộng × cao, mm) của từng section/trang so với giá trị quy định, có dung sai.',
  evaluate(rule, { model }) {
    const w = num(rule, 'widthMm', 210), h = num(rule, 'heightMm', 297), tol = num(rule, 'toleranceMm', 1);
    const expected = `${n(w)} × ${n(h)} mm`;
    const check = (W: number | null, H: number | null, loc: Observation['location']): Observation => {
      if (W === null || H === null) return { status: 'needs_review', expected, found: 'không đọc được khổ giấy', location: loc };
      const [a, b] = W <= H ? [W, H] : [H, W];
      const ok = Math.abs(a - w) <= tol && Math.abs(b - h) <= tol;
      return ok ? { status: 'pass', location: loc } : { status: 'fail', expected, found: `${n(W)} × ${n(H)} mm`, location: loc };
    };
    if (model.format === 'pdf') return model.pages.map((p) => check(p.widthMm, p.heightMm, { page: p.number }));
    if (!model.sections.length) return [{ status: 'needs_review', expected, found: 'không đọc được khổ giấy' }];
    return model.sections.map((s) => check(s.widthMm, s.heightMm, { section: s.index }));
  },
};
