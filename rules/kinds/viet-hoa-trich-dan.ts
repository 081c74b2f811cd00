// nd30.viet-hoa.trich-dan: "Điều", "Chương", "Mục", "Phần" capitalised when citing a part of a
// document; "khoản", "điểm" lower case ("điểm a khoản 2 Điều 3").
import type { RuleKind } from './types.ts';
import { checkCitation } from '../vi/capitals.ts';
import { capsObservations } from '../vi/caps-kind.ts';

export const vietHoaTrichDan: RuleKind = {
  name: 'viet-hoa-trich-dan',
  description: 'Viện dẫn: viết hoa Phần, Chương, Mục, Tiểu mục, Điều; viết thường khoản, điểm.',
  evaluate: (rule, ctx) => capsObservations(rule, ctx, (text) => checkCitation(text)),
};
