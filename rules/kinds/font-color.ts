// Text colour black (auto or 000000) on every visible run.
import type { RuleKind, Observation } from './types.ts';
import { list } from './lib/params.ts';
import { locOf } from './lib/loc.ts';

export const fontColor: RuleKind = {
  name: 'font-color',
  description: 'Màu chữ của mọi đoạn chữ hiển thị (auto hoặc 000000).',
  evaluate(rule, { model }) {
    const allowed = new Set(list(rule, 'allowed').map((s) => s.toUpperCase()));
    if (!allowed.size) allowed.add('AUTO').add('000000');
    const obs: Observation[] = [];
    let unknown = 0;
    let seen = 0;
    for (const p of model.paragraphs) {
      const vs = p.spans.filter((s) => /\S/.test(s.text));
      seen += vs.length;
      const bad = [...new Set(vs.filter((s) => s.color !== null && !allowed.has(s.color.toUpperCase())).map((s) => s.color!))];
      unknown += vs.filter((s) => s.color === null).length;
      if (bad.length) obs.push({ status: 'fail', expected: 'đen', found: bad.map((c) => `#${c}`).join(', '), location: locOf(p) });
    }
    if (obs.length) return obs;
    if (!seen || unknown === seen) return [{ status: 'needs_review', expected: 'đen', found: 'không đọc được màu chữ' }];
    return [{ status: 'pass' }];
  },
};
