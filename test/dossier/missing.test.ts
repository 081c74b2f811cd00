// tthc.component.missing: required, conditional (by the case answers), one-of group, and
// present-only papers that must be filed when sending by post.
import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.ts';

describe('tthc.component.missing', () => {
  it('names the missing giấy chứng sinh with its legal basis', async () => {
    const r = await check('1.001193', 'missing');
    const [f, ...rest] = of(r, 'tthc.component.missing');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ status: 'fail', severity: 'error', component: 'tthc', location: { field: 'giay-chung-sinh' } });
    expect(f.message).toContain('Giấy chứng sinh');
    expect(f.legalRef).toContain('Luật Hộ tịch 2014');
    expect(f.legalRef).toContain('Điều 16');
    expect(r.components.find((c) => c.id === 'giay-chung-sinh')?.missing).toBe(true);
  });

  it('is satisfied without a file when the answers say so (electronic birth certificate)', async () => {
    const r = await check('1.001193', 'missing', { caseAnswers: { 'chung-sinh-dien-tu': 'co' } });
    expect(of(r, 'tthc.component.missing')).toEqual([]);
  });

  it('asks for conditional papers only when the condition holds', async () => {
    const withDivorce = await check('1.004873', 'missing');
    expect(of(withDivorce, 'tthc.component.missing').map((f) => f.location?.field)).toEqual(['giay-to-ly-hon']);
    expect(of(withDivorce, 'tthc.component.missing')[0].message).toContain('vì đã từng kết hôn');
    const single = await check('1.004873', 'missing', { caseAnswers: { 'da-ly-hon': 'khong' } });
    expect(of(single, 'tthc.component.missing')).toEqual([]);
  });

  it('wants certified copies of presented papers when filed by post', async () => {
    const r = await check('1.000894', 'missing');
    expect(of(r, 'tthc.component.missing').map((f) => f.location?.field).sort()).toEqual(['giay-to-cu-tru', 'giay-to-tuy-than']);
    const inPerson = await check('1.000894', 'missing', { caseAnswers: { kenh: 'truc-tiep', 'tra-cuu-cu-tru': 'khong' } });
    expect(of(inPerson, 'tthc.component.missing')).toEqual([]);
  });

  it('reports a one-of group once and accepts the e-form when filed online', async () => {
    const r = await check('1.000656', 'scan', { files: [] });
    const f = of(r, 'tthc.component.missing');
    expect(f.map((x) => x.location?.field)).toEqual(['giay-bao-tu', 'to-khai']);
    const online = await check('1.000656', 'scan', { files: [], caseAnswers: { kenh: 'truc-tuyen' } });
    expect(of(online, 'tthc.component.missing').map((x) => x.location?.field)).toEqual(['giay-bao-tu']);
  });

  it('uses the case chosen by the answers (organisation asking for a trích lục)', async () => {
    const r = await check('2.000635', 'missing', { caseAnswers: { 'nguoi-yeu-cau': 'to-chuc' } });
    expect(r.caseId).toBe('to-chuc');
    expect(of(r, 'tthc.component.missing').map((f) => f.location?.field)).toEqual(['van-ban-yeu-cau']);
    // An organisation writes a letter; an individual's tờ khai is not part of this case.
    expect(of(r, 'tthc.component.excess').map((f) => f.location?.file)).toEqual(['tep-1.docx']);
  });
});
