// The result view's logic on real reports: grouping in document order, filters, mutes, counts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../rules/report.ts';
import { bucketOf, countFindings, groupFindings, placeKey } from '../../extension/lib/report-view.ts';
import { FIXTURES, brokenReport, reportOf } from './reports.ts';

const reports: Report[] = [];
beforeAll(async () => {
  for (const f of FIXTURES) reports.push(await reportOf(f));
  reports.push(await brokenReport());
});

describe('groupFindings on real reports', () => {
  it('has fixtures with findings to show', () => {
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.some((r) => r.findings.length > 2)).toBe(true);
  });

  it('shows every finding exactly once, one group per component', () => {
    for (const r of reports) {
      const groups = groupFindings(r);
      const shown = groups.flatMap((g) => g.items.map((i) => i.index)).sort((a, b) => a - b);
      expect(shown).toEqual(r.findings.map((_, i) => i));
      expect(new Set(groups.map((g) => g.component)).size).toBe(groups.length);
      for (const g of groups) for (const it of g.items) expect(it.finding.component).toBe(g.component);
    }
  });

  it('orders findings inside a group by their place in the document', () => {
    for (const r of reports) {
      for (const g of groupFindings(r)) {
        const keys = g.items.map((i) => placeKey(i.finding));
        for (let k = 1; k < keys.length; k++) {
          const [a, b] = [keys[k - 1]!, keys[k]!];
          expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])))).toBe(true);
        }
      }
    }
  });

  it('puts input problems first (a broken file shows its input.* finding on top)', () => {
    const broken = reports.at(-1)!;
    const groups = groupFindings(broken);
    expect(groups[0]!.component).toBe('input');
    expect(groups[0]!.items[0]!.finding.ruleId).toMatch(/^input\./);
  });

  it('severity filters hide exactly the unticked buckets', () => {
    const r = reports.find((x) => new Set(x.findings.map(bucketOf)).size >= 2)!;
    expect(r).toBeDefined();
    const only = bucketOf(r.findings[0]!);
    const shown = groupFindings(r, { show: { error: false, warning: false, info: false, review: false, [only]: true } }).flatMap((g) => g.items);
    expect(shown.length).toBe(r.findings.filter((f) => bucketOf(f) === only).length);
    expect(shown.every((i) => i.bucket === only)).toBe(true);
  });
});

describe('counts', () => {
  it('agree with the report summary when nothing is muted', () => {
    for (const r of reports) {
      const c = countFindings(r);
      expect(c.error).toBe(r.summary.errors);
      expect(c.warning).toBe(r.summary.warnings);
      expect(c.info).toBe(r.summary.info);
      expect(c.review).toBe(r.summary.needsReview);
    }
  });

  it('muting a rule removes its findings from the list and the counts, nothing else', () => {
    const r = reports.find((x) => new Set(x.findings.map((f) => f.ruleId)).size >= 2)!;
    const rule = r.findings[0]!.ruleId;
    const n = r.findings.filter((f) => f.ruleId === rule).length;
    const before = countFindings(r);
    const after = countFindings(r, { [rule]: 'Văn bản mẫu của tỉnh' });
    const total = (c: typeof before) => c.error + c.warning + c.info + c.review;
    expect(total(before) - total(after)).toBe(n);
    const shown = groupFindings(r, { mutes: { [rule]: 'x' } }).flatMap((g) => g.items);
    expect(shown.some((i) => i.finding.ruleId === rule)).toBe(false);
    expect(shown.length).toBe(r.findings.length - n);
  });
});
