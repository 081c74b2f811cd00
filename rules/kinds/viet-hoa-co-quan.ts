// nd30.viet-hoa.co-quan: agency names capitalise the first syllable of the type and field words
// only ("Ủy ban nhân dân", "Sở Tài chính"), never every syllable ("Ủy Ban Nhân Dân").
import type { RuleKind } from './types.ts';
import { list } from './lib/params.ts';
import { checkAgencyNames } from '../vi/capitals.ts';
import { capsObservations } from '../vi/caps-kind.ts';

export const vietHoaCoQuan: RuleKind = {
  name: 'viet-hoa-co-quan',
  description: 'Tên cơ quan, tổ chức: chỉ viết hoa chữ đầu của từ chỉ loại hình và chức năng, lĩnh vực ("Sở Tài chính").',
  evaluate(rule, ctx) {
    const pick = (name: string) => (list(rule, name).length ? list(rule, name) : undefined);
    const lists = { orgTypes: pick('orgTypes'), fieldWords: pick('fieldWords'), allowed: pick('allowed') };
    return capsObservations(rule, ctx, (text) => checkAgencyNames(text, lists));
  },
};
