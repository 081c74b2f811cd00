// A component's wording equals a fixed text; listed variants are findings of a lower severity.
import type { RuleKind } from './types.ts';
import { bool, list, str } from './lib/params.ts';
import { piecesOf } from './lib/components.ts';
import { locOf } from './lib/loc.ts';

const norm = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

export const textExact: RuleKind = {
  name: 'text-exact',
  description: 'Nội dung chữ của thành phần đúng nguyên văn (biến thể liệt kê: mức nhẹ hơn).',
  evaluate(rule, { detection }) {
    const pieces = piecesOf(detection.components, str(rule, 'component'));
    if (!pieces.length) return [{ status: 'not_applicable' }];
    const expected = str(rule, 'expected');
    const ci = bool(rule, 'caseInsensitive') ?? false;
    const cmp = (s: string) => (ci ? norm(s).toLocaleUpperCase('vi') : norm(s));
    const text = norm(pieces.map((p) => p.text).join(' '));
    const location = locOf(pieces[0].paragraph, text);
    if (cmp(text) === cmp(expected)) return [{ status: 'pass', location }];
    const variant = list(rule, 'variants').some((v) => cmp(v) === cmp(text));
    const sev = str(rule, 'variantSeverity') as 'warning' | 'info' | 'error' | '';
    return [{ status: 'fail', expected, found: text, location, ...(variant && sev ? { severity: sev } : {}) }];
  },
};
