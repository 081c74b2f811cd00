// One streaming pass over a story part (word/document.xml, a header or a footer): paragraphs with
// resolved spans, tables with cell coordinates and borders, text boxes, fields, rule lines and
// section breaks. No tree of the document is built; each paragraph is resolved when it closes.
import type { CellRef, Container, Paragraph, RuleLine, Table, TableCell } from '../../model.ts';
import { parseXml, at, type Attrs } from './xml.ts';
import type { ReadCtx } from './errors.ts';
import { applyParaProp, applyRunProp, mergeInto, type ParaProps, type RunProps } from './props.ts';
import { applyBorder, type Borders } from './borders.ts';
import { applySectProp, newSect, type SectProps } from './section.ts';
import { formatNumber, type Numbering } from './numbering.ts';
import { alignOf, indentOf, Resolver, spacingOf, splitBySlot } from './resolve.ts';
import { emuToMm, onOff, twips, twipsToMm } from './units.ts';
import { buildSpans, type RawRun } from './spans.ts';
import { lengthOfStyle, vmlAbove, vmlLength } from './vml.ts';
import { vmlAnchor, type Anchor } from './anchor.ts';

export interface StoryEnv {
  resolver: Resolver;
  numbering: Numbering;
  /** Table counter shared by the whole document (body order). */
  tableCounter: { next: number };
  textboxCounter: { next: number };
  /** Page numbering of the section whose header/footer is being read (w:pgNumType). */
  pageNumber?: { fmt?: string; start?: number };
}

export interface StoryResult {
  blocks: (Paragraph | Table)[];
  paragraphs: Paragraph[];
  lines: RuleLine[];
  fields: string[];
  /** Body only: section breaks in order; the last is the body-level sectPr. */
  sections: { props: SectProps; lastParagraph: number }[];
  notes: string[];
  /** Anchors of floating text boxes by text box id (resolved to boxes once sections are known). */
  anchors: Map<number, Anchor>;
  /** Paragraph-border lines and the index of the paragraph that carries the border (to measure them). */
  borderOwners: [RuleLine, number][];
}

interface PCtx {
  p: ParaProps;
  runs: RawRun[];
  index: number;
  container: Container;
  cell?: CellRef;
  textbox?: number;
  section: number;
  tblStyle?: string;
  sect?: SectProps;
  /** Shapes anchored here; `above` = drawn above the anchor paragraph (negative offset). */
  lines: { source: RuleLine['source']; lengthMm: number | null; above?: boolean }[];
  /** The paragraph is one of the current table cell's own paragraphs. */
  inCell?: boolean;
  /** Paragraph mark run properties (w:pPr/w:rPr): they format the numbering label. */
  mark?: RunProps;
  /** Tracked deletion of the paragraph mark: accepting it joins this paragraph to the next. */
  markDeleted?: boolean;
}

interface RCtx {
  r: RunProps;
  pieces: RawRun[];
}

interface FieldCtx {
  name: string;
  instr: string;
  phase: 'instr' | 'result';
  shown: boolean;
}

interface CellCtx {
  cell: TableCell;
  ref: CellRef;
  borders: Borders;
  span: number;
  widthTw?: number;
}

interface TblCtx {
  table: Table;
  /** Text-box nesting level the table was opened at: its cell paragraphs are at the same level. */
  tbDepth: number;
  /** w:tblLook: which conditional formats of the table style apply. */
  look?: { firstRow: boolean; lastColumn: boolean; firstColumn: boolean; noHBand: boolean; noVBand: boolean };
  style?: string;
  borders: Borders;
  grid: number[];
  row: TableCell[] | null;
  rowCells: CellCtx[][];
  curRow: CellCtx[];
  col: number;
  cell: CellCtx | null;
  refs: CellRef[];
}

interface ShapeCtx {
  prst?: string;
  cx?: number;
  cy?: number;
  rot?: number;
  text: boolean;
}

// Subtrees that never contribute displayed content.
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:pPrChange',
  'w:rPrChange',
  'w:sectPrChange',
  'w:tblPrChange',
  'w:trPrChange',
  'w:tcPrChange',
  'w:tblPrEx',
  'w:sdtPr',
  'w:sdtEndPr',
  'w:customXmlPr',
  'w:smartTagPr',
  'w:rt',
  'w:object',
  'w:footnotePr',
  'w:endnotePr',
  'mc:Fallback',
  'wp:docPr',
  'pic:pic',
  'm:oMathPara',
  'm:oMath',
]);

