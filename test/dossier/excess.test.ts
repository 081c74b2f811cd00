// tthc.component.excess: a file that is no component of the procedure ("nhận thừa").
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDossierFile } from '../../rules/dossier/read.ts';
import { check, entry, filesOf, fixtures, of } from './helpers.ts';

describe('tthc.component.excess', () => {
  it('flags a health certificate handed in with a marriage registration', async () => {
    const r = await check('1.000894', 'excess');
    const f = of(r, 'tthc.component.excess');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ status: 'fail', severity: 'warning', location: { file: 'tep-9.pdf' } });
    expect(f[0].message).toContain('nhận thừa');
    expect(f[0].found).toContain('GIẤY KHÁM SỨC KHỎE');
    expect(r.files.find((x) => x.name === 'tep-9.pdf')?.assignedTo).toBeNull();
  });

  it('flags a request form nobody may demand for certifying a copy', async () => {
    const r = await check('2.000815', 'excess');
    expect(of(r, 'tthc.component.excess').map((f) => f.location?.file)).toEqual(['tep-9.pdf']);
    // The copy itself is taken as the paper to certify.
    expect(r.files.find((x) => x.name === 'tep-1.pdf')?.assignedTo).toBe('ban-sao');
  });

  it('flags a conditional paper when its condition does not hold', async () => {
    const r = await check('2.000635', 'complete', { caseAnswers: { 'uy-quyen': 'khong' } });
    const f = of(r, 'tthc.component.excess');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('chỉ cần khi nộp hồ sơ theo ủy quyền');
  });

  it('is re-checked from the files already read when the clerk reassigns one', async () => {
    const first = await check('1.000894', 'excess');
    const reads = await Promise.all(entry('1.000894', 'excess').files.map(async (n) => readDossierFile(n, new Uint8Array(readFileSync(join(fixtures, '1.000894', 'excess', n))), { limits: { timeMs: 60_000 } })));
    const again = await check('1.000894', 'excess', { reads, assignments: { 'tep-9.pdf': 'giay-to-tuy-than' } });
    expect(of(first, 'tthc.component.excess')).toHaveLength(1);
    expect(of(again, 'tthc.component.excess')).toEqual([]);
    expect(again.readMs).toBe(reads.reduce((n, r) => n + r.readMs, 0));
  });

  it('is withdrawn when the clerk assigns the file to a component', async () => {
    const r = await check('1.000894', 'excess', { assignments: { 'tep-9.pdf': 'giay-to-tuy-than' } });
    expect(of(r, 'tthc.component.excess')).toEqual([]);
    expect(r.files.find((x) => x.name === 'tep-9.pdf')).toMatchObject({ assignedTo: 'giay-to-tuy-than', by: 'assigned', confidence: 1 });
  });
});

describe('tthc.component.excess on papers of another procedure', () => {
  it('does not take a marital-status certificate for a surrogacy paper in a birth registration', async () => {
    // The XNTTHN tờ khai of another dossier, handed in with a birth registration.
    const other = filesOf(entry('1.004873', 'complete')).find((f) => f.name === 'tep-1.docx')!;
    const r = await check('1.001193', 'complete', { files: [...filesOf(entry('1.001193', 'complete')), { name: 'tep-5.docx', bytes: other.bytes }] });
    const f = of(r, 'tthc.component.excess');
    expect(f.map((x) => x.location?.file)).toEqual(['tep-5.docx']);
    expect(f[0].found).toContain('TỜ KHAI CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN');
    expect(f[0].message).not.toContain('mang thai hộ');
    expect(r.files.find((x) => x.name === 'tep-5.docx')?.assignedTo).toBeNull();
  });
});
