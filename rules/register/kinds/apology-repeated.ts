import type { RecordKind, RecordObservation } from './types.ts';

export const apologyRepeated: RecordKind = {
  name: 'record-apology-repeated',
  description: 'Ngày hẹn trả chỉ được đặt lại một lần.',
  evaluate(rule, { records }) {
    const max = Number(rule.params.maxResets ?? 1);
    return records.map((r): RecordObservation =>
      r.resets.length > max ? { status: 'fail', record: r, found: String(r.resets.length), expected: `tối đa ${max}` } : { status: r.resets.length ? 'pass' : 'not_applicable', record: r },
    );
  },
};
