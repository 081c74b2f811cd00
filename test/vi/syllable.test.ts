// The syllable model: structure, tone placement (old/new), stop codas, keys that ignore placement.
import { describe, expect, it } from 'vitest';
import { parseSyllable, spell } from '../../rules/vi/syllable.ts';
import { isKnownKey, knownCount } from '../../rules/vi/lexicon.ts';

const ok = (w: string) => {
  const s = parseSyllable(w);
  return !!s && s.wellFormed && isKnownKey(s.key);
};

describe('syllable model', () => {
  it('accepts every syllable of real administrative phrases', () => {
    const text =
      'Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc Ủy ban nhân dân tỉnh quyết định ' +
      'căn cứ Luật Tổ chức chính quyền địa phương ngày tháng năm theo đề nghị của Giám đốc Sở Tư pháp ' +
      'khuya khuỷu quyết quyển giữa gìn giếng người được thuở ngoằn nghiêng xoong huỳnh oái uống yêu ' +
      'trường thuế tuần quân khuấy ngoặt quốc quý kỹ thuật nguyễn phường huyện thị trấn';
    const bad = text.split(' ').filter((w) => !ok(w));
    expect(bad).toEqual([]);
  });

  it('tells old and new tone placement apart only where they differ', () => {
    expect(parseSyllable('hòa')!.placement).toBe('old');
    expect(parseSyllable('hoà')!.placement).toBe('new');
    expect(parseSyllable('thủy')!.placement).toBe('old');
    expect(parseSyllable('thuỷ')!.placement).toBe('new');
    expect(parseSyllable('khỏe')!.placement).toBe('old');
    expect(parseSyllable('HOÀ')!.placement).toBe('new');
    expect(parseSyllable('hoàn')!.placement).toBe('both');
    expect(parseSyllable('quý')!.placement).toBe('both');
    expect(parseSyllable('hòa')!.key).toBe(parseSyllable('hoà')!.key);
  });

  it('rejects marks in impossible places and stop codas with the wrong tone', () => {
    expect(parseSyllable('qúy')!.wellFormed).toBe(false);
    expect(parseSyllable('hóan')!.problem).toBe('dấu thanh đặt sai vị trí');
    expect(parseSyllable('ngươì')!.wellFormed).toBe(false);
    expect(parseSyllable('hàt')!.problem).toMatch(/sắc hoặc nặng/);
    expect(parseSyllable('mãc')!.wellFormed).toBe(false);
    expect(parseSyllable('áà')!.problem).toBe('có hơn một dấu thanh');
    expect(parseSyllable('tiê')!.problem).toMatch(/thiếu âm cuối/);
    expect(parseSyllable('aim')!.wellFormed).toBe(false);
  });

  it('returns null for letters Vietnamese does not use', () => {
    for (const w of ['fax', 'zalo', 'jazz', 'word', 'naïve']) expect(parseSyllable(w)).toBeNull();
  });

  it('spells a syllable in either convention', () => {
    expect(spell('h', 'oa', '', 1, 'old')).toBe('hòa');
    expect(spell('h', 'oa', '', 1, 'new')).toBe('hoà');
    expect(spell('ng', 'ươi', '', 1)).toBe('người');
    expect(spell('th', 'uyê', 'n', 1)).toBe('thuyền');
  });

  it('knows several thousand syllables from dictionary-vi', () => {
    expect(knownCount()).toBeGreaterThan(6000);
  });
});
