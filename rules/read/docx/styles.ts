// styles.xml: docDefaults and the style table, with each style's basedOn chain merged once
// (most derived level wins inside a chain) so that per-run resolution is a few object merges.
import { parseXml, at } from './xml.ts';
import type { ReadCtx } from './errors.ts';
import { applyParaProp, applyRunProp, mergeInto, type ParaProps, type RunProps } from './props.ts';
import { applyBorder, type Borders } from './borders.ts';
import { onOff } from './units.ts';

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  pPr: ParaProps;
  rPr: RunProps;
  tblBorders: Borders;
  /** Table styles: conditional formatting by w:tblStylePr type (firstRow, band1Horz…). */
  cond: Record<string, { pPr: ParaProps; rPr: RunProps }>;
}

export interface ChainProps {
  pPr: ParaProps;
  rPr: RunProps;
  tblBorders: Borders;
  cond: Record<string, { pPr: ParaProps; rPr: RunProps }>;
  /** Display name of the style itself (w:name), else its id. */
  name: string;
}

export interface Styles {
  defaultsR: RunProps;
  defaultsP: ParaProps;
  byId: Map<string, StyleDef>;
  defaultParagraph?: string;
  defaultTable?: string;
  /** Merged basedOn chain of a style (cached). */
  chain(id: string | undefined): ChainProps | undefined;
}

const SKIP = new Set(['w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPr', 'w:tcPr']);

export function readStyles(bytes: Uint8Array | undefined, part: string, ctx: ReadCtx): Styles {
  const defaultsR: RunProps = {};
  const defaultsP: ParaProps = {};
  const byId = new Map<string, StyleDef>();
  let defaultParagraph: string | undefined;
  let defaultTable: string | undefined;

  if (bytes) {
    const stack: string[] = [];
    let skip = 0;
    let cur: StyleDef | null = null;
    let rTarget: RunProps | null = null;
    let pTarget: ParaProps | null = null;
    let inBorders = false;
    let cond: { pPr: ParaProps; rPr: RunProps } | null = null;
    parseXml(
      bytes,
      part,
      {
        open(name, a) {
          const parent = stack[stack.length - 1] ?? '';
          stack.push(name);
          if (skip) {
            skip++;
            return;
          }
          if (SKIP.has(name)) {
            skip = 1;
            return;
          }
          if (rTarget) return applyRunProp(rTarget, name, a);
          if (pTarget) return applyParaProp(pTarget, name, parent, a);
          if (inBorders && cur && !cond) return applyBorder(cur.tblBorders, name, a);
          switch (name) {
            case 'w:style':
              cur = {
                id: at(a, 'w:styleId') ?? '',
                type: at(a, 'w:type') ?? 'paragraph',
                isDefault: onOff(at(a, 'w:default') ?? '0'),
                pPr: {},
                rPr: {},
                tblBorders: {},
                cond: {},
              };
              byId.set(cur.id, cur);
              if (cur.isDefault && cur.type === 'paragraph') defaultParagraph ??= cur.id;
              if (cur.isDefault && cur.type === 'table') defaultTable ??= cur.id;
              return;
            case 'w:name':
              if (cur && parent === 'w:style') cur.name = at(a, 'w:val');
              return;
            case 'w:basedOn':
              if (cur && parent === 'w:style') cur.basedOn = at(a, 'w:val');
              return;
            case 'w:tblStylePr':
              if (cur) {
                cond = { pPr: {}, rPr: {} };
                cur.cond[at(a, 'w:type') ?? 'wholeTable'] = cond;
              }
              return;
            case 'w:rPr':
              rTarget = cond ? cond.rPr : cur ? cur.rPr : parent === 'w:rPrDefault' ? defaultsR : null;
              return;
            case 'w:pPr':
              pTarget = cond ? cond.pPr : cur ? cur.pPr : parent === 'w:pPrDefault' ? defaultsP : null;
              return;
            case 'w:tblBorders':
              inBorders = true;
              return;
          }
        },
        close(name) {
          stack.pop();
          if (skip) {
            skip--;
            return;
          }
          if (name === 'w:rPr') rTarget = null;
          else if (name === 'w:pPr') pTarget = null;
          else if (name === 'w:tblBorders') inBorders = false;
          else if (name === 'w:tblStylePr') cond = null;
          else if (name === 'w:style') cur = null;
        },
      },
      ctx,
    );
  }

  const cache = new Map<string, ChainProps | undefined>();
  const chain = (id: string | undefined): ChainProps | undefined => {
    if (id === undefined) return undefined;
    if (cache.has(id)) return cache.get(id);
    const list: StyleDef[] = [];
    const seen = new Set<string>();
    for (let s = byId.get(id); s && !seen.has(s.id) && list.length < 50; s = s.basedOn ? byId.get(s.basedOn) : undefined) {
      seen.add(s.id);
      list.push(s);
    }
    let res: ChainProps | undefined;
    if (list.length) {
      res = { pPr: {}, rPr: {}, tblBorders: {}, cond: {}, name: list[0].name ?? list[0].id };
      for (let i = list.length - 1; i >= 0; i--) {
        mergeInto(res.pPr, list[i].pPr);
        mergeInto(res.rPr, list[i].rPr);
        mergeInto(res.tblBorders, list[i].tblBorders);
        for (const [type, c] of Object.entries(list[i].cond)) {
          const into = (res.cond[type] ??= { pPr: {}, rPr: {} });
          mergeInto(into.pPr, c.pPr);
          mergeInto(into.rPr, c.rPr);
        }
      }
    }
    cache.set(id, res);
    return res;
  };

  return { defaultsR, defaultsP, byId, defaultParagraph, defaultTable, chain };
}
