// A realistic inspection record input (ten sampled documents, findings, verdicts) for the tests.
import type { RecordInput } from '../../rules/inspection/record.ts';
import { defaultRecommendations } from '../../rules/inspection/record.ts';
import { nd30Pack } from '../../rules/packs/index.ts';

const rule = (id: string, documents: number, fail: number) => {
  const r = nd30Pack.rules.find((x) => x.id === id)!;
  return { id, title: r.title, legalRef: r.legalRef, documents, fail };
};
const ok = { ok: true };

export function sampleInput(): RecordInput {
  const rules = [rule('nd30.page.margin-left', 4, 4), rule('nd30.dia-danh.date-format', 3, 3), rule('nd30.noi-nhan.present', 1, 1)];
  return {
    agency: { parent: 'ỦY BAN NHÂN DÂN TỈNH BÌNH MINH', name: 'THANH TRA TỈNH', abbr: 'TTr', place: 'Bình Minh' },
    number: '12',
    date: '2026-11-20',
    title: 'Kế hoạch số 45/KH-TTr ngày 02 tháng 11 năm 2026 của Thanh tra tỉnh về kiểm tra công tác văn thư năm 2026',
    unitName: 'Ủy ban nhân dân xã An Bình',
    period: { from: '2026-01-01', to: '2026-06-30' },
    seed: 'dot-1-2026',
    population: 236,
    items: Array.from({ length: 10 }, (_, k) => ({
      pos: k,
      unitName: 'Xã An Bình',
      sha256: (k * 7919).toString(16).padStart(64, 'a'),
      docType: ['QĐ', 'CV', 'TB', 'BC'][k % 4]!,
      errors: k < 5 ? 1 : 0,
      checkedAt: `2026-0${1 + (k % 6)}-1${k}T09:00:00+07:00`,
      verdict:
        k < 6
          ? { signingAuthority: k === 2 ? { ok: false, note: 'Phó Chủ tịch ký thay nhưng thiếu chữ KT.' } : ok, seal: ok, recipients: ok, content: k === 4 ? { ok: false, note: 'Trích yếu chưa nêu đủ nội dung' } : ok }
          : null,
    })),
    rules,
    recommendations: defaultRecommendations({ unitName: 'Ủy ban nhân dân xã An Bình', rules }),
    signer: { head: ['TRƯỞNG ĐOÀN KIỂM TRA'], name: 'Nguyễn Văn Bình' },
    recipients: ['- UBND xã An Bình;', '- Chánh Thanh tra tỉnh (để báo cáo);', '- Lưu: VT, Đoàn KT.'],
  };
}
