// Mẫu 02 "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ" (TT 01/2018/TT-VPCP; decree30.md §6,
// dossier.md §4.2): one request that lists every missing or incorrect item at once
// ("một lần đầy đủ"), with the count columns bản chính / bản chứng thực / bản photo and the
// reason. The fields the clerk fills in by hand (names, numbers) are left visibly blank.
// Laid out per NĐ 30/2020: A4, margins 20/20/30/15 mm, Times New Roman 13–14 pt, header table
// with the Quốc hiệu and Tiêu ngữ. Works in the browser and in Node (returns Uint8Array).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Copies } from './catalogue.ts';
import type { DossierResult } from './check.ts';

export interface Mau02Item {
  /** Name of the component to add or complete. */
  name: string;
  copies: Copies;
  /** Why: missing, not filled in, unreadable… (Vietnamese). */
  reason: string;
  /** Component id, when the item is a catalogue component. */
  componentId?: string;
}

export interface Mau02Options {
  /** Receiving unit (upper case in the header; default "BỘ PHẬN MỘT CỬA"). */
  agency?: string;
  /** The guiding officer's name under the signature; blank dots when not given. */
  clerkName?: string;
  /** Parent agency line: "ỦY BAN NHÂN DÂN XÃ TÂN LONG". Blank dots when not given. */
  parentAgency?: string;
  /** Place name of the date line ("Tân Long"). Blank dots when not given. */
  place?: string;
  /** Date of the request (default: today, Việt Nam time). */
  date?: Date;
}

const BLANK = '……………………';

/**
 * Mẫu 02 is the one-stop form of TT 01/2018/TT-VPCP; residence procedures (Công an cấp xã) use the
 * Ministry of Public Security's own supplement form CT05 instead (dossier.md §4.1, decree30.md §6.2).
 * Returns null when Mẫu 02 applies, else the form to use.
 */
export function supplementFormInstead(procedure: { agency: string; sector: string } | null): string | null {
  if (procedure && /Công an/i.test(procedure.agency)) return 'Mẫu CT05 của Bộ Công an (TT 66/2023/TT-BCA; thủ tục cư trú)';
  return null;
}

/** The rows of Mẫu 02: each missing component, then each file that must be redone. */
export function mau02Items(result: DossierResult): Mau02Item[] {
  const items: Mau02Item[] = [];
  const byId = new Map(result.components.map((c) => [c.id, c]));
  for (const f of result.report.findings) {
    if (f.ruleId !== 'tthc.component.missing') continue;
    const c = f.location?.field ? byId.get(f.location.field) : undefined;
    // A presented paper that must be filed by post goes in as a certified copy.
    const copies = c?.role === 'present' ? { original: 0, certified: 1, photocopy: 0 } : (c?.copies ?? { original: 1, certified: 0, photocopy: 0 });
    items.push({ name: f.expected ?? c?.name ?? f.message, copies, reason: `Chưa có trong hồ sơ${reasonTail(f.message)}.`, componentId: c?.id });
  }
  // Papers handed in with the wrong number of originals / copies.
  for (const f of result.report.findings) {
    if (f.ruleId !== 'tthc.component.count') continue;
    const c = f.location?.field ? byId.get(f.location.field) : undefined;
    if (!c) continue;
    items.push({ name: c.name, copies: c.copies, reason: `Số lượng chưa đúng: đã nộp ${f.found}; cần ${f.expected}.`, componentId: c.id });
  }
  // Incorrect files: one row per file, all its problems in the reason.
  const problems = new Map<string, string[]>();
  for (const f of result.report.findings) {
    const file = f.location?.file;
    if (!file) continue;
    let why: string | null = null;
    if (f.ruleId === 'tthc.field.empty') why = `chưa điền “${f.location?.field}”`;
    else if (f.ruleId === 'form.placeholder') why = `còn chỗ trống “${f.location?.text ?? f.found}”`;
    else if (f.ruleId === 'form.field.format') why = `“${f.location?.field}” không hợp lệ (${f.found}; cần ${f.expected})`;
    else if (f.ruleId === 'tthc.file.unreadable') why = f.status === 'fail' ? 'tệp không đọc được, cần nộp lại' : 'bản quét/ảnh, cần nộp bản rõ nét hoặc bản điền trên máy';
    if (why) problems.set(file, [...(problems.get(file) ?? []), why]);
  }
  for (const [file, whys] of problems) {
    const fr = result.files.find((x) => x.name === file);
    const c = fr?.assignedTo ? byId.get(fr.assignedTo) : undefined;
    items.push({
      name: c ? `${c.name} (tệp “${file}”)` : `Tệp “${file}”`,
      copies: c?.copies ?? { original: 1, certified: 0, photocopy: 0 },
      reason: `Cần hoàn thiện: ${whys.join('; ')}.`,
      componentId: c?.id,
    });
  }
  return items;
}

