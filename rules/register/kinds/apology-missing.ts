import { fmtWall, startOfDay } from '../wall-time.ts';
import { lateness, type RecordKind, type RecordObservation, PASS, NOT_APPLICABLE } from './types.ts';

export const apologyMissing: RecordKind = {
  name: 'record-apology-missing',
  description: 'Hồ sơ quá hạn có văn bản xin lỗi, hẹn lại gửi trước hạn ít nhất một ngày làm việc.',
  evaluate(rule, { records, now, calendar }) {
    const lead = Number(rule.params.leadWorkingDays ?? 1);
    return records.map((r): RecordObservation => {
      const l = lateness(r, now);
      if (!l) return { status: 'needs_review', record: r, found: 'không có ngày hẹn trả' };
      if (!l.late) return NOT_APPLICABLE;
      // Latest acceptable date: `lead` working days before the due day.
      let latest = startOfDay(r.appointmentAt!);
      for (let i = 0; i < lead; i++) {
        latest -= 86_400_000;
        while (!calendar.isWorkingDay(latest)) latest -= 86_400_000;
      }
      const inTime = r.apologies.some((a) => startOfDay(a) <= latest);
      if (inTime) return PASS;
      const found = r.apologies.length ? `văn bản xin lỗi gửi ngày ${fmtWall(Math.min(...r.apologies), false)} (muộn)` : 'không có văn bản xin lỗi';
      return { status: 'fail', record: r, found, expected: fmtWall(latest, false) };
    });
  },
};
