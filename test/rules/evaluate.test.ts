// The evaluator's honesty rules: scope demotes ND30 fails to needs_review, unknown types demote
// type-dependent rules, observe-mode packs are carried into the report, disabled rules are not run,
// overlays change severities and messages.
import { describe, expect, it } from 'vitest';
import { nd30Pack, loadPack } from '../../rules/packs/index.ts';
import type { Pack } from '../../rules/pack.ts';
import { fill } from '../../rules/evaluate.ts';
import { check } from './helpers.ts';

describe('evaluate', () => {
  it('a normative number (with a year) → scope.not-administrative; ND30 rules are never "fail"', async () => {
    const r = await check('fail-scope-normative.docx');
    expect(r.findings.find((f) => f.ruleId === 'scope.not-administrative')).toMatchObject({ status: 'fail', severity: 'info' });
    expect(r.findings.filter((f) => f.ruleId.startsWith('nd30.') && f.status === 'fail')).toEqual([]);
  });
  it('an unknown document type → scope.doc-type-unknown, and type-dependent fails become needs_review', async () => {
    const r = await check('fail-scope-type-unknown.docx');
    expect(r.docType).toBeNull();
    expect(r.findings.find((f) => f.ruleId === 'scope.doc-type-unknown')).toMatchObject({ status: 'fail', severity: 'warning' });
    for (const f of r.findings.filter((x) => ['nd30.so-ky-hieu.type-match', 'nd30.kinh-gui.present', 'nd30.ten-loai.present'].includes(x.ruleId))) expect(f.status).toBe('needs_review');
  });
  it('observe-mode packs are carried into report.ruleSet.mode', async () => {
    const pack: Pack = { ...nd30Pack, mode: 'observe' };
    expect((await check('clean-tb.docx', pack)).ruleSet).toEqual({ id: 'nd30', version: nd30Pack.version, mode: 'observe' });
    expect((await check('clean-tb.docx')).ruleSet).toEqual({ id: 'nd30', version: nd30Pack.version });
  });
  it('a disabled rule is not run; an overlay severity applies to its findings', async () => {
    const overlay = { id: 'co-quan-x', version: '1.0.0', kind: 'overlay', overlayOf: 'nd30', title: 'Cơ quan X', effectiveFrom: '2026-01-01', rules: [
      { id: 'nd30.page.margin-left', severity: 'warning' },
      { id: 'nd30.page.margin-top', enabled: false },
    ] };
    const pack = loadPack(overlay);
    const left = await check('fail-margin-left.docx', pack);
    expect(left.findings.find((f) => f.ruleId === 'nd30.page.margin-left')).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(left.summary.errors).toBe(0);
    const top = await check('fail-margin-top.docx', pack);
    expect(top.findings.map((f) => f.ruleId)).not.toContain('nd30.page.margin-top');
    expect(top.summary.passed + top.summary.notApplicable).toBe(pack.rules.filter((r) => r.enabled).length - top.findings.length);
  });
  it('the variant "HOÀ" of the Quốc hiệu is a warning, another wording an error', async () => {
    // (the vi helper's tone rule aside) the kind lowers the severity for the listed variant
    const { textExact } = await import('../../rules/kinds/text-exact.ts');
    const rule = nd30Pack.rules.find((r) => r.id === 'nd30.quoc-hieu.text')!;
    const piece = (text: string) => ({ paragraph: { index: 0, section: 0, text } as never, text, spans: [], side: 'right' as const });
    const det = (text: string) => ({ components: { quocHieu: [piece(text)] } as never, docType: null, scope: { administrative: true } });
    expect(textExact.evaluate(rule, { model: {} as never, detection: det('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM') })[0]).toMatchObject({ status: 'fail', severity: 'warning' });
    expect(textExact.evaluate(rule, { model: {} as never, detection: det('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM') })[0]).toMatchObject({ status: 'fail' });
    expect(textExact.evaluate(rule, { model: {} as never, detection: det('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') })[0].status).toBe('pass');
  });
  it('message templates are filled and tidied', () => {
    expect(fill('Lề trái {found}; quy định {expected}.', { found: '25 mm', expected: '30–35 mm' })).toBe('Lề trái 25 mm; quy định 30–35 mm.');
    expect(fill('Đánh số {found}; quy định {expected}.', { found: 'khoản 3.', expected: 'khoản 2.' })).toBe('Đánh số khoản 3.; quy định khoản 2.');
  });
});
