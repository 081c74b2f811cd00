// Form.io applicant blocks of iGate-family provincial portals (dossier.md §1.5): inputs named
// `data[<key>]`, required shown by Form.io's `field-required` label class; the components are
// `data[hoSoDinhKem][i][textField1]` (name) rows.
import { cleanLabel, filesIn, hasStar, txt, valueOf } from './dom.ts';
import type { Adapter, ScrapedRow } from './types.ts';

const ROW = /^data\[hoSoDinhKem\]\[(\d+)\]\[textField1\]$/;

export const formio: Adapter = {
  family: 'formio',
  detect: (root) => !!root.querySelector('[name^="data["]'),
  scrape(root, reg) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const fields = [...root.querySelectorAll('input[name^="data["], select[name^="data["], textarea[name^="data["]')]
      .filter((c) => !c.getAttribute('name')!.startsWith('data[hoSoDinhKem]') && !['hidden', 'file', 'checkbox', 'radio', 'button', 'submit'].includes(c.getAttribute('type') ?? ''))
      .map((c) => {
        const id = c.getAttribute('id');
        const label = (id ? doc.querySelector(`label[for="${id}"]`) : null) ?? c.closest('.formio-component, .form-group')?.querySelector('label') ?? null;
        const raw = txt(label) || c.getAttribute('name')!.slice(5, -1);
        return { label: cleanLabel(raw), value: valueOf(c), required: !!label?.classList.contains('field-required') || c.hasAttribute('required') || hasStar(raw), ref: reg(c) };
      });
    const rows: ScrapedRow[] = [];
    for (const c of root.querySelectorAll('[name^="data[hoSoDinhKem]"]')) {
      const m = ROW.exec(c.getAttribute('name')!);
      if (!m) continue;
      const row = c.closest('tr') ?? c.parentElement!;
      const label = valueOf(c) || txt(c);
      rows.push({ label: cleanLabel(label), files: filesIn(row), upload: !!row.querySelector('input[type=file]'), required: hasStar(label), ref: reg(row) });
    }
    return { family: this.family, mode: 'form', rows, fields };
  },
};
