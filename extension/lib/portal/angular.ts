// Angular Material hộ tịch / liên thông e-forms (dossier.md §1.4): `app-input[formcontrolname]`
// fields with Material required markers; components in mat-table rows with a checkbox and a file
// input in the last cell (§1.5, "attp-row").
import { cleanLabel, filesIn, hasStar, rowLabel, txt, valueOf } from './dom.ts';
import type { Adapter } from './types.ts';

const REQUIRED = '.mat-form-field-required-marker, .mat-placeholder-required, ng-select.required, mat-select.required, [required]';

export const angular: Adapter = {
  family: 'angular-material',
  detect: (root) => !!root.querySelector('app-input[formcontrolname], mat-row, tr.mat-row, mat-radio-group[formcontrolname]'),
  scrape(root, reg) {
    const fields = [...root.querySelectorAll('app-input[formcontrolname], mat-radio-group[formcontrolname]')]
      .filter((el) => !el.parentElement?.closest('app-input[formcontrolname]'))
      .map((el) => {
        const name = el.getAttribute('formcontrolname')!;
        const labelRaw = txt(el.querySelector('mat-label, label')) || txt(el.querySelector('.ng-placeholder')) || name;
        const inputs = [...el.querySelectorAll('input:not([type=hidden]):not([type=radio]), textarea')];
        const value =
          inputs.map((i) => valueOf(i)).filter(Boolean).join(', ') ||
          txt(el.querySelector('.ng-value-label')) ||
          txt(el.querySelector('.mat-select-value-text')) ||
          txt(el.querySelector('mat-radio-button.mat-radio-checked')) ||
          (el.querySelector('input[type=radio]:checked') ? 'on' : '');
        return { label: cleanLabel(labelRaw), value, required: !!el.querySelector(REQUIRED) || el.hasAttribute('required') || hasStar(labelRaw), ref: reg(inputs[0] ?? el) };
      });
    const rows = [...root.querySelectorAll('mat-row, tr.mat-row')].map((row) => {
      const box = row.querySelector('mat-checkbox');
      const input = row.querySelector('input[type=checkbox]') as HTMLInputElement | null;
      const label = rowLabel(row);
      return {
        label: cleanLabel(label),
        files: filesIn(row),
        ticked: !!(box?.classList.contains('mat-checkbox-checked') || input?.checked),
        upload: !!row.querySelector('input[type=file]'),
        required: hasStar(label),
        ref: reg(row),
      };
    });
    return { family: this.family, mode: 'form', rows, fields };
  },
};
