// The last recipient line is "- Lưu: VT, …" ending with ".".
import type { RuleKind } from './types.ts';
import { locOf } from './lib/loc.ts';

export const noiNhanLuu: RuleKind = {
  name: 'noi-nhan-luu',
  description: 'Dòng cuối của nơi nhận là "- Lưu: VT, …" kết thúc bằng dấu chấm.',
  evaluate(_rule, { detection }) {
    const nn = detection.components.noiNhan;
    if (!nn) return [{ status: 'not_applicable' }];
    const expected = '"- Lưu: VT, <đơn vị soạn thảo>, <số bản>." ở dòng cuối';
    const items = nn.items.filter((p) => /\S/.test(p.text));
    const last = items[items.length - 1];
    if (!last) return [{ status: 'fail', expected, found: 'không có dòng lưu', location: locOf(nn.label.paragraph, nn.label.text) }];
    const t = last.text.normalize('NFC').trim();
    const location = locOf(last.paragraph, t);
    const luuLine = items.find((p) => /^[-–]?\s*Lưu\b/u.test(p.text.normalize('NFC').trim()));
    if (!luuLine) return [{ status: 'fail', expected, found: 'không có dòng "Lưu"', location }];
    if (luuLine !== last) return [{ status: 'fail', expected, found: 'dòng "Lưu" không ở cuối', location: locOf(luuLine.paragraph, luuLine.text) }];
    const probs: string[] = [];
    if (!/^[-–]\s*Lưu/u.test(t)) probs.push('thiếu "-" đầu dòng');
    if (!/^[-–]?\s*Lưu\s*:/u.test(t)) probs.push('thiếu dấu hai chấm sau "Lưu"');
    if (!/Lưu\s*:?\s*VT\b/u.test(t)) probs.push('thiếu "VT" (Văn thư)');
    if (!t.endsWith('.')) probs.push(`cuối dòng là "${t.slice(-1)}" thay vì "."`);
    return [probs.length ? { status: 'fail', expected, found: probs.join(', '), location } : { status: 'pass', location }];
  },
};
