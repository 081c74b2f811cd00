// tthc.procedure.unknown, and recognition by content rather than by file name.
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../rules/dossier/check.ts';
import { check, entry, filesOf } from './helpers.ts';

describe('tthc.procedure.unknown', () => {
  it('reports a code that is not in the catalogue', async () => {
    const r = await checkDossier({ procedure: '1.999999', files: filesOf(entry('1.001193', 'complete')), receivedAt: '2026-03-10' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'tthc.procedure.unknown', status: 'fail', component: 'tthc' });
    expect(r.findings[0].message).toContain('1.999999');
    expect(r.docType).toBeNull();
  });

  it('takes a name that fits exactly one procedure', async () => {
    const r = await checkDossier({ procedure: 'đăng ký khai sinh', files: filesOf(entry('1.001193', 'complete')), receivedAt: '2026-03-10' });
    expect(r.docType?.code).toBe('1.001193');
    expect(r.findings).toEqual([]);
  });

  it('is needs_review with candidates when a name matches several procedures', async () => {
    const r = await checkDossier({ procedure: 'chứng thực', files: [], receivedAt: '2026-03-10' });
    expect(r.findings[0]).toMatchObject({ ruleId: 'tthc.procedure.unknown', status: 'needs_review' });
    expect(r.findings[0].message).toContain('2.000815');
    expect(r.findings[0].message).toContain('2.000884');
  });
});

describe('recognition', () => {
  it('recognises files by their titles, not their names', async () => {
    const r = await check('1.001193', 'complete');
    expect(r.files.map((f) => [f.name, f.assignedTo, f.by])).toEqual([
      ['tep-1.docx', 'to-khai', 'title'],
      ['tep-2.pdf', 'giay-chung-sinh', 'title'],
    ]);
    expect(r.files[0].confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('tells the tờ khai from the paper it names (XNTTHN)', async () => {
    const r = await check('1.004873', 'complete', { caseAnswers: { 'da-ly-hon': 'co', 'cap-lai': 'co' } });
    expect(r.files.find((f) => f.name === 'tep-1.docx')?.assignedTo).toBe('to-khai');
    expect(r.components.find((c) => c.id === 'giay-xac-nhan-cu')?.missing).toBe(true);
  });

  it('gives the same sha256 for the same files in any order', async () => {
    const files = filesOf(entry('1.001193', 'complete'));
    const a = await checkDossier({ procedure: '1.001193', files, receivedAt: '2026-03-10' });
    const b = await checkDossier({ procedure: '1.001193', files: [...files].reverse(), receivedAt: '2026-03-10' });
    expect(a.sha256).toBe(b.sha256);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
