// Side-by-side test: the findings of the current version and of the draft on the same file,
// matched rule by rule and place by place → appeared / disappeared / changed.
import type { Finding, Report } from '../../../rules/report.ts';
import { SEVERITY_VI } from '../../../rules/pack-diff.ts';

export interface Delta {
  change: 'appeared' | 'disappeared' | 'changed';
  ruleId: string;
  before?: Finding;
  after?: Finding;
  /** Plain words for the row. */
  text: string;
}

const place = (f: Finding) => {
  const l = f.location ?? {};
  return [l.page ?? '', l.paragraph ?? '', l.section ?? '', l.text ?? '', l.file ?? '', l.row ?? '', l.field ?? ''].join('|');
};
const STATUS_VI = { fail: 'không đạt', needs_review: 'cần xem lại' } as const;
const words = (f: Finding) => `${SEVERITY_VI[f.severity]}, ${STATUS_VI[f.status]}`;

export function compareReports(current: Report, draft: Report): Delta[] {
  const out: Delta[] = [];
  const group = (r: Report) => {
    const m = new Map<string, Finding[]>();
    for (const f of r.findings) m.set(`${f.ruleId}#${place(f)}`, [...(m.get(`${f.ruleId}#${place(f)}`) ?? []), f]);
    return m;
  };
  const a = group(current), b = group(draft);
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const xs = a.get(k) ?? [], ys = b.get(k) ?? [];
    const n = Math.max(xs.length, ys.length);
    for (let i = 0; i < n; i++) {
      const x = xs[i], y = ys[i];
      if (x && !y) out.push({ change: 'disappeared', ruleId: x.ruleId, before: x, text: `Không còn: ${x.message}` });
      else if (!x && y) out.push({ change: 'appeared', ruleId: y.ruleId, after: y, text: `Mới xuất hiện: ${y.message}` });
      else if (x && y && (x.severity !== y.severity || x.status !== y.status || x.message !== y.message)) {
        const parts: string[] = [];
        if (x.severity !== y.severity || x.status !== y.status) parts.push(`${words(x)} → ${words(y)}`);
        if (x.message !== y.message) parts.push(`thông báo: «${x.message}» → «${y.message}»`);
        out.push({ change: 'changed', ruleId: y.ruleId, before: x, after: y, text: `Thay đổi: ${parts.join('; ')}` });
      }
    }
  }
  const order = { disappeared: 0, appeared: 1, changed: 2 };
  return out.sort((p, q) => order[p.change] - order[q.change] || p.ruleId.localeCompare(q.ruleId));
}
