// w:sectPr at one section break: page size/orientation/margins (twips) and header/footer references.
import { at, type Attrs } from './xml.ts';
import { onOff, twips } from './units.ts';

export interface SectProps {
  w?: number;
  h?: number;
  orient?: string;
  top?: number;
  bottom?: number;
  left?: number;
  right?: number;
  titlePg: boolean;
  /** w:pgNumType: number format and restart value of the page numbers. */
  pgFmt?: string;
  pgStart?: number;
  headers: Partial<Record<'default' | 'first' | 'even', string>>;
  footers: Partial<Record<'default' | 'first' | 'even', string>>;
}

export function newSect(): SectProps {
  return { titlePg: false, headers: {}, footers: {} };
}

export function applySectProp(s: SectProps, name: string, a: Attrs): void {
  switch (name) {
    case 'w:pgSz':
      s.w = twips(at(a, 'w:w'));
      s.h = twips(at(a, 'w:h'));
      s.orient = at(a, 'w:orient');
      return;
    case 'w:pgMar':
      s.top = twips(at(a, 'w:top'));
      s.bottom = twips(at(a, 'w:bottom'));
      s.left = twips(at(a, 'w:left') ?? at(a, 'w:start'));
      s.right = twips(at(a, 'w:right') ?? at(a, 'w:end'));
      return;
    case 'w:pgNumType': {
      s.pgFmt = at(a, 'w:fmt');
      const st = at(a, 'w:start');
      if (st !== undefined && !Number.isNaN(Number(st))) s.pgStart = Number(st);
      return;
    }
    case 'w:titlePg':
      s.titlePg = onOff(at(a, 'w:val'));
      return;
    case 'w:headerReference':
    case 'w:footerReference': {
      const type = (at(a, 'w:type') ?? 'default') as 'default' | 'first' | 'even';
      const id = at(a, 'r:id');
      if (id && (type === 'default' || type === 'first' || type === 'even')) {
        (name === 'w:headerReference' ? s.headers : s.footers)[type] = id;
      }
      return;
    }
  }
}
