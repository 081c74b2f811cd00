// The traps real .docx files hold: a font only in w:hAnsi, theme fonts, w:hint, tracked changes,
// hidden text, fldSimple fields, text boxes written twice (DrawingML + VML fallback), line
// shapes, underlined blanks; and the guards (DOCTYPE, depth, zip bombs, time).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../rules/read/docx/index.ts';
import type { DocumentModel, Paragraph } from '../../rules/model.ts';

const OUT = join(import.meta.dirname, '../fixtures/readers/out');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(OUT, name)));

async function model(name: string): Promise<DocumentModel> {
  const r = await readDocx(bytesOf(name));
  if (!r.ok) throw new Error(`${name}: ${r.problem.ruleId} ${r.problem.detail}`);
  return r.model;
}
const byText = (m: DocumentModel, t: string): Paragraph => {
  const p = m.paragraphs.find((q) => q.text.includes(t));
  if (!p) throw new Error(`no paragraph with ${t}`);
  return p;
};
const fontOf = (p: Paragraph, chars: string) => p.spans.find((s) => s.text.includes(chars))?.font;

describe('font slots', () => {
  it('uses w:hAnsi for Vietnamese letters and w:ascii for ASCII letters', async () => {
    const p = byText(await model('traps.docx'), 'Công văn số 12');
    expect(p.text).toBe('Công văn số 12');
    expect(fontOf(p, 'C')).toBe('Times New Roman');
    expect(fontOf(p, 'ô')).toBe('Arial');
    expect(fontOf(p, 'ă')).toBe('Arial');
    expect(fontOf(p, '12')).toBe('Times New Roman');
    expect(new Set(p.spans.map((s) => s.font))).toEqual(new Set(['Times New Roman', 'Arial']));
  });

  it('resolves theme fonts through word/theme/theme1.xml, theme attributes winning over names', async () => {
    const m = await model('traps.docx');
    expect(byText(m, 'Chữ theo phông chủ đề').spans.map((s) => s.font)).toEqual(['Times New Roman']);
    expect(byText(m, 'Tiêu đề chủ đề').spans.map((s) => s.font)).toEqual(['Cambria']);
  });

  it('with w:hint="eastAsia" keeps Vietnamese letters in w:hAnsi but puts punctuation in w:eastAsia', async () => {
    const p = byText(await model('traps.docx'), 'Đơn vị “số”');
    expect(fontOf(p, 'Đ')).toBe('Times New Roman');
    expect(fontOf(p, 'ơ')).toBe('Times New Roman');
    expect(fontOf(p, '“')).toBe('MS Mincho');
  });

  it('with w:hint="eastAsia" and a Chinese East Asian language, Latin Extended letters use w:eastAsia', async () => {
    const p = byText(await model('traps.docx'), 'Đơn vị Trung');
    expect(fontOf(p, 'Đ')).toBe('SimSun');
    expect(fontOf(p, 'ơ')).toBe('SimSun');
    expect(fontOf(p, 'n v')).toBe('Times New Roman');
  });
});

describe('revisions and hidden text', () => {
  it('accepts insertions and drops deletions', async () => {
    expect(byText(await model('traps.docx'), 'Giữ').text).toBe('Giữ thêm cuối.');
  });
  it('joins a paragraph whose mark was deleted to the next one, which gives the paragraph properties', async () => {
    const m = await model('traps.docx');
    const p = byText(m, 'Đoạn bị gộp');
    expect(p.text).toBe('Đoạn bị gộp vào đoạn sau.');
    expect(p.align).toBe('center');
    expect(m.paragraphs.filter((q) => q.text.includes('vào đoạn sau'))).toHaveLength(1);
    expect(m.paragraphs.map((q) => q.index)).toEqual(m.paragraphs.map((_, i) => i));
  });

  it('drops hidden (w:vanish) text', async () => {
    expect(byText(await model('traps.docx'), 'Hiện').text).toBe('Hiện rõ.');
  });
  it('keeps the colour as upper-case hex', async () => {
    expect(byText(await model('traps.docx'), 'Chữ đỏ').spans[0].color).toBe('FF0000');
    expect(byText(await model('traps.docx'), 'Giữ').spans[0].color).toBe('auto');
  });
});

