// Real files from the shared corpus (read in place): unfilled court and CV templates handed in as
// the paper to sign (2.000884), and a fake .docx. Plus the field reader on lines as PDFs give them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDossier } from '../../rules/dossier/check.ts';
import { extractFields, formatOf, formatProblem } from '../../rules/dossier/fields.ts';
import type { DocumentModel } from '../../rules/model.ts';

const vi = '/work/shared/corpus/vi';
const file = (n: string) => ({ name: n, bytes: new Uint8Array(readFileSync(join(vi, n))) });
const run = (names: string[]) => checkDossier({ procedure: '2.000884', files: names.map(file), receivedAt: '2026-03-10', readOptions: { limits: { timeMs: 60_000 } } });
const count = (r: Awaited<ReturnType<typeof run>>, id: string) => r.findings.filter((f) => f.ruleId === id).length;

describe.skipIf(!existsSync(vi))('corpus forms', () => {
  it('finds the unfilled places of a real sơ yếu lý lịch template, one per line', async () => {
    const r = await run(['ericphan28__thang-phan-tools__so-yeu-ly-lich.docx']);
    expect(count(r, 'form.placeholder')).toBeGreaterThan(20);
    expect(r.findings.every((f) => f.ruleId === 'form.placeholder')).toBe(true);
    expect(r.findings.some((f) => f.location?.text?.startsWith('1. Họ và tên'))).toBe(true);
  });

  it('reads a Word-exported court form PDF without mistaking dots for wrong values', async () => {
    const r = await run(['longnguyencoder__mauvanban__076e0705623f4ddc8fe84f647df1ec66_20251219_080527.pdf']);
    expect(count(r, 'form.placeholder')).toBeGreaterThan(10);
    expect(count(r, 'form.field.format')).toBe(0);
  });

  it('fails a text file saved as .docx as unreadable, and the paper to sign is then missing', async () => {
    const r = await run(['longnguyencoder__mauvanban__00253875e6b3471d9c4b4185ddf41e5b_20251218_153347.docx']);
    expect(r.findings.map((f) => [f.ruleId, f.status]).sort()).toEqual([
      ['tthc.component.missing', 'fail'],
      ['tthc.file.unreadable', 'fail'],
    ]);
  });
});

describe('field reader', () => {
  const model = (texts: string[]) => ({ paragraphs: texts.map((text, index) => ({ index, text })) }) as unknown as DocumentModel;

  it('splits several labels on one line, numbered items included', () => {
    const f = extractFields(model(['Thường trú: ........ Số điện thoại: ......... 2. Tên vợ: Trần Thị Hoa  CMND/CCCD số: 019198012345']), []);
    expect(f.map((x) => [x.label, x.value, x.blank])).toEqual([
      ['Thường trú', '........', true],
      ['Số điện thoại', '.........', true],
      ['Tên vợ', 'Trần Thị Hoa', false],
      ['CMND/CCCD số', '019198012345', false],
    ]);
  });

  it('keeps a number that is the value itself', () => {
    const f = extractFields(model(['Số con trong lần sinh này: 2.']), []);
    expect(f[0].value).toBe('2.');
  });

  it('judges formats: CCCD, dates that exist, phone numbers', () => {
    expect(formatProblem('cccd', '019090012345')).toBeNull();
    expect(formatProblem('cccd', '0190 9001 2345')).toBeNull();
    expect(formatProblem('cccd', '019090012')?.expected).toContain('12 chữ số');
    expect(formatProblem('date', '29/02/2024')).toBeNull();
    expect(formatProblem('date', '29/02/2025')?.found).toBe('29/02/2025');
    expect(formatProblem('date', 'ngày 05 tháng 01 năm 2026')).toBeNull();
    expect(formatProblem('phone', '0912 345 678')).toBeNull();
    expect(formatProblem('phone', '+84 912 345 678')).toBeNull();
    expect(formatProblem('phone', '091 2345')).not.toBeNull();
    expect(formatProblem('phone', '………… (nếu có)')).toBeNull();
    expect(formatOf({ label: 'Số CCCD', template: null, value: '', blank: true, paragraph: 0, text: '' })).toBe('cccd');
  });
});