function reasonTail(message: string): string {
  const m = /\(vì ([^)]*)\)/.exec(message);
  return m ? ` (trường hợp ${m[1]})` : '';
}

const FONT = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (o.size ?? 13) * 2, bold: o.bold, italics: o.italics });
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const line = (o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; runs: TextRun[]; after?: number; indent?: boolean; ruleBelow?: boolean }) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: o.after ?? 120, line: 276 },
    indent: o.indent ? { firstLine: 567 } : undefined,
    children: o.runs,
  });

/** Rough printed width of an upper-case line in Times New Roman (mm): sizes the rule lines. */
function textWidthMm(text: string, pt: number): number {
  return text.length * pt * 0.24;
}

/** A solid line under a header line: the top border of an empty centred paragraph, `mm` long. */
function ruleLine(mm: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - mm * 56.7) / 2));
  return new Paragraph({ alignment: AlignmentType.CENTER, indent: { left: side, right: side }, spacing: { before: 0, after: 120 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] });
}

/** Header columns (twips): agency on the left, Quốc hiệu on the right; 9356 = the text width. */
const LEFT = 3969;
const RIGHT = 5387;

function header(o: Mau02Options, date: Date): Table {
  const d = new Date(date.getTime() + 7 * 3600_000);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const agency = (o.agency ?? 'BỘ PHẬN MỘT CỬA').toLocaleUpperCase('vi');
  const left = [
    line({ align: AlignmentType.CENTER, after: 0, runs: [run((o.parentAgency ?? `ỦY BAN NHÂN DÂN XÃ ${BLANK}`).toLocaleUpperCase('vi'), { size: 12 })] }),
    line({ align: AlignmentType.CENTER, after: 0, runs: [run(agency, { bold: true, size: 12 })] }),
    // NĐ 30: a line 1/3–1/2 as long as the agency name, centred under it.
    ruleLine(textWidthMm(agency, 12) * 0.42, LEFT),
    line({ align: AlignmentType.CENTER, runs: [run('Số:        /HDHS')] }),
  ];
  const right = [
    line({ align: AlignmentType.CENTER, after: 0, runs: [run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 })] }),
    line({ align: AlignmentType.CENTER, after: 0, runs: [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 })] }),
    // As long as the motto.
    ruleLine(textWidthMm('Độc lập - Tự do - Hạnh phúc', 13) * 0.8, RIGHT),
    line({ align: AlignmentType.CENTER, runs: [run(`${o.place ?? BLANK}, ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`, { italics: true, size: 14 })] }),
  ];
  return new Table({
    width: { size: 9356, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: LEFT, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children: left }),
          new TableCell({ width: { size: RIGHT, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children: right }),
        ],
      }),
    ],
  });
}

function cell(text: string, o: { bold?: boolean; width: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; span?: number; rowSpan?: number }): TableCell {
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.span,
    rowSpan: o.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: single, bottom: single, left: single, right: single },
    children: [new Paragraph({ alignment: o.align ?? AlignmentType.CENTER, spacing: { before: 40, after: 40 }, children: [run(text, { bold: o.bold })] })],
  });
}

