// tthc.field.empty: a required field of a recognised tờ khai is blank or still a placeholder.
import type { DossierKind, DossierObservation } from '../context.ts';
import { short } from '../text.ts';
import { formFiles, isRequiredBlank } from './forms.ts';

export const fieldEmpty: DossierKind = {
  name: 'form-field-empty',
  description: 'Trường bắt buộc của tờ khai để trống',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const ff of formFiles(ctx)) {
      const tpl = ff.component.form?.fields ?? [];
      const found = ff.fields.filter((f) => f.template);
      if (tpl.length > 0 && found.length === 0) {
        out.push({
          status: 'needs_review',
          component: 'form',
          expected: tpl.map((t) => t.label).join('; '),
          found: 'không thấy nhãn trường nào của mẫu',
          location: { file: ff.file.read.name },
          vars: { file: ff.file.read.name, field: tpl[0].label },
        });
        continue;
      }
      for (const f of ff.fields) {
        if (!f.template?.required) continue;
        if (!isRequiredBlank(f)) {
          out.push({ status: 'pass' });
          continue;
        }
        out.push({
          status: 'fail',
          component: 'form',
          expected: 'có nội dung',
          found: f.value === '' ? 'để trống' : `“${short(f.value, 30)}”`,
          location: { file: ff.file.read.name, paragraph: f.paragraph, field: f.label, text: short(f.text) },
          vars: { file: ff.file.read.name, field: f.label },
        });
      }
    }
    if (out.length === 0) out.push({ status: 'not_applicable' });
    return out;
  },
};
