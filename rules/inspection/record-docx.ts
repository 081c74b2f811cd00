// The inspection record as .docx (docx package; browser and Node), laid out as an ND 30 document:
// A4, margins 20/20/30/15 mm, header and signature in borderless two-column tables, Times New Roman,
// body 14 pt justified with 1.27 cm first-line indent. Our own checker must find no error in it.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  convertMillimetersToTwip as mm,
} from 'docx';
import { recordContent, type Block, type RecordContent, type RecordInput } from './record.ts';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunOpt { size?: number; b?: boolean; i?: boolean }
const run = (t: string, o: RunOpt = {}) => new TextRun({ text: t, font: FONT, size: Math.round((o.size ?? 14) * 2), bold: o.b, italics: o.i });
const center = (t: string, o: RunOpt & { before?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 0) * 20, line: 240 }, children: [run(t, o)] });
/** A short horizontal rule under a header line: a bottom border on an indented empty paragraph. */
const rule = (indentMm: number) =>
  new Paragraph({ indent: { left: mm(indentMm), right: mm(indentMm) }, spacing: { line: 120, lineRule: 'exact', before: 0, after: 120 }, border: { top: { ...LINE, size: 6, space: 1 } }, children: [] });
const left = (t: string, o: RunOpt & { before?: number } = {}) => new Paragraph({ spacing: { before: (o.before ?? 0) * 20, after: 0, line: 240 }, children: [run(t, o)] });

function twoColumns(widths: [number, number], a: Paragraph[], b: Paragraph[]) {
  const cell = (w: number, ps: Paragraph[]) => new TableCell({ width: { size: mm(w), type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE }, children: ps });
  return new Table({
    width: { size: mm(widths[0] + widths[1]), type: WidthType.DXA },
    columnWidths: widths.map((w) => mm(w)),
    borders: noBorders,
    rows: [new TableRow({ children: [cell(widths[0], a), cell(widths[1], b)] })],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  if (b.kind === 'p')
    return [
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 120, after: 0, line: 240, lineRule: 'auto' },
        indent: { firstLine: mm(12.7) },
        children: [run(b.text, { b: b.bold, i: b.italic })],
      }),
    ];
  const border = { top: LINE, bottom: LINE, left: LINE, right: LINE };
  const cell = (t: string, w: number, head: boolean, num: boolean) =>
    new TableCell({
      width: { size: mm(w), type: WidthType.DXA },
      borders: border,
      children: [new Paragraph({ alignment: head || num ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 40, after: 40 }, children: [run(t, { size: 13, b: head })] })],
    });
  const total = b.widths.reduce((s, w) => s + w, 0);
  return [
    new Paragraph({ spacing: { before: 60, after: 0 }, children: [] }),
    new Table({
      width: { size: mm(total), type: WidthType.DXA },
      columnWidths: b.widths.map((w) => mm(w)),
      rows: [
        new TableRow({ tableHeader: true, children: b.head.map((h, j) => cell(h, b.widths[j]!, true, false)) }),
        ...b.rows.map((r) => new TableRow({ children: r.map((v, j) => cell(v, b.widths[j]!, false, /^[\d,.%/]+$/.test(v))) })),
      ],
    }),
  ];
}

export function recordDocument(c: RecordContent): Document {
  const headLeft = [
    ...(c.header.parent ? [center(c.header.parent, { size: 13 })] : []),
    ...c.header.agency.map((a) => center(a, { size: 13, b: true })),
    rule(22),
    center(c.header.number, { size: 13 }),
  ];
  const headRight = [
    center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, b: true }),
    center('Độc lập - Tự do - Hạnh phúc', { size: 14, b: true }),
    rule(19),
    center(c.header.placeDate, { size: 14, i: true }),
  ];
  const signLeft = [left('Nơi nhận:', { size: 12, b: true, i: true, before: 6 }), ...c.recipients.map((r) => left(r, { size: 11 }))];
  const signRight = [
    ...c.sign.head.map((h, k) => center(h, { b: true, before: k === 0 ? 6 : 0 })),
    center(''),
    center(''),
    center(''),
    center(c.sign.name, { b: true }),
  ];
  return new Document({
    creator: 'Kiểm tra văn bản ND30',
    title: c.typeName,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) } },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 28, children: [PageNumber.CURRENT] })] })] }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        children: [
          twoColumns([65, 100], headLeft, headRight),
          center(c.typeName, { b: true, before: 18 }),
          ...c.summary.map((s) => center(s, { b: true })),
          rule(60),
          ...c.body.flatMap(block),
          new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
          twoColumns([80, 85], signLeft, signRight),
        ],
      },
    ],
  });
}

/** The record as .docx bytes (Packer.toBlob in browsers would do too; bytes work in both). */
export async function recordDocx(input: RecordInput): Promise<Uint8Array> {
  const doc = recordDocument(recordContent(input));
  if (typeof Buffer !== 'undefined') return new Uint8Array(await Packer.toBuffer(doc));
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}
