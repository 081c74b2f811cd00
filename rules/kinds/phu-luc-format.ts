// Appendix heading "Phụ lục …" bold and centred; the body refers to each appendix.
import type { RuleKind, Observation } from './types.ts';
import { observeStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

export const phuLucFormat: RuleKind = {
  name: 'phu-luc-format',
  description: 'Tiêu đề "Phụ lục" in đậm, căn giữa; nội dung văn bản có dẫn chiếu tới từng phụ lục.',
  evaluate(_rule, { model, detection }) {
    const heads = detection.components.phuLuc.filter((p) => /^\s*Phụ lục\b/iu.test(p.text.normalize('NFC')));
    if (!heads.length) return [{ status: 'not_applicable' }];
    const obs: Observation[] = heads.map((p) => observeStyle(p, { bold: true, align: ['center'] }, 'dòng "Phụ lục" in đậm, căn giữa'));
    const first = Math.min(...heads.map((h) => h.paragraph.index));
    const before = model.paragraphs.filter((p) => p.index < first).map((p) => p.text).join('\n').normalize('NFC');
    for (const h of heads) {
      const id = /^\s*Phụ lục\s*([IVXLC\d]+)?/iu.exec(h.text.normalize('NFC'))?.[1];
      const re = id ? new RegExp(`Phụ lục\\s+(số\\s+)?${id}\\b`, 'iu') : /phụ lục/iu;
      if (!re.test(before)) obs.push({ status: 'fail', expected: 'nội dung văn bản dẫn chiếu tới phụ lục', found: `không thấy dẫn chiếu tới "${h.text.normalize('NFC').trim()}"`, location: locOf(h.paragraph, h.text) });
    }
    return obs;
  },
};
