// Read a register export — CSV (papaparse), XLSX (read-excel-file) or the dossier-record JSON —
// into records. The format is recognised by its bytes. Nothing here throws on bad input:
// a wrong file type or a broken file is a problem with a Vietnamese message, a bad row a BadRow.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { guessMapping, type ColumnMapping, type Field } from './mapping.ts';
import { parseRegisterDate } from './dates.ts';
import { recordsFromJson } from './records-from-json.ts';
import { recordsFromTable, type Cell } from './records-from-table.ts';
import type { BadRow, DossierRecord, PaperEntry } from './record.ts';

export interface ImportedRegister {
  format: 'csv' | 'xlsx' | 'json';
  layout: string;
  layoutTitle: string;
  mapping: ColumnMapping | null;
  records: DossierRecord[];
  bad: BadRow[];
  hasProgress: boolean;
  hasFee: boolean;
}

export type ImportResult = { ok: true; value: ImportedRegister } | { ok: false; message: string; missing?: Field[]; headers?: string[] };

export type Table = { header: string[]; rows: Cell[][]; /** 1-based row of the header line. */ headerRow: number };

export async function readTable(bytes: Uint8Array): Promise<{ ok: true; format: 'csv' | 'xlsx'; table: Table } | { ok: false; message: string }> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const sheets = await readXlsxFile(bytes.slice().buffer as ArrayBuffer);
      // The sheet with the most rows holds the register (others: notes, handover logs).
      const sheet = sheets.reduce((a, b) => (b.data.length > a.data.length ? b : a));
      return { ok: true, format: 'xlsx', table: splitHeader(sheet.data as Cell[][]) };
    } catch (e) {
      return { ok: false, message: `Tệp Excel không đọc được (${(e as Error).message.slice(0, 80)}). Hãy xuất lại từ phần mềm một cửa dạng .xlsx hoặc .csv.` };
    }
  }
  const kind = sniff(bytes);
  if (kind !== 'text') return { ok: false, message: `Tệp là ${kind}, không phải bảng số liệu. Hãy xuất sổ theo dõi hồ sơ từ phần mềm một cửa dạng .xlsx, .csv hoặc .json.` };
  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  return { ok: true, format: 'csv', table: splitHeader(rows) };
}

/** Header = the first row with at least two non-empty cells (exports often start with a title). */
function splitHeader(rows: Cell[][]): Table {
  const at = rows.findIndex((r) => r.filter((c) => c !== null && c !== undefined && String(c).trim() !== '').length >= 2);
  if (at < 0) return { header: [], rows: [], headerRow: 1 };
  return { header: rows[at].map((c) => (c === null || c === undefined ? '' : String(c).trim())), rows: rows.slice(at + 1), headerRow: at + 1 };
}

function sniff(b: Uint8Array): string {
  const head = String.fromCharCode(...b.slice(0, 8));
  if (head.startsWith('%PDF')) return 'PDF';
  if (b[0] === 0xd0 && b[1] === 0xcf) return 'tài liệu Office cũ (.doc/.xls)';
  if (b.slice(0, 4096).includes(0)) return 'tệp nhị phân';
  return 'text';
}

function decodeText(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
}

function isJson(b: Uint8Array): boolean {
  for (const c of b.subarray(0, 64)) {
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xef || c === 0xbb || c === 0xbf) continue;
    return c === 0x5b || c === 0x7b;
  }
  return false;
}

/** Import the software export. `saved` is a column mapping the user made once for this product. */
export async function importRegister(bytes: Uint8Array, saved?: ColumnMapping): Promise<ImportResult> {
  if (bytes.length === 0) return { ok: false, message: 'Tệp rỗng.' };
  if (isJson(bytes)) {
    let data: unknown;
    try {
      data = JSON.parse(decodeText(bytes));
    } catch (e) {
      return { ok: false, message: `Tệp JSON hỏng: ${(e as Error).message.slice(0, 80)}.` };
    }
    const { records, bad } = recordsFromJson(data);
    return {
      ok: true,
      value: {
        format: 'json',
        layout: 'dvcqg-json',
        layoutTitle: 'Dữ liệu hồ sơ đồng bộ DVCQG (JSON)',
        mapping: null,
        records,
        bad,
        hasProgress: records.some((r) => r.progress !== null),
        hasFee: records.some((r) => r.fee !== null),
      },
    };
  }
  const t = await readTable(bytes);
  if (!t.ok) return t;
  const { header, rows, headerRow } = t.table;
  const guess = guessMapping(header, saved);
  if (guess.missing.length)
    return {
      ok: false,
      message: `Không tìm thấy cột ${guess.missing.map((f) => FIELD_LABELS[f]).join(', ')}. Hãy chọn cột tương ứng (ghép cột) rồi nhập lại.`,
      missing: guess.missing,
      headers: header,
    };
  const { records, bad } = recordsFromTable(header, rows, guess.mapping, headerRow + 1);
  const cols = guess.mapping.columns;
  return {
    ok: true,
    value: {
      format: t.format,
      layout: guess.mapping.layout,
      layoutTitle: guess.layoutTitle,
      mapping: guess.mapping,
      records,
      bad,
      hasProgress: Boolean(cols.handoverSender || cols.handoverReceiver || cols.handoverAt),
      hasFee: Boolean(cols.fee),
    },
  };
}

/** The second list (paper register or Mẫu 01 slips): code and printed times per row. */
export async function importPaperList(bytes: Uint8Array, saved?: ColumnMapping): Promise<{ ok: true; entries: PaperEntry[]; bad: BadRow[] } | { ok: false; message: string }> {
  const imported = await importRegister(bytes, saved);
  if (!imported.ok) {
    // A paper register may have no code column at all: rows still count, matched by nothing.
    const t = await readTable(bytes);
    if (!t.ok) return t;
    const g = guessMapping(t.table.header, saved);
    if (!g.mapping.columns.receivedAt) return { ok: false, message: imported.message };
    const idx = t.table.header.indexOf(g.mapping.columns.receivedAt);
    const entries: PaperEntry[] = [];
    const bad: BadRow[] = [];
    t.table.rows.forEach((r, i) => {
      const p = parseRegisterDate(r[idx]);
      const row = t.table.headerRow + 1 + i;
      if (!p.ok) bad.push({ row, reason: p.reason });
      else if (p.value !== null) entries.push({ row, code: null, procedureCode: null, receivedAt: p.value, appointmentAt: null });
    });
    return { ok: true, entries, bad };
  }
  return {
    ok: true,
    entries: imported.value.records.map((r) => ({ row: r.row, code: r.code, procedureCode: r.procedureCode, receivedAt: r.receivedAt, appointmentAt: r.appointmentAt })),
    bad: imported.value.bad,
  };
}

export const FIELD_LABELS: Record<Field, string> = {
  code: 'Mã hồ sơ',
  procedureCode: 'Mã thủ tục',
  procedureName: 'Tên thủ tục',
  receivedAt: 'Ngày tiếp nhận',
  appointmentAt: 'Ngày hẹn trả',
  returnedAt: 'Ngày trả kết quả',
  channel: 'Hình thức nộp',
  resetTo: 'Ngày hẹn trả mới',
  apologyAt: 'Ngày văn bản xin lỗi',
  supplementRequestedAt: 'Ngày yêu cầu bổ sung',
  supplementReceivedAt: 'Ngày nhận bổ sung',
  fee: 'Lệ phí',
  handoverSender: 'Người giao',
  handoverReceiver: 'Người nhận',
  handoverAt: 'Thời điểm giao nhận',
  handoverDueAt: 'Hạn bước',
};