describe('fields in footers', () => {
  it('reads fldSimple PAGE and NUMPAGES with their displayed results', async () => {
    const m = await model('traps.docx');
    const f = m.sections[0].footers[0];
    expect(f.type).toBe('default');
    expect(f.fields.sort()).toEqual(['NUMPAGES', 'PAGE']);
    expect(f.paragraphs[0].text).toBe('Trang 3 / 9');
    expect(f.paragraphs[0].align).toBe('right');
    expect(f.paragraphs[0].spans.find((s) => s.field === 'PAGE')?.text).toBe('3');
    expect(f.paragraphs[0].container).toBe('footer');
    expect(m.sections[0].headers).toEqual([]);
  });
});

describe('rule lines', () => {
  it('turns underlined spaces and a row of underscores into rule lines under the text above', async () => {
    const m = await model('traps.docx');
    const blank = m.lines.filter((l) => l.source === 'underlined-blank');
    expect(blank.map((l) => m.paragraphs[l.afterParagraph ?? -1].text)).toEqual(['Trích yếu', 'Nơi nhận:\t', 'Đơn đề nghị']);
    // A row of box-drawing characters (not underlined) also draws a line: 12 × 0.6 em at 10 pt.
    expect(blank[2].lengthMm).toBeCloseTo(25.4, 0);
    // 20 spaces of 14 pt Times New Roman ≈ 24.7 mm.
    expect(blank[0].lengthMm).toBeCloseTo(24.7, 0);
  });

  it('reads a DrawingML line anchored in an empty paragraph as a line under the previous text, and a VML line', async () => {
    const m = await model('textbox.docx');
    const shapes = m.lines.filter((l) => l.source === 'shape');
    expect(shapes).toHaveLength(3);
    expect(m.paragraphs[shapes[0].afterParagraph ?? -1].text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(shapes[0].lengthMm).toBeCloseTo(60, 1);
    expect(m.paragraphs[shapes[1].afterParagraph ?? -1].text).toBe('Trích yếu nội dung');
    expect(shapes[1].lengthMm).toBeCloseTo(50, 0);
  });

  it('puts a line drawn above its anchor paragraph (negative vertical offset) under the previous paragraph', async () => {
    const m = await model('textbox.docx');
    const l = m.lines.filter((x) => x.source === 'shape')[2];
    expect(m.paragraphs[l.afterParagraph ?? -1].text).toBe('BỘ NỘI VỤ');
    expect(l.lengthMm).toBeCloseTo(20, 1);
  });
});

describe('table borders', () => {
  it('turns a lone bottom cell border under text into a rule line', async () => {
    const m = await model('traps.docx');
    const cellLines = m.lines.filter((l) => l.source === 'cell-border');
    expect(cellLines).toHaveLength(1);
    expect(m.paragraphs[cellLines[0].afterParagraph ?? -1].text).toBe('BỘ TÀI CHÍNH');
    expect(cellLines[0].lengthMm).toBeCloseTo(63.5, 0);
    const t = m.blocks.find((b) => b.kind === 'table' && b.rows[0][0].paragraphs[0]?.text === 'BỘ TÀI CHÍNH');
    expect(t?.kind === 'table' && t.rows[0][0].borders).toEqual({ top: false, bottom: true, left: false, right: false });
    expect(t?.kind === 'table' && t.rows[0][1].borders).toEqual({ top: false, bottom: false, left: false, right: false });
  });

  it('resolves borders, spacing and size from the table style basedOn chain', async () => {
    const m = await model('traps.docx');
    const t = m.blocks.find((b) => b.kind === 'table' && b.rows[0][0].paragraphs[0]?.text === 'Ô 1');
    expect(t?.kind).toBe('table');
    if (t?.kind !== 'table') return;
    expect(t.borderless).toBe(false);
    expect(t.rows[0][1].borders).toEqual({ top: true, bottom: true, left: true, right: true });
    const p = t.rows[0][0].paragraphs[0];
    expect(p.spans[0].sizePt).toBe(12); // table style rPr over docDefaults (14 pt)
    expect(p.spacing.line).toEqual({ rule: 'auto', lines: 1 });
    expect(m.lines.some((l) => l.afterParagraph === p.index)).toBe(false);
  });

  it('applies the table style conditional formats that w:tblLook turns on (header row, banded rows)', async () => {
    const m = await model('traps.docx');
    const one = byText(m, 'Ô 1');
    const three = byText(m, 'Ô 3');
    expect(one.spans[0]).toMatchObject({ bold: true, italic: false, sizePt: 12 });
    expect(one.align).toBe('center');
    expect(byText(m, 'Ô 2').spans[0].bold).toBe(true);
    expect(three.spans[0]).toMatchObject({ bold: false, italic: true });
    expect(three.align).toBe('left');
  });
});

describe('text boxes', () => {
  it('reads a text box once although the file stores it as DrawingML and as a VML fallback', async () => {
    const m = await model('textbox.docx');
    const boxes = m.paragraphs.filter((p) => p.text.includes('SỐ: 12/BC-UBND'));
    expect(boxes).toHaveLength(1);
    expect(boxes[0].container).toBe('textbox');
    expect(boxes[0].textbox?.id).toBe(0);
    expect(boxes[0].align).toBe('center');
    expect(boxes[0].spans[0]).toMatchObject({ bold: true, sizePt: 13 });
    // Text boxes are in the paragraph index, not in the body blocks.
    expect(m.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('SỐ: 12'))).toBe(false);
    expect(m.paragraphs.map((p) => p.index)).toEqual(m.paragraphs.map((_, i) => i));
  });

  it('reads a table inside a text box as a table (once), and the text of the run around the box', async () => {
    const m = await model('textbox.docx');
    const cellA = byText(m, 'TÊN CQ');
    const cellB = byText(m, 'QUỐC HIỆU');
    expect(m.paragraphs.filter((p) => p.text === 'TÊN CQ')).toHaveLength(1);
    expect(cellA.container).toBe('textbox');
    expect(cellA.cell).toMatchObject({ row: 0, col: 0, cols: 2 });
    expect(cellB.cell).toMatchObject({ row: 0, col: 1, cols: 2 });
    const t = m.blocks.find((b) => b.kind === 'table' && b.table === cellA.cell?.table);
    expect(t?.kind === 'table' && t.container).toBe('textbox');
    expect(t?.kind === 'table' && t.rows[0].map((c) => c.paragraphs.map((p) => p.text).join())).toEqual(['TÊN CQ', 'QUỐC HIỆU']);
    expect(byText(m, 'Trước ').text).toBe('Trước sau');
  });

  it('places anchored text boxes on the page (mm from the top-left corner)', async () => {
    const m = await model('textbox.docx');
    const left = byText(m, 'SỐ: 12/BC-UBND').textbox?.box;
    const right = byText(m, 'Hà Nội, ngày 02').textbox?.box;
    // 60 mm wide: one at the left margin (30 mm), one aligned right against the right margin (15 mm).
    expect(left?.x0).toBeCloseTo(30, 0);
    expect(left?.x1).toBeCloseTo(90, 0);
    expect(right?.x1).toBeCloseTo(195, 0);
    expect(right?.x0).toBeCloseTo(135, 0);
    expect(byText(m, 'Hà Nội, ngày 02').textbox?.id).toBe(1);
  });
});

