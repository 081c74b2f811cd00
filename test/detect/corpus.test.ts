// Detection on the real Vietnamese files of ../shared/corpus/vi (read in place). Assertions are
// what the files really hold (checked with pdftotext / LibreOffice):
// - Vb_huong_dan…V4.pdf: a công văn of Bộ Xây dựng (number stamped apart from "Số:", V/v, KT. BỘ TRƯỞNG);
// - 30_2020_ND_CP.docx: Nghị định 30/2020/NĐ-CP itself, a normative document (38 Điều);
// - 1._Bo_Thong_so…pdf, 3._Danh_muc…pdf: appendices filed apart from that công văn;
// - Phuluc1/2.docx: appendices of Nghị định 30 ("Kèm theo Nghị định số 30/2020/NĐ-CP");
// - minhhaidhsp 01–07 .docx: citizens' forms (tờ khai, đơn) under Quốc hiệu — not agency documents;
// - the *-ttg.signed.pdf and hpbaotho PDFs: scans (no text layer).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectFile, joined, txt, txts } from './read.ts';

const VI = join(import.meta.dirname, '../../../shared/corpus/vi');
const f = (name: string) => join(VI, name);
const have = existsSync(VI);

describe.skipIf(!have)('corpus/vi: a real công văn (PDF)', async () => {
  const r = (await detectFile(f('PHAMNGOCBAY__nghi-dinh-qc-tcvn__Vb_huong_dan_cua_Bo_ve_DMTC_DSDT_N_-_V4.pdf')))!;
  const c = r.d.components;
  it('finds Quốc hiệu, the agency, Số (printed apart from its number) and the date', () => {
    expect(txts(c.quocHieu)).toEqual(['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(txt(c.tieuNgu)).toBe('Độc lập – Tự do – Hạnh phúc');
    expect(txts(c.coQuan)).toEqual(['BỘ XÂY DỰNG']);
    expect(txt(c.soKyHieu)).toMatch(/^Số:.*\/BXD-KHCNMT&VLXD$/);
    expect(txt(c.diaDanh)).toMatch(/^Hà Nội, ngày/);
    expect(c.layout).toBe('positions');
  });
  it('is a Công văn: V/v under Số, Kính gửi, no type name', () => {
    expect(r.d.docType?.code).toBe('CV');
    expect(r.d.scope).toEqual({ administrative: true });
    expect(c.tenLoai).toBeNull();
    expect(joined(c.vv)).toBe(
      'V/v: hướng dẫn áp dụng Bộ thông số kỹ thuật cơ bản dùng chung, danh mục quy chuẩn kỹ thuật và danh mục tiêu chuẩn chủ yếu đối với đường sắt đô thị (loại hình Metro)',
    );
    expect(txts(c.kinhGui)).toEqual(['Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']);
  });
  it('finds the signature and Nơi nhận', () => {
    expect(txts(c.chuKy?.quyenHan)).toEqual(['KT. BỘ TRƯỞNG']);
    expect(txts(c.chuKy?.chucVu)).toEqual(['THỨ TRƯỞNG']);
    expect(txt(c.chuKy?.hoTen)).toBe('Nguyễn Danh Huy');
    expect(txt(c.noiNhan?.label)).toBe('Nơi nhận:');
    expect(txts(c.noiNhan?.items)[0]).toBe('- Như trên;');
    expect(txts(c.noiNhan?.items).at(-1)).toBe('- Lưu: VT, KHCNMT&VLXD (N.A.D).');
    expect(c.noiNhan!.items).toHaveLength(8);
  });
});

describe.skipIf(!have)('corpus/vi: Nghị định 30/2020 (normative)', async () => {
  const r = (await detectFile(f('ericphan28__van-ban-plus__30_2020_ND_CP.docx')))!;
  const c = r.d.components;
  it('finds Quốc hiệu, agency, Số, date, type name and summary', () => {
    expect(txts(c.quocHieu)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(txts(c.coQuan)).toEqual(['CHÍNH PHỦ']);
    expect(txt(c.soKyHieu)).toBe('Số: 30/2020/NĐ-CP');
    expect(txt(c.diaDanh)).toBe('Hà Nội, ngày 05 tháng 3 năm 2020');
    expect(txt(c.tenLoai)).toBe('NGHỊ ĐỊNH');
    expect(joined(c.trichYeu)).toBe('Về công tác văn thư');
  });
  it('is a normative document, none of the 29 administrative types', () => {
    expect(r.d.scope).toEqual({ administrative: false, reason: 'normative', evidence: 'Số: 30/2020/NĐ-CP' });
    expect(r.d.docType).toBeNull();
  });
  it('finds its 38 Điều in order, its căn cứ, the signature and Nơi nhận', () => {
    const dieu = c.headings.filter((h) => h.level === 'dieu').map((h) => Number(/^Điều (\d+)/.exec(h.piece.text)![1]));
    expect(dieu).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(c.headings.some((h) => h.level === 'chuong')).toBe(true);
    expect(c.canCu.map((p) => p.text.slice(0, 12))).toEqual(['Căn cứ Luật ', 'Theo đề nghị']);
    expect(txts(c.chuKy?.quyenHan)).toEqual(['TM. CHÍNH PHỦ']);
    expect(txts(c.chuKy?.chucVu)).toEqual(['THỦ TƯỚNG']);
    expect(txt(c.chuKy?.hoTen)).toBe('Nguyễn Xuân Phúc');
    expect(txts(c.noiNhan?.items).at(-1)).toBe('- Lưu: VT, HC (2).');
  });
});

describe.skipIf(!have)('corpus/vi: appendices filed apart', () => {
  it.each([
    ['PHAMNGOCBAY__nghi-dinh-qc-tcvn__1._Bo_Thong_so_KT_dung_chung_cho_DSDT.pdf', 'Phụ lục I'],
    ['PHAMNGOCBAY__nghi-dinh-qc-tcvn__3._Danh_muc_TC_cho_DSDT_-_final.pdf', 'Phụ lục III'],
  ])('%s: an appendix of the công văn 11410/BXD', async (name, heading) => {
    const r = (await detectFile(f(name)))!;
    expect(txt(r.d.components.phuLuc[0])).toBe(heading);
    // The number 11410 is printed apart (stamped); the PDF reader does not return it yet.
    expect(joined(r.d.components.phuLucRef)).toMatch(/^\(Kèm theo văn bản số: (11410 ?)?\/BXD-KHCNMT&VLXD .*của Bộ Xây dựng\)$/);
    expect(r.d.scope.administrative).toBe(true);
  });
  it.each(['ericphan28__van-ban-plus__Phuluc1.docx', 'ericphan28__van-ban-plus__Phuluc2.docx'])(
    '%s: an appendix of Nghị định 30, so normative',
    async (name) => {
      const r = (await detectFile(f(name)))!;
      expect(txt(r.d.components.phuLuc[0])).toMatch(/^Phụ lục I/);
      expect(r.d.scope.reason).toBe('normative');
      expect(r.d.scope.evidence).toMatch(/Nghị định số 30\/2020\/NĐ-CP/);
    },
  );
});

describe.skipIf(!have)("corpus/vi: citizens' forms are not agency documents", () => {
  const forms = have ? readdirSync(VI).filter((n) => n.startsWith('minhhaidhsp__') && n.endsWith('.docx')) : [];
  it('there are seven of them', () => expect(forms).toHaveLength(7));
  it.each(forms)('%s', async (name) => {
    const r = (await detectFile(f(name)))!;
    expect(txts(r.d.components.quocHieu)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    expect(r.d.components.soKyHieu).toBeNull();
    expect(r.d.docType).toBeNull();
    expect(r.d.scope.administrative).toBe(false);
    expect(r.d.scope.reason).toBe('not-a-document');
    expect(r.d.scope.evidence).toMatch(/^(TỜ KHAI|ĐƠN|GIẤY ĐỀ NGHỊ) /);
  });
});

describe.skipIf(!have)('corpus/vi: every readable file', () => {
  const files = have ? readdirSync(VI).filter((n) => /\.(docx|pdf)$/.test(n)) : [];
  it.each(files)('%s: detection runs and its result is plain data', async (name) => {
    const r = await detectFile(f(name));
    if (!r) return; // refused by the reader (input.* finding), nothing to detect
    expect(() => JSON.stringify(r.d)).not.toThrow();
    // A scan has no text: nothing found, and it is not called "not a document".
    if (r.model.pages.length && r.model.pages.every((p) => p.imageOnly)) {
      expect(r.d.components.quocHieu).toEqual([]);
      expect(r.d.scope.administrative).toBe(true);
    }
  });
});

describe('not Vietnamese administrative documents at all', () => {
  const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
  // sample01.pdf: a web page whose line "Solaris C/C++/Fortran Compilers" must not read as "Số …/…".
  it.each([
    'docx/jgm__pandoc__lists.docx',
    'docx/microsoft__markitdown__test.docx',
    'pdf/py-pdf__sample-files__pdflatex-4-pages.pdf',
    'pdf/pdfcpu__pdfcpu__sample01.pdf',
  ])(
    '%s',
    async (name) => {
      const path = join(CORPUS, name);
      if (!existsSync(path)) return;
      const r = (await detectFile(path))!;
      expect(r.d.scope).toMatchObject({ administrative: false, reason: 'not-a-document' });
      expect(r.d.docType).toBeNull();
      expect(r.d.components.layout).toBe('none');
      expect(r.d.components.soKyHieu).toBeNull();
      expect(r.d.components.coQuan).toEqual([]);
    },
  );
});
