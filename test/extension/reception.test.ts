// The reception view's summary and statistics, on the real fixture dossiers (test/fixtures/dossier):
// each line sits in the right section with its legal basis and an anchor to its component or file;
// the statistics summary is counts per rule with the procedure code, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossierDetailed } from '../../rules/dossier/api.ts';
import { CheckSummary } from '../../rules/stats.ts';
import { dossierSummary, summarySections } from '../../extension/lib/reception/summary.ts';

const FIX = join(import.meta.dirname, '../fixtures/dossier/out');
async function dossier(code: string, variant: string, assignments?: Record<string, string>) {
  const dir = join(FIX, code, variant);
  const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return checkDossierDetailed({ procedure: code, files, assignments, receivedAt: '2026-03-10' });
}

describe('reception summary', () => {
  it('complete dossier: no section at all', async () => {
    expect(summarySections(await dossier('1.000894', 'complete'))).toEqual([]);
  });

  it('missing giấy chứng sinh: one "missing" line with its basis, linked to the component', async () => {
    const r = await dossier('1.001193', 'missing');
    const s = summarySections(r);
    expect(s.map((x) => x.key)).toEqual(['missing']);
    expect(s[0].lines).toEqual([
      expect.objectContaining({ ruleId: 'tthc.component.missing', anchor: 'comp-giay-chung-sinh', legalRef: expect.stringMatching(/\S/), message: expect.stringMatching(/^Thiếu thành phần hồ sơ: Giấy chứng sinh/) }),
    ]);
  });

  it('excess and outdated files are "extra", linked to the file row; unfilled tờ khai lines are "unfilled"', async () => {
    const ex = summarySections(await dossier('1.000656', 'excess'));
    expect(ex.map((x) => [x.key, x.lines.map((l) => [l.ruleId, l.anchor])])).toEqual([['extra', [['tthc.component.excess', 'file-2']]]]);
    const out = summarySections(await dossier('1.001193', 'outdated'));
    expect(out.map((x) => x.key)).toEqual(['extra']);
    expect(out[0].lines[0].ruleId).toBe('tthc.component.outdated');
    const un = summarySections(await dossier('1.001193', 'unfilled'));
    expect(un.map((x) => x.key)).toEqual(['unfilled']);
    expect(new Set(un[0].lines.map((l) => l.ruleId))).toEqual(new Set(['tthc.field.empty', 'form.placeholder']));
    expect(new Set(un[0].lines.map((l) => l.anchor))).toEqual(new Set(['file-0']));
  });

  it('a clerk reassignment moves the excess file into its component', async () => {
    const r = await dossier('1.000656', 'excess', { 'tep-9.pdf': 'giay-bao-tu' });
    expect(summarySections(r)).toEqual([]);
    expect(r.components.find((c) => c.id === 'giay-bao-tu')?.files).toContain('tep-9.pdf');
  });

  it('statistics: counts per rule, procedure code as the type, subject dossier, no names or text', async () => {
    const r = await dossier('1.001193', 'unfilled');
    const s = dossierSummary(r, { clientId: 'c0ffee00-1111-2222-3333-444455556666', unit: 'xa-tan-long', clientVersion: '0.1.0' });
    expect(CheckSummary.parse(s)).toEqual(s);
    expect(s.subject).toBe('dossier');
    expect(s.docType).toBe('1.001193');
    expect(s.counts['tthc.field.empty'].fail).toBe(r.report.findings.filter((f) => f.ruleId === 'tthc.field.empty').length);
    const json = JSON.stringify(s);
    for (const bad of ['tep-1', '.docx', 'Họ, chữ đệm', 'Tờ khai', '……']) expect(json).not.toContain(bad);
  });
});
