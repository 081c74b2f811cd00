// Known false findings, each on a real file: NFD text in Nơi nhận, tab-placed header lines, types
// whose template has no trích yếu, and a one-stop form (Mẫu 02) whose title is none of the 29 types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../rules/read/index.ts';
import { detect } from '../../rules/detect/index.ts';
import { evaluate } from '../../rules/evaluate.ts';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { Report } from '../../rules/report.ts';
import { makeMau02 } from '../../rules/dossier/mau02.ts';
import { check as checkDossier } from '../dossier/helpers.ts';

const DETECT = join(import.meta.dirname, '..', 'fixtures', 'detect', 'out');

async function evaluated(bytes: Uint8Array) {
  const read = await readDocument(bytes.slice());
  if (!read.ok) throw new Error(read.problem.message);
  const detection = detect(read.model);
  return { detection, ...evaluate(nd30Pack, { model: read.model, detection, problems: read.problems }) };
}
const fixture = (name: string) => new Uint8Array(readFileSync(join(DETECT, name)));

describe('Nơi nhận stored in NFD (decomposed) text', () => {
  it('cd-variants.docx: "Nơi nhận:" and "- Lưu: VT, KT." are judged as written, not failed', async () => {
    const { statuses, detection } = await evaluated(fixture('cd-variants.docx'));
    // The fixture really is decomposed: the rule must see through it.
    expect(detection.components.noiNhan!.label.text).not.toBe(detection.components.noiNhan!.label.text.normalize('NFC'));
    expect(statuses['nd30.noi-nhan.label']).toBe('pass');
    expect(statuses['nd30.noi-nhan.luu']).toBe('pass');
    expect(statuses['nd30.noi-nhan.nhu-tren']).not.toBe('fail');
    expect(statuses['nd30.noi-nhan.list-format']).not.toBe('fail');
  });
});

describe('header lines placed by tab stops', () => {
  for (const name of ['tb-tabs.docx', 'ttr-tabs.docx']) {
    it(`${name}: Tiêu ngữ and Quốc hiệu are not "not centred" (their paragraph alignment says nothing)`, async () => {
      const { statuses, detection } = await evaluated(fixture(name));
      expect(detection.components.tieuNgu?.via).toBe('tab');
      expect(statuses['nd30.tieu-ngu.format']).toBe('pass');
      expect(statuses['nd30.quoc-hieu.format']).not.toBe('fail');
    });
  }
});

describe('types whose template has no trích yếu', () => {
  it('ggt-flow.docx (Giấy giới thiệu): trích yếu is not applicable', async () => {
    const { statuses, detection } = await evaluated(fixture('ggt-flow.docx'));
    expect(detection.docType?.code).toBe('GGT');
    expect(detection.components.trichYeu).toEqual([]);
    expect(statuses['nd30.trich-yeu.present']).toBe('not_applicable');
  });
  it('the pack says so as data (exceptTypes), for Giấy giới thiệu and Giấy nghỉ phép', () => {
    const rule = nd30Pack.rules.find((r) => r.id === 'nd30.trich-yeu.present')!;
    expect(rule.exceptTypes).toEqual(expect.arrayContaining(['GGT', 'GNP']));
  });
});

describe('Mẫu 02 "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" (none of the 29 types), clerk fields blank', () => {
  const TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';
  const mau02 = async (clerkName?: string) =>
    makeMau02(await checkDossier('1.001193', 'missing'), { date: new Date('2026-03-10T03:00:00Z'), ...(clerkName ? { clerkName } : {}) });

  it('its title is the title line, not body text; the type stays unknown', async () => {
    const { detection, statuses } = await evaluated(await mau02());
    expect(detection.components.tenLoai?.text).toBe(TITLE);
    expect(detection.components.body.map((p) => p.text)).not.toContain(TITLE);
    expect(detection.docType).toBeNull();
    expect(detection.scope.administrative).toBe(true);
    // A person must say what the title is and whether a summary is due.
    expect(statuses['nd30.ten-loai.present']).toBe('needs_review');
    expect(statuses['nd30.trich-yeu.present']).toBe('needs_review');
    // The signer's name is a blank of dots to be filled by hand: to be signed, not missing.
    expect(detection.components.chuKy?.hoTen).toBeNull();
    expect(detection.components.chuKy?.hoTenBlank?.text).toMatch(/^…+$/);
    expect(statuses['nd30.chu-ky.present']).toBe('needs_review');
  });

  it('gets no error finding', async () => {
    const r = Report.parse(await checkDocument(await mau02(), nd30Pack, { file: 'mau-02.docx' }));
    const errors = r.findings.filter((f) => f.status === 'fail' && f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(r.findings.filter((f) => f.location?.text === TITLE && f.status === 'fail')).toEqual([]);
  });

  it('with the clerk name filled in, the signature is present', async () => {
    const { detection, statuses } = await evaluated(await mau02('Hoàng Thị Lan'));
    expect(detection.components.chuKy?.hoTen?.text).toBe('Hoàng Thị Lan');
    expect(statuses['nd30.chu-ky.present']).toBe('pass');
  });
});

describe('committed Mẫu 02 copies (test/rules/fixtures), .docx and the LibreOffice PDF', () => {
  const DIR = join(import.meta.dirname, 'fixtures');
  for (const ext of ['docx', 'pdf']) {
    it(`mau02-1.001193-missing.${ext}: title line, whole date, no error finding`, async () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, `mau02-1.001193-missing.${ext}`)));
      const { detection } = await evaluated(bytes);
      expect(detection.components.tenLoai?.text).toBe('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
      // The PDF prints "năm" / "2026" on two lines and "Số:" apart from "/HDHS": both joined, neither left as body.
      expect(detection.components.diaDanh?.text).toMatch(/ngày 24 tháng 11 năm 2026$/);
      expect(detection.components.body.map((p) => p.text)).not.toContain('/HDHS');
      const r = Report.parse(await checkDocument(bytes, nd30Pack, { file: `mau-02.${ext}` }));
      const errors = r.findings.filter((f) => f.status === 'fail' && f.severity === 'error');
      expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      expect(r.findings.find((f) => f.ruleId === 'nd30.chu-ky.present')?.status).toBe('needs_review');
    });
  }
});
