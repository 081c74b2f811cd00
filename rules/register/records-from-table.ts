// Rows of a flat export (CSV or a spreadsheet sheet) → dossier records, through a column mapping.
// A row that cannot be read is a BadRow with its row number, never an exception.
import { parseRegisterDate } from './dates.ts';
import type { ColumnMapping, Field } from './mapping.ts';
import { NONE, type AppointmentReset, type BadRow, type DossierRecord } from './record.ts';
import type { WallMs } from './wall-time.ts';

export type Cell = string | number | boolean | Date | null | undefined;

const channelMemo = new Map<string, DossierRecord['channel']>();

export function channelOf(raw: Cell): DossierRecord['channel'] {
  if (raw === null || raw === undefined || raw === '') return null;
  const key = String(raw);
  let hit = channelMemo.get(key);
  if (hit === undefined) {
    hit = channelFromText(key.trim().toLowerCase());
    if (channelMemo.size < 1000) channelMemo.set(key, hit);
  }
  return hit;
}

function channelFromText(s: string): DossierRecord['channel'] {
  if (s === '0' || /trực tiếp|truc tiep|direct/.test(s)) return 'direct';
  if (s === '1' || /bưu|buu|post/.test(s)) return 'post';
  if (s === '2' || /trực tuyến|truc tuyen|online|mạng|dvc/.test(s)) return 'online';
  return null;
}

export function parseFee(raw: Cell): number | null | undefined {
  if (raw === null || raw === undefined || raw === '') return null;
  if (typeof raw === 'number') return raw;
  const s = String(raw).trim();
  if (/^(miễn|mien|không|khong|0)$/i.test(s)) return 0;
  const digits = s.replace(/[.,\s]|đ|vnđ|vnd|đồng/gi, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** Reads a date cell; on a bad value records the problem and gives null. */
function dateCell(cell: Cell, label: string, problems: string[]): WallMs | null {
  const p = parseRegisterDate(cell);
  if (p.ok) return p.value;
  problems.push(`${label}: ${p.reason}`);
  return null;
}

function textCell(v: Cell): string | null {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v.trim() : String(v).trim();
  return s === '' ? null : s;
}

function blankRow(cells: Cell[]): boolean {
  for (const c of cells) if (c !== null && c !== undefined && (typeof c !== 'string' || c.trim() !== '')) return false;
  return true;
}

export function recordsFromTable(header: string[], rows: Cell[][], mapping: ColumnMapping, firstRowNumber = 2) {
  // Column of each field, -1 when absent: resolved once, read per row without closures (hot path).
  const col = (f: Field) => (mapping.columns[f] ? header.findIndex((h) => h.trim() === mapping.columns[f]) : -1);
  const c = {
    code: col('code'),
    procedureCode: col('procedureCode'),
    procedureName: col('procedureName'),
    receivedAt: col('receivedAt'),
    appointmentAt: col('appointmentAt'),
    returnedAt: col('returnedAt'),
    channel: col('channel'),
    resetTo: col('resetTo'),
    apologyAt: col('apologyAt'),
    supplementRequestedAt: col('supplementRequestedAt'),
    supplementReceivedAt: col('supplementReceivedAt'),
    fee: col('fee'),
    handoverSender: col('handoverSender'),
    handoverReceiver: col('handoverReceiver'),
    handoverAt: col('handoverAt'),
    handoverDueAt: col('handoverDueAt'),
  };
  const hasHandover = c.handoverSender >= 0 || c.handoverReceiver >= 0 || c.handoverAt >= 0;
  const at = (cells: Cell[], i: number): Cell => (i >= 0 ? cells[i] : undefined);
  const records: DossierRecord[] = [];
  const bad: BadRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i];
    const row = firstRowNumber + i;
    if (blankRow(cells)) continue;
    const problems: string[] = [];
    const rec: DossierRecord = {
      row,
      code: textCell(at(cells, c.code)),
      procedureCode: textCell(at(cells, c.procedureCode)),
      procedureName: textCell(at(cells, c.procedureName)),
      receivedAt: dateCell(at(cells, c.receivedAt), 'ngày tiếp nhận', problems),
      appointmentAt: dateCell(at(cells, c.appointmentAt), 'ngày hẹn trả', problems),
      returnedAt: dateCell(at(cells, c.returnedAt), 'ngày trả', problems),
      channel: channelOf(at(cells, c.channel)),
      resets: NONE,
      apologies: NONE,
      supplements: NONE,
      progress: null,
      fee: null,
    };
    // Several re-set dates may be listed in one cell, separated by ";".
    const resetCell = at(cells, c.resetTo);
    if (textCell(resetCell) !== null) {
      let from = rec.appointmentAt;
      const resets: AppointmentReset[] = [];
      const parts = resetCell instanceof Date || typeof resetCell === 'number' ? [resetCell] : String(resetCell).split(';');
      for (const part of parts) {
        const to = dateCell(typeof part === 'string' ? part.trim() : part, 'ngày hẹn trả mới', problems);
        if (to !== null) {
          resets.push({ from, to });
          from = to;
        }
      }
      rec.resets = resets;
    }
    const apology = dateCell(at(cells, c.apologyAt), 'ngày xin lỗi', problems);
    if (apology !== null) rec.apologies = [apology];
    const sReq = dateCell(at(cells, c.supplementRequestedAt), 'ngày yêu cầu bổ sung', problems);
    const sRec = dateCell(at(cells, c.supplementReceivedAt), 'ngày nhận bổ sung', problems);
    if (sReq !== null || sRec !== null) rec.supplements = [{ requestedAt: sReq, receivedAt: sRec }];
    if (hasHandover) {
      rec.progress = [
        {
          step: null,
          sender: textCell(at(cells, c.handoverSender)),
          receiver: textCell(at(cells, c.handoverReceiver)),
          at: dateCell(at(cells, c.handoverAt), 'thời điểm chuyển', problems),
          dueAt: dateCell(at(cells, c.handoverDueAt), 'hạn bước', problems),
        },
      ];
    }
    if (c.fee >= 0) {
      const fee = parseFee(cells[c.fee]);
      if (fee === undefined) problems.push(`lệ phí: không hiểu "${String(cells[c.fee]).slice(0, 30)}"`);
      else rec.fee = fee;
    }
    if (problems.length) bad.push({ row, reason: problems.join('; ') });
    else records.push(rec);
  }
  return { records, bad };
}
