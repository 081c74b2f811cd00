// form.field.format: a filled field with an impossible value (CCCD not 12 digits, a date that does
// not exist, a phone number of the wrong length).
import type { DossierKind, DossierObservation } from '../context.ts';
import { formatOf, formatProblem } from '../fields.ts';
import { short } from '../text.ts';
import { formFiles } from './forms.ts';

export const fieldFormat: DossierKind = {
  name: 'form-field-format',
  description: 'Giá trị đã điền sai dạng (CCCD, ngày, số điện thoại)',
  evaluate(_rule, ctx) {
    const out: DossierObservation[] = [];
    for (const ff of formFiles(ctx)) {
      for (const f of ff.fields) {
        if (f.blank) continue;
        const fmt = formatOf(f);
        if (fmt === 'text') continue;
        const p = formatProblem(fmt, f.value);
        if (!p) {
          out.push({ status: 'pass' });
          continue;
        }
        out.push({
          status: 'fail',
          component: 'form',
          expected: p.expected,
          found: short(p.found, 40),
          location: { file: ff.file.read.name, paragraph: f.paragraph, field: f.label, text: short(f.text) },
          vars: { file: ff.file.read.name, field: f.label },
        });
      }
    }
    if (out.length === 0) out.push({ status: formFiles(ctx).length ? 'pass' : 'not_applicable' });
    return out;
  },
};
