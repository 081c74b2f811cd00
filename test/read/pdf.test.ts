// The PDF reader on real PDFs: LibreOffice prints of generated .docx files (test/fixtures/pdf/make.ts,
// test/fixtures/readers/make.ts), a scanned-like PDF and encrypted/broken files from the corpus.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import type { DocumentModel, Paragraph, ReadResult } from '../../rules/model.ts';
import { readPdf } from '../../rules/read/pdf/index.ts';

const here = new URL('.', import.meta.url).pathname;
const fixture = (p: string) => new Uint8Array(readFileSync(`${here}../fixtures/${p}`));
const CORPUS = '/work/shared/corpus';
const corpus = (p: string) => `${CORPUS}/${p}`;
// Corpus files are read in place (never copied into the repo); without the corpus these cases are skipped.
const inCorpus = existsSync(CORPUS);

function model(r: ReadResult): DocumentModel {
  if (!r.ok) throw new Error(`not read: ${r.problem.ruleId} ${r.problem.detail ?? ''}`);
  return r.model;
}
const para = (m: DocumentModel, start: string): Paragraph => {
  const p = m.paragraphs.find((p) => p.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting with "${start}"`);
  return p;
};

describe('admin.pdf (LibreOffice, A4, margins 20/20/30/15 mm, Times New Roman → LiberationSerif)', () => {
  let m: DocumentModel;
  let r: ReadResult;
  beforeAll(async () => {
    r = await readPdf(fixture('pdf/out/admin.pdf'));
    m = model(r);
  });

  it('reads two A4 portrait pages with no input problem', () => {
    expect(r.ok && r.problems).toEqual([]);
    expect(m.format).toBe('pdf');
    expect(m.pageCount).toBe(2);
    expect(m.pages).toHaveLength(2);
    for (const p of m.pages) {
      expect(p.widthMm).toBeCloseTo(210, 0);
      expect(p.heightMm).toBeCloseTo(297, 0);
      expect(p.imageOnly).toBe(false);
    }
    expect(m.sections.map((s) => s.orientation)).toEqual(['portrait', 'portrait']);
  });

  it('measures the margins from the body text (±1 mm)', () => {
    for (const s of m.sections) {
      expect(Math.abs(s.margins.top! - 20)).toBeLessThanOrEqual(1);
      expect(Math.abs(s.margins.left! - 30)).toBeLessThanOrEqual(1);
      expect(Math.abs(s.margins.right! - 15)).toBeLessThanOrEqual(1);
    }
    // A full page ends within a few lines of the bottom margin (widow/orphan control keeps lines together).
    expect(m.sections[0].margins.bottom!).toBeGreaterThanOrEqual(19);
    expect(m.sections[0].margins.bottom!).toBeLessThanOrEqual(35);
  });

  it('gives fonts without the subset prefix, sizes, bold and italic', () => {
    const body = para(m, 'Điều 1.');
    expect(body.spans[0]).toMatchObject({ font: 'LiberationSerif', sizePt: 14, bold: false, italic: false, underline: false });
    expect(para(m, 'ỦY BAN NHÂN DÂN').spans[0]).toMatchObject({ font: 'LiberationSerif', sizePt: 13, bold: false });
    expect(para(m, 'TỈNH HÀ NAM').spans[0]).toMatchObject({ font: 'LiberationSerif-Bold', sizePt: 13, bold: true, italic: false });
    expect(para(m, 'Độc lập - Tự do - Hạnh phúc').spans[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(para(m, 'Hà Nam, ngày 20').spans[0]).toMatchObject({ font: 'LiberationSerif-Italic', italic: true, bold: false });
    expect(para(m, 'Nơi nhận:').spans[0]).toMatchObject({ font: 'LiberationSerif-BoldItalic', sizePt: 12, bold: true, italic: true });
    for (const p of m.paragraphs) for (const s of p.spans) expect(s.font).not.toMatch(/^[A-Z]{6}\+/);
  });

  it('splits the two-column header into separate centred paragraphs with boxes, left column first', () => {
    const agency = para(m, 'ỦY BAN NHÂN DÂN');
    const nation = para(m, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(agency.text).toBe('ỦY BAN NHÂN DÂN');
    expect(nation.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(agency.box!.x1).toBeLessThan(nation.box!.x0);
    expect(Math.abs(agency.box!.y0 - nation.box!.y0)).toBeLessThan(0.5);
    for (const t of ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'Số: 15/QĐ-UBND', 'CỘNG HÒA', 'Độc lập', 'Hà Nam, ngày']) {
      expect(para(m, t).align, t).toBe('center');
    }
    // Reading order: the agency column (ỦY BAN, TỈNH, Số) before the national-title column.
    const idx = (t: string) => para(m, t).index;
    expect(idx('ỦY BAN NHÂN DÂN')).toBeLessThan(idx('TỈNH HÀ NAM'));
    expect(idx('TỈNH HÀ NAM')).toBeLessThan(idx('Số: 15'));
    expect(idx('Số: 15')).toBeLessThan(idx('CỘNG HÒA'));
    expect(idx('CỘNG HÒA')).toBeLessThan(idx('Độc lập'));
    expect(m.paragraphs.map((p) => p.index)).toEqual(m.paragraphs.map((_, i) => i));
  });

  it('finds the rule lines under the agency name, the motto and the title', () => {
    const under = (t: string) => m.lines.find((l) => l.afterParagraph === para(m, t).index);
    for (const [t, len] of [['TỈNH HÀ NAM', 17.2], ['Độc lập', 48.2], ['Về việc ban hành', 25]] as const) {
      const l = under(t);
      expect(l, t).toBeDefined();
      expect(l!.source).toBe('pdf-path');
      expect(l!.page).toBe(1);
      expect(l!.lengthMm!).toBeCloseTo(len, 0);
      const p = para(m, t);
      // Centred under its text, a few mm below it.
      expect(Math.abs((l!.box!.x0 + l!.box!.x1) / 2 - (p.box!.x0 + p.box!.x1) / 2)).toBeLessThan(1.5);
      expect(l!.box!.y0 - p.box!.y1).toBeGreaterThan(0);
      expect(l!.box!.y0 - p.box!.y1).toBeLessThan(7);
    }
    expect(m.lines).toHaveLength(3);
  });

  it('reads body paragraphs: justified, 12.7 mm first-line indent, single spacing, 6 pt before', () => {
    const body = m.paragraphs.filter((p) => /^Điều [2-8]\./.test(p.text));
    expect(body.length).toBe(7);
    for (const p of body) {
      expect(p.align).toBe('justify');
      expect(p.indent.firstLine!).toBeCloseTo(12.7, 0);
      expect(p.indent.left!).toBeCloseTo(0, 0);
      expect(p.spacing.line).toMatchObject({ rule: 'auto' });
      expect((p.spacing.line as { lines: number }).lines).toBeCloseTo(1, 1);
      expect(p.spacing.beforePt!).toBeCloseTo(6, 0);
      expect(p.spacing.afterPt).toBeNull();
      expect(p.container).toBe('body');
    }
    expect(para(m, 'QUYẾT ĐỊNH').align).toBe('center');
    expect(m.paragraphs.find((p) => p.text === 'CHỦ TỊCH')!.align).toBe('right');
    expect(para(m, 'CHỦ TỊCH ỦY BAN').align).toBe('center');
    // A single short line at the left edge cannot tell left from justified.
    expect(para(m, 'Nơi nhận:').align).toBeNull();
  });

  it('puts the page number of page 2 in the header band, not in the body', () => {
    expect(m.pages[0].headerText).toEqual([]);
    expect(m.pages[1].headerText).toEqual(['2']);
    expect(m.sections[1].headers[0].fields).toContain('PAGE');
    expect(m.sections[0].titlePage).toBe(true);
    expect(m.paragraphs.some((p) => p.text === '2')).toBe(false);
    expect(m.pages[1].textExtent!.y0).toBeGreaterThan(19);
  });

  it('marks an underlined word as underline, not as a rule line', () => {
    const p = para(m, 'Ghi chú');
    expect(p.spans[0].underline).toBe(true);
    expect(p.spans[0].text.trim()).toMatch(/^Ghi ch/);
    expect(p.spans[p.spans.length - 1].underline).toBe(false);
    expect(m.lines.some((l) => l.afterParagraph === p.index)).toBe(false);
  });

  it('has no signature field', () => {
    expect(m.signatureFields).toBe(0);
  });
});

describe('readers/out/plain.pdf (made by the .docx fixtures script)', () => {
  const path = `${here}../fixtures/readers/out/plain.pdf`;
  it.runIf(existsSync(path))('reads margins, the header page number and the two header columns', async () => {
    const m = model(await readPdf(new Uint8Array(readFileSync(path))));
    expect(m.pages).toHaveLength(2);
    expect(Math.abs(m.sections[0].margins.left! - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.sections[0].margins.right! - 15)).toBeLessThanOrEqual(1);
    expect(Math.abs(m.sections[0].margins.top! - 20)).toBeLessThanOrEqual(1);
    expect(m.pages[1].headerText).toEqual(['2']);
    const agency = m.paragraphs.find((p) => p.text === 'ỦY BAN NHÂN DÂN')!;
    const nation = m.paragraphs.find((p) => p.text.startsWith('CỘNG HÒA'))!;
    expect(agency.box!.x1).toBeLessThan(nation.box!.x0);
    expect(m.paragraphs.find((p) => p.text.startsWith('Căn cứ'))!.spans[0]).toMatchObject({ font: 'LiberationSerif', sizePt: 14 });
  });
});

describe('readers/out/landscape.pdf (a portrait page then a landscape page)', () => {
  const path = `${here}../fixtures/readers/out/landscape.pdf`;
  it.runIf(existsSync(path))('gives each page its own size and orientation', async () => {
    const m = model(await readPdf(new Uint8Array(readFileSync(path))));
    expect(m.pages.map((p) => [Math.round(p.widthMm), Math.round(p.heightMm)])).toEqual([[210, 297], [297, 210]]);
    expect(m.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const annex = m.paragraphs.find((p) => p.text.startsWith('Phụ lục khổ ngang'))!;
    expect(annex.page).toBe(2);
    expect(annex.section).toBe(1);
    // Landscape margins 30/15/20/20 mm; body paragraphs have a 10 mm first-line indent: 20 + 10 mm from the left.
    expect(Math.abs(annex.box!.x0 - 30)).toBeLessThanOrEqual(1);
    expect(Math.abs(annex.box!.y0 - 30)).toBeLessThanOrEqual(1);
  });
});

describe('scanned and refused PDFs', () => {
  it('marks image-only pages and reports input.scanned with their numbers', async () => {
    const r = await readPdf(fixture('pdf/out/scanned.pdf'));
    const m = model(r);
    expect(m.pages.map((p) => p.imageOnly)).toEqual([true, true]);
    expect(m.paragraphs).toEqual([]);
    const p = r.ok ? r.problems.find((x) => x.ruleId === 'input.scanned') : undefined;
    expect(p).toBeDefined();
    expect(p!.page).toBe(1);
    expect(p!.message).toContain('Trang 1, 2');
    expect(m.sections[0].margins.top).toBeNull();
  });

  it.runIf(inCorpus)('refuses a password-protected PDF with input.encrypted', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(corpus('pdf/pdfminer__pdfminer.six__aes-128.pdf'))));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.encrypted');
      expect(r.problem.message).toMatch(/mật khẩu/);
    }
  });

  it.runIf(inCorpus)('reads a PDF that is encrypted only with an owner password (it opens without one)', async () => {
    const r = await readPdf(new Uint8Array(readFileSync(corpus('pdf/py-pdf__pypdf__r2-owner-password.pdf'))));
    expect(r.ok).toBe(true);
  });

  it('reports input.corrupt for bytes that are not a PDF and for a truncated PDF', async () => {
    const junk = await readPdf(new TextEncoder().encode('this is not a pdf at all'));
    expect(!junk.ok && junk.problem.ruleId).toBe('input.corrupt');
    const whole = fixture('pdf/out/admin.pdf');
    const cut = await readPdf(whole.slice(0, 600));
    expect(cut.ok ? 'read' : cut.problem.ruleId).toMatch(/input\.corrupt|read/);
    if (!cut.ok) expect(cut.problem.message).toMatch(/hỏng/);
  });

  it.runIf(inCorpus)('counts the signature of a signed PDF', async () => {
    const m = model(await readPdf(new Uint8Array(readFileSync(corpus('pdf/mozilla__pdf.js__signed_verified.pdf')))));
    expect(m.signatureFields).toBe(1);
  });

  it('reads only the first maxPages pages and says so', async () => {
    const r = await readPdf(fixture('pdf/out/admin.pdf'), { limits: { maxPages: 1 } });
    const m = model(r);
    expect(m.pages).toHaveLength(1);
    expect(m.pageCount).toBe(2);
    expect(r.ok && r.problems.map((p) => p.ruleId)).toEqual(['input.too-large']);
  });

  it('refuses a file above maxBytes without opening it', async () => {
    const r = await readPdf(fixture('pdf/out/admin.pdf'), { limits: { maxBytes: 1000 } });
    expect(!r.ok && r.problem.ruleId).toBe('input.too-large');
  });

  it('stops at the time budget with input.too-large', async () => {
    const r = await readPdf(fixture('pdf/out/admin.pdf'), { limits: { timeMs: 0 } });
    expect(!r.ok && r.problem.ruleId).toBe('input.too-large');
    expect(!r.ok && r.problem.detail).toMatch(/time/);
  });

  it('does not detach the caller’s buffer', async () => {
    const bytes = fixture('pdf/out/admin.pdf');
    const n = bytes.byteLength;
    await readPdf(bytes);
    expect(bytes.byteLength).toBe(n);
  });
});
