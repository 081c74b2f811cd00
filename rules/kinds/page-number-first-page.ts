// No page number shown on page 1.
import type { RuleKind } from './types.ts';

export const pageNumberFirstPage: RuleKind = {
  name: 'page-number-first-page',
  description: 'Không hiển thị số trang ở trang thứ nhất.',
  evaluate(_rule, { model }) {
    const expected = 'không hiển thị số trang ở trang 1';
    if (model.format === 'pdf') {
      const p = model.pages[0];
      if (!p) return [{ status: 'needs_review', expected, found: 'không đọc được trang 1' }];
      if (p.imageOnly) return [{ status: 'needs_review', expected, found: 'trang 1 là ảnh quét', location: { page: 1 } }];
      const shown = [...p.headerText, ...p.footerText].some((t) => /^[\s\-–—]*(1|Trang 1)[\s\-–—]*$/i.test(t));
      return [shown ? { status: 'fail', expected, found: 'trang 1 có số trang', location: { page: 1 } } : { status: 'pass', location: { page: 1 } }];
    }
    const s = model.sections[0];
    if (!s) return [{ status: 'needs_review', expected, found: 'không đọc được section đầu' }];
    const pageIn = (xs: { type: string; fields: string[] }[], type: string) => xs.some((h) => h.type === type && h.fields.includes('PAGE'));
    const anyPage = pageIn(s.headers, 'default') || pageIn(s.footers, 'default');
    if (!anyPage && !pageIn(s.headers, 'first') && !pageIn(s.footers, 'first')) return [{ status: 'pass', location: { section: 0 } }];
    const shownFirst = s.titlePage ? pageIn(s.headers, 'first') || pageIn(s.footers, 'first') : anyPage;
    return [shownFirst ? { status: 'fail', expected, found: 'trang 1 có số trang (chưa chọn "Different First Page")', location: { section: 0 } } : { status: 'pass', location: { section: 0 } }];
  },
};
