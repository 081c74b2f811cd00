// nd30.viet-hoa.dia-danh: "tỉnh Nam Định", "xã Tân Long" (generic word lower case before a
// proper name), "Quận 1", "Phường 3" (capitalised before a number), "Thủ đô Hà Nội",
// "Thành phố Hồ Chí Minh".
import type { RuleKind } from './types.ts';
import { list } from './lib/params.ts';
import { checkPlaceNames } from '../vi/capitals.ts';
import { capsObservations } from '../vi/caps-kind.ts';

export const vietHoaDiaDanh: RuleKind = {
  name: 'viet-hoa-dia-danh',
  description: 'Tên đơn vị hành chính: danh từ chung viết thường trước tên riêng, viết hoa trước số; "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh".',
  evaluate(rule, ctx) {
    const pick = (name: string) => (list(rule, name).length ? list(rule, name) : undefined);
    const opts = { unitWords: pick('unitWords'), surnames: pick('surnames'), eventNames: pick('eventNames') };
    return capsObservations(rule, ctx, (text) => checkPlaceNames(text, opts));
  },
};
