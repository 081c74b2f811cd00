// Khoản "1.", "2." … and điểm "a)", "b)" … in Vietnamese alphabet order without gaps;
// khoản restart after each heading (Điều, Mục…), điểm after each khoản.
import type { RuleKind, Observation } from './types.ts';
import { str } from './lib/params.ts';
import { locOf } from './lib/loc.ts';

export const pointSequence: RuleKind = {
  name: 'point-sequence',
  description: 'Thứ tự khoản (1., 2., …) và điểm (a), b), …, theo bảng chữ cái tiếng Việt) liên tục.',
  evaluate(rule, { model, detection }) {
    const c = detection.components;
    if (!c.points.length) return [{ status: 'not_applicable' }];
    const letters = str(rule, 'letters', 'a b c d đ e g h i k l m n o p q r s t u v x y').split(/\s+/);
    const events = [
      ...c.headings.map((h) => ({ at: h.piece.paragraph.index, kind: 'heading' as const })),
      // Roman-numbered parts ("II. TỒN TẠI, HẠN CHẾ") restart the khoản numbering too.
      ...model.paragraphs.filter((p) => /^\s*[IVXLC]+\.\s+\S/u.test(p.text)).map((p) => ({ at: p.index, kind: 'heading' as const })),
      ...c.points.map((p) => ({ at: p.piece.paragraph.index, kind: p.level, p })),
    ].sort((a, b) => a.at - b.at);
    const obs: Observation[] = [];
    let khoan = 0, diem = -1;
    for (const e of events) {
      if (e.kind === 'heading') { khoan = 0; diem = -1; continue; }
      const p = e.p!;
      const label = p.label.normalize('NFC').replace(/[.)\s]/g, '');
      const location = locOf(p.piece.paragraph, p.piece.text);
      if (e.kind === 'khoan') {
        const v = Number(label);
        if (!Number.isInteger(v)) continue;
        // A list restarting at 1 is a new Điều/Mục whose heading may not have been recognised: accepted.
        if (v !== khoan + 1 && v !== 1) obs.push({ status: 'fail', expected: `khoản ${khoan + 1}.`, found: `khoản ${p.label}`, location });
        khoan = v; diem = -1;
      } else {
        const i = letters.indexOf(label.toLowerCase());
        if (i < 0) obs.push({ status: 'fail', expected: `điểm ${letters[diem + 1] ?? 'a'}) (chữ cái tiếng Việt, không dùng f, j, w, z)`, found: `điểm ${p.label}`, location });
        else {
          if (i !== diem + 1 && i !== 0) obs.push({ status: 'fail', expected: `điểm ${letters[diem + 1]})`, found: `điểm ${p.label}`, location });
          diem = i;
        }
      }
    }
    // PDF paragraph boundaries are rebuilt from positions: a point merged into the previous
    // paragraph looks like a gap, so a PDF sequence problem is for a person to confirm.
    if (model.format === 'pdf') for (const o of obs) o.status = 'needs_review';
    return obs.length ? obs : [{ status: 'pass' }];
  },
};
