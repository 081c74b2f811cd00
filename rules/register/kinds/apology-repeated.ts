import { type RecordKind, type RecordObservation, PASS, NOT_APPLICABLE } from './types.ts';

export const apologyRepeated: RecordKind = {
  name: 'record-apology-repeated',
  description: 'Ngày hẹn trả chỉ được đặt lại một lần.',
  evaluate(rule, { records }) {
    const max = Number(rule.params.maxResets ?? 1);
    return records.map((r): RecordObservation =>
      r.resets.length > max ? { status: 'fail', record: r, found: String(r.resets.length), expected: `tối đa ${max}` } : r.resets.length ? PASS : NOT_APPLICABLE,
    );
  },
};
