// A document with "Kính gửi:" lists "- Như trên;" first under Nơi nhận.
import type { RuleKind } from './types.ts';
import { locOf } from './lib/loc.ts';

export const noiNhanNhuTren: RuleKind = {
  name: 'noi-nhan-nhu-tren',
  description: 'Văn bản có "Kính gửi" thì dòng đầu nơi nhận là "- Như trên;".',
  evaluate(_rule, { detection }) {
    const c = detection.components;
    if (!c.kinhGui.length || !c.noiNhan) return [{ status: 'not_applicable' }];
    const first = c.noiNhan.items.find((p) => /\S/.test(p.text));
    const expected = 'dòng đầu "- Như trên;"';
    if (!first) return [{ status: 'fail', expected, found: 'không có dòng nơi nhận', location: locOf(c.noiNhan.label.paragraph) }];
    const t = first.text.normalize('NFC').trim();
    const location = locOf(first.paragraph, t);
    if (/^[-–]\s*Như trên\s*;$/u.test(t)) return [{ status: 'pass', location }];
    const elsewhere = c.noiNhan.items.some((p) => /Như trên/u.test(p.text.normalize('NFC')));
    return [{ status: 'fail', expected, found: elsewhere ? '"Như trên" không ở dòng đầu hoặc sai dấu' : `dòng đầu "${t}"`, location }];
  },
};
