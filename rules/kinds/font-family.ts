// Every visible run in Times New Roman; in PDFs its metric-compatible stand-ins count too.
import type { RuleKind, Observation } from './types.ts';
import { list, str } from './lib/params.ts';
import { locOf } from './lib/loc.ts';

const SYMBOL_FONTS = /^(symbol|wingdings|webdings|zapfdingbats)/i;
const squash = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

export const fontFamily: RuleKind = {
  name: 'font-family',
  description: 'Phông chữ của mọi đoạn chữ hiển thị (PDF: chấp nhận phông tương đương Times New Roman).',
  evaluate(rule, { model }) {
    const family = str(rule, 'family', 'Times New Roman');
    const ok = new Set([squash(family), ...(model.format === 'pdf' ? list(rule, 'pdfStandIns').map(squash) : [])]);
    const good = (font: string) => {
      // PDF names carry style suffixes: "TimesNewRomanPS-BoldMT", "LiberationSerif-Italic".
      const base = squash(font.replace(/^[A-Z]{6}\+/, ''));
      if (ok.has(base)) return true;
      const stem = squash(font.replace(/^[A-Z]{6}\+/, '').split(/[-,]/)[0]);
      return ok.has(stem) || ok.has(stem.replace(/(psmt|mt|ps)$/, ''));
    };
    const obs: Observation[] = [];
    let unknown: Observation | null = null;
    for (const p of model.paragraphs) {
      // Bullets and pictograms drawn from symbol fonts are not text.
      const vs = p.spans.filter((s) => /\S/.test(s.text) && !s.field && !(s.font && SYMBOL_FONTS.test(s.font) && !/[\p{L}\d]/u.test(s.text)));
      if (!vs.length) continue;
      const bad = [...new Set(vs.filter((s) => s.font !== null && !good(s.font)).map((s) => s.font!))];
      if (bad.length) obs.push({ status: 'fail', expected: family, found: bad.join(', '), location: locOf(p) });
      else if (vs.some((s) => s.font === null) && !unknown) unknown = { status: 'needs_review', expected: family, found: 'không đọc được tên phông', location: locOf(p) };
    }
    if (unknown) obs.push(unknown);
    if (!obs.length) obs.push(model.paragraphs.length ? { status: 'pass' } : { status: 'needs_review', expected: family, found: 'không có chữ để kiểm tra' });
    return obs;
  },
};
