// Effective formatting as Word computes it:
//   docDefaults → table style → paragraph style chain → character style chain → direct formatting,
// with toggle properties (b, i, caps, …) XOR-ed between the paragraph-style and character-style
// levels and absolute in direct formatting; theme fonts looked up in the theme; and the font
// slot (ascii / hAnsi / eastAsia / cs) chosen per character.
import type { Align, LineSpacing } from '../../model.ts';
import { mergeInto, TOGGLES, type ParaProps, type RunProps } from './props.ts';
import type { Styles } from './styles.ts';
import { themeFont, type ThemeFonts } from './theme.ts';
import { round, twipsToMm, twipsToPt } from './units.ts';

export type Slot = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';

/** Word's built-in defaults when nothing in the file sets a value. */
const DEFAULT_FONT = 'Times New Roman';
const DEFAULT_HALF_POINTS = 20;

export interface EffectiveRun {
  fonts: Record<Slot, string>;
  sz: number; // pt
  szCs: number;
  b: boolean;
  bCs: boolean;
  i: boolean;
  iCs: boolean;
  caps: boolean;
  smallCaps: boolean;
  vanish: boolean;
  u: boolean;
  color: string;
  /** 'eastAsia' when w:hint="eastAsia"; 'eastAsiaZh' when the East Asian language is also Chinese. */
  hint?: string;
  complex: boolean;
}

let nextBaseId = 0;

export class Resolver {
  private baseCache = new Map<string, RunProps>();
  private pCache = new Map<string, ParaProps>();
  constructor(
    readonly styles: Styles,
    readonly theme: ThemeFonts,
  ) {}

  /** Style-level run properties (before direct formatting) for a run in context. */
  runBase(tblStyle: string | undefined, pStyle: string | undefined, rStyle: string | undefined): RunProps {
    const key = `${tblStyle ?? ''}|${pStyle ?? ''}|${rStyle ?? ''}`;
    let r = this.baseCache.get(key);
    if (r) return r;
    r = mergeInto({} as RunProps, this.styles.defaultsR);
    const t = this.tableLevel(tblStyle)?.rPr;
    if (t) mergeInto(r, t);
    const p = this.styles.chain(pStyle)?.rPr;
    const c = this.styles.chain(rStyle)?.rPr;
    const toggles: Partial<Record<string, boolean>> = {};
    for (const k of TOGGLES) toggles[k] = r[k];
    if (p) mergeInto(r, p);
    if (c) mergeInto(r, c);
    for (const k of TOGGLES) {
      let v = toggles[k] ?? false;
      if (p && p[k] !== undefined) v = p[k] as boolean;
      if (c && c[k] !== undefined) v = c[k] ? !v : v;
      if (toggles[k] !== undefined || p?.[k] !== undefined || c?.[k] !== undefined) r[k] = v;
    }
    r.rStyle = undefined;
    this.baseCache.set(key, r);
    return r;
  }

  private baseIds = new WeakMap<RunProps, number>();
  private effCache = new Map<string, EffectiveRun>();

  /** Effective run formatting; identical (base, direct) pairs share one result (read-only). */
  effective(base: RunProps, direct: RunProps | undefined, extra?: RunProps): EffectiveRun {
    if (extra) return this.compute(base, direct, extra);
    let id = this.baseIds.get(base);
    if (id === undefined) this.baseIds.set(base, (id = this.baseIds.get(base) ?? nextBaseId++));
    let key = String(id);
    if (direct) for (const k in direct) {
      const v = direct[k as keyof RunProps];
      if (v !== undefined) key += `|${k}=${v}`;
    }
    let e = this.effCache.get(key);
    if (!e) {
      e = this.compute(base, direct, undefined);
      this.effCache.set(key, e);
    }
    return e;
  }

