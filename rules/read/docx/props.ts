// Run and paragraph properties as stored at ONE level (docDefaults, a style, numbering level,
// direct formatting): undefined = not set at this level. Filled element by element from the
// streaming parser; merged level by level in resolve.ts.
import { at, type Attrs } from './xml.ts';
import { halfPoints, onOff, twips } from './units.ts';

/** Font slot values: a family name, or '@' + theme slot name ("@minorHAnsi"). */
export interface RunProps {
  rStyle?: string;
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  hint?: string;
  /** w:lang/@w:eastAsia: decides whether Latin letters with hint="eastAsia" use the East Asian font. */
  langEa?: string;
  sz?: number;
  szCs?: number;
  b?: boolean;
  bCs?: boolean;
  i?: boolean;
  iCs?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  vanish?: boolean;
  u?: boolean;
  color?: string;
  /** w:rtl or w:cs: the run uses the complex-script slot throughout. */
  complex?: boolean;
}

export const TOGGLES = ['b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'vanish'] as const;
export type Toggle = (typeof TOGGLES)[number];

export interface ParaProps {
  pStyle?: string;
  jc?: string;
  left?: number; // twips
  right?: number;
  firstLine?: number; // negative = hanging
  before?: number;
  after?: number;
  beforeAuto?: boolean;
  afterAuto?: boolean;
  line?: number;
  lineRule?: string;
  numId?: string;
  ilvl?: number;
  bdrTop?: boolean;
  bdrBottom?: boolean;
  /** w:contextualSpacing: no spacing between paragraphs of the same style. */
  contextual?: boolean;
}

function fontSlot(a: Attrs, slot: string, themeAttr: string): string | undefined {
  const th = at(a, 'w:' + themeAttr);
  if (th !== undefined) return '@' + th;
  return at(a, 'w:' + slot);
}

/** Apply one child element of w:rPr. */
export function applyRunProp(r: RunProps, name: string, a: Attrs): void {
  switch (name) {
    case 'w:rStyle':
      r.rStyle = at(a, 'w:val');
      return;
    case 'w:rFonts': {
      const ascii = fontSlot(a, 'ascii', 'asciiTheme');
      const hAnsi = fontSlot(a, 'hAnsi', 'hAnsiTheme');
      const ea = fontSlot(a, 'eastAsia', 'eastAsiaTheme');
      const cs = fontSlot(a, 'cs', 'cstheme');
      if (ascii !== undefined) r.ascii = ascii;
      if (hAnsi !== undefined) r.hAnsi = hAnsi;
      if (ea !== undefined) r.eastAsia = ea;
      if (cs !== undefined) r.cs = cs;
      const hint = at(a, 'w:hint');
      if (hint !== undefined) r.hint = hint;
      return;
    }
    case 'w:sz':
      r.sz = halfPoints(at(a, 'w:val'));
      return;
    case 'w:szCs':
      r.szCs = halfPoints(at(a, 'w:val'));
      return;
    case 'w:b':
    case 'w:bCs':
    case 'w:i':
    case 'w:iCs':
    case 'w:caps':
    case 'w:smallCaps':
    case 'w:vanish':
      r[name.slice(2) as Toggle] = onOff(at(a, 'w:val'));
      return;
    case 'w:u': {
      const v = at(a, 'w:val');
      r.u = v !== undefined && v !== 'none' && v !== '0' && v !== 'false';
      return;
    }
    case 'w:color': {
      const v = at(a, 'w:val');
      if (v) r.color = v.toLowerCase() === 'auto' ? 'auto' : v.toUpperCase();
      return;
    }
    case 'w:lang': {
      const ea = at(a, 'w:eastAsia');
      if (ea !== undefined) r.langEa = ea;
      return;
    }
    case 'w:rtl':
    case 'w:cs':
      if (onOff(at(a, 'w:val'))) r.complex = true;
      return;
  }
}

function borderOn(a: Attrs): boolean {
  const v = at(a, 'w:val');
  return v !== undefined && v !== 'none' && v !== 'nil';
}

/** Apply one element inside w:pPr (parent = the element's parent name). */
export function applyParaProp(p: ParaProps, name: string, parent: string, a: Attrs): void {
  switch (name) {
    case 'w:pStyle':
      p.pStyle = at(a, 'w:val');
      return;
    case 'w:jc':
      p.jc = at(a, 'w:val');
      return;
    case 'w:ind': {
      const left = twips(at(a, 'w:left') ?? at(a, 'w:start'));
      const right = twips(at(a, 'w:right') ?? at(a, 'w:end'));
      const first = twips(at(a, 'w:firstLine'));
      const hanging = twips(at(a, 'w:hanging'));
      if (left !== undefined) p.left = left;
      if (right !== undefined) p.right = right;
      if (hanging !== undefined) p.firstLine = -hanging;
      else if (first !== undefined) p.firstLine = first;
      return;
    }
    case 'w:spacing': {
      const before = twips(at(a, 'w:before'));
      const after = twips(at(a, 'w:after'));
      const line = twips(at(a, 'w:line'));
      const rule = at(a, 'w:lineRule');
      const ba = at(a, 'w:beforeAutospacing');
      const aa = at(a, 'w:afterAutospacing');
      if (before !== undefined) p.before = before;
      if (after !== undefined) p.after = after;
      if (ba !== undefined) p.beforeAuto = onOff(ba);
      if (aa !== undefined) p.afterAuto = onOff(aa);
      if (line !== undefined) {
        p.line = line;
        p.lineRule = rule ?? 'auto';
      } else if (rule !== undefined) p.lineRule = rule;
      return;
    }
    case 'w:contextualSpacing':
      p.contextual = onOff(at(a, 'w:val'));
      return;
    case 'w:numId':
      if (parent === 'w:numPr') p.numId = at(a, 'w:val');
      return;
    case 'w:ilvl':
      if (parent === 'w:numPr') p.ilvl = Number(at(a, 'w:val') ?? 0);
      return;
    case 'w:top':
      if (parent === 'w:pBdr') p.bdrTop = borderOn(a);
      return;
    case 'w:bottom':
      if (parent === 'w:pBdr') p.bdrBottom = borderOn(a);
      return;
  }
}

/** Copy every property set in `over` onto `base` (override semantics). */
export function mergeInto<T extends object>(base: T, over: T): T {
  for (const k in over) {
    const v = over[k];
    if (v !== undefined) base[k] = v;
  }
  return base;
}
