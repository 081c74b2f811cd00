// Reading a filled-in form (tờ khai): "Label: value" pairs per paragraph, the template's labels
// first, then any other "Label:" the line holds; and the values' formats (CCCD, dates, phones).
import type { DocumentModel } from '../model.ts';
import type { FieldFormat, FormField } from './catalogue.ts';
import { isBlankValue, PLACEHOLDER } from './text.ts';

export interface FieldValue {
  label: string;
  /** From the catalogue template (with its required/format flags) or found generically. */
  template: FormField | null;
  value: string;
  blank: boolean;
  paragraph: number;
  /** The whole paragraph text (for the location). */
  text: string;
}

interface Hit {
  start: number;
  valueStart: number;
  label: string;
  template: FormField | null;
}

// Any other "Label:" (numbered "2. Label:" too) at the start, after a tab, two spaces, a placeholder or ";" ("Giới tính: Nam  Dân tộc: Kinh").
const GENERIC_LABEL = /((?:^|\t| {2,}|[…]\s*|\.{2,}\s*|;\s*)(?:\d{1,2}[.)]\s*)?)(\p{L}[^:\t…;]{0,60}?)\s*(?:\(\*\))?\s*:/gu;

export function extractFields(model: DocumentModel, template: FormField[]): FieldValue[] {
  const out: FieldValue[] = [];
  const labels = [...template].sort((a, b) => b.label.length - a.label.length);
  for (const p of model.paragraphs) {
    const text = p.text.normalize('NFC');
    const lower = text.toLowerCase();
    const hits: Hit[] = [];
    const taken: [number, number][] = [];
    for (const f of labels) {
      const l = f.label.normalize('NFC').toLowerCase();
      let at = lower.indexOf(l);
      while (at >= 0) {
        const end = at + l.length;
        const colon = /^\s*(?:\(\*\))?\s*:/.exec(text.slice(end));
        const free = !taken.some(([a, b]) => at < b && end > a);
        const wordStart = at === 0 || !/\p{L}/u.test(text[at - 1]);
        if (colon && free && wordStart) {
          hits.push({ start: at, valueStart: end + colon[0].length, label: text.slice(at, end), template: f });
          taken.push([at, end]);
        }
        at = lower.indexOf(l, end);
      }
    }
    for (const m of text.matchAll(GENERIC_LABEL)) {
      const start = (m.index ?? 0) + m[1].length;
      const label = m[2].trim();
      const end = start + m[0].length - m[1].length;
      if (label.split(/\s+/).length > 8 || taken.some(([a, b]) => start < b && end > a)) continue;
      hits.push({ start, valueStart: end, label, template: null });
      taken.push([start, end]);
    }
    hits.sort((a, b) => a.start - b.start);
    hits.forEach((h, i) => {
      const stop = i + 1 < hits.length ? hits[i + 1].start : text.length;
      // The next item's number ("… 2. Tên vợ:") is not part of this value.
      const value = text.slice(h.valueStart, stop).replace(/\s+/g, ' ').trim();
      const clean = i + 1 < hits.length ? value.replace(/(\S)\s+\d{1,2}[.)]$/, '$1') : value;
      out.push({ label: h.label, template: h.template, value: clean, blank: isBlankValue(clean), paragraph: p.index, text });
    });
  }
  return out;
}

function expectedOf(f: FieldFormat): string {
  return f === 'cccd' ? 'số định danh cá nhân (CCCD) gồm 12 chữ số' : f === 'phone' ? 'số điện thoại 10–11 chữ số (bắt đầu bằng 0 hoặc +84)' : 'ngày dạng dd/mm/yyyy';
}

/** The format a field's value must have: from the template, else guessed from its label. */
export function formatOf(f: FieldValue): FieldFormat {
  if (f.template && f.template.format !== 'text') return f.template.format;
  const l = f.label.toLowerCase();
  if (/số định danh|căn cước|cccd/.test(l)) return 'cccd';
  if (/điện thoại/.test(l)) return 'phone';
  if (/ngày,? tháng,? năm sinh|ngày sinh|ngày cấp/.test(l)) return 'date';
  return 'text';
}

/** null when the value is fine; else what is wrong with it (Vietnamese). */
export function formatProblem(format: FieldFormat, value: string): { expected: string; found: string } | null {
  const v = value.replace(/[.;,]+$/, '').trim();
  // Dots with a hint but no digit at all: an unfilled place (form.placeholder), not a wrong value.
  if (format !== 'text' && !/\d/.test(v)) return PLACEHOLDER.test(v) || /^[….\s_]*$/.test(v) ? null : { expected: expectedOf(format), found: v };
  if (format === 'cccd') {
    const digits = v.replace(/[\s.]/g, '');
    if (/^\d{12}$/.test(digits)) return null;
    return { expected: 'số định danh cá nhân (CCCD) gồm 12 chữ số', found: v };
  }
  if (format === 'phone') {
    const d = v.replace(/[\s.\-()]/g, '');
    if (/^(0\d{9,10}|\+84\d{9,10})$/.test(d)) return null;
    return { expected: 'số điện thoại 10–11 chữ số (bắt đầu bằng 0 hoặc +84)', found: v };
  }
  if (format === 'date') {
    const m = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/.exec(v) ?? /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(v);
    if (!m) return { expected: 'ngày dạng dd/mm/yyyy', found: v };
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) {
      return { expected: 'một ngày có thật, dạng dd/mm/yyyy', found: m[0] };
    }
    return null;
  }
  return null;
}
