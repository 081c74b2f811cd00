// pdf.js takes seconds to load the first time in a process (its module and the fake worker), which
// would count against the reader's time budget for the first PDF. Read a tiny PDF once, with a
// generous budget, before checking real files.
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';

/** A minimal one-page PDF with one line of text (offsets computed, so the xref is exact). */
export function tinyPdf(): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>',
  ];
  const stream = 'BT /F1 14 Tf 85 780 Td (Warm up) Tj ET';
  objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

let warm: Promise<unknown> | null = null;
export function warmUp(pack: Pack): Promise<unknown> {
  warm ??= checkDocument(tinyPdf(), pack, { file: 'warm-up.pdf', read: { limits: { timeMs: 120_000 } } }).catch(() => undefined);
  return warm;
}
