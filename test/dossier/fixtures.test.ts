// Every committed fixture dossier gives exactly the rule ids it was made to show: the complete
// dossiers of the eight procedures give no finding at all.
import { describe, expect, it } from 'vitest';
import { Report } from '../../rules/report.ts';
import { check, ids, manifest } from './helpers.ts';

describe('fixture dossiers', () => {
  it('cover every procedure with complete, missing, excess, outdated, unfilled and scan', () => {
    const codes = [...new Set(manifest.map((m) => m.procedure))];
    expect(codes).toHaveLength(8);
    for (const c of codes) {
      const vs = manifest.filter((m) => m.procedure === c).map((m) => m.variant);
      expect(vs, c).toEqual(expect.arrayContaining(['complete', 'missing', 'excess', 'outdated', 'scan']));
      // 2.000815 (certify a copy) has no form to fill in.
      if (c !== '2.000815') expect(vs, c).toContain('unfilled');
    }
  });

  for (const m of manifest) {
    it(`${m.dir}: ${m.expect.join(', ') || 'no finding'}`, async () => {
      const r = await check(m.procedure, m.variant);
      expect(() => Report.parse(r.report)).not.toThrow();
      expect(r.report.docType?.code).toBe(m.procedure);
      expect(r.report.ruleSet).toEqual({ id: 'tthc-cap-xa', version: '2026.1.0' });
      expect(ids(r)).toEqual([...m.expect].sort());
      if (m.variant === 'complete') {
        expect(r.report.summary).toMatchObject({ errors: 0, warnings: 0, needsReview: 0 });
        expect(r.report.summary.passed).toBeGreaterThan(0);
      }
    });
  }
});
