// A copy (bản sao, Phụ lục I Part II): after the original, below a full-width line, the copying
// agency prints its own small header — agency and "Số: 07/SY-UBND" left, "SAO Y" / "SAO LỤC" /
// "TRÍCH SAO" and place/date right — then its own signature and Nơi nhận.
import type { Line } from './lines.ts';
import { isDecoration, isUpper } from './text.ts';
import { typeByTitle, type DocType } from './doctypes.ts';
import { isDiaDanh, isSoKyHieu } from './patterns.ts';

export interface CopyBlock {
  mark: Line;
  type: DocType;
  start: number;
  coQuan: Line[];
  soKyHieu: Line | null;
  diaDanh: Line | null;
}

export function detectCopy(lines: Line[], after: number): CopyBlock | null {
  const live = lines.filter((l) => l.seq > after && !l.dataTable && !isDecoration(l.text));
  const mark = [...live].reverse().find((l) => {
    const m = l.text.length <= 20 && isUpper(l.text) ? typeByTitle(l.text) : null;
    return !!m?.exact && !!m.type.copy;
  });
  if (!mark) return null;
  const type = typeByTitle(mark.text)!.type;
  // The copy header: the lines printed on the same rows as the mark (its table, or ±12 mm on the page).
  const near = live.filter((l) => {
    if (Math.abs(l.seq - mark.seq) > 6) return false;
    if (l.paragraph.cell && mark.paragraph.cell) return l.paragraph.cell.table === mark.paragraph.cell.table;
    if (l.box && mark.box) return l.page === mark.page && l.box.y0 > mark.box.y0 - 3 && l.box.y0 < mark.box.y0 + 12;
    return l.seq >= mark.seq - 2 && l.seq <= mark.seq + 2;
  });
  const start = Math.min(mark.seq, ...near.map((l) => l.seq));
  return {
    mark,
    type,
    start,
    coQuan: near.filter((l) => l !== mark && l.side !== 'right' && isUpper(l.text) && !isSoKyHieu(l.key)),
    soKyHieu: near.find((l) => isSoKyHieu(l.key)) ?? null,
    diaDanh: near.find((l) => isDiaDanh(l.text, l.key)) ?? null,
  };
}
