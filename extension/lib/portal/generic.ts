// Any other one-stop page: each file input is a component row (its label from the row around
// it), each labelled control a field, required shown by `required`, `aria-required`, `*`/`(*)`,
// `span.required` or `span.batbuoc` (dossier.md §0.9). Also legacy hộ tịch rows with a
// "Chọn tệp" button and user-added rows ("Thêm thành phần hồ sơ", §1.3).
import { cleanLabel, FIELD_CONTROLS, filesIn, hasStar, labelText, rowLabel, txt, valueOf } from './dom.ts';
import type { Adapter, ScrapedField, ScrapedRow } from './types.ts';

const ROW = 'tr, li, .form-group, .row, fieldset';

export const generic: Adapter = {
  family: 'chung',
  detect: (root) => !!root.querySelector('input[type=file], [required], .required, .batbuoc'),
  scrape(root, reg) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const rows: ScrapedRow[] = [];
    const seen = new Set<Element>();
    const uploads = [...root.querySelectorAll('input[type=file]'), ...[...root.querySelectorAll('button')].filter((b) => /chọn tệp|tải lên|đính kèm/i.test(txt(b)))];
    for (const u of uploads) {
      const row = u.closest(ROW);
      if (!row || seen.has(row)) continue;
      seen.add(row);
      const label = rowLabel(row);
      if (!label) continue;
      rows.push({
        label: cleanLabel(label),
        files: filesIn(row),
        upload: true,
        required: hasStar(label) || !!row.querySelector('.required, .batbuoc'),
        addedByUser: row.hasAttribute('data-added') || /user-added|them-moi|added/.test(row.className),
        ref: reg(row),
      });
    }
    const fields: ScrapedField[] = [];
    for (const c of root.querySelectorAll(FIELD_CONTROLS)) {
      if (c.closest(ROW) && seen.has(c.closest(ROW)!)) continue;
      const id = c.getAttribute('id');
      const labelEl = (id ? doc.querySelector(`label[for="${id}"]`) : null) ?? c.closest('label');
      const raw = (labelEl ? labelText(labelEl) || txt(labelEl) : '') || c.getAttribute('aria-label') || '';
      if (!raw) continue;
      const marked = hasStar(txt(labelEl)) || !!labelEl?.querySelector('.required, .batbuoc');
      fields.push({ label: cleanLabel(raw), value: valueOf(c), required: c.hasAttribute('required') || c.getAttribute('aria-required') === 'true' || marked, ref: reg(c) });
    }
    return { family: this.family, mode: 'form', rows, fields };
  },
};
