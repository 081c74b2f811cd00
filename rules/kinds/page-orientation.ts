// Portrait pages; landscape only where the section carries a data table (not a borderless layout table).
import type { RuleKind, Observation } from './types.ts';

export const pageOrientation: RuleKind = {
  name: 'page-orientation',
  description: 'Hướng giấy dọc; trang ngang chỉ chấp nhận khi có bảng số liệu.',
  evaluate(_rule, { model }) {
    const expected = 'trang dọc (trang ngang chỉ khi có bảng số liệu)';
    if (model.format === 'pdf') {
      return model.pages.map((p): Observation => {
        if (p.widthMm <= p.heightMm) return { status: 'pass', location: { page: p.number } };
        // A PDF page gives no table structure: a landscape page may hold a data table.
        return { status: 'needs_review', expected, found: 'trang ngang, không xác định được có bảng số liệu', location: { page: p.number } };
      });
    }
    if (!model.sections.length) return [{ status: 'needs_review', expected, found: 'không đọc được hướng giấy' }];
    return model.sections.map((s): Observation => {
      const landscape = s.orientation === 'landscape' || (s.widthMm !== null && s.heightMm !== null && s.widthMm > s.heightMm);
      if (s.orientation === null && (s.widthMm === null || s.heightMm === null)) return { status: 'needs_review', expected, found: 'không đọc được hướng giấy', location: { section: s.index } };
      if (!landscape) return { status: 'pass', location: { section: s.index } };
      const dataTable = model.blocks.some((b) => b.kind === 'table' && b.section === s.index && !b.borderless);
      return dataTable ? { status: 'pass', location: { section: s.index } } : { status: 'fail', expected, found: 'trang ngang', location: { section: s.index } };
    });
  },
};
