// Table and cell border settings at one level; true = visible line, false = explicitly none.
import { at, type Attrs } from './xml.ts';

export interface Borders {
  top?: boolean;
  bottom?: boolean;
  left?: boolean;
  right?: boolean;
  insideH?: boolean;
  insideV?: boolean;
}

const SIDE: Record<string, keyof Borders> = {
  'w:top': 'top',
  'w:bottom': 'bottom',
  'w:left': 'left',
  'w:start': 'left',
  'w:right': 'right',
  'w:end': 'right',
  'w:insideH': 'insideH',
  'w:insideV': 'insideV',
};

/** Apply a child of w:tblBorders / w:tcBorders. */
export function applyBorder(b: Borders, name: string, a: Attrs): void {
  const side = SIDE[name];
  if (!side) return;
  const v = at(a, 'w:val');
  b[side] = v !== undefined && v !== 'none' && v !== 'nil';
}
