// Report locations from model places: paragraph index, section, page and bbox (pdf points, top-left).
import type { BoxMm, Paragraph } from '../../model.ts';
import type { Location } from '../../report.ts';
import { short } from './format.ts';

const PT_PER_MM = 72 / 25.4;

export function bboxPt(b: BoxMm): [number, number, number, number] {
  const r = (v: number) => Math.round(v * PT_PER_MM * 10) / 10;
  return [r(b.x0), r(b.y0), r(b.x1), r(b.y1)];
}

export function locOf(p: Paragraph, text?: string): Location {
  const loc: Location = { paragraph: p.index, section: p.section };
  if (p.page) loc.page = p.page;
  if (p.box) loc.bbox = bboxPt(p.box);
  const t = short(text ?? p.text);
  if (t) loc.text = t;
  return loc;
}
