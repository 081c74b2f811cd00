// form.placeholder: a recognised form still holds unfilled placeholders ("……", "[...]",
// "…/…/…", "ngày … tháng … năm …"), one finding per paragraph. Paragraphs whose only blanks
// are required fields already reported by tthc.field.empty are not repeated.
import type { DossierKind, DossierObservation } from '../context.ts';
import { PLACEHOLDER, short } from '../text.ts';
import { formFiles, isRequiredBlank } from './forms.ts';

export const placeholder: DossierKind = {
  name: 'form-placeholder',
  description: 'Biểu mẫu còn chỗ trống chưa điền',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const ff of formFiles(ctx)) {
      const model = ff.file.read.model!;
      for (const p of model.paragraphs) {
        const m = PLACEHOLDER.exec(p.text);
        if (!m) continue;
        const fields = ff.fields.filter((f) => f.paragraph === p.index);
        const blanks = fields.filter((f) => f.blank);
        if (blanks.length > 0 && blanks.every(isRequiredBlank)) continue;
        out.push({
          status: 'fail',
          component: 'form',
          expected: 'đã điền',
          found: m[0],
          location: { file: ff.file.read.name, paragraph: p.index, text: short(p.text), field: blanks.find((b) => !isRequiredBlank(b))?.label },
          vars: { file: ff.file.read.name, text: short(p.text, 60) },
        });
      }
    }
    if (out.length === 0) out.push({ status: formFiles(ctx).length ? 'pass' : 'not_applicable' });
    return out;
  },
};
