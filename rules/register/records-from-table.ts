// Rows of a flat export (CSV or a spreadsheet sheet) → dossier records, through a column mapping.
// A row that cannot be read is a BadRow with its row number, never an exception.
import { parseRegisterDate } from './dates.ts';
import type { ColumnMapping, Field } from './mapping.ts';
import type { BadRow, DossierRecord } from './record.ts';
import type { WallMs } from './wall-time.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export function channelOf(raw: Cell): DossierRecord['channel'] {
  if (raw === null || raw === undefined || raw === '') return null;
  const s = String(raw).trim().toLowerCase();
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

export function recordsFromTable(header: string[], rows: Cell[][], mapping: ColumnMapping, firstRowNumber = 2) {
  const index = new Map<Field, number>();
  for (const [field, name] of Object.entries(mapping.columns)) {
    const i = header.findIndex((h) => h.trim() === name);
    if (i >= 0) index.set(field as Field, i);
  }
  const records: DossierRecord[] = [];
  const bad: BadRow[] = [];
  rows.forEach((cells, i) => {
    const row = firstRowNumber + i;
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) return; // blank line
    const get = (f: Field): Cell => (index.has(f) ? cells[index.get(f)!] : undefined);
    const problems: string[] = [];
    const date = (f: Field, label: string): WallMs | null => {
      const p = parseRegisterDate(get(f));
      if (!p.ok) {
        problems.push(`${label}: ${p.reason}`);
        return null;
      }
      return p.value;
    };
    const text = (f: Field) => {
      const v = get(f);
      return v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
    };
    const rec: DossierRecord = {
      row,
      code: text('code'),
      procedureCode: text('procedureCode'),
      procedureName: text('procedureName'),
      receivedAt: date('receivedAt', 'ngày tiếp nhận'),
      appointmentAt: date('appointmentAt', 'ngày hẹn trả'),
      returnedAt: date('returnedAt', 'ngày trả'),
      channel: channelOf(get('channel')),
      resets: [],
      apologies: [],
      supplements: [],
      progress: null,
      fee: null,
    };
    // Several re-set dates may be listed in one cell, separated by ";".
    const resetCell = get('resetTo');
    if (resetCell !== undefined && resetCell !== null && String(resetCell).trim() !== '') {
      let from = rec.appointmentAt;
      for (const part of resetCell instanceof Date || typeof resetCell === 'number' ? [resetCell] : String(resetCell).split(';')) {
        const p = parseRegisterDate(typeof part === 'string' ? part.trim() : part);
        if (!p.ok) problems.push(`ngày hẹn trả mới: ${p.reason}`);
        else if (p.value !== null) {
          rec.resets.push({ from, to: p.value });
          from = p.value;
        }
      }
    }
    const apology = date('apologyAt', 'ngày xin lỗi');
    if (apology !== null) rec.apologies.push(apology);
    const sReq = date('supplementRequestedAt', 'ngày yêu cầu bổ sung');
    const sRec = date('supplementReceivedAt', 'ngày nhận bổ sung');
    if (sReq !== null || sRec !== null) rec.supplements.push({ requestedAt: sReq, receivedAt: sRec });
    if (index.has('handoverSender') || index.has('handoverReceiver') || index.has('handoverAt')) {
      rec.progress = [
        { step: null, sender: text('handoverSender'), receiver: text('handoverReceiver'), at: date('handoverAt', 'thời điểm chuyển'), dueAt: date('handoverDueAt', 'hạn bước') },
      ];
    }
    if (index.has('fee')) {
      const fee = parseFee(get('fee'));
      if (fee === undefined) problems.push(`lệ phí: không hiểu "${String(get('fee')).slice(0, 30)}"`);
      else rec.fee = fee;
    }
    if (problems.length) bad.push({ row, reason: problems.join('; ') });
    else records.push(rec);
  });
  return { records, bad };
}