// ---------- guards ----------

function withDocument(edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytesOf('plain.docx'));
  files['word/document.xml'] = strToU8(edit(strFromU8(files['word/document.xml'])));
  return zipSync(files);
}

describe('default paragraph style', () => {
  it('applies the Normal style to paragraphs without a style or with an undefined style id', async () => {
    const files = unzipSync(bytesOf('traps.docx'));
    const styles = strFromU8(files['word/styles.xml']);
    const normal = '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>';
    expect(styles).toContain(normal);
    files['word/styles.xml'] = strToU8(
      styles.replace(normal, '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:spacing w:after="120"/><w:ind w:firstLine="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>'),
    );
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('<w:p><w:r><w:rPr><w:color w:val="ff0000"/>', '<w:p><w:pPr><w:pStyle w:val="KhongCo"/></w:pPr><w:r><w:rPr><w:color w:val="ff0000"/>'));
    const r = await readDocx(zipSync(files));
    if (!r.ok) throw new Error(r.problem.detail);
    for (const t of ['Giữ thêm', 'Chữ đỏ']) {
      const p = r.model.paragraphs.find((q) => q.text.startsWith(t))!;
      expect(p.style, t).toBe('Normal');
      expect(p.align, t).toBe('justify');
      expect(p.spacing.afterPt, t).toBe(6);
      expect(p.indent.firstLine, t).toBeCloseTo(10, 0);
      expect(p.spans[0].italic, t).toBe(true);
    }
  });
});