  private compute(base: RunProps, direct: RunProps | undefined, extra: RunProps | undefined): EffectiveRun {
    const r = direct || extra ? mergeInto(mergeInto({ ...base }, extra ?? {}), direct ?? {}) : base;
    const ascii = this.font(r.ascii) ?? DEFAULT_FONT;
    return {
      fonts: {
        ascii,
        hAnsi: this.font(r.hAnsi) ?? ascii,
        eastAsia: this.font(r.eastAsia) ?? ascii,
        cs: this.font(r.cs) ?? ascii,
      },
      sz: (r.sz ?? DEFAULT_HALF_POINTS) / 2,
      szCs: (r.szCs ?? r.sz ?? DEFAULT_HALF_POINTS) / 2,
      b: r.b ?? false,
      bCs: r.bCs ?? r.b ?? false,
      i: r.i ?? false,
      iCs: r.iCs ?? r.i ?? false,
      caps: r.caps ?? false,
      smallCaps: r.smallCaps ?? false,
      vanish: r.vanish ?? false,
      u: r.u ?? false,
      color: r.color ?? 'auto',
      hint: r.hint === 'eastAsia' && r.langEa?.toLowerCase().startsWith('zh') ? 'eastAsiaZh' : r.hint,
      complex: r.complex ?? false,
    };
  }

  private tblCache = new Map<string, { pPr: ParaProps; rPr: RunProps } | undefined>();

  /** Table style level for a cell: "styleId" or "styleId#firstRow+band1Horz" (conditional parts in
   *  Word's precedence order, lowest first). */
  tableLevel(key: string | undefined): { pPr: ParaProps; rPr: RunProps } | undefined {
    if (key === undefined) return undefined;
    if (this.tblCache.has(key)) return this.tblCache.get(key);
    const [id, conds] = key.split('#');
    const chain = this.styles.chain(id);
    let out: { pPr: ParaProps; rPr: RunProps } | undefined;
    if (chain) {
      out = { pPr: { ...chain.pPr }, rPr: { ...chain.rPr } };
      for (const type of conds ? conds.split('+') : []) {
        const c = chain.cond[type];
        if (!c) continue;
        mergeInto(out.pPr, c.pPr);
        mergeInto(out.rPr, c.rPr);
      }
    }
    this.tblCache.set(key, out);
    return out;
  }

  /** A font slot value: a family name, or '@' + theme slot looked up in the theme. */
  private font(v: string | undefined): string | undefined {
    return v === undefined ? undefined : v.charCodeAt(0) === 64 /* @ */ ? themeFont(this.theme, v.slice(1)) : v;
  }

  /** Merged paragraph properties: docDefaults → table style → paragraph style chain (→ numbering, → direct by caller). */
  paraBase(tblStyle: string | undefined, pStyle: string | undefined): ParaProps {
    const key = `${tblStyle ?? ''}|${pStyle ?? ''}`;
    let p = this.pCache.get(key);
    if (p) return p;
    p = mergeInto({} as ParaProps, this.styles.defaultsP);
    const t = this.tableLevel(tblStyle)?.pPr;
    if (t) mergeInto(p, t);
    const s = this.styles.chain(pStyle)?.pPr;
    if (s) mergeInto(p, s);
    p.pStyle = undefined;
    this.pCache.set(key, p);
    return p;
  }
}

// Latin-1 symbols that take the East Asian font under hint="eastAsia" (ECMA-376 §17.3.2.26).
const EA_LATIN1 = new Set([0xa1, 0xa4, 0xa7, 0xa8, 0xaa, 0xad, 0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe, 0xbf, 0xd7, 0xf7]);
// Latin-1 letters that take it only when the East Asian language is Chinese.
const EA_LATIN1_ZH = new Set([0xe0, 0xe1, 0xe8, 0xe9, 0xea, 0xec, 0xed, 0xf2, 0xf3, 0xf9, 0xfa, 0xfc]);

/** Which font slot Word uses for a character (after ECMA-376 §17.3.2.26). Vietnamese letters use
 *  w:hAnsi unless the run has hint="eastAsia" AND a Chinese East Asian language. */
