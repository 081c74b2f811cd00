// Bắc Ninh-style Liferay portlets (dossier.md §1.6): each component is a checkbox
// `thanhPhanHoSo<id>` plus a file input `filethanhPhanHoSobanChinh<id>KhongKySo`; e-form fields
// carry the stable class `eform-element-<Key>`; required marked `(*)`, `span.required`, `span.batbuoc`.
import { cleanLabel, FIELD_CONTROLS, filesIn, hasStar, rowLabel, txt, valueOf } from './dom.ts';
import type { Adapter } from './types.ts';

const BOX = 'input[type=checkbox][name^="thanhPhanHoSo"], input[type=checkbox][id^="thanhPhanHoSo"]';

export const liferay: Adapter = {
  family: 'liferay',
  detect: (root) => !!root.querySelector(BOX),
  scrape(root, reg) {
    const rows = [...root.querySelectorAll(BOX)].map((box) => {
      const id = (box.getAttribute('name') || box.getAttribute('id') || '').replace(/^thanhPhanHoSo/, '');
      const row = box.closest('tr') ?? box.parentElement!;
      const label = rowLabel(row);
      const inputs = [...root.querySelectorAll(`input[type=file][name^="filethanhPhanHoSo"]`)].filter((i) => i.getAttribute('name')!.includes(id));
      const files = new Set(filesIn(row));
      for (const i of inputs) for (const f of (i as HTMLInputElement).files ?? []) files.add(f.name);
      return {
        label: cleanLabel(label),
        files: [...files],
        ticked: !!(box as HTMLInputElement).checked,
        upload: inputs.length > 0 || !!row.querySelector('input[type=file]'),
        required: hasStar(label) || !!row.querySelector('.required, .batbuoc'),
        ref: reg(row),
      };
    });
    const fields = [...root.querySelectorAll('[class*="eform-element-"]')].flatMap((el) => {
      const c = el.matches(FIELD_CONTROLS) ? el : el.querySelector(FIELD_CONTROLS);
      if (!c) return [];
      const labelEl = el.querySelector('label') ?? el.parentElement?.querySelector('label');
      const raw = txt(labelEl) || /eform-element-(\S+)/.exec(el.className)![1];
      return [{ label: cleanLabel(raw), value: valueOf(c), required: hasStar(raw) || !!labelEl?.querySelector('.required, .batbuoc') || c.hasAttribute('required'), ref: reg(c) }];
    });
    return { family: this.family, mode: 'form', rows, fields };
  },
};
