// nd30.font.unicode: legacy Vietnamese encodings, seen either by the font name (.VnTime,
// VNI-Times…) or by text that decodes from TCVN3/VNI into Vietnamese ("Céng hoµ", "Coäng hoøa").
import type { Observation, RuleKind } from './types.ts';
import { list, num } from './lib/params.ts';
import { locOf } from './lib/loc.ts';
import { LEGACY_FONT_PREFIXES, decodeTcvn3, decodeVni, detectLegacyText } from '../vi/legacy.ts';
import { unobservable } from '../vi/observe.ts';
import { short } from './lib/format.ts';

const NAME = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI', legacy: 'bảng mã cũ' };

/** PDF font names drop the leading "." of ".VnTime" (PostScript names): compare without it. */
function bare(s: string): string {
  return s.trim().toLowerCase().replace(/^[a-z]{6}\+/, '').replace(/^[._]+/, '');
}

export const fontUnicode: RuleKind = {
  name: 'font-unicode',
  description: 'Phông hoặc chữ theo bảng mã cũ TCVN3 (.VnTime…) hoặc VNI (VNI-Times…) thay vì Unicode.',
  evaluate(rule, { model }) {
    const blind = unobservable(model);
    if (blind) return [{ status: 'needs_review', found: blind }];
    const prefixes = [...LEGACY_FONT_PREFIXES, ...list(rule, 'legacyFonts'), ...list(rule, 'legacyFontPrefixes')].map(bare);
    const isLegacy = (font: string | null) => !!font && prefixes.some((p) => p && bare(font).startsWith(p));
    const max = num(rule, 'maxFindings', 20);
    const obs: Observation[] = [];
    for (const p of model.paragraphs) {
      if (obs.length >= max) break;
      if (!/\S/.test(p.text)) continue;
      const fonts = [...new Set(p.spans.filter((s) => /\S/.test(s.text) && isLegacy(s.font)).map((s) => s.font!))];
      const text = detectLegacyText(p.text);
      if (!fonts.length && !text) continue;
      const f0 = fonts.length ? bare(fonts[0]) : '';
      const enc = !fonts.length ? text!.encoding : f0.startsWith('vni') ? 'vni' : f0.startsWith('vn') ? 'tcvn3' : 'legacy';
      // Show the reader what the words say, decoded, so they can find the place.
      const shown = text ? text.decoded : enc === 'tcvn3' ? decodeTcvn3(p.text) : enc === 'vni' ? decodeVni(p.text) : p.text;
      // Quoted: the message template tidies a space before ".", which would glue "phông.VnTime".
      const what = fonts.length ? `phông ${fonts.map((f) => `"${f}"`).join(', ')}` : `chữ "${short(p.text, 40)}"`; // the message names the encoding
      obs.push({
        status: 'fail',
        found: what,
        expected: 'phông Unicode (Times New Roman)',
        location: locOf(p, shown),
        vars: { encoding: NAME[enc] },
      });
    }
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
