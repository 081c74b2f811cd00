// Detection on the generated documents (test/fixtures/detect/make.ts): every component of each
// document, in .docx (table / text-box / tab / flow layouts), in the PDF LibreOffice printed from
// it, and in the .docx LibreOffice saved again from it (out/lo/).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SPECS, type Spec } from '../fixtures/detect/specs.ts';
import { detectFile, joined, txt, txts } from './read.ts';

const OUT = join(import.meta.dirname, '../fixtures/detect/out');
// Compare as a reader sees it: NFC, single spaces (one fixture is stored NFD with a doubled space).
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const T = (p: Parameters<typeof txt>[0]) => (txt(p) === null ? null : squash(txt(p)!));
const TS = (ps: Parameters<typeof txts>[0]) => txts(ps).map(squash);
const J = (ps: Parameters<typeof joined>[0]) => squash(joined(ps));
const bodyTexts = (s: Spec) =>
  s.body.filter((b) => b.k === 'p' || b.k === 'khoan' || b.k === 'diem' || b.k === 'section').map((b) => ('text' in b ? b.text : ''));
const pointLabels = (s: Spec) =>
  s.body
    .filter((b) => b.k === 'khoan' || b.k === 'diem')
    .map((b) => ('text' in b ? /^(\d+\.|[a-zđ]\))/.exec(b.text)![1] : ''));

for (const s of SPECS) {
  // docx: written by the `docx` package (Word-like XML); lo: the same saved again by LibreOffice.
  for (const variant of ['docx', 'pdf', 'lo'] as const) {
    const format = variant === 'pdf' ? 'pdf' : 'docx';
    const file = variant === 'lo' ? `lo/${s.name}.docx` : `${s.name}.${variant}`;
    describe(file, async () => {
      const r = await detectFile(join(OUT, file));
      if (!r) throw new Error('the reader refused the fixture');
      const { d } = r;
      const c = d.components;
      const flow = s.layout === 'flow';
      const leftSide = flow ? 'center' : 'left';
      const rightSide = flow ? 'center' : 'right';

      it('tells the header layout', () => {
        expect(c.layout).toBe(format === 'pdf' ? 'positions' : s.layout);
        const via = { table: 'cell', textbox: 'textbox', tabs: 'tab', flow: 'flow', positions: 'position' }[c.layout as string];
        expect((c.quocHieu[0] ?? c.dangCongSan)?.via).toBe(via);
        expect(c.soKyHieu?.via).toBe(via);
      });

      it('finds Quốc hiệu and Tiêu ngữ (or the Party header)', () => {
        if (s.party) {
          expect(c.quocHieu).toEqual([]);
          expect(txt(c.dangCongSan)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
        } else {
          expect(TS(c.quocHieu)).toEqual([s.variants?.quocHieu ?? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
          expect(c.quocHieu[0].side).toBe(rightSide);
          expect(T(c.tieuNgu)).toBe(s.variants?.motto ?? 'Độc lập - Tự do - Hạnh phúc');
          // Pieces keep the text as stored: a decomposed file stays decomposed (the nfc rule needs it).
          if (s.variants?.nfd && format === 'docx') expect(txt(c.quocHieu[0])).not.toBe(T(c.quocHieu[0]));
        }
      });

      it('finds the parent and issuing agency, Số/ký hiệu and the place and date', () => {
        expect(TS(c.coQuanChuQuan)).toEqual(s.parent ? [s.parent] : []);
        expect(TS(c.coQuan)).toEqual(s.agency);
        expect(c.coQuan.every((p) => p.side === leftSide)).toBe(true);
        expect(T(c.soKyHieu)).toBe(s.so);
        expect(c.soKyHieu!.side).toBe(leftSide);
        expect(T(c.diaDanh)).toBe(squash(s.place));
        expect(c.diaDanh!.side).toBe(rightSide);
      });

      it('finds the type name and summary (or the công văn V/v)', () => {
        expect(T(c.tenLoai)).toBe(s.title ?? null);
        expect(J(c.trichYeu)).toBe(s.trichYeu ?? '');
        expect(J(c.vv)).toBe((s.vv ?? []).join(' '));
        expect(TS(c.thamQuyen)).toEqual(s.authority ? [s.authority] : []);
      });

      it('finds Kính gửi with its recipients, the căn cứ and the enacting line', () => {
        expect(TS(c.kinhGui)).toEqual(s.kinhGui ?? []);
        expect(T(c.quyetNghi)).toBe(s.enacting ?? null);
        if (format === 'docx') expect(TS(c.canCu)).toEqual(s.canCu ?? []);
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
        expect(c.headings.map((h) => squash(h.piece.text))).toEqual(dieu);
        const labels = c.points.map((p) => p.label);
        if (format === 'docx') expect(labels).toEqual(pointLabels(s));
        else {
          // The PDF reader still joins some one-line paragraphs ("1. …" + "2. …"): the points found
          // are the document's, in order, and at least the first of them is found.
          const want = pointLabels(s);
          let at = 0;
          for (const l of labels) {
            at = want.indexOf(l, at);
            expect(at, labels.join(' ')).toBeGreaterThanOrEqual(0);
            at++;
          }
          expect(labels.length > 0).toBe(want.length > 0);
        }
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
        expect(TS(c.chuKy!.quyenHan)).toEqual(s.sign.quyenHan);
        expect(TS(c.chuKy!.chucVu)).toEqual(s.sign.chucVu);
        expect(T(c.chuKy!.hoTen)).toBe(s.sign.name);
        expect(c.chuKy!.hoTen!.side).toBe('right');
      });

      it('finds Nơi nhận with its items, the Lưu line last', () => {
        expect(T(c.noiNhan?.label)).toBe('Nơi nhận:');
        expect(c.noiNhan!.label.side).toBe('left');
        expect(TS(c.noiNhan!.items)).toEqual(s.noiNhan);
      });

      it('finds urgency, secrecy and the address block when present', () => {
        expect(T(c.doKhan)).toBe(s.urgency ?? null);
        expect(T(c.doMat)).toBe(s.secrecy ?? null);
        expect(J(c.diaChi)).toBe((s.address ?? []).join(' '));
      });

      it('finds the copy block of a bản sao, and none elsewhere', () => {
        if (!s.copy) expect(c.banSao ?? null).toBeNull();
        else {
          expect(T(c.banSao?.hinhThuc)).toBe(s.copy.mark);
          expect(TS(c.banSao?.coQuan)).toEqual([s.copy.agency]);
          expect(T(c.banSao?.soKyHieu)).toBe(s.copy.so);
          expect(T(c.banSao?.diaDanh)).toBe(s.copy.place);
        }
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
          if (!flow && rl.tieuNgu!.box && rl.coQuan!.box) expect(rl.tieuNgu!.box.x0).toBeGreaterThan(rl.coQuan!.box.x1);
        }
        if (s.title) expect(rl.trichYeu).not.toBeNull();
        else expect(rl.trichYeu).toBeNull();
      });

      it('decides the document type and the scope', () => {
        expect(d.docType?.code ?? null).toBe(s.expect.type);
        expect(d.docType?.copy?.code).toBe(s.expect.copy);
        if (d.docType) expect(d.docType.confidence).toBeGreaterThanOrEqual(0.8);
        expect(d.scope.administrative).toBe(s.expect.administrative);
        expect(d.scope.reason).toBe(s.expect.reason);
        if (s.expect.reason === 'normative') expect(d.scope.evidence).toBe(s.so);
        if (s.expect.reason === 'party') expect(d.scope.evidence).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
      });
    });
  }
}
