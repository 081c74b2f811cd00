// The .docx reader on the generated fixtures (test/fixtures/readers/make.ts): the values a user
// would see in Word — page set-up in mm, resolved fonts/sizes, alignment, indents, spacing,
// tables, numbering labels, header fields, rule lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../rules/read/docx/index.ts';
import type { DocumentModel, Paragraph, Table } from '../../rules/model.ts';

const OUT = join(import.meta.dirname, '../fixtures/readers/out');

async function model(name: string): Promise<DocumentModel> {
  const r = await readDocx(new Uint8Array(readFileSync(join(OUT, name))));
  if (!r.ok) throw new Error(`${name}: ${r.problem.ruleId} ${r.problem.detail}`);
  return r.model;
}
const byText = (m: DocumentModel, t: string): Paragraph => {
  const p = m.paragraphs.find((q) => q.text.includes(t));
  if (!p) throw new Error(`no paragraph with ${t}`);
  return p;
};
const tables = (m: DocumentModel): Table[] => m.blocks.filter((b): b is Table => b.kind === 'table');

for (const file of ['plain.docx', 'strict.docx', 'plain-lo.docx']) {
  describe(`plain document (${file})`, () => {
    it('has an A4 portrait section with margins 20/20/30/15 mm', async () => {
      const m = await model(file);
      expect(m.format).toBe('docx');
      expect(m.sections).toHaveLength(1);
      const s = m.sections[0];
      expect(s.widthMm).toBeCloseTo(210, 0);
      expect(s.heightMm).toBeCloseTo(297, 0);
      expect(s.orientation).toBe('portrait');
      expect(s.margins.top).toBeCloseTo(20, 0);
      expect(s.margins.bottom).toBeCloseTo(20, 0);
      expect(s.margins.left).toBeCloseTo(30, 0);
      expect(s.margins.right).toBeCloseTo(15, 0);
      expect(s.firstParagraph).toBe(0);
      expect(s.lastParagraph).toBe(m.paragraphs.length - 1);
    });

    it('reads the bold centred heading and justified 14 pt Times New Roman body', async () => {
      const m = await model(file);
      const h = byText(m, 'QUYẾT ĐỊNH');
      expect(h.align).toBe('center');
      expect(h.spans.every((s) => s.bold === true && s.font === 'Times New Roman' && s.sizePt === 14)).toBe(true);
      expect(h.spacing.beforePt).toBe(12);
      const b = byText(m, 'Căn cứ Luật Tổ chức');
      expect(b.align).toBe('justify');
      expect(b.container).toBe('body');
      expect(b.indent.firstLine).toBeCloseTo(10, 0);
      expect(b.indent.left).toBe(0);
      expect(b.spacing.afterPt).toBe(6);
      expect(b.spans.every((s) => s.font === 'Times New Roman' && s.sizePt === 14 && s.bold === false && s.italic === false)).toBe(true);
    });

    it('finds the borderless two-column header table with cell coordinates', async () => {
      const m = await model(file);
      const [head, data] = tables(m);
      expect(head.borderless).toBe(true);
      expect(head.cols).toBe(2);
      expect(head.rows).toHaveLength(1);
      expect(head.rows[0][0].paragraphs.map((p) => p.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM', 'Số: 15/QĐ-UBND']);
      expect(head.rows[0][1].widthMm).toBeCloseTo(100, 0);
      const motto = byText(m, 'Độc lập - Tự do - Hạnh phúc');
      expect(motto.cell).toEqual({ table: head.table, row: 0, col: 1, cols: 2 });
      expect(motto.spans[0].bold).toBe(true);
      expect(byText(m, 'Hà Nam, ngày').spans[0].italic).toBe(true);
      expect(byText(m, 'ỦY BAN').spans[0].sizePt).toBe(13);
      // The grid data table: borders, and a cell spanning two columns.
      expect(data.borderless).toBe(false);
      expect(data.cols).toBe(3);
      expect(data.rows[1]).toHaveLength(2);
      expect(data.rows[1][1]).toMatchObject({ col: 1, colSpan: 2, borders: { top: true, bottom: true, left: true, right: true } });
      // Table cells are not top-level blocks, but they are in the paragraph index.
      expect(m.blocks.some((b) => b.kind === 'paragraph' && b.text === 'TT')).toBe(false);
      expect(byText(m, 'Ghi chú').cell).toMatchObject({ table: data.table, row: 0, col: 2 });
    });

    it('shows numbering labels as Word does (1., a), b), 2.)', async () => {
      const m = await model(file);
      const labelled = m.paragraphs.filter((p) => p.label).map((p) => [p.label, p.text]);
      expect(labelled).toEqual([
        ['1.', '1.\tPhạm vi điều chỉnh của Quy chế này.'],
        ['a)', 'a)\tVăn bản hành chính;'],
        ['b)', 'b)\tVăn bản chuyên ngành.'],
        ['2.', '2.\tĐối tượng áp dụng.'],
      ]);
      const a = byText(m, 'Văn bản hành chính');
      expect(a.indent.left).toBeCloseTo(15, 0);
      expect(a.indent.firstLine).toBeCloseTo(-5, 0);
    });

    it('has the PAGE field centred in the default header and a different first page', async () => {
      const m = await model(file);
      const s = m.sections[0];
      expect(s.titlePage).toBe(true);
      const def = s.headers.find((h) => h.type === 'default');
      expect(def?.fields).toContain('PAGE');
      const pageSpan = def?.paragraphs.flatMap((p) => p.spans).find((sp) => sp.field === 'PAGE');
      expect(pageSpan?.sizePt).toBe(14);
      expect(pageSpan?.text).toMatch(/^[0-9]+$/);
      expect(pageSpan?.font).toBe('Times New Roman');
      expect(def?.paragraphs.find((p) => p.spans.some((sp) => sp.field === 'PAGE'))?.align).toBe('center');
      expect(def?.paragraphs[0].container).toBe('header');
      const first = s.headers.find((h) => h.type === 'first');
      expect(first?.fields ?? []).not.toContain('PAGE');
    });

    it('reports the paragraph borders under the agency name and the motto as rule lines', async () => {
      const m = await model(file);
      const under = m.lines.filter((l) => l.source === 'paragraph-border').map((l) => m.paragraphs[l.afterParagraph ?? -1]?.text);
      expect(under).toEqual(['TỈNH HÀ NAM', 'Độc lập - Tự do - Hạnh phúc']);
      expect(byText(m, 'TỈNH HÀ NAM').border).toEqual({ bottom: true });
      // Measured across the cell (65 mm minus Word's default cell margins).
      const lens = m.lines.filter((l) => l.source === 'paragraph-border').map((l) => l.lengthMm ?? 0);
      expect(lens[0]).toBeGreaterThan(58);
      expect(lens[0]).toBeLessThan(65);
      expect(lens[1]).toBeGreaterThan(93);
      expect(lens[1]).toBeLessThan(100);
    });
  });
}

describe('LibreOffice round trip', () => {
  it('still resolves Times New Roman although LibreOffice moved the ascii/hAnsi fonts into styles', async () => {
    const bytes = readFileSync(join(OUT, 'plain-lo.docx')).toString('latin1');
    expect(bytes.length).toBeGreaterThan(0);
    const m = await model('plain-lo.docx');
    const fonts = new Set(m.paragraphs.flatMap((p) => p.spans.map((s) => s.font)));
    expect([...fonts]).toEqual(['Times New Roman']);
  });
});

describe('styles only', () => {
  it('resolves font, size, alignment, indent and spacing through the basedOn chain', async () => {
    const m = await model('styles.docx');
    const p = byText(m, 'Đoạn văn chỉ có định dạng qua kiểu');
    expect(p.style).toBe('Van Ban');
    expect(p.spans).toHaveLength(1);
    expect(p.spans[0]).toMatchObject({ font: 'Times New Roman', sizePt: 13, bold: false });
    expect(p.align).toBe('justify');
    expect(p.indent.firstLine).toBeCloseTo(12.7, 1);
    expect(p.spacing).toEqual({ beforePt: 6, afterPt: 6, line: { rule: 'auto', lines: 1.5 } });
    // docDefaults apply where no style says otherwise.
    expect(byText(m, 'Đoạn văn mặc định').spans[0]).toMatchObject({ font: 'Arial', sizePt: 11 });
    // Exact line spacing in points.
    expect(byText(m, 'Dòng chính xác').spacing.line).toEqual({ rule: 'exact', pt: 15 });
  });

  it('applies contextual spacing (no space between paragraphs of the same style) as Word shows it', async () => {
    const m = await model('styles.docx');
    const one = byText(m, 'Mục liền một');
    const two = byText(m, 'Mục liền hai');
    const other = byText(m, 'KIỂU KHÁC');
    // The exact-spacing paragraph before "một" has no contextual spacing: "một" keeps none before it.
    expect(one.spacing.beforePt).toBe(0);
    expect(one.spacing.afterPt).toBe(0);
    expect(two.spacing.beforePt).toBe(0);
    // A different style follows: the spacing stays.
    expect(two.spacing.afterPt).toBe(6);
    expect(other.spacing.beforePt).toBe(6);
    expect(byText(m, 'Dòng chính xác').spacing.afterPt).toBe(6);
  });

  it('XORs bold between a bold paragraph style and a bold character style', async () => {
    const m = await model('styles.docx');
    const t = byText(m, 'TIÊU ĐỀ IN ĐẬM');
    expect(t.style).toBe('Tieu De');
    expect(t.align).toBe('center');
    expect(t.indent.firstLine).toBe(0);
    const bold = t.spans.filter((s) => s.bold).map((s) => s.text).join('');
    const plain = t.spans.filter((s) => !s.bold).map((s) => s.text).join('');
    expect(bold).toBe('TIÊU ĐỀ IN ĐẬM ');
    expect(plain).toBe('không đậm');
    expect(t.spans[0].sizePt).toBe(14);
  });
});

describe('landscape section', () => {
  it('reads two sections with their own size, orientation and margins', async () => {
    const m = await model('landscape.docx');
    expect(m.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape']);
    const [a, b] = m.sections;
    expect(b.widthMm).toBeCloseTo(297, 0);
    expect(b.heightMm).toBeCloseTo(210, 0);
    expect(b.margins.top).toBeCloseTo(30, 0);
    expect(b.margins.left).toBeCloseTo(20, 0);
    expect(a.lastParagraph).toBe(0);
    expect(b.firstParagraph).toBe(1);
    const t = tables(m)[0];
    expect(t.section).toBe(1);
    expect(t.borderless).toBe(false);
    expect(byText(m, 'Phụ lục khổ ngang').section).toBe(1);
  });

  it('shows the PAGE field of a header in the section\'s page number format (w:pgNumType)', async () => {
    const m = await model('landscape.docx');
    expect(m.sections[0].headers).toEqual([]);
    const span = m.sections[1].headers[0].paragraphs[0].spans.find((s) => s.field === 'PAGE');
    expect(span?.text).toBe('III');
    expect(span?.sizePt).toBe(13);
  });
});
