// Theme fonts (word/theme/theme1.xml): the major/minor Latin, East Asian and complex-script
// typefaces that w:asciiTheme="minorHAnsi" and friends point to.
import { parseXml, at } from './xml.ts';
import type { ReadCtx } from './errors.ts';

export interface ThemeFonts {
  majorLatin?: string;
  minorLatin?: string;
  majorEa?: string;
  minorEa?: string;
  majorCs?: string;
  minorCs?: string;
}

export function readTheme(bytes: Uint8Array | undefined, part: string, ctx: ReadCtx): ThemeFonts {
  const t: ThemeFonts = {};
  if (!bytes) return t;
  let which: 'major' | 'minor' | null = null;
  parseXml(
    bytes,
    part,
    {
      open(name, a) {
        if (name === 'a:majorFont') which = 'major';
        else if (name === 'a:minorFont') which = 'minor';
        else if (which && (name === 'a:latin' || name === 'a:ea' || name === 'a:cs')) {
          const face = at(a, 'typeface');
          if (!face) return;
          const key = `${which}${name === 'a:latin' ? 'Latin' : name === 'a:ea' ? 'Ea' : 'Cs'}` as keyof ThemeFonts;
          t[key] ??= face;
        }
      },
      close(name) {
        if (name === 'a:majorFont' || name === 'a:minorFont') which = null;
      },
    },
    ctx,
  );
  return t;
}

/** Font family for a theme slot value (without the '@'), e.g. "minorHAnsi" → minor Latin face. */
export function themeFont(t: ThemeFonts, slot: string): string | undefined {
  const major = slot.startsWith('major');
  if (slot.endsWith('EastAsia')) return major ? t.majorEa : t.minorEa;
  if (slot.endsWith('Bidi')) return major ? t.majorCs : t.minorCs;
  return major ? t.majorLatin : t.minorLatin; // majorAscii, majorHAnsi, minorAscii, minorHAnsi
}