export function walkStory(bytes: Uint8Array, part: string, container: Container, env: StoryEnv, ctx: ReadCtx): StoryResult {
  const { resolver, numbering } = env;
  const res: StoryResult = { blocks: [], paragraphs: [], lines: [], fields: [], sections: [], notes: [], borderOwners: [], anchors: new Map() };
  const fieldSet = new Set<string>();
  const stack: string[] = [];
  let skip = 0;
  let pIndex = 0;
  let section = 0;

  const pStack: PCtx[] = [];
  // Runs nest when a text box sits inside a run: the outer run resumes after it.
  const runStack: RCtx[] = [];
  let run: RCtx | null = null;
  const fields: FieldCtx[] = [];
  let tbl: TblCtx | null = null;
  let tblDepth = 0;
  const textboxStack: number[] = [];
  const shapes: ShapeCtx[] = [];
  // The drawing being read: its extent and vertical offset from the anchor paragraph (EMU).
  let drawingExt: { cx?: number; cy?: number; posV?: number; relV?: string; anchor?: Anchor } | null = null;
  let vmlShape: Anchor | undefined;
  const altChosen: boolean[] = [];

  // What property bag the current descendants fill.
  let mode: 'none' | 'pPr' | 'markRPr' | 'rPr' | 'sectPr' | 'tblPr' | 'tblBorders' | 'tcPr' | 'tcBorders' | 'trPr' = 'none';
  let modeDepth = 0;
  let sect: SectProps | null = null;
  let capture: 'none' | 't' | 'instr' | 'posV' | 'posH' | 'alignH' | 'alignV' = 'none';
  const lastNonEmpty = new Map<string, number>();
  // Previous paragraph in the same flow, for contextual spacing.
  const prevInScope = new Map<string, { para: Paragraph; style: string | undefined; contextual: boolean }>();

  const scopeKey = (c: PCtx): string =>
    c.textbox !== undefined ? `t${c.textbox}` : c.cell ? `c${c.cell.table}.${c.cell.row}.${c.cell.col}` : c.container;

  const curP = (): PCtx | undefined => pStack[pStack.length - 1];

  const pushPiece = (text: string, field?: string): void => {
    if (!run) return;
    const last = run.pieces[run.pieces.length - 1];
    if (last && last.field === field) last.text += text;
    else run.pieces.push({ text, props: run.r, field });
  };

  const enterMode = (m: typeof mode): void => {
    mode = m;
    modeDepth = stack.length;
  };

  const addLine = (source: RuleLine['source'], lengthMm: number | null, above = false): void => {
    const p = curP();
    if (p) p.lines.push({ source, lengthMm, above });
    else res.lines.push({ source, afterParagraph: null, lengthMm, section });
  };

  const closeShape = (s: ShapeCtx): void => {
    if (s.text) return;
    let cx = s.cx ?? drawingExt?.cx;
    let cy = s.cy ?? drawingExt?.cy;
    if (cx === undefined || cy === undefined) return;
    const rot = ((s.rot ?? 0) / 60000) % 180;
    if (Math.abs(rot - 90) < 1) [cx, cy] = [cy, cx];
    const prst = s.prst ?? '';
    const isLine = prst === 'line' || prst === 'straightConnector1';
    const thinRect = prst === 'rect' && cy <= 36000 * 0.8; // ≤ 0.8 mm tall filled bar
    if (!isLine && !thinRect) return;
    if (cx < 36000 * 3 || cy > cx * 0.1) return; // not horizontal or a dot
    const rel = drawingExt?.relV;
    addLine('shape', emuToMm(cx), (rel === 'paragraph' || rel === 'line') && (drawingExt?.posV ?? 0) < 0);
  };

  // Paragraphs whose mark is a tracked deletion, waiting to be joined to the next one (by scope).
  const carry = new Map<string, PCtx>();

  const closeParagraph = (c: PCtx): void => {
    const key = scopeKey(c);
    const pending = carry.get(key);
    if (pending) {
      carry.delete(key);
      c.runs = pending.runs.concat(c.runs);
      c.lines = pending.lines.concat(c.lines);
    }
    if (c.markDeleted && !c.sect) carry.set(key, c);
    else finishParagraph(c);
  };

  /** A deleted mark with no following paragraph in its scope: keep the paragraph as it is. */
  const flushCarry = (key?: string): void => {
    for (const [k, c] of [...carry]) {
      if (key !== undefined && k !== key) continue;
      carry.delete(k);
      finishParagraph(c);
    }
  };

  const finishParagraph = (c: PCtx): void => {
    c.index = pIndex++;
    // No style, or a style id the file does not define: Word uses the default paragraph style.
    const own = c.p.pStyle;
    const styleName = own !== undefined && resolver.styles.byId.has(own) ? own : resolver.styles.defaultParagraph;
    const base = resolver.paraBase(c.tblStyle, styleName);
    const pp: ParaProps = { ...base };
    // Numbering from the direct properties or the style chain.
    const numId = c.p.numId ?? base.numId;
    const ilvl = c.p.ilvl ?? base.ilvl ?? 0;
    let label: string | undefined;
    let labelText = '';
    let labelRun: RawRun | undefined;
    const rBase = resolver.runBase(c.tblStyle, styleName, undefined);
    if (numId && numId !== '0') {
      const n = numbering.next(numId, ilvl);
      if (n) {
        mergeInto(pp, n.pPr);
        label = n.label;
        labelText = n.label + n.suffix;
        // Word formats the label with the paragraph mark's run properties, then the level's rPr.
        if (labelText) labelRun = { text: labelText, props: c.mark ? { ...c.mark, ...definedOnly(n.rPr) } : n.rPr };
      }
    }
    mergeInto(pp, c.p);
    const { spans, lineSpans } = buildSpans(
      labelRun ? [labelRun, ...c.runs] : c.runs,
      (props) => resolver.effective(resolver.runBase(c.tblStyle, styleName, props.rStyle), props),
      splitBySlot,
      (props) => resolver.effective(rBase, undefined, props),
      labelRun,
    );
    const text = spans.map((s) => s.text).join('');
    const para: Paragraph = {
      kind: 'paragraph',
      index: c.index,
      text,
      spans,
      align: alignOf(pp.jc),
      indent: indentOf(pp),
      spacing: spacingOf(pp),
      style: styleName ? (resolver.styles.chain(styleName)?.name ?? styleName) : null,
      container: c.container,
      section: c.section,
    };
    if (label !== undefined) para.label = label;
    if (c.cell) para.cell = c.cell;
    if (c.textbox !== undefined) para.textbox = { id: c.textbox };
    if (pp.bdrTop || pp.bdrBottom) {
      para.border = {};
      if (pp.bdrTop) para.border.top = true;
      if (pp.bdrBottom) para.border.bottom = true;
    }
    const key = scopeKey(c);
    const prev = lastNonEmpty.get(key) ?? null;
    const hasText = hasVisible(text, labelText.length);
    const under = hasText ? c.index : prev;
    const line = (source: RuleLine['source'], afterParagraph: number | null, lengthMm: number | null): RuleLine => {
      const l: RuleLine = { source, afterParagraph, lengthMm, section: c.section };
      res.lines.push(l);
      return l;
    };
    if (pp.bdrTop) res.borderOwners.push([line('paragraph-border', prev, null), c.index]);
    for (const l of lineSpans) line('underlined-blank', under, l.lengthMm);
    if (pp.bdrBottom) res.borderOwners.push([line('paragraph-border', under, null), c.index]);
    for (const l of c.lines) line(l.source, l.above ? prev : under, l.lengthMm);
    if (hasText || label) lastNonEmpty.set(key, c.index);
    // Contextual spacing: Word drops the spacing between two paragraphs of the same style
    // when the paragraph carrying it asks for it; the model keeps the spacing Word applies.
    const before = prevInScope.get(key);
    const contextual = pp.contextual === true;
    if (before && before.style === styleName) {
      if (contextual) para.spacing.beforePt = 0;
      if (before.contextual) before.para.spacing.afterPt = 0;
    }
    prevInScope.set(key, { para, style: styleName, contextual });

    res.paragraphs[c.index] = para;
    if (c.inCell && tbl?.cell) tbl.cell.cell.paragraphs.push(para);
    else if (c.textbox === undefined && !c.cell) res.blocks.push(para);
    if (c.sect) {
      res.sections.push({ props: c.sect, lastParagraph: c.index });
      section++;
    }
  };

  const finishTable = (t: TblCtx): void => {
    const cols = t.grid.length || Math.max(0, ...t.rowCells.map((r) => r.reduce((n, c) => n + c.span, 0)));
    t.table.cols = cols;
    for (const ref of t.refs) ref.cols = cols;
    const chainB = resolver.styles.chain(t.style ?? resolver.styles.defaultTable)?.tblBorders ?? {};
    const tb: Borders = mergeInto({ ...chainB }, t.borders);
    const nRows = t.rowCells.length;
    let any = false;
    t.table.rows = t.rowCells.map((row, r) =>
      row.map((c) => {
        const b = c.borders;
        const col = c.cell.col;
        c.cell.borders = {
          top: b.top ?? (r === 0 ? tb.top : tb.insideH) ?? false,
          bottom: b.bottom ?? (r === nRows - 1 ? tb.bottom : tb.insideH) ?? false,
          left: b.left ?? (col === 0 ? tb.left : tb.insideV) ?? false,
          right: b.right ?? (col + c.span >= cols ? tb.right : tb.insideV) ?? false,
        };
        const cb = c.cell.borders;
        if (cb.top || cb.bottom || cb.left || cb.right) any = true;
        if (c.widthTw !== undefined) c.cell.widthMm = twipsToMm(c.widthTw);
        else if (t.grid.length) {
          let w = 0;
          for (let k = col; k < col + c.span && k < t.grid.length; k++) w += t.grid[k];
          c.cell.widthMm = w ? twipsToMm(w) : null;
        }
        // A lone bottom border under text acts as a rule line (boxed grid cells do not).
        if (cb.bottom && !(cb.left && cb.right)) {
          let last: number | null = null;
          for (const p of c.cell.paragraphs) if (p.text.trim()) last = p.index;
          if (last !== null) {
            res.lines.push({ source: 'cell-border', afterParagraph: last, lengthMm: c.cell.widthMm, section: t.table.section });
          }
        }
        return c.cell;
      }),
    );
    t.table.borderless = !any;
    res.blocks.push(t.table);
  };

  parseXml(
    bytes,
    part,
    {
      open(name, a) {
        const parent = stack.length ? stack[stack.length - 1] : '';
        stack.push(name);
        if (skip) {
          skip++;
          return;
        }
        // Property bags first: their children are plain settings.
        if (mode !== 'none') {
          if (SKIP.has(name)) {
            if (mode === 'markRPr' && (name === 'w:del' || name === 'w:moveFrom')) {
              const p = curP();
              if (p) p.markDeleted = true;
            }
            skip = 1;
            return;
          }
          switch (mode) {
            case 'rPr':
              if (run) applyRunProp(run.r, name, a);
              return;
            case 'pPr': {
              const p = curP();
              if (name === 'w:rPr') {
                // Paragraph mark formatting: not the text's, but Word formats the number label with it.
                if (p) p.mark = {};
                enterMode('markRPr');
                return;
              }
              if (name === 'w:sectPr') {
                sect = newSect();
                enterMode('sectPr');
                return;
              }
              if (p) applyParaProp(p.p, name, parent, a);
              return;
            }
            case 'sectPr':
              if (sect) applySectProp(sect, name, a);
              return;
            case 'markRPr': {
              const m = curP()?.mark;
              if (m) applyRunProp(m, name, a);
              return;
            }
            case 'tblPr':
              if (!tbl || tblDepth !== 1) return;
              if (name === 'w:tblStyle') tbl.style = at(a, 'w:val');
              else if (name === 'w:tblLook') tbl.look = tblLook(a);
              else if (name === 'w:tblBorders') enterMode('tblBorders');
              return;
            case 'tblBorders':
              if (tbl && tblDepth === 1) applyBorder(tbl.borders, name, a);
              return;
            case 'tcPr': {
              const c = tbl?.cell;
              if (!c || tblDepth !== 1) return;
              if (name === 'w:gridSpan') c.span = Math.max(1, Number(at(a, 'w:val') ?? 1));
              else if (name === 'w:tcW' && (at(a, 'w:type') ?? 'dxa') === 'dxa') c.widthTw = twips(at(a, 'w:w'));
              else if (name === 'w:tcBorders') enterMode('tcBorders');
              return;
            }
            case 'tcBorders':
              if (tbl?.cell && tblDepth === 1) applyBorder(tbl.cell.borders, name, a);
              return;
            case 'trPr':
              if (name === 'w:gridBefore' && tbl && tblDepth === 1) tbl.col += Number(at(a, 'w:val') ?? 0);
              return;
          }
          return;
        }
        if (SKIP.has(name)) {
          if (name === 'mc:Fallback' && altChosen.length && !altChosen[altChosen.length - 1]) {
            altChosen[altChosen.length - 1] = true; // no Choice was taken: read the fallback
            return;
          }
          skip = 1;
          return;
        }
        switch (name) {
          case 'w:p': {
            const outer = curP();
            const tb = textboxStack.length ? textboxStack[textboxStack.length - 1] : undefined;
            const c: PCtx = {
              p: {},
              runs: [],
              index: -1, // numbered when it closes (text boxes inside it come first)
              container: tb !== undefined && container === 'body' ? 'textbox' : container,
              section,
              lines: [],
            };
            if (tb !== undefined) c.textbox = tb;
            const cellCtx = tbl && tbl.tbDepth === textboxStack.length ? tbl.cell : null;
            if (cellCtx) {
              c.cell = cellCtx.ref;
              c.inCell = true;
              if (tbl) c.tblStyle = tableKey(tbl, cellCtx, tbl.style ?? resolver.styles.defaultTable);
            } else if (outer?.cell) c.cell = outer.cell; // a text box inside a cell: located by that cell
            pStack.push(c);
            return;
          }
          case 'w:pPr':
            if (parent === 'w:p') enterMode('pPr');
            return;
          case 'w:r':
            run = { r: {}, pieces: [] };
            runStack.push(run);
            return;
          case 'w:rPr':
            if (run && parent === 'w:r') enterMode('rPr');
            return;
          case 'w:t':
            if (run) capture = 't';
            return;
          case 'w:instrText':
            capture = 'instr';
            return;
          case 'w:tab':
          case 'w:ptab':
            if (parent === 'w:r') pushPiece('\t', activeField());
            return;
          case 'w:br':
          case 'w:cr':
            if (parent === 'w:r') pushPiece('\n', activeField());
            return;
          case 'w:noBreakHyphen':
            pushPiece('-', activeField());
            return;
          case 'w:fldSimple': {
            const instr = at(a, 'w:instr') ?? '';
            const f: FieldCtx = { name: fieldName(instr), instr, phase: 'result', shown: false };
            fields.push(f);
            if (f.name) fieldSet.add(f.name);
            return;
          }
          case 'w:fldChar': {
            const type = at(a, 'w:fldCharType');
            if (type === 'begin') fields.push({ name: '', instr: '', phase: 'instr', shown: false });
            else if (type === 'separate') {
              const f = fields[fields.length - 1];
              if (f) {
                f.phase = 'result';
                f.name = fieldName(f.instr);
                if (f.name) fieldSet.add(f.name);
              }
            } else if (type === 'end') {
              const f = fields.pop();
              if (f) endField(f);
            }
            return;
          }
          case 'mc:AlternateContent':
            altChosen.push(false);
            return;
          case 'mc:Choice':
            if (altChosen.length && altChosen[altChosen.length - 1]) skip = 1;
            else if (altChosen.length) altChosen[altChosen.length - 1] = true;
            return;
          case 'w:tbl':
            tblDepth++;
            if (tblDepth === 1) {
              const table: Table = {
                kind: 'table',
                table: env.tableCounter.next++,
                section,
                cols: 0,
                rows: [],
                borderless: true,
                container: textboxStack.length && container === 'body' ? 'textbox' : container,
              };
              tbl = { table, tbDepth: textboxStack.length, borders: {}, grid: [], row: null, rowCells: [], curRow: [], col: 0, cell: null, refs: [] };
            } else res.notes.push('nested table: its paragraphs are listed in the enclosing cell');
            return;
          case 'w:tblPr':
            if (tblDepth === 1 && parent === 'w:tbl') enterMode('tblPr');
            return;
          case 'w:gridCol':
            if (tbl && tblDepth === 1) tbl.grid.push(twips(at(a, 'w:w')) ?? 0);
            return;
          case 'w:tr':
            if (tbl && tblDepth === 1) {
              tbl.curRow = [];
              tbl.col = 0;
            }
            return;
          case 'w:trPr':
            if (tblDepth === 1) enterMode('trPr');
            return;
          case 'w:tc':
            if (tbl && tblDepth === 1) {
              const row = tbl.rowCells.length;
              const ref: CellRef = { table: tbl.table.table, row, col: tbl.col, cols: 0 };
              tbl.refs.push(ref);
              tbl.cell = {
                cell: { row, col: tbl.col, colSpan: 1, paragraphs: [], borders: { top: false, bottom: false, left: false, right: false }, widthMm: null },
                ref,
                borders: {},
                span: 1,
              };
            }
            return;
          case 'w:tcPr':
            if (tblDepth === 1) enterMode('tcPr');
            return;
          case 'w:altChunk':
            res.notes.push('altChunk (embedded foreign content) not read');
            return;
          case 'w:sectPr':
            if (parent === 'w:body') {
              sect = newSect();
              enterMode('sectPr');
            }
            return;
          case 'wp:inline':
            drawingExt = {};
            return;
          case 'wp:anchor':
            drawingExt = { anchor: {} };
            return;
          case 'wp:positionH':
            if (drawingExt?.anchor) drawingExt.anchor.relH = at(a, 'relativeFrom');
            return;
          case 'wp:positionV':
            if (drawingExt) {
              drawingExt.relV = at(a, 'relativeFrom');
              if (drawingExt.anchor) drawingExt.anchor.relV = drawingExt.relV;
            }
            return;
          case 'wp:posOffset':
            if (drawingExt && parent === 'wp:positionV') capture = 'posV';
            else if (drawingExt && parent === 'wp:positionH') capture = 'posH';
            return;
          case 'wp:align':
            if (drawingExt && parent === 'wp:positionV') capture = 'alignV';
            else if (drawingExt && parent === 'wp:positionH') capture = 'alignH';
            return;
          case 'wp:extent':
            if (drawingExt) {
              drawingExt.cx = Number(at(a, 'cx') ?? 0);
              drawingExt.cy = Number(at(a, 'cy') ?? 0);
              if (drawingExt.anchor) {
                drawingExt.anchor.widthMm = emuToMm(drawingExt.cx);
                drawingExt.anchor.heightMm = emuToMm(drawingExt.cy);
              }
            }
            return;
          case 'wps:wsp':
            shapes.push({ text: false });
            return;
          case 'a:prstGeom':
            if (shapes.length) shapes[shapes.length - 1].prst = at(a, 'prst');
            return;
          case 'a:xfrm':
            if (shapes.length && parent === 'wps:spPr') shapes[shapes.length - 1].rot = Number(at(a, 'rot') ?? 0);
            return;
          case 'a:ext':
            if (shapes.length && parent === 'a:xfrm' && stack[stack.length - 3] === 'wps:spPr') {
              const s = shapes[shapes.length - 1];
              s.cx = Number(at(a, 'cx') ?? 0);
              s.cy = Number(at(a, 'cy') ?? 0);
            }
            return;
          case 'wps:txbx':
          case 'v:textbox':
            if (shapes.length) shapes[shapes.length - 1].text = true;
            {
              const anchor = name === 'wps:txbx' ? drawingExt?.anchor : vmlShape;
              if (anchor) res.anchors.set(env.textboxCounter.next, anchor);
            }
            textboxStack.push(env.textboxCounter.next++);
            return;
          case 'v:line': {
            const len = vmlLength(a);
            if (len !== null) addLine('shape', len, vmlAbove(a));
            return;
          }
          case 'v:shape':
          case 'v:rect':
          case 'v:roundrect': {
            const type = a.type ?? '';
            const style = a.style ?? '';
            vmlShape = vmlAnchor(style);
            const connector = type.endsWith('_x0000_t32') || a['o:connectortype'] !== undefined;
            const dims = lengthOfStyle(style);
            if (!dims) return;
            const flat = dims.heightMm <= 0.8;
            if ((connector || (name === 'v:rect' && flat) || (name === 'v:shape' && flat && (a.filled === 't' || a.stroked !== 'f'))) && dims.widthMm >= 3 && flat) {
              addLine('shape', dims.widthMm);
            }
            return;
          }
        }
      },
      close(name) {
        stack.pop();
        if (skip) {
          skip--;
          return;
        }
        if (mode !== 'none') {
          if (stack.length >= modeDepth) return;
          // Leaving the element that opened the mode.
          if (mode === 'sectPr') {
            const s = sect;
            sect = null;
            const p = curP();
            if (s && p && stack.length && stack[stack.length - 1] === 'w:pPr') {
              p.sect = s;
              // Back inside pPr.
              mode = 'pPr';
              modeDepth = stack.length;
              return;
            }
            if (s) res.sections.push({ props: s, lastParagraph: pIndex - 1 });
          } else if (mode === 'markRPr') {
            mode = 'pPr';
            modeDepth = stack.length;
            return;
          } else if (mode === 'tblBorders') {
            mode = 'tblPr';
            modeDepth = stack.length;
            return;
          } else if (mode === 'tcBorders') {
            mode = 'tcPr';
            modeDepth = stack.length;
            return;
          }
          mode = 'none';
          return;
        }
        switch (name) {
          case 'w:t':
          case 'w:instrText':
          case 'wp:posOffset':
          case 'wp:align':
            capture = 'none';
            return;
          case 'w:r': {
            const done = runStack.pop();
            if (done) {
              const p = curP();
              if (p) for (const piece of done.pieces) p.runs.push(piece);
            }
            run = runStack.length ? runStack[runStack.length - 1] : null;
            return;
          }
          case 'w:p': {
            const c = pStack.pop();
            if (c) closeParagraph(c);
            return;
          }
          case 'w:fldSimple': {
            const f = fields.pop();
            if (f) endField(f);
            return;
          }
          case 'mc:AlternateContent':
            altChosen.pop();
            return;
          case 'w:tc':
            if (tbl && tblDepth === 1 && tbl.cell) {
              const c = tbl.cell;
              flushCarry(`c${c.ref.table}.${c.ref.row}.${c.ref.col}`);
              c.cell.colSpan = c.span;
              tbl.curRow.push(c);
              tbl.col += c.span;
              tbl.cell = null;
            }
            return;
          case 'w:tr':
            if (tbl && tblDepth === 1) tbl.rowCells.push(tbl.curRow);
            return;
          case 'w:tbl':
            if (tblDepth === 1 && tbl) {
              finishTable(tbl);
              tbl = null;
            }
            tblDepth--;
            return;
          case 'wps:wsp': {
            const s = shapes.pop();
            if (s) closeShape(s);
            return;
          }
          case 'wp:inline':
          case 'wp:anchor':
            drawingExt = null;
            return;
          case 'wps:txbx':
          case 'v:textbox':
            textboxStack.pop();
            return;
        }
      },
      text(t) {
        if (capture === 'none' || skip) return;
        if (capture === 'posV' || capture === 'posH') {
          const v = Number(t.trim()) || 0;
          if (drawingExt && capture === 'posV') drawingExt.posV = v;
          if (drawingExt?.anchor) drawingExt.anchor[capture === 'posV' ? 'offV' : 'offH'] = emuToMm(v);
          return;
        }
        if (capture === 'alignH' || capture === 'alignV') {
          if (drawingExt?.anchor) drawingExt.anchor[capture] = t.trim();
          return;
        }
        if (capture === 'instr') {
          const f = fields[fields.length - 1];
          if (f && f.phase === 'instr') f.instr += t;
          return;
        }
        pushPiece(t, activeField());
      },
    },
    ctx,
  );

  function activeField(): string | undefined {
    for (let k = fields.length - 1; k >= 0; k--) {
      const f = fields[k];
      if (f.phase === 'instr') return undefined; // inside an instruction: nothing shown
      if (f.name) {
        f.shown = true;
        return f.name;
      }
    }
    return undefined;
  }

  function endField(f: FieldCtx): void {
    if (f.phase === 'instr') {
      f.name = fieldName(f.instr);
      if (f.name) fieldSet.add(f.name);
    }
    // A field without a stored result still shows a value in Word (PAGE → page number):
    // keep a span that carries the field and the run formatting. For PAGE its text is the
    // section's first page number in the number format Word will use (Arabic, roman…), so
    // the format can be checked; NUMPAGES stays empty.
    if (!f.shown && f.name && (f.name === 'PAGE' || f.name === 'NUMPAGES' || f.name === 'SECTIONPAGES')) {
      const p = curP();
      const text = f.name === 'PAGE' ? pageNumberText(env.pageNumber?.start ?? 1, switchFormat(f.instr) ?? env.pageNumber?.fmt) : '';
      if (p) p.runs.push({ text, props: run?.r ?? {}, field: f.name });
    }
  }

  flushCarry();
  res.fields = [...fieldSet];
  if (!res.paragraphs.length) res.paragraphs = [];
  return res;
}

