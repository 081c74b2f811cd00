import { type RecordKind, type RecordObservation, PASS } from './types.ts';

const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

export const fee: RecordKind = {
  name: 'record-fee',
  description: 'Lệ phí đã thu bằng mức của danh mục cho kênh nộp (hoặc 0 khi được miễn).',
  evaluate(_rule, { records, terms, hasFee }) {
    if (!hasFee) return [{ status: 'needs_review', found: 'tệp xuất không có cột lệ phí' }];
    const seen = new Set<string>();
    const out: RecordObservation[] = [];
    for (const r of records) {
      if (r.fee === null) {
        out.push({ status: 'needs_review', record: r, found: 'không ghi lệ phí' });
        continue;
      }
      const t = terms(r.procedureCode, r.channel, r.receivedAt);
      if (!t || !t.fees) {
        // One review note per procedure whose fee the province sets, not one per dossier.
        const key = r.procedureCode ?? '?';
        if (!seen.has(key)) out.push({ status: 'needs_review', found: `thủ tục ${key}: mức lệ phí do địa phương quy định hoặc chưa có trong danh mục` });
        seen.add(key);
        continue;
      }
      out.push(t.fees.includes(r.fee) ? PASS : { status: 'fail', record: r, found: vnd(r.fee), expected: t.fees.map(vnd).join(' hoặc ') });
    }
    return out;
  },
};
