// Style of a component's pieces: size range, bold, italic, upper case, alignment (values from params).
import type { RuleKind } from './types.ts';
import { str } from './lib/params.ts';
import { piecesOf } from './lib/components.ts';
import { observeStyle, styleSpecOf } from './lib/style.ts';

export const style: RuleKind = {
  name: 'style',
  description: 'Kiểu chữ của một thành phần: cỡ chữ, đậm, nghiêng, in hoa, căn lề.',
  evaluate(rule, { detection }) {
    const pieces = piecesOf(detection.components, str(rule, 'component'));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const spec = styleSpecOf(rule.params);
    return pieces.map((p) => observeStyle(p, spec));
  },
};
