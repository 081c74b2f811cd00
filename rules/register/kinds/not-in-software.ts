import { fmtWall } from '../wall-time.ts';
import { type RecordKind, type RecordObservation, PASS } from './types.ts';

export const notInSoftware: RecordKind = {
  name: 'record-not-in-software',
  description: 'Mỗi hồ sơ đã nhận có bản ghi trên phần mềm, với mã hồ sơ và thời điểm tiếp nhận.',
  evaluate(_rule, { records, paper }) {
    const out: RecordObservation[] = records.map((r) =>
      r.code && r.receivedAt !== null
        ? PASS
        : { status: 'fail', record: r, found: r.code ? `Hồ sơ ${r.code} (không có thời điểm tiếp nhận)` : `Hồ sơ ở dòng ${r.row} không có mã hồ sơ` },
    );
    if (paper) {
      const codes = new Set(records.map((r) => r.code?.trim()).filter(Boolean));
      for (const p of paper) {
        if (p.code && codes.has(p.code.trim())) out.push(PASS);
        else
          out.push({
            status: 'fail',
            paperRow: p.row,
            found: p.code ? `Hồ sơ ${p.code} (sổ giấy dòng ${p.row})` : `Hồ sơ tiếp nhận ${p.receivedAt !== null ? fmtWall(p.receivedAt) : '?'} (sổ giấy dòng ${p.row})`,
          });
      }
    }
    return out;
  },
};
