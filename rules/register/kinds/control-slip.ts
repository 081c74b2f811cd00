import { type RecordKind, type RecordObservation, PASS } from './types.ts';

export const controlSlip: RecordKind = {
  name: 'record-control-slip',
  description: 'Mỗi lần giao nhận hồ sơ có người giao, người nhận và thời điểm (phiếu kiểm soát).',
  evaluate(_rule, { records, hasProgress }) {
    // An export without any handover data cannot show a control slip: one review note, not one per dossier.
    if (!hasProgress) return [{ status: 'needs_review', found: 'Tệp xuất không có dữ liệu giao nhận hồ sơ (phiếu kiểm soát); cần đối chiếu phiếu giấy.' }];
    return records.map((r): RecordObservation => {
      if (r.progress === null) return { status: 'needs_review', record: r, found: `Hồ sơ ${r.code ?? ''}: không có dữ liệu giao nhận.` };
      if (r.progress.length === 0) return { status: 'fail', record: r, found: `Hồ sơ ${r.code ?? ''}: không có phiếu kiểm soát quá trình giải quyết.` };
      const gaps = r.progress
        .map((s, i) => {
          const miss = [s.sender ? '' : 'người giao', s.receiver ? '' : 'người nhận', s.at !== null ? '' : 'thời điểm'].filter(Boolean);
          return miss.length ? `bước ${i + 1}${s.step ? ` (${s.step})` : ''} thiếu ${miss.join(', ')}` : '';
        })
        .filter(Boolean);
      return gaps.length ? { status: 'fail', record: r, found: `Hồ sơ ${r.code ?? ''}: phiếu kiểm soát ${gaps.join('; ')}.` } : PASS;
    });
  },
};
