// Agency lines: issuing agency upper case, bold; parent agency upper case, not bold; both in the size range.
import type { RuleKind, Observation } from './types.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { observeStyle } from './lib/style.ts';

export const coQuanFormat: RuleKind = {
  name: 'co-quan-format',
  description: 'Tên cơ quan ban hành (in hoa, đậm) và cơ quan chủ quản (in hoa, không đậm), cỡ chữ theo khoảng.',
  evaluate(rule, { detection }) {
    const c = detection.components;
    if (!c.coQuan.length && !c.coQuanChuQuan.length) return [{ status: 'not_applicable' }];
    const size = range(rule, 'size');
    const obs: Observation[] = [];
    for (const p of c.coQuanChuQuan) obs.push(observeStyle(p, { size, upper: true, bold: false, italic: false }, `cơ quan chủ quản: in hoa, không đậm, cỡ ${fmtRange(size, 'pt')}`));
    for (const p of c.coQuan) obs.push(observeStyle(p, { size, upper: true, bold: true, italic: false }, `cơ quan ban hành: in hoa, đậm, cỡ ${fmtRange(size, 'pt')}`));
    return obs;
  },
};
