// vi.tone-style: one document, one tone-mark convention (hòa/thủy or hoà/thuỷ). The occurrences
// of the less used style are the findings.
import type { Observation, RuleKind } from './types.ts';
import { num } from './lib/params.ts';
import { locOf } from './lib/loc.ts';
import { piecesOf } from './lib/components.ts';
import { dominantStyle, restyle, toneMarks, type ToneMark } from '../vi/tone-style.ts';
import { excerpt, textParagraphs, unobservable } from '../vi/observe.ts';
import type { Paragraph } from '../model.ts';

const NAME = { old: 'kiểu cũ (hòa, thủy)', new: 'kiểu mới (hoà, thuỷ)' };

export const viToneStyle: RuleKind = {
  name: 'vi-tone-style',
  description: 'Văn bản dùng lẫn hai kiểu đặt dấu thanh (hòa/hoà, thủy/thuỷ): báo các chỗ theo kiểu ít dùng hơn.',
  evaluate(rule, { model, detection }) {
    const blind = unobservable(model);
    if (blind) return [{ status: 'needs_review', found: blind }];
    // Fixed wording is not a style choice: the Quốc hiệu ("CỘNG HÒA …", nd30.quoc-hieu.text) and the
    // official agency names of the header and the signature block ("ỦY BAN NHÂN DÂN").
    const fixed = new Set(
      ['quocHieu', 'coQuanChuQuan', 'coQuan', 'chuKy'].flatMap((k) => piecesOf(detection.components, k).map((pc) => pc.paragraph.index)),
    );
    const marks: { p: Paragraph; m: ToneMark }[] = [];
    for (const p of textParagraphs(model)) {
      if (fixed.has(p.index)) continue;
      for (const m of toneMarks(p.text)) marks.push({ p, m }); // offsets in NFC text
    }
    const counts = { old: 0, new: 0 };
    for (const { m } of marks) counts[m.style]++;
    if (!counts.old || !counts.new) return [{ status: 'pass' }];
    const main = dominantStyle(counts);
    const minor = main === 'old' ? 'new' : 'old';
    const max = num(rule, 'maxFindings', 30);
    const obs: Observation[] = [];
    for (const { p, m } of marks) {
      if (m.style !== minor || obs.length >= max) continue;
      obs.push({
        status: 'fail',
        found: m.word,
        expected: restyle(m.word, main),
        location: locOf(p, excerpt(p.text.normalize('NFC'), m.start, m.end)),
        vars: { style: NAME[main], other: NAME[minor], mainCount: counts[main], otherCount: counts[minor] },
      });
    }
    return obs;
  },
};