export function slotOf(code: number, hint: string | undefined, complex: boolean): Slot {
  if (complex) return 'cs';
  if (code < 0x80) return 'ascii';
  if ((code >= 0x0590 && code <= 0x07bf) || (code >= 0x0900 && code <= 0x0e7f) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe))
    return 'cs';
  if (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef)
  )
    return 'eastAsia';
  if (hint === 'eastAsia' || hint === 'eastAsiaZh') {
    const zh = hint === 'eastAsiaZh';
    if (code <= 0xff) return EA_LATIN1.has(code) || (zh && EA_LATIN1_ZH.has(code)) ? 'eastAsia' : 'hAnsi';
    if (code <= 0x24f || (code >= 0x1e00 && code <= 0x1eff)) return zh ? 'eastAsia' : 'hAnsi'; // Latin Extended
    if (code <= 0x36f || (code >= 0x2000 && code <= 0x2bff)) return 'eastAsia'; // IPA, modifiers, combining marks, punctuation
  }
  return 'hAnsi';
}

/** Split text into pieces that use the same font slot; fast path when all slots name one font. */
export function splitBySlot(text: string, e: EffectiveRun): { text: string; slot: Slot }[] {
  const f = e.fonts;
  if (e.complex) return [{ text, slot: 'cs' }];
  if (f.ascii === f.hAnsi && f.ascii === f.eastAsia && f.ascii === f.cs && e.sz === e.szCs && e.b === e.bCs && e.i === e.iCs)
    return [{ text, slot: 'hAnsi' }];
  // Common case: ascii and hAnsi agree and the text has no East Asian / complex-script characters.
  if (f.ascii === f.hAnsi && e.hint !== 'eastAsia' && e.hint !== 'eastAsiaZh') {
    let plain = true;
    for (let k = 0; k < text.length; k++) {
      if (text.charCodeAt(k) >= 0x0590) {
        plain = false;
        break;
      }
    }
    if (plain) return [{ text, slot: 'hAnsi' }];
  }
  const out: { text: string; slot: Slot }[] = [];
  let start = 0;
  let cur: Slot | null = null;
  for (let k = 0; k < text.length; k++) {
    const s = slotOf(text.charCodeAt(k), e.hint, false);
    // Spaces and ASCII punctuation next to Vietnamese letters still use the ascii slot in Word;
    // only split when the font actually differs.
    if (cur !== null && s !== cur && f[s] === f[cur] && (s === 'cs') === (cur === 'cs')) continue;
    if (s !== cur) {
      if (cur !== null) out.push({ text: text.slice(start, k), slot: cur });
      start = k;
      cur = s;
    }
  }
  if (cur !== null) out.push({ text: text.slice(start), slot: cur });
  return out;
}

export function alignOf(jc: string | undefined): Align {
  switch (jc) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
    case 'thaiDistribute':
    case 'highKashida':
    case 'mediumKashida':
    case 'lowKashida':
      return 'justify';
    default:
      return 'left';
  }
}

export function lineOf(p: ParaProps): LineSpacing {
  const line = p.line ?? 240;
  switch (p.lineRule) {
    case 'exact':
      return { rule: 'exact', pt: twipsToPt(Math.abs(line)) };
    case 'atLeast':
      return { rule: 'atLeast', pt: twipsToPt(line) };
    default:
      return { rule: 'auto', lines: round(line / 240, 3) };
  }
}

export function spacingOf(p: ParaProps): { beforePt: number; afterPt: number; line: LineSpacing } {
  // Auto spacing (HTML-style) is 14 pt before/after in Word.
  return {
    beforePt: p.beforeAuto ? 14 : twipsToPt(p.before ?? 0),
    afterPt: p.afterAuto ? 14 : twipsToPt(p.after ?? 0),
    line: lineOf(p),
  };
}

export function indentOf(p: ParaProps): { left: number; right: number; firstLine: number } {
  return { left: twipsToMm(p.left ?? 0), right: twipsToMm(p.right ?? 0), firstLine: twipsToMm(p.firstLine ?? 0) };
}
