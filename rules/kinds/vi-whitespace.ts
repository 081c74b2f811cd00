// vi.whitespace: doubled spaces, a space before , . ; : ) ? !, a missing space after them.
import type { Observation, RuleKind } from './types.ts';
import { list, num } from './lib/params.ts';
import { locOf } from './lib/loc.ts';
import { piecesOf } from './lib/components.ts';
import { checkWhitespace, type WhitespaceKind } from '../vi/whitespace.ts';
import { textParagraphs, unobservable } from '../vi/observe.ts';

const WHAT: Record<WhitespaceKind, string> = {
  'double-space': 'hai dấu cách liền nhau',
  'space-before': 'dấu cách trước dấu câu',
  'missing-after': 'thiếu dấu cách sau dấu câu',
};

export const viWhitespace: RuleKind = {
  name: 'vi-whitespace',
  description: 'Dấu cách thừa (hai dấu cách, dấu cách trước , . ; : ) ?) hoặc thiếu sau dấu câu; bỏ qua số, giờ, địa chỉ web, chỗ để trống.',
  evaluate(rule, { model, detection }) {
    const blind = unobservable(model);
    if (blind) return [{ status: 'needs_review', found: blind }];
    const max = num(rule, 'maxFindings', 30);
    // Số and date lines keep blanks to fill in before issuance ("Số:    /QĐ-UBND").
    const skipKeys = list(rule, 'skipComponents');
    const skip = new Set<number>();
    for (const k of skipKeys.length ? skipKeys : ['soKyHieu', 'diaDanh']) for (const pc of piecesOf(detection.components, k)) skip.add(pc.paragraph.index);
    const obs: Observation[] = [];
    for (const p of textParagraphs(model)) {
      if (skip.has(p.index)) continue;
      // In a PDF the spaces are rebuilt from glyph positions: doubled spaces cannot be seen.
      const issues = checkWhitespace(p.text, { maxRun: num(rule, 'maxRun', 3), doubleSpaces: model.format === 'docx' });
      for (const i of issues) {
        if (obs.length >= max) break;
        obs.push({
          status: 'fail',
          found: `${WHAT[i.kind]}: "${i.found.replace(/ /g, "␣")}"`, // ␣: spaces stay visible in the message
          expected: `"${i.expected}"`,
          location: locOf(p, i.found),
          vars: { what: WHAT[i.kind] },
        });
      }
    }
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
