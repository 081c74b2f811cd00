// tthc.component.excess: a file that matches no component of the procedure ("nhận thừa thành phần
// hồ sơ"). An image whose content cannot be read and whose name says nothing: needs review.
import type { DossierKind, DossierObservation } from '../context.ts';
import { short, titleOf } from '../text.ts';

export const excess: DossierKind = {
  name: 'dossier-excess',
  description: 'Tệp không khớp thành phần nào của thủ tục',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const f of ctx.files) {
      const t = f.recognition.target;
      const state = t?.kind === 'component' ? ctx.components.find((s) => s.component.id === t.id) : undefined;
      if (state?.need === 'not-needed' && state.component.requirement.kind === 'conditional') {
        // A conditional paper handed in when its condition does not hold is just as much "thừa".
        out.push({
          status: 'fail',
          expected: `chỉ nộp khi ${state.component.requirement.label}`,
          found: state.component.name,
          location: { file: f.read.name, field: state.component.id },
          vars: { file: f.read.name, procedure: `${ctx.procedure.code} ${ctx.procedure.name}`, why: ` Tệp là “${state.component.name}”, chỉ cần khi ${state.component.requirement.label}.` },
        });
        continue;
      }
      if (t || (!f.read.ok && f.read.kind !== 'image')) {
        out.push({ status: 'pass' });
        continue;
      }
      const unsure = f.read.imageOnly && f.recognition.by !== 'assigned';
      out.push({
        status: unsure ? 'needs_review' : 'fail',
        expected: 'một thành phần của thủ tục',
        found: short(titleOf(f.read.lines) || f.read.name, 80),
        location: { file: f.read.name },
        vars: { file: f.read.name, procedure: `${ctx.procedure.code} ${ctx.procedure.name}`, why: unsure ? ' Tệp là ảnh/bản quét, không đọc được nội dung để nhận diện; cán bộ kiểm tra và gán thành phần.' : '' },
      });
    }
    return out;
  },
};
