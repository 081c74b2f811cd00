// vi.spelling's text function on real phrases, on typing slips (Telex, VNI, misplaced marks), and
// over the real Vietnamese corpus, where almost nothing should be flagged.
import { describe, expect, it } from 'vitest';
import { checkSpelling, vietnameseShare } from '../../rules/vi/spelling.ts';
import { words } from '../../rules/vi/tokens.ts';
import { corpusTexts } from './corpus-text.ts';

const flagged = (t: string) => checkSpelling(t).map((i) => i.word);

describe('vi.spelling text function', () => {
  it('finds nothing in correct administrative Vietnamese', () => {
    const clean = [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      'Theo đề nghị của Trưởng phòng Tư pháp, Chủ tịch UBND xã quyết định:',
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân xã Tân Long.',
      'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, Trưởng Công an xã chịu trách nhiệm thi hành.',
      'Nơi nhận: - Như Điều 3; - Lưu: VT, TP.',
      'Hồ sơ gửi qua Cổng Dịch vụ công quốc gia https://dichvucong.gov.vn hoặc thư điện tử vanthu@tanlong.gov.vn, tệp baocao_2026.docx.',
      'Kinh phí 1.500.000 đồng (một triệu năm trăm nghìn đồng), họp lúc 8:00 ngày 15/3/2026 tại phòng họp số 2.',
      'Tham khảo mô hình “smart city” và tài liệu "e-government" của Vla-đi-mia I-lích Lê-nin, ông Nguyễn Ái Quốc.',
      'Bảo đảm hòa giải, hoà nhập, thủy lợi, thuỷ sản, sức khỏe, khoẻ mạnh, quý khách, khuya khoắt.',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc',
    ];
    for (const t of clean) expect(flagged(t), t).toEqual([]);
  });

  it('flags Telex residue with what was meant', () => {
    const r = checkSpelling('Chúng tôi đã nhaanj được văn bản vieejt bằng tiếng Việt, nguowif nhận là ddoongf chí.');
    expect(r.map((i) => [i.word, i.kind, i.suggestion])).toEqual([
      ['nhaanj', 'telex', 'nhận'],
      ['vieejt', 'telex', 'việt'],
      ['nguowif', 'telex', 'người'],
      ['ddoongf', 'telex', 'đồng'],
    ]);
  });

  it('flags VNI residue', () => {
    const r = checkSpelling('Bằng tie61ng Vie65t và ngu7o72i dân.');
    expect(r.map((i) => [i.word, i.kind, i.suggestion])).toEqual([
      ['tie61ng', 'vni', 'tiếng'],
      ['ngu7o72i', 'vni', 'người'],
    ]);
  });

  it('flags misplaced marks, impossible rhymes and words outside the dictionary', () => {
    const r = checkSpelling('Kính gửi qúy cơ quan, hóan đổi hàt giống, ngươì dân, chuẩnthiết bị, đâyđể làm, nghia vụ.');
    expect(r.map((i) => i.word)).toEqual(['qúy', 'hóan', 'hàt', 'ngươì', 'chuẩnthiết', 'đâyđể', 'nghia']);
    expect(r[0].suggestion).toBe('quý');
    expect(r[1].suggestion).toBe('hoán');
    expect(r[3].suggestion).toBe('người');
    expect(r[2].problem).toMatch(/sắc hoặc nặng/);
  });

  it('skips proper names, abbreviations, codes and quoted foreign words but not sentence starts', () => {
    expect(flagged('Ông Smith và bà Johnson của WTO, ASEAN, số 12/QĐ-UBND, mã A1B2, "meeting", “workshop”.')).toEqual([]);
    expect(flagged('Qúy cơ quan.')).toEqual(['Qúy']); // a sentence start is checked
    expect(flagged('QUYẾT ĐỊNH QUYÊT UBND HĐND')).toEqual(['QUYÊT']); // capitals with Vietnamese marks are checked, bare abbreviations are not
  });

  it('leaves passages in another language alone, but not a Telex slip in a Vietnamese sentence', () => {
    expect(flagged('The meeting has been moved to the main hall of the building.')).toEqual([]);
    expect(flagged('Tài liệu tham khảo: Smith J., Data quality for public services, Springer, 2020.')).toEqual([]);
    expect(flagged('Ông ấy has đến họp.')).toEqual(['has']);
  });

  it('measures how much of a text is Vietnamese', () => {
    expect(vietnameseShare(['Ủy ban nhân dân xã đề nghị các cơ quan thực hiện đúng thời hạn.'])).toBe(1);
    expect(vietnameseShare(['The committee has reviewed the draft and moved the meeting.'])).toBeLessThan(0.5);
    expect(vietnameseShare([])).toBe(1);
  });

  it('marks words: sentence starts, quotes, links', () => {
    const ws = words('Xem “báo cáo” tại www.abc.vn. Sau đó, gửi a@b.vn.');
    expect(ws.map((w) => [w.text, w.sentenceStart, w.quoted, w.link])).toEqual([
      ['Xem', true, false, false],
      ['báo', false, true, false],
      ['cáo', false, true, false],
      ['tại', false, false, false],
      ['www', false, false, true],
      ['abc', false, false, true],
      ['vn', false, false, true],
      ['Sau', true, false, false],
      ['đó', false, false, false],
      ['gửi', false, false, false],
      ['a', false, false, true],
      ['b', false, false, true],
      ['vn', false, false, true],
    ]);
  });
});

describe('vi.spelling over the real corpus (/work/shared/corpus/vi)', () => {
  const texts = corpusTexts();
  it('reads the corpus', () => expect(texts.size).toBeGreaterThan(20));
  it('flags well under 0.5% of the words (print the rate)', () => {
    let total = 0;
    const hits: string[] = [];
    const c0 = process.cpuUsage(); // CPU time: wall time is noisy on a shared machine
    for (const [, lines] of texts) {
      for (const line of lines) {
        total += words(line).length;
        for (const i of checkSpelling(line)) hits.push(`${i.kind}:${i.word}`);
      }
    }
    const rate = hits.length / total;
    const cpu = process.cpuUsage(c0);
    const ms = (cpu.user + cpu.system) / 1000;
    console.log(`vi.spelling on corpus: ${hits.length} flagged of ${total} words = ${(rate * 100).toFixed(3)}%, ${ms.toFixed(0)} ms CPU (${((ms * 1000) / total).toFixed(2)} µs/word, cold); ${hits.join(' ')}`);
    expect(total).toBeGreaterThan(50_000);
    expect(rate).toBeLessThan(0.005);
  });
});
