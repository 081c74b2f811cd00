// Capitalisation text functions (Phụ lục II): citations, agency names, administrative units.
import { describe, expect, it } from 'vitest';
import { checkAgencyNames, checkCitation, checkPlaceNames } from '../../rules/vi/capitals.ts';

const pairs = (issues: { found: string; expected: string }[]) => issues.map((i) => [i.found, i.expected]);

describe('nd30.viet-hoa.trich-dan text function', () => {
  it('wants Phần, Chương, Mục, Điều capitalised and khoản, điểm lower case', () => {
    expect(pairs(checkCitation('Căn cứ Khoản 2 điều 5 Nghị định này và Điểm a khoản 1 Điều 7, chương II, mục 1 phần I và tiểu mục 3.'))).toEqual([
      ['Khoản 2', 'khoản 2'],
      ['điều 5', 'Điều 5'],
      ['Điểm a', 'điểm a'],
      ['chương II', 'Chương II'],
      ['mục 1', 'Mục 1'],
      ['phần I', 'Phần I'],
      ['tiểu mục 3', 'Tiểu mục 3'],
    ]);
    expect(pairs(checkCitation('Quy định tại khoản 2 điều này và Điểm a Khoản này.'))).toEqual([
      ['điều này', 'Điều này'],
      ['Điểm a', 'điểm a'],
      ['Khoản này', 'khoản này'],
    ]);
  });
  it('accepts the decree\'s own example and sentence-initial capitals', () => {
    for (const t of [
      'Theo điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật.',
      'Khoản 1 Điều 5 được sửa đổi như sau:',
      'Điểm a khoản 3 Điều 2 được bãi bỏ.',
      'Một phần 3 diện tích; các điều kiện, khoản kinh phí và điểm đến.',
      'Theo khoản 2 Điều này và điểm a khoản này; điều này cho thấy cần làm rõ.',
      'ĐIỀU 5 VÀ KHOẢN 2',
    ]) expect(checkCitation(t), t).toEqual([]);
  });
});

describe('nd30.viet-hoa.co-quan text function', () => {
  it('wants only the first syllable of type and field words capitalised', () => {
    expect(pairs(checkAgencyNames('Ủy Ban Nhân Dân xã đề nghị Sở Tài Chính và Bộ Tài nguyên và Môi Trường, Trung Tâm Phục vụ hành chính công.'))).toEqual([
      ['Ủy Ban', 'Ủy ban'],
      ['Nhân Dân', 'Nhân dân'],
      ['Tài Chính', 'Tài chính'],
      ['Môi Trường', 'Môi trường'],
      ['Trung Tâm', 'Trung tâm'],
    ]);
    expect(pairs(checkAgencyNames('Giao Sở Tài Chính chủ trì.'))).toEqual([['Tài Chính', 'Tài chính']]);
    expect(pairs(checkAgencyNames('Hội Đồng nhân dân tỉnh và Phòng Văn Hóa, Thông tin'))).toEqual([
      ['Hội Đồng', 'Hội đồng'],
      ['Văn Hóa', 'Văn hóa'],
    ]);
  });
  it('accepts correct names, official exceptions and place names after an agency', () => {
    for (const t of [
      'Ủy ban nhân dân tỉnh Nam Định, Hội đồng nhân dân Thành phố Hồ Chí Minh, Sở Tài chính, Bộ Tài nguyên và Môi trường.',
      'Bộ Công Thương, Sở Công Thương, Công an Hà Nội, Cục Thuế Hà Nội, Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam.',
      'Văn phòng Chính phủ, Ngân hàng Nhà nước Việt Nam, Ủy ban Mặt trận Tổ quốc Việt Nam, Bảo hiểm xã hội Việt Nam.',
      'ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH',
      'Ông Nguyễn Văn Tài Chính làm việc tại xã.',
      'Sở Nội vụ cử ông Nguyễn Văn Hóa và bà Lê Trung Tâm, ông Trần Văn Phòng dự họp.',
      'Nguyễn Văn Phòng, Chánh Văn phòng, dự họp.',
    ]) expect(checkAgencyNames(t), t).toEqual([]);
  });
  it('takes its word lists from the caller (rule params)', () => {
    expect(checkAgencyNames('Sở Công Thương', { allowed: [] })).toHaveLength(0); // "Công Thương" is not a field pair in the list
    expect(checkAgencyNames('Sở Công Thương', { fieldWords: ['công thương'], allowed: [] })).toHaveLength(1);
  });
});

describe('nd30.viet-hoa.dia-danh text function', () => {
  it('wants the unit word lower case before a name, capitalised before a number, and the two special names', () => {
    expect(pairs(checkPlaceNames('Đoàn công tác của Tỉnh Nam Định làm việc tại Xã Tân Long, quận 3, phường 12 và thành phố Hồ Chí Minh, thủ đô Hà Nội, Thành Phố Huế.'))).toEqual([
      ['Tỉnh Nam Định', 'tỉnh Nam Định'],
      ['Xã Tân Long', 'xã Tân Long'],
      ['quận 3', 'Quận 3'],
      ['phường 12', 'Phường 12'],
      ['thành phố Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
      ['thủ đô Hà Nội', 'Thủ đô Hà Nội'],
      ['Thành Phố Huế', 'thành phố Huế'],
    ]);
  });
  it('accepts the decree\'s examples, line starts, person-named units and capitals', () => {
    for (const t of [
      'Ủy ban nhân dân tỉnh Nam Định, thành phố Thái Nguyên, xã Tân Long, Quận 1, Phường 3, Thủ đô Hà Nội, Thành phố Hồ Chí Minh.',
      'Tỉnh Nam Định có 10 đơn vị hành chính.',
      'Xã Tân Long, ngày 05 tháng 3 năm 2026',
      '- Huyện Hải Hậu;',
      'Phường Nguyễn Trãi và Phường Lê Lợi được thành lập; Phường Điện Biên Phủ.',
      'ỦY BAN NHÂN DÂN XÃ TÂN LONG',
      'Ủy ban nhân dân Thành phố giao Sở Tư pháp.',
      'Ban Thường vụ Tỉnh ủy, Bộ Chỉ huy quân sự và Huyện đội, Sở Lao động - Thương binh và Xã hội.',
    ]) expect(checkPlaceNames(t), t).toEqual([]);
  });
});