describe('numbering label formatting', () => {
  it('formats the label with the paragraph mark run properties, not the text', async () => {
    const files = unzipSync(bytesOf('plain.docx'));
    const doc = strFromU8(files['word/document.xml']);
    const at = doc.indexOf('Phạm vi điều chỉnh');
    const pPrEnd = doc.lastIndexOf('</w:pPr>', at);
    expect(pPrEnd).toBeGreaterThan(0);
    files['word/document.xml'] = strToU8(doc.slice(0, pPrEnd) + '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr>' + doc.slice(pPrEnd));
    const r = await readDocx(zipSync(files));
    if (!r.ok) throw new Error(r.problem.detail);
    const p = r.model.paragraphs.find((q) => q.text.includes('Phạm vi điều chỉnh'))!;
    expect(p.label).toBe('1.');
    expect(p.spans[0]).toMatchObject({ text: '1.\t', bold: true, sizePt: 13 });
    expect(p.spans[1]).toMatchObject({ bold: false, sizePt: 14 });
  });
});

describe('even-page headers', () => {
  it('lists the even header only when settings.xml turns on different odd and even pages', async () => {
    const files = unzipSync(bytesOf('plain.docx'));
    const doc = strFromU8(files['word/document.xml']);
    const rid = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(doc)?.[1];
    expect(rid).toBeDefined();
    files['word/document.xml'] = strToU8(doc.replace('<w:headerReference w:type="default"', `<w:headerReference w:type="even" r:id="${rid}"/><w:headerReference w:type="default"`));
    const off = await readDocx(zipSync(files));
    expect(off.ok && off.model.sections[0].headers.map((h) => h.type).sort()).toEqual(['default', 'first']);
    const settings = strFromU8(files['word/settings.xml']);
    expect(settings).toContain('<w:evenAndOddHeaders w:val="false"/>'); // the docx package writes it off
    files['word/settings.xml'] = strToU8(settings.replace('<w:evenAndOddHeaders w:val="false"/>', '<w:evenAndOddHeaders/>'));
    const on = await readDocx(zipSync(files));
    expect(on.ok && on.model.sections[0].headers.map((h) => h.type).sort()).toEqual(['default', 'even', 'first']);
  });
});

describe('guards', () => {
  it('refuses a DOCTYPE with entities as input.corrupt and never expands it', async () => {
    const evil = withDocument((x) =>
      x.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'),
    );
    const r = await readDocx(evil);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.corrupt');
      expect(r.problem.detail).toContain('word/document.xml');
      expect(r.problem.message).toMatch(/bị hỏng/);
    }
  });

  it('refuses XML nested deeper than the limit as input.too-large', async () => {
    const r = await readDocx(bytesOf('plain.docx'), { limits: { maxXmlDepth: 5 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.ruleId).toBe('input.too-large');
  });

  it('refuses a zip bomb (huge compression ratio) as input.too-large without inflating it', async () => {
    const files = unzipSync(bytesOf('plain.docx'));
    files['word/document.xml'] = new Uint8Array(8 * 1024 * 1024); // 8 MB of zeros, deflates to a few KB
    const r = await readDocx(zipSync(files, { level: 9 }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.too-large');
      expect(r.problem.detail).toMatch(/ratio/);
    }
  });

  it('refuses more decompressed data than the limit as input.too-large', async () => {
    const r = await readDocx(bytesOf('plain.docx'), { limits: { maxUnzippedBytes: 2000 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.ruleId).toBe('input.too-large');
  });

  it('stops when the time budget is spent (input.too-large)', async () => {
    const r = await readDocx(bytesOf('plain.docx'), { limits: { timeMs: -1 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.too-large');
      expect(r.problem.message).toMatch(/thời gian/);
    }
  });

  it('names the missing main part of a zip that is not a Word document', async () => {
    const files = unzipSync(bytesOf('plain.docx'));
    delete files['word/document.xml'];
    const r = await readDocx(zipSync(files));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.corrupt');
      expect(r.problem.detail).toContain('word/document.xml');
    }
  });

  it('names the broken part when XML is malformed', async () => {
    const files = unzipSync(bytesOf('plain.docx'));
    files['word/styles.xml'] = strToU8('<w:styles xmlns:w="x"><w:style>');
    const r = await readDocx(zipSync(files));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.ruleId).toBe('input.corrupt');
      expect(r.problem.detail).toMatch(/^word\/styles\.xml/);
    }
  });
});
