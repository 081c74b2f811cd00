import { fmtWall, startOfDay } from '../wall-time.ts';
import { type RecordKind, type RecordObservation, PASS } from './types.ts';

export const appointment: RecordKind = {
  name: 'record-appointment',
  description: 'Ngày hẹn trả bằng thời hạn luật định tính từ lúc tiếp nhận (ngày làm việc, giờ hành chính, giờ chốt).',
  evaluate(rule, { records, calendar, terms }) {
    return records.map((r): RecordObservation => {
      if (r.receivedAt === null || r.appointmentAt === null) return { status: 'needs_review', record: r, found: 'thiếu ngày tiếp nhận hoặc ngày hẹn trả' };
      const t = terms(r.procedureCode, r.channel, r.receivedAt);
      if (!t || !t.limit) return { status: 'needs_review', record: r, found: `thủ tục ${r.procedureCode ?? '?'} chưa có thời hạn trong danh mục` };
      // A supplemented dossier's clock restarts when the complete dossier arrives (NĐ 61/2018, Điều 19.4).
      let restart = r.receivedAt;
      for (const s of r.supplements) if (s.receivedAt !== null && s.receivedAt > restart) restart = s.receivedAt;
      const due = calendar.dueDate(restart, t.limit);
      const [a, d] = [startOfDay(r.appointmentAt), startOfDay(due)];
      if (a === d) return PASS;
      const later = a > d;
      return {
        status: 'fail',
        record: r,
        found: fmtWall(r.appointmentAt, false),
        expected: fmtWall(due, false),
        severity: later ? ((rule.params.laterSeverity as 'warning') ?? 'warning') : rule.severity,
      };
    });
  },
};
