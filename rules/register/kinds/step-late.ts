import { fmtWall } from '../wall-time.ts';
import { effectiveDeadline, type RecordKind, type RecordObservation, PASS, NOT_APPLICABLE } from './types.ts';

export const stepLate: RecordKind = {
  name: 'record-step-late',
  description: 'Mỗi bước trên phiếu kiểm soát hoàn thành trong hạn của bước.',
  evaluate(_rule, { records, hasProgress }) {
    if (!hasProgress) return [{ status: 'needs_review', found: 'không có dữ liệu từng bước xử lý' }];
    const out: RecordObservation[] = [];
    for (const r of records) {
      const steps = (r.progress ?? []).filter((s) => s.at !== null && s.dueAt !== null);
      if (!steps.length) {
        out.push(NOT_APPLICABLE);
        continue;
      }
      for (const s of steps) {
        if (s.at! > effectiveDeadline(s.dueAt!))
          out.push({ status: 'fail', record: r, found: fmtWall(s.at!), expected: fmtWall(s.dueAt!), vars: { step: s.step ?? `giao nhận của ${s.sender ?? '?'}` } });
        else out.push(PASS);
      }
    }
    return out;
  },
};
