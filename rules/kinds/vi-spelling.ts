// vi.spelling: words that are not Vietnamese syllables (syllable model + dictionary-vi set).
import type { Observation, RuleKind } from './types.ts';
import { list, num } from './lib/params.ts';
import { locOf } from './lib/loc.ts';
import { checkSpelling, vietnameseShare, type SpellingIssue } from '../vi/spelling.ts';
import { detectLegacyText, legacyFontEncoding } from '../vi/legacy.ts';
import { excerpt, textParagraphs, unobservable } from '../vi/observe.ts';

function why(i: SpellingIssue): string {
  switch (i.kind) {
    case 'telex':
      return `là phím gõ kiểu Telex còn sót (có lẽ là "${i.suggestion}")`;
    case 'vni':
      return `là phím gõ kiểu VNI còn sót (có lẽ là "${i.suggestion}")`;
    default:
      return `không phải âm tiết tiếng Việt: ${i.problem ?? 'không có trong từ điển'}${i.suggestion ? ` (có lẽ là "${i.suggestion}")` : ''}`;
  }
}

export const viSpelling: RuleKind = {
  name: 'vi-spelling',
  description: 'Âm tiết không đúng tiếng Việt (sai vần, sai vị trí dấu, phím Telex/VNI còn sót); bỏ qua tên riêng, chữ viết tắt, số, mã, từ nước ngoài trong ngoặc kép, địa chỉ web/thư.',
  evaluate(rule, { model }) {
    const blind = unobservable(model);
    if (blind) return [{ status: 'needs_review', found: blind }];
    const paragraphs = textParagraphs(model);
    const share = vietnameseShare(paragraphs.map((p) => p.text));
    if (share < num(rule, 'minVietnameseShare', 0.5)) return [{ status: 'not_applicable', found: 'văn bản không viết bằng tiếng Việt' }];
    const allow = list(rule, 'allow');
    const max = num(rule, 'maxFindings', 50);
    const obs: Observation[] = [];
    for (const p of paragraphs) {
      // Text in a legacy encoding is nd30.font.unicode's finding, not a spelling one.
      if (p.spans.some((s) => legacyFontEncoding(s.font)) || detectLegacyText(p.text)) continue;
      const text = p.text.normalize('NFC');
      for (const i of checkSpelling(text, { allow })) {
        if (obs.length >= max) break;
        obs.push({
          status: 'fail',
          found: i.word,
          expected: i.suggestion,
          location: locOf(p, excerpt(text, i.start, i.end)),
          vars: { word: i.word, problem: why(i) },
        });
      }
    }
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
