import { fmtWall } from '../wall-time.ts';
import { lateness, type RecordKind, type RecordObservation, PASS } from './types.ts';

export const late: RecordKind = {
  name: 'record-late',
  description: 'Ngày trả kết quả (hoặc hôm nay, nếu chưa trả) không sau ngày hẹn trả.',
  evaluate(_rule, { records, now }) {
    return records.map((r): RecordObservation => {
      const l = lateness(r, now);
      if (!l) return { status: 'needs_review', record: r, found: 'không có ngày hẹn trả' };
      if (!l.late) return PASS;
      return { status: 'fail', record: r, found: l.open ? `chưa trả (tính đến ${fmtWall(now, false)})` : `trả lúc ${fmtWall(l.at)}`, expected: fmtWall(r.appointmentAt!) };
    });
  },
};
