// Detection on the generated documents (test/fixtures/detect/make.ts): every component of each
// document, in .docx (table / text-box / tab layouts) and in the PDF LibreOffice printed from it.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SPECS, type Spec } from '../fixtures/detect/specs.ts';
import { detectFile, joined, txt, txts } from './read.ts';

const OUT = join(import.meta.dirname, '../fixtures/detect/out');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const bodyTexts = (s: Spec) =>
  s.body.filter((b) => b.k === 'p' || b.k === 'khoan' || b.k === 'diem' || b.k === 'section').map((b) => ('text' in b ? b.text : ''));
const pointLabels = (s: Spec) =>
  s.body
    .filter((b) => b.k === 'khoan' || b.k === 'diem')
    .map((b) => ('text' in b ? /^(\d+\.|[a-zđ]\))/.exec(b.text)![1] : ''));

for (const s of SPECS) {
  for (const format of ['docx', 'pdf'] as const) {
    describe(`${s.name}.${format}`, async () => {
      const r = await detectFile(join(OUT, `${s.name}.${format}`));
      if (!r) throw new Error('the reader refused the fixture');
      const { d } = r;
      const c = d.components;

      it('tells the header layout', () => {
        expect(c.layout).toBe(format === 'pdf' ? 'positions' : s.layout);
      });

      it('finds Quốc hiệu and Tiêu ngữ (or the Party header)', () => {
        if (s.party) {
          expect(c.quocHieu).toEqual([]);
          expect(txt(c.dangCongSan)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
        } else {
          expect(txts(c.quocHieu)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
          expect(c.quocHieu[0].side).toBe('right');
          expect(txt(c.tieuNgu)).toBe('Độc lập - Tự do - Hạnh phúc');
        }
      });

      it('finds the parent and issuing agency, Số/ký hiệu and the place and date', () => {
        expect(txts(c.coQuanChuQuan)).toEqual(s.parent ? [s.parent] : []);
        expect(txts(c.coQuan)).toEqual(s.agency);
        expect(c.coQuan.every((p) => p.side === 'left')).toBe(true);
        expect(txt(c.soKyHieu)).toBe(s.so);
        expect(c.soKyHieu!.side).toBe('left');
        expect(txt(c.diaDanh)).toBe(s.place);
        expect(c.diaDanh!.side).toBe('right');
      });

      it('finds the type name and summary (or the công văn V/v)', () => {
        expect(txt(c.tenLoai)).toBe(s.title ?? null);
        expect(joined(c.trichYeu)).toBe(s.trichYeu ?? '');
        expect(joined(c.vv)).toBe((s.vv ?? []).join(' '));
        expect(txts(c.thamQuyen)).toEqual(s.authority ? [s.authority] : []);
      });

      it('finds Kính gửi with its recipients, the căn cứ and the enacting line', () => {
        expect(txts(c.kinhGui)).toEqual(s.kinhGui ?? []);
        expect(txt(c.quyetNghi)).toBe(s.enacting ?? null);
        if (format === 'docx') expect(txts(c.canCu)).toEqual(s.canCu ?? []);
        else {
          // The PDF reader may join căn cứ paragraphs; every piece found is a căn cứ line, the last one ends the preamble.
          expect(c.canCu.length > 0).toBe(!!s.canCu);
          for (const p of c.canCu) expect(p.text).toMatch(/^(Căn cứ|Theo đề nghị)/);
          if (s.canCu) expect(c.canCu.at(-1)!.text).toBe(s.canCu.at(-1));
        }
      });

      it('finds the Điều headings, khoản/điểm points and the body', () => {
        const dieu = s.body.filter((b) => b.k === 'dieu').map((b) => ('text' in b ? b.text : ''));
        expect(c.headings.map((h) => h.level)).toEqual(dieu.map(() => 'dieu'));
        c.headings.forEach((h, i) => expect(dieu[i].startsWith(squash(h.piece.text).slice(0, 40))).toBe(true));
        expect(c.points.map((p) => p.label)).toEqual(pointLabels(s));
        const body = c.body.map((p) => squash(p.text));
        if (format === 'docx') expect(body).toEqual(bodyTexts(s));
        // PDF: the reader may join or split paragraphs; every body paragraph is in the body text, in order.
        else {
          const all = body.join(' ');
          let at = 0;
          for (const t of bodyTexts(s)) {
            const i = all.indexOf(t.slice(0, 30), at);
            expect(i, t).toBeGreaterThanOrEqual(0);
            at = i;
          }
        }
        // Body never holds header, title, signature or Nơi nhận lines.
        expect(body.some((b) => /^(Nơi nhận|Kính gửi|Điều \d)/.test(b))).toBe(false);
      });

      it('finds the signature block: authority, position and the signer name', () => {
        expect(c.chuKy).not.toBeNull();
        expect(txts(c.chuKy!.quyenHan)).toEqual(s.sign.quyenHan);
        expect(txts(c.chuKy!.chucVu)).toEqual(s.sign.chucVu);
        expect(txt(c.chuKy!.hoTen)).toBe(s.sign.name);
        expect(c.chuKy!.hoTen!.side).toBe('right');
      });

      it('finds Nơi nhận with its items, the Lưu line last', () => {
        expect(txt(c.noiNhan?.label)).toBe('Nơi nhận:');
        expect(c.noiNhan!.label.side).toBe('left');
        expect(txts(c.noiNhan!.items)).toEqual(s.noiNhan);
      });

      it('finds urgency and the address block when present', () => {
        expect(txt(c.doKhan)).toBe(s.urgency ?? null);
        expect(c.doMat).toBeNull();
        expect(joined(c.diaChi)).toBe((s.address ?? []).join(' '));
      });

      it('picks the rule lines under the motto, the agency and the summary', () => {
        const rl = c.ruleLines;
        if (s.party) {
          expect(rl.tieuNgu).toBeNull();
          expect(rl.coQuan).toBeNull(); // the Party header uses "*", not a line
        } else {
          expect(rl.tieuNgu).not.toBeNull();
          expect(rl.coQuan).not.toBeNull();
          if (rl.tieuNgu!.lengthMm && rl.coQuan!.lengthMm) expect(rl.tieuNgu!.lengthMm).toBeGreaterThan(rl.coQuan!.lengthMm);
          if (rl.tieuNgu!.box && rl.coQuan!.box) expect(rl.tieuNgu!.box.x0).toBeGreaterThan(rl.coQuan!.box.x1);
        }
        if (s.title) expect(rl.trichYeu).not.toBeNull();
        else expect(rl.trichYeu).toBeNull();
      });

      it('decides the document type and the scope', () => {
        expect(d.docType?.code ?? null).toBe(s.expect.type);
        if (d.docType) expect(d.docType.confidence).toBeGreaterThanOrEqual(0.8);
        expect(d.scope.administrative).toBe(s.expect.administrative);
        expect(d.scope.reason).toBe(s.expect.reason);
        if (s.expect.reason === 'normative') expect(d.scope.evidence).toBe(s.so);
        if (s.expect.reason === 'party') expect(d.scope.evidence).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
      });
    });
  }
}