function itemsTable(items: Mau02Item[]): Table {
  const w = [700, 5056, 1200, 1200, 1200];
  const n = (x: number) => (x > 0 ? String(x).padStart(2, '0') : '');
  return new Table({
    width: { size: 9356, type: WidthType.DXA },
    columnWidths: w,
    rows: [
      new TableRow({ tableHeader: true, children: [cell('TT', { bold: true, width: w[0], rowSpan: 2 }), cell('Thành phần hồ sơ', { bold: true, width: w[1], rowSpan: 2 }), cell('Số lượng', { bold: true, width: w[2] + w[3] + w[4], span: 3 })] }),
      new TableRow({ tableHeader: true, children: [cell('Bản chính', { bold: true, width: w[2] }), cell('Bản chứng thực', { bold: true, width: w[3] }), cell('Bản photo', { bold: true, width: w[4] })] }),
      ...items.map(
        (it, i) =>
          new TableRow({
            children: [cell(String(i + 1), { width: w[0] }), cell(it.name, { width: w[1], align: AlignmentType.LEFT }), cell(n(it.copies.original), { width: w[2] }), cell(n(it.copies.certified), { width: w[3] }), cell(n(it.copies.photocopy), { width: w[4] })],
          }),
      ),
    ],
  });
}

export function mau02Document(result: DossierResult, opts: Mau02Options = {}): Document {
  const items = mau02Items(result);
  const p = result.procedure;
  const body = [
    header(opts, opts.date ?? new Date()),
    line({ align: AlignmentType.CENTER, after: 240, runs: [run('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', { bold: true, size: 14 })] }),
    line({ indent: true, runs: [run(`${opts.agency ? capitalise(opts.agency) : 'Bộ phận tiếp nhận và trả kết quả'} tiếp nhận hồ sơ/yêu cầu của Ông/Bà: ${BLANK}`)] }),
    line({ indent: true, runs: [run(`Nội dung yêu cầu giải quyết: ${p ? `${p.name} (mã thủ tục ${p.code})` : BLANK}.`)] }),
    line({ indent: true, runs: [run(`Địa chỉ: ${BLANK}`)] }),
    line({ indent: true, runs: [run(`Số điện thoại: ${BLANK} Email: ${BLANK}`)] }),
    line({ indent: true, runs: [run('Yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:')] }),
    itemsTable(items),
    line({ indent: true, runs: [run('Lý do:')] }),
    ...items.map((it, i) => line({ indent: true, runs: [run(`${i + 1}. ${it.reason}`)] })),
    line({
      indent: true,
      runs: [run(`Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với công chức ${BLANK}, số điện thoại ${BLANK} để được hướng dẫn./.`)],
    }),
    signature(opts),
  ];
  return new Document({
    creator: 'nd30-checker',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            // NĐ 30/2020 Phụ lục I: top 20, bottom 20, left 30, right 15 mm.
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850, header: 567, footer: 567 },
          },
        },
        children: body,
      },
    ],
  });
}

/** Signature block on the right; on the left the "Nơi nhận" that NĐ 30 asks of every document. */
function signature(o: Mau02Options): Table {
  const blank = () => line({ align: AlignmentType.CENTER, after: 0, runs: [] });
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(`- Ông/Bà ${BLANK} (người nộp hồ sơ);`, { size: 11 })] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('- Lưu: VT, hồ sơ.', { size: 11 })] }),
  ];
  return new Table({
    width: { size: 9356, type: WidthType.DXA },
    columnWidths: [4678, 4678],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 4678, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children: recipients }),
          new TableCell({
            width: { size: 4678, type: WidthType.DXA },
            borders: { top: none, bottom: none, left: none, right: none },
            children: [
              line({ align: AlignmentType.CENTER, after: 0, runs: [run('NGƯỜI HƯỚNG DẪN', { bold: true })] }),
              line({ align: AlignmentType.CENTER, after: 0, runs: [run('(Ký và ghi rõ họ tên)', { italics: true })] }),
              blank(),
              blank(),
              blank(),
              line({ align: AlignmentType.CENTER, runs: [run(o.clerkName ?? BLANK, { bold: true })] }),
            ],
          }),
        ],
      }),
    ],
  });
}

function capitalise(s: string): string {
  const l = s.toLocaleLowerCase('vi');
  return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
}

/** The .docx bytes of Mẫu 02 for this dossier check. */
export async function makeMau02(result: DossierResult, opts: Mau02Options = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(mau02Document(result, opts)));
}
