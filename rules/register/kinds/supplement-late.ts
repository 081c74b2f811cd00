import { type RecordKind, type RecordObservation, PASS, NOT_APPLICABLE } from './types.ts';

export const supplementLate: RecordKind = {
  name: 'record-supplement-late',
  description: 'Phiếu yêu cầu bổ sung gửi trong số ngày làm việc cho phép kể từ khi tiếp nhận.',
  evaluate(rule, { records, calendar }) {
    const max = Number(rule.params.maxWorkingDays ?? 3);
    const out: RecordObservation[] = [];
    for (const r of records) {
      const asked = r.supplements.filter((s) => s.requestedAt !== null);
      if (!asked.length) {
        out.push(NOT_APPLICABLE);
        continue;
      }
      if (r.receivedAt === null) {
        out.push({ status: 'needs_review', record: r, found: 'không có thời điểm tiếp nhận' });
        continue;
      }
      const worst = Math.max(...asked.map((s) => calendar.workingDaysBetween(r.receivedAt!, s.requestedAt!)));
      out.push(worst > max ? { status: 'fail', record: r, found: String(worst), expected: `${max} ngày làm việc` } : PASS);
    }
    return out;
  },
};
