// numbering.xml and the list counters: produces the label Word displays ("1.", "a)", "II.")
// for a paragraph with numId/ilvl, counting in document order.
import { parseXml, at } from './xml.ts';
import type { ReadCtx } from './errors.ts';
import { applyParaProp, applyRunProp, type ParaProps, type RunProps } from './props.ts';
import { onOff } from './units.ts';

interface Level {
  start: number;
  fmt: string;
  text: string;
  suff: string;
  isLgl: boolean;
  restart?: number;
  pPr: ParaProps;
  rPr: RunProps;
}

interface Num {
  abstractId: string;
  startOverride: Map<number, number>;
  lvlOverride: Map<number, Level>;
}

export interface Numbering {
  /** Label and level properties for one numbered paragraph (advances the counters). */
  next(numId: string, ilvl: number): { label: string; suffix: string; pPr: ParaProps; rPr: RunProps } | null;
  /** Level properties without counting (for indents of a paragraph whose number is hidden). */
  level(numId: string, ilvl: number): Level | undefined;
}

function newLevel(): Level {
  return { start: 1, fmt: 'decimal', text: '', suff: 'tab', isLgl: false, pPr: {}, rPr: {} };
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function letters(n: number): string {
  // Word: a..z, then aa..zz, aaa..
  if (n < 1) return '';
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? '0' + n : String(n);
    case 'none': return '';
    default: return String(n);
  }
}

export function readNumbering(bytes: Uint8Array | undefined, part: string, ctx: ReadCtx): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, Num>();
  if (bytes) {
    const stack: string[] = [];
    let abs: Level[] | null = null;
    let num: Num | null = null;
    let lvl: Level | null = null;
    let overrideLvl = -1;
    let rT: RunProps | null = null;
    let pT: ParaProps | null = null;
    parseXml(
      bytes,
      part,
      {
        open(name, a) {
          const parent = stack[stack.length - 1] ?? '';
          stack.push(name);
          if (rT) return applyRunProp(rT, name, a);
          if (pT) return applyParaProp(pT, name, parent, a);
          const val = at(a, 'w:val');
          switch (name) {
            case 'w:abstractNum':
              abs = [];
              abstracts.set(at(a, 'w:abstractNumId') ?? '', abs);
              return;
            case 'w:num':
              num = { abstractId: '', startOverride: new Map(), lvlOverride: new Map() };
              nums.set(at(a, 'w:numId') ?? '', num);
              return;
            case 'w:abstractNumId':
              if (num) num.abstractId = val ?? '';
              return;
            case 'w:lvlOverride':
              overrideLvl = Number(at(a, 'w:ilvl') ?? 0);
              return;
            case 'w:startOverride':
              if (num && overrideLvl >= 0) num.startOverride.set(overrideLvl, Number(val ?? 1));
              return;
            case 'w:lvl': {
              lvl = newLevel();
              const il = Number(at(a, 'w:ilvl') ?? 0);
              if (abs) abs[il] = lvl;
              else if (num && overrideLvl >= 0) num.lvlOverride.set(overrideLvl, lvl);
              return;
            }
          }
          if (!lvl) return;
          switch (name) {
            case 'w:start': lvl.start = Number(val ?? 1); return;
            case 'w:numFmt': lvl.fmt = val ?? 'decimal'; return;
            case 'w:lvlText': lvl.text = val ?? ''; return;
            case 'w:suff': lvl.suff = val ?? 'tab'; return;
            case 'w:isLgl': lvl.isLgl = onOff(val); return;
            case 'w:lvlRestart': lvl.restart = Number(val ?? 0); return;
            case 'w:pPr': pT = lvl.pPr; return;
            case 'w:rPr': rT = lvl.rPr; return;
          }
        },
        close(name) {
          stack.pop();
          if (name === 'w:rPr') rT = null;
          else if (name === 'w:pPr') pT = null;
          else if (name === 'w:lvl') lvl = null;
          else if (name === 'w:abstractNum') abs = null;
          else if (name === 'w:num') num = null;
          else if (name === 'w:lvlOverride') overrideLvl = -1;
        },
      },
      ctx,
    );
  }

  // Word continues one list across w:num entries sharing an abstractNum; a startOverride restarts it.
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();

  const levelOf = (numId: string, ilvl: number): Level | undefined => {
    const n = nums.get(numId);
    if (!n) return undefined;
    return n.lvlOverride.get(ilvl) ?? abstracts.get(n.abstractId)?.[ilvl];
  };

  return {
    level: levelOf,
    next(numId, ilvl) {
      const n = nums.get(numId);
      if (!n) return null;
      const levels = abstracts.get(n.abstractId) ?? [];
      const lv = levelOf(numId, ilvl);
      if (!lv) return null;
      const key = n.abstractId;
      let c = counters.get(key);
      if (!c) counters.set(key, (c = []));
      if (!used.has(numId)) {
        used.add(numId);
        for (const [l, s] of n.startOverride) c[l] = s - 1;
        if (n.startOverride.size) for (let l = 0; l < 9; l++) if (!n.startOverride.has(l) && l > ilvl) c[l] = undefined;
      }
      c[ilvl] = (c[ilvl] ?? lv.start - 1) + 1;
      for (let l = ilvl + 1; l < 9; l++) {
        const deeper = n.lvlOverride.get(l) ?? levels[l];
        if (!deeper || deeper.restart === undefined || deeper.restart > ilvl) c[l] = undefined;
      }
      let label: string;
      if (lv.fmt === 'bullet') label = lv.text;
      else {
        label = lv.text.replace(/%([1-9])/g, (_, d: string) => {
          const l = Number(d) - 1;
          const dl = n.lvlOverride.get(l) ?? levels[l];
          const v = c[l] ?? dl?.start ?? 1;
          return formatNumber(v, lv.isLgl ? 'decimal' : (dl?.fmt ?? 'decimal'));
        });
      }
      const suffix = lv.suff === 'space' ? ' ' : lv.suff === 'nothing' ? '' : '\t';
      return { label, suffix, pPr: lv.pPr, rPr: lv.rPr };
    },
  };
}