/** w:tblLook flags, from attributes or the legacy hex bit mask (w:val="04A0"). */
function tblLook(a: Attrs): NonNullable<TblCtx['look']> {
  const hex = at(a, 'w:val');
  const bits = hex !== undefined ? parseInt(hex, 16) || 0 : 0;
  const flag = (attr: string, bit: number): boolean => {
    const v = at(a, attr);
    return v !== undefined ? onOff(v) : (bits & bit) !== 0;
  };
  return {
    firstRow: flag('w:firstRow', 0x20),
    lastColumn: flag('w:lastColumn', 0x100),
    firstColumn: flag('w:firstColumn', 0x80),
    noHBand: flag('w:noHBand', 0x200),
    noVBand: flag('w:noVBand', 0x400),
  };
}

/** Table style key for a cell's paragraphs: the style plus the conditional formats that apply
 *  (Word's order, lowest precedence first). The last row is not known while reading, so
 *  lastRow formatting is not applied. */
function tableKey(t: TblCtx, cell: CellCtx, style: string | undefined): string | undefined {
  if (style === undefined) return undefined;
  const look = t.look;
  if (!look) return style;
  const parts: string[] = [];
  const r = cell.ref.row;
  const col = cell.cell.col;
  const cols = t.grid.length;
  if (!look.noVBand) {
    const v = col - (look.firstColumn ? 1 : 0);
    if (v >= 0) parts.push(v % 2 === 0 ? 'band1Vert' : 'band2Vert');
  }
  if (!look.noHBand) {
    const h = r - (look.firstRow ? 1 : 0);
    if (h >= 0) parts.push(h % 2 === 0 ? 'band1Horz' : 'band2Horz');
  }
  if (look.firstColumn && col === 0) parts.push('firstCol');
  if (look.lastColumn && cols && col + cell.span >= cols) parts.push('lastCol');
  if (look.firstRow && r === 0) parts.push('firstRow');
  return parts.length ? `${style}#${parts.join('+')}` : style;
}

