// Every real Vietnamese file of the shared corpus goes through checkDocument without a crash and
// yields a valid report; legacy .doc files are input.unsupported-format; image-only PDFs input.scanned.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { Report } from '../../rules/report.ts';
import { warmUp } from '../../cli/lib/warmup.ts';

const DIR = '/work/shared/corpus/vi';
const files = readdirSync(DIR).sort();

describe('shared corpus (vi)', () => {
  it('has files', () => expect(files.length).toBeGreaterThan(50));
  for (const f of files) {
    it(f, async () => {
      await warmUp(nd30Pack);
      // A generous time budget: the test machine may be loaded; the point here is "no crash".
      const r = Report.parse(await checkDocument(new Uint8Array(readFileSync(join(DIR, f))), nd30Pack, { file: f, read: { limits: { timeMs: 60_000 } } }));
      const ids = r.findings.map((x) => x.ruleId);
      if (f.endsWith('.doc')) expect(ids).toEqual(['input.unsupported-format']);
      if (/smartdocs_demo__\d+-ttg\.signed\.pdf$|sus_agri_mekong__222-ttg/.test(f)) {
        expect(ids[0]).toBe('input.scanned');
        expect(r.findings.filter((x) => x.ruleId.startsWith('nd30.')).every((x) => x.status === 'needs_review')).toBe(true);
      }
      for (const x of r.findings) expect(x.message).not.toMatch(/\bat .+:\d+:\d+/); // no stack traces in messages
    });
  }
  it('the text PDFs get their components found (a Công văn of a ministry)', async () => {
    const f = files.find((x) => x.includes('Vb_huong_dan_cua_Bo_ve_DMTC'))!;
    const r = await checkDocument(new Uint8Array(readFileSync(join(DIR, f))), nd30Pack, { file: f, read: { limits: { timeMs: 60_000 } } });
    expect(r.docType?.code).toBe('CV');
    const ids = r.findings.map((x) => x.ruleId);
    for (const present of ['nd30.quoc-hieu.present', 'nd30.co-quan.present', 'nd30.so-ky-hieu.present', 'nd30.dia-danh.present']) expect(ids).not.toContain(present);
  });
});
