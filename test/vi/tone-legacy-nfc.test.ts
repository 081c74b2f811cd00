// Tone style, legacy encodings (TCVN3, VNI, input-method residue) and NFD text: the text functions.
import { describe, expect, it } from 'vitest';
import { dominantStyle, restyle, toneMarks } from '../../rules/vi/tone-style.ts';
import { decodeTcvn3, decodeVni, detectLegacyText, legacyFontEncoding } from '../../rules/vi/legacy.ts';
import { fromTelex, fromVni } from '../../rules/vi/input-residue.ts';
import { findDecomposed } from '../../rules/vi/nfc.ts';

describe('vi.tone-style text function', () => {
  it('sees the convention of oa/oe/uy syllables only', () => {
    const m = toneMarks('CỘNG HÒA, hoà bình, thủy lợi, thuỷ sản, khỏe, quý, hoàn thành. Hòa giải ở tỉnh Hòa Bình, bà Nguyễn Thị Thuỷ');
    expect(m.map((x) => [x.word, x.style])).toEqual([
      ['HÒA', 'old'], ['hoà', 'new'], ['thủy', 'old'], ['thuỷ', 'new'], ['khỏe', 'old'], ['Hòa', 'old'],
    ]); // proper names inside a sentence (Hòa Bình, Thuỷ) are not counted
    expect(dominantStyle({ old: 4, new: 2 })).toBe('old');
    expect(dominantStyle({ old: 1, new: 2 })).toBe('new');
    expect(dominantStyle({ old: 2, new: 2 })).toBe('old');
  });
  it('rewrites a word in the other style keeping its capitals', () => {
    expect(restyle('hoà', 'old')).toBe('hòa');
    expect(restyle('HOÀ', 'old')).toBe('HÒA');
    expect(restyle('Thủy', 'new')).toBe('Thuỷ');
    expect(restyle('hoàn', 'old')).toBe('hoàn');
  });
});

describe('legacy encodings', () => {
  it('decodes TCVN3 and VNI', () => {
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3('®¬n vÞ thùc hiÖn ®óng thêi h¹n')).toBe('đơn vị thực hiện đúng thời hạn');
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni('Ngöôøi daân, ñôn vò, thöïc hieän')).toBe('Người dân, đơn vị, thực hiện');
  });
  it('recognises legacy text shown in a Unicode font, and not real Vietnamese or French', () => {
    expect(detectLegacyText('Céng hoµ x· héi chñ nghÜa ViÖt Nam')?.encoding).toBe('tcvn3');
    expect(detectLegacyText('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')?.encoding).toBe('vni');
    for (const t of ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Café crème à Paris, déjà vu', 'Kích thước 210 × 297 mm, ±1 mm, ½ trang', 'Độ ẩm 80%; nhiệt độ 25 °C'])
      expect(detectLegacyText(t), t).toBeNull();
  });
  it('names legacy fonts', () => {
    expect(legacyFontEncoding('.VnTime')).toBe('tcvn3');
    expect(legacyFontEncoding('.VnTimeH')).toBe('tcvn3');
    expect(legacyFontEncoding('VNI-Times')).toBe('vni');
    expect(legacyFontEncoding('Times New Roman')).toBeNull();
    expect(legacyFontEncoding(null)).toBeNull();
  });
  it('reads Telex and VNI keystrokes back into the meant syllable', () => {
    expect(fromTelex('nhaanj')?.meant).toBe('nhận');
    expect(fromTelex('Vieejt')?.meant).toBe('Việt');
    expect(fromTelex('truwowngf')?.meant).toBe('trường');
    expect(fromTelex('email')).toBeNull();
    expect(fromTelex('class')).toBeNull();
    expect(fromVni('tie61ng')?.meant).toBe('tiếng');
    expect(fromVni('d9o6ng2')?.meant).toBe('đồng');
    expect(fromVni('A1')).toBeNull();
    expect(fromVni('abc123')).toBeNull();
  });
});

describe('nd30.text.nfc text function', () => {
  it('finds decomposed words and gives their precomposed form', () => {
    const nfd = 'Việt Nam là một'.normalize('NFD');
    expect(findDecomposed(nfd).map((d) => d.nfc)).toEqual(['Việt', 'là', 'một']);
    expect(findDecomposed('Việt Nam là một')).toEqual([]);
    expect(findDecomposed('ASCII only')).toEqual([]);
  });
});
