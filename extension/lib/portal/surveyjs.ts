// New Cổng DVCQG pages (React + SurveyJS, dossier.md §1.2): questions `[data-name]` with
// `.sd-question__required-text`; the components table has one "Tải lên file" button per row and
// an upload shows as the file name in the row text.
import { cleanLabel, filesIn, rowLabel, txt, valueOf } from './dom.ts';
import type { Adapter, ScrapedField } from './types.ts';

const hidden = (el: Element) => !!el.closest('[hidden], [style*="display: none"], [style*="display:none"]');

export const surveyjs: Adapter = {
  family: 'surveyjs',
  detect: (root) => !!root.querySelector('.sd-question[data-name], button[title="Tải lên file"]'),
  scrape(root, reg) {
    const seen = new Set<string>();
    const fields: ScrapedField[] = [];
    for (const q of root.querySelectorAll('.sd-question[data-name]')) {
      const name = q.getAttribute('data-name')!;
      // Mobile markup duplicates questions: the visible copy, once.
      if (seen.has(name) || hidden(q)) continue;
      seen.add(name);
      const control = q.querySelector('input.sd-input, textarea, select, input:not([type=hidden])');
      const shown = txt(q.querySelector('.sd-dropdown__value .sv-string-viewer'));
      const radio = q.querySelector('input[type=radio]:checked, input[type=checkbox]:checked');
      const value = valueOf(control && control.getAttribute('type') !== 'radio' && control.getAttribute('type') !== 'checkbox' ? control : null) || shown || (radio ? radio.getAttribute('value') ?? 'on' : '');
      fields.push({
        label: cleanLabel(txt(q.querySelector('.sd-question__title')) || name),
        value,
        required: !!q.querySelector('.sd-question__required-text') || q.classList.contains('sd-question--required'),
        ref: reg(control ?? q),
      });
    }
    const rows = [...root.querySelectorAll('button[title="Tải lên file"]')].map((b) => {
      const tr = b.closest('tr') ?? b.parentElement!;
      const label = rowLabel(tr);
      return { label: cleanLabel(label), files: filesIn(tr), upload: true, required: /\*/.test(label), ref: reg(tr) };
    });
    return { family: this.family, mode: 'form', rows, fields };
  },
};
