// vi.whitespace's text function: slips are found; numbers, times, links, abbreviations and blanks are not.
import { describe, expect, it } from 'vitest';
import { checkWhitespace } from '../../rules/vi/whitespace.ts';

const kinds = (t: string, o = {}) => checkWhitespace(t, o).map((i) => [i.kind, i.found, i.expected]);

describe('vi.whitespace text function', () => {
  it('finds doubled spaces, spaces before punctuation and missing spaces after it', () => {
    expect(kinds('Ủy ban nhân dân xã  đề nghị các cơ quan , đơn vị thực hiện đúng thời hạn;không để chậm trễ.Trân trọng.')).toEqual([
      ['double-space', 'xã  đề', 'xã đề'],
      ['space-before', 'quan , đơn', 'quan, đơn'],
      ['missing-after', 'hạn;không', 'hạn; không'],
      ['missing-after', 'trễ.Trân', 'trễ. Trân'],
    ]);
    expect(kinds('Kính gửi :Sở Tư pháp')).toEqual([
      ['space-before', 'gửi :Sở', 'gửi:Sở'],
      ['missing-after', 'gửi :Sở', 'gửi : Sở'],
    ]);
    expect(kinds('Bạn đã nhận chưa ?')).toEqual([['space-before', 'chưa ?', 'chưa?']]);
    expect(kinds('a)Nội dung thứ nhất (xem phụ lục )')).toEqual([
      ['missing-after', 'a)Nội', 'a) Nội'],
      ['space-before', 'lục )', 'lục)'],
    ]);
  });

  it('leaves numbers, times, dates, links, abbreviations and ellipses alone', () => {
    const clean = [
      'Kinh phí 1.500.000 đồng, tỷ lệ 1,5%, họp lúc 8:00 ngày 15/3/2026 theo Quyết định số 18/2026/QĐ-UBND.',
      'Xem https://dichvucong.gov.vn/p/home, thư vanthu@tanlong.gov.vn, tệp bao_cao.docx, trang www.chinhphu.vn.',
      'TP.HCM, v.v. và các nội dung khác...',
      'Họ và tên: ........................',
      'Điều 1. Phạm vi điều chỉnh; Điều 2. Đối tượng áp dụng.',
      '   Dòng thụt bằng dấu cách ở đầu và cuối   ',
    ];
    for (const t of clean) expect(kinds(t), t).toEqual([]);
  });

  it('leaves blanks to fill in and alignment by long runs of spaces alone', () => {
    expect(kinds('Số:     /QĐ-UBND')).toEqual([]);
    expect(kinds('Tân Long, ngày    tháng    năm 2026')).toEqual([]);
    expect(kinds('Nam/Nữ:          Dân tộc:')).toEqual([]);
    expect(kinds('□  Trích lục khai sinh •  Ngày: 1.0  • đất  ②')).toEqual([]);
    expect(kinds('Tân Long  ngày', { maxRun: 1 })).toEqual([]);
  });

  it('does not judge doubled spaces when told they cannot be seen (PDF)', () => {
    expect(kinds('xã  đề nghị', { doubleSpaces: false })).toEqual([]);
  });
});
