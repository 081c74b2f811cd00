// Page numbers of multi-page documents: Arabic, centred in the header (top margin), 13–14 pt, upright.
import type { RuleKind, Observation } from './types.ts';
import type { DocumentModel, Paragraph } from '../model.ts';
import { range } from './lib/params.ts';
import { fmtRange } from './lib/format.ts';
import { checkStyle } from './lib/style.ts';
import { locOf } from './lib/loc.ts';

function pageField(ps: Paragraph[]): Paragraph | undefined {
  return ps.find((p) => p.spans.some((s) => s.field === 'PAGE'));
}

export const pageNumber: RuleKind = {
  name: 'page-number',
  description: 'Số trang chữ số Ả Rập, canh giữa ở lề trên, cỡ chữ theo quy định, kiểu đứng (văn bản từ 2 trang).',
  evaluate(rule, { model }) {
    const size = range(rule, 'size');
    const expected = `số trang ở lề trên, canh giữa, cỡ ${fmtRange(size, 'pt')}, chữ đứng`;
    return model.format === 'pdf' ? pdf(model, expected, size) : docx(model, expected, size);
  },
};

function docx(model: DocumentModel, expected: string, size: ReturnType<typeof range>): Observation[] {
  if (model.pageCount === 1) return [{ status: 'not_applicable' }];
  const headers = model.sections.flatMap((s) => s.headers.filter((h) => h.type !== 'first').map((h) => ({ s, h })));
  const withPage = headers.find(({ h }) => h.fields.includes('PAGE'));
  if (!withPage) {
    const inFooter = model.sections.some((s) => s.footers.some((f) => f.fields.includes('PAGE')));
    if (inFooter) return [{ status: 'fail', expected, found: 'số trang đặt ở chân trang', location: { section: 0 } }];
    // Without a page count a one-page document legitimately has no number.
    if (model.pageCount === null) return [{ status: 'needs_review', expected, found: 'không có số trang; không xác định được văn bản có nhiều trang hay không', location: { section: 0 } }];
    return [{ status: 'fail', expected, found: 'không có số trang', location: { section: 0 } }];
  }
  const p = pageField(withPage.h.paragraphs);
  if (!p) return [{ status: 'needs_review', expected, found: 'không đọc được đoạn chứa số trang', location: { section: withPage.s.index } }];
  // The field's cached result may be empty (never rendered): judge the run's formatting anyway.
  const spans = p.spans.filter((s) => s.field === 'PAGE').map((s) => ({ ...s, text: s.text.trim() || '1' }));
  const r = checkStyle('1', spans, p.align, { size, italic: false, align: ['center'] });
  const location = { ...locOf(p), section: withPage.s.index };
  if (r.problems.length) return [{ status: 'fail', expected, found: r.problems.join(', '), location }];
  if (r.unknowns.length) return [{ status: 'needs_review', expected, found: r.unknowns.join(', '), location }];
  return [{ status: 'pass', location }];
}

function pdf(model: DocumentModel, expected: string, size: ReturnType<typeof range>): Observation[] {
  const pages = model.pages.filter((p) => !p.imageOnly);
  if (model.pages.length <= 1) return [{ status: 'not_applicable' }];
  const obs: Observation[] = [];
  for (const p of pages) {
    if (p.number === 1) continue;
    const num = String(p.number);
    const has = (xs: string[]) => xs.some((t) => t.replace(/[\s\-–—]/g, '') === num);
    const location = { page: p.number };
    if (has(p.headerText)) {
      const para = model.paragraphs.find((q) => q.container === 'header' && q.page === p.number && q.text.trim() === num);
      if (para) {
        const r = checkStyle(num, para.spans, para.align, { size, italic: false });
        const centred = para.box ? Math.abs((para.box.x0 + para.box.x1) / 2 - p.widthMm / 2) < 25 : null;
        if (centred === false) r.problems.push('không canh giữa');
        if (r.problems.length) { obs.push({ status: 'fail', expected, found: r.problems.join(', '), location: { ...locOf(para), page: p.number } }); continue; }
      }
      obs.push({ status: 'pass', location });
    } else if (has(p.footerText)) obs.push({ status: 'fail', expected, found: 'số trang đặt ở chân trang', location });
    else obs.push({ status: 'fail', expected, found: 'không có số trang', location });
  }
  // One finding per kind of problem, at the first page that shows it.
  const fails = obs.filter((o) => o.status === 'fail');
  if (!fails.length) return obs.length ? [{ status: 'pass' }] : [{ status: 'needs_review', expected, found: 'các trang là ảnh quét' }];
  const seen = new Set<string>();
  return fails.filter((o) => (seen.has(o.found!) ? false : (seen.add(o.found!), true)));
}
