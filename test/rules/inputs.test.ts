// Files that cannot be checked become one input.* finding with the reader's Vietnamese message;
// scanned pages turn the layout and text rules into needs_review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { Report } from '../../rules/report.ts';
import { bytesOf, check } from './helpers.ts';

const CORPUS = '/work/shared/corpus';

describe('input.* findings', () => {
  const cases: [string, string, string][] = [
    ['input-rtf.rtf', 'input.unsupported-format', 'RTF'],
    ['input-html.doc', 'input.unsupported-format', 'HTML'],
    ['input-odt.odt', 'input.unsupported-format', '.odt'],
    ['input-corrupt.docx', 'input.corrupt', 'zip'],
    ['input-empty.pdf', 'input.corrupt', 'rỗng'],
  ];
  for (const [file, rule, word] of cases) {
    it(`${file} → ${rule}`, async () => {
      const r = await check(file);
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ ruleId: rule, status: 'fail', severity: 'error', component: 'input' });
      expect(r.findings[0].message).toContain(word);
      expect(r.summary.errors).toBe(1);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }
  it('password-protected .docx and .pdf → input.encrypted', async () => {
    for (const f of ['docx/apache__poi__bug53475-password-is-pass.docx', 'pdf/openpreserve__format-corpus__encryption_openpassword.pdf']) {
      const r = Report.parse(await checkDocument(new Uint8Array(readFileSync(`${CORPUS}/${f}`)), nd30Pack, { file: f }));
      expect(r.findings.map((x) => x.ruleId)).toEqual(['input.encrypted']);
    }
  });
  it('beyond the configured size limit → input.too-large', async () => {
    const r = Report.parse(await checkDocument(bytesOf('clean-qd.docx'), nd30Pack, { file: 'x.docx', read: { limits: { maxBytes: 1000 } } }));
    expect(r.findings.map((x) => x.ruleId)).toEqual(['input.too-large']);
  });
  it('a scanned PDF → input.scanned; layout and text rules are needs_review, never pass or fail', async () => {
    const r = await check('input-scanned.pdf');
    expect(r.findings[0]).toMatchObject({ ruleId: 'input.scanned', status: 'fail', severity: 'warning' });
    const others = r.findings.slice(1);
    expect(others.length).toBeGreaterThan(40);
    expect(others.every((f) => f.status === 'needs_review')).toBe(true);
    expect(others.map((f) => f.ruleId)).toContain('nd30.quoc-hieu.present');
    expect(r.summary.errors).toBe(0);
    // Only what an image still shows (paper size, orientation) may pass.
    expect(r.summary.passed).toBeLessThanOrEqual(8);
  });
  it('a text page plus a scanned page: input.scanned names page 2; a component missing from the text is needs_review', async () => {
    const r = await check('input-mixed-scan.pdf');
    expect(r.findings.find((f) => f.ruleId === 'input.scanned')).toMatchObject({ status: 'fail', location: { page: 2 } });
    expect(r.findings.find((f) => f.ruleId === 'nd30.noi-nhan.present')).toMatchObject({ status: 'needs_review' });
    expect(r.findings.find((f) => f.ruleId === 'nd30.quoc-hieu.present')).toBeUndefined(); // seen on page 1
  });
  it('the sha256 is of the bytes (same bytes, same hash; other bytes, other hash)', async () => {
    const a = await check('clean-tb.docx'), b = await check('clean-tb.docx'), c = await check('clean-gm.docx');
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).not.toBe(c.sha256);
    const { createHash } = await import('node:crypto');
    expect(a.sha256).toBe(createHash('sha256').update(bytesOf('clean-tb.docx')).digest('hex'));
    // A view into a larger buffer (as Node's pooled Buffers are) hashes only its own bytes.
    const inner = bytesOf('clean-tb.docx');
    const big = new Uint8Array(inner.length + 64);
    big.set(inner, 32);
    const view = big.subarray(32, 32 + inner.length);
    expect((await checkDocument(view, nd30Pack, { file: 'v.docx' })).sha256).toBe(a.sha256);
  });
});