function definedOnly(r: RunProps): RunProps {
  const out: RunProps = {};
  for (const k in r) {
    const v = r[k as keyof RunProps];
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** True when text (from `from`) has a character other than whitespace/underscore. */
function hasVisible(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && c !== 95 && c !== 0xa0 && c !== 0x3000 && c !== 0x2002 && c !== 0x2003 && c !== 0x2500 && c !== 0x2501 && c !== 0x2014) return true;
  }
  return false;
}

const SWITCH_FORMATS: Record<string, string> = {
  roman: 'lowerRoman',
  ROMAN: 'upperRoman',
  alphabetic: 'lowerLetter',
  ALPHABETIC: 'upperLetter',
  Arabic: 'decimal',
  arabic: 'decimal',
};

/** Number format from a field's format switch, e.g. PAGE \\* ROMAN. */
function switchFormat(instr: string): string | undefined {
  const m = /\\\*\s*([A-Za-z]+)/.exec(instr);
  return m ? SWITCH_FORMATS[m[1]] : undefined;
}

function pageNumberText(n: number, fmt: string | undefined): string {
  if (fmt === 'numberInDash') return `- ${n} -`;
  return formatNumber(n, fmt ?? 'decimal');
}

function fieldName(instr: string): string {
  const m = /^\s*([A-Za-z]+)/.exec(instr);
  return m ? m[1].toUpperCase() : '';
}

export { onOff };
