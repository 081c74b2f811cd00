import { fmtWall } from '../wall-time.ts';
import { type RecordKind, type RecordObservation, PASS } from './types.ts';

export const timeInconsistent: RecordKind = {
  name: 'record-time-inconsistent',
  description: 'Không trả trước khi nhận; tiếp nhận trong giờ hành chính; giờ trên phiếu in khớp phần mềm.',
  evaluate(rule, { records, calendar, paper }) {
    const tol = Number(rule.params.toleranceMinutes ?? 5) * 60_000;
    const slips = new Map((paper ?? []).filter((p) => p.code).map((p) => [p.code!.trim(), p]));
    const out: RecordObservation[] = [];
    for (const r of records) {
      if (r.receivedAt === null) {
        out.push({ status: 'needs_review', record: r, found: 'không có thời điểm tiếp nhận' });
        continue;
      }
      const problems: string[] = [];
      if (r.returnedAt !== null && r.returnedAt < r.receivedAt) problems.push(`trả kết quả (${fmtWall(r.returnedAt)}) trước khi tiếp nhận (${fmtWall(r.receivedAt)})`);
      if (!calendar.isOfficeTime(r.receivedAt)) problems.push(`tiếp nhận lúc ${fmtWall(r.receivedAt)}, ngoài giờ hành chính`);
      const slip = slips.size && r.code ? slips.get(r.code.trim()) : undefined;
      if (slip?.receivedAt != null && Math.abs(slip.receivedAt - r.receivedAt) > tol)
        problems.push(`giờ tiếp nhận trên phiếu/sổ (${fmtWall(slip.receivedAt)}) khác phần mềm (${fmtWall(r.receivedAt)})`);
      if (slip?.appointmentAt != null && r.appointmentAt !== null && Math.abs(slip.appointmentAt - r.appointmentAt) > tol)
        problems.push(`ngày hẹn trên phiếu/sổ (${fmtWall(slip.appointmentAt)}) khác phần mềm (${fmtWall(r.appointmentAt)})`);
      out.push(problems.length ? { status: 'fail', record: r, found: `Hồ sơ ${r.code ?? ''}: ${problems.join('; ')}.` } : PASS);
    }
    return out;
  },
};
