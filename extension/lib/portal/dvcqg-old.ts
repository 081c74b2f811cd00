// Old Cổng DVCQG procedure detail page (JSP): components in `td[data-title="Tên giấy tờ"]` of the
// case blocks (dossier.md §1.1). A catalogue page, not a form: its list is compared with ours.
import { txt } from './dom.ts';
import type { Adapter } from './types.ts';

export const dvcqgOld: Adapter = {
  family: 'dvcqg-cu',
  detect: (root) => !!root.querySelector('td[data-title="Tên giấy tờ"]'),
  scrape(root, reg) {
    // The active case block (trường hợp), else the first one; a page without blocks: all rows.
    const block = root.querySelector('.list-expand .item.active') ?? root.querySelector('.list-expand .item') ?? root;
    const rows = [...block.querySelectorAll('td[data-title="Tên giấy tờ"]')].map((td) => ({
      label: txt(td),
      files: [],
      // Each listed paper stands for itself: the catalogue decides which are missing or extra.
      ticked: true,
      addedByUser: true,
      ref: reg(td.closest('tr') ?? td),
    }));
    return { family: this.family, mode: 'catalogue', rows, fields: [] };
  },
};
