// The .docx reader: zip → rels → styles/theme/numbering → one pass over the body → headers and
// footers per section → DocumentModel. Refusals come back as InputProblem (input.* rule ids).
//
// What the model means for a .docx (for detection and rule kinds):
// - Values are what Word shows: formatting resolved through docDefaults, table style (with the
//   conditional formats w:tblLook enables, except lastRow), paragraph and character styles
//   (toggles XOR-ed), numbering level and direct formatting; Word's own defaults (Times New
//   Roman, 10 pt, left, single spacing) when the file sets nothing. Numbering labels take the
//   paragraph mark's run properties plus the level's.
// - Span.font is the font of the slot the characters use (ASCII → w:ascii, Vietnamese letters →
//   w:hAnsi, CJK/complex → w:eastAsia/w:cs); a run whose slots differ is split into spans.
// - paragraph.text includes the numbering label and its separator (tab/space); `label` holds it.
//   Deleted (w:del) and hidden (w:vanish) text is gone; insertions are kept; text boxes are read
//   once (mc:AlternateContent: first Choice only).
// - `style` is the paragraph style's display name (w:name, e.g. "Normal", "heading 1").
// - Spacing is what Word applies: contextual spacing between same-style paragraphs is zeroed.
// - Indices: body paragraphs, table-cell paragraphs and text-box paragraphs share one index
//   (model.paragraphs[i].index === i); a text box's paragraphs come just before the paragraph
//   that anchors it; header/footer paragraphs are numbered per part. A paragraph whose mark is a
//   tracked deletion is joined to the next one (with the next one's paragraph properties).
// - blocks: top-level body paragraphs and tables only (cell paragraphs live in the table,
//   text-box paragraphs only in model.paragraphs). Nested tables are flattened into the outer cell.
// - PAGE fields: spans carry field 'PAGE'; without a stored result the text is the section's first
//   page number in its format (pgNumType / \* switches). HeaderFooter.fields lists the fields.
// - lines: shapes (DrawingML/VML, horizontal), paragraph borders (length = column width minus
//   indents), lone bottom cell borders under text, underlined blanks and rows of _ ─ —.
//   afterParagraph is the paragraph the line is drawn under (an empty anchor paragraph, or a
//   negative vertical offset, points to the previous paragraph with text in the same cell/box).
// - textbox.box: from the anchor position; y of a paragraph-relative anchor is measured from
//   the top margin (a .docx stores no page layout). pageCount: docProps/app.xml or null.
import type { Block, DocumentModel, Paragraph, ReadResult, RuleLine, Section, Table } from '../../model.ts';
import { limitsOf, type ReadOptions } from '../options.ts';
import { ReadFailure, type ReadCtx } from './errors.ts';
import { unzipParts } from './zip.ts';
import { getPart, readRels, relOfType } from './rels.ts';
import { readStyles } from './styles.ts';
import { readTheme } from './theme.ts';
import { readNumbering } from './numbering.ts';
import { Resolver } from './resolve.ts';
import { walkStory, type StoryEnv } from './body.ts';
import { headersFooters } from './headers.ts';
import { twipsToMm } from './units.ts';
import { at, decodeXml, parseXml } from './xml.ts';
import { onOff } from './units.ts';
import { anchorBox } from './anchor.ts';

export async function readDocx(bytes: Uint8Array, opts?: ReadOptions): Promise<ReadResult> {
  return readDocxSync(bytes, opts);
}

export function readDocxSync(bytes: Uint8Array, opts?: ReadOptions): ReadResult {
  try {
    return { ok: true, model: buildModel(bytes, opts), problems: [] };
  } catch (e) {
    if (e instanceof ReadFailure) return { ok: false, format: 'docx', problem: e.problem };
    return {
      ok: false,
      format: 'docx',
      problem: {
        ruleId: 'input.corrupt',
        message: 'Tệp .docx có nội dung không đọc được. Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.',
        recognised: 'docx',
        detail: e instanceof Error ? e.message : String(e),
      },
    };
  }
}

function buildModel(bytes: Uint8Array, opts?: ReadOptions): DocumentModel {
  const limits = limitsOf(opts);
  const ctx: ReadCtx = { maxXmlDepth: limits.maxXmlDepth, deadline: Date.now() + limits.timeMs };
  const parts = unzipParts(bytes, limits);
  const notes: string[] = [];

  const pkgRels = readRels(parts, '', ctx);
  const mainName = relOfType(pkgRels, 'officeDocument')?.target || 'word/document.xml';
  const main = getPart(parts, mainName);
  if (!main) {
    throw new ReadFailure({
      ruleId: 'input.corrupt',
      message: 'Tệp .docx bị hỏng: không có phần nội dung văn bản (word/document.xml). Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.',
      recognised: 'docx',
      detail: `missing main part ${mainName}`,
    });
  }
  const rels = readRels(parts, mainName, ctx);
  const partOf = (type: string): [Uint8Array | undefined, string] => {
    const r = relOfType(rels, type);
    return r?.target ? [getPart(parts, r.target), r.target] : [undefined, type];
  };
  const styles = readStyles(...partOf('styles'), ctx);
  const theme = readTheme(...partOf('theme'), ctx);
  const numbering = readNumbering(...partOf('numbering'), ctx);
  const env: StoryEnv = {
    resolver: new Resolver(styles, theme),
    numbering,
    tableCounter: { next: 0 },
    textboxCounter: { next: 0 },
  };

  const body = walkStory(main, mainName, 'body', env, ctx);
  notes.push(...new Set(body.notes));
  const breaks = body.sections.length ? body.sections : [{ props: { titlePg: false, headers: {}, footers: {} }, lastParagraph: body.paragraphs.length - 1 }];
  const hf = headersFooters(breaks.map((b) => b.props), rels, parts, env, ctx, notes, evenAndOdd(...partOf('settings'), ctx));
  const mm = (v: number | undefined): number | null => (v === undefined ? null : Math.abs(twipsToMm(v)));
  let first = 0;
  const sections: Section[] = breaks.map((b, index) => {
    const s = b.props;
    const w = mm(s.w);
    const h = mm(s.h);
    const orientation = s.orient === 'landscape' || (w !== null && h !== null && w > h) ? 'landscape' : w !== null || s.orient ? 'portrait' : null;
    const sec: Section = {
      index,
      widthMm: w,
      heightMm: h,
      orientation,
      margins: { top: mm(s.top), bottom: mm(s.bottom), left: mm(s.left), right: mm(s.right) },
      titlePage: s.titlePg,
      headers: hf[index].headers,
      footers: hf[index].footers,
      firstParagraph: first,
      lastParagraph: index === breaks.length - 1 ? body.paragraphs.length - 1 : b.lastParagraph,
    };
    first = sec.lastParagraph + 1;
    return sec;
  });

  measureBorders(body.borderOwners, body.paragraphs, body.blocks, sections);
  for (const p of body.paragraphs) {
    const a = p?.textbox ? body.anchors.get(p.textbox.id) : undefined;
    const box = a ? anchorBox(a, sections[p.section]) : undefined;
    if (box && p.textbox) p.textbox.box = box;
  }

  return {
    format: 'docx',
    sections,
    blocks: body.blocks,
    paragraphs: body.paragraphs.filter(Boolean),
    lines: body.lines,
    pages: [],
    pageCount: pagesFromApp(getPart(parts, 'docProps/app.xml'), notes),
    notes,
  };
}

/** Default left+right cell margins of a Word table (108 twips each side). */
const CELL_MARGINS_MM = 3.81;

/** A paragraph border spans the text column (cell or page) minus the paragraph's indents. */
function measureBorders(owners: [RuleLine, number][], paragraphs: Paragraph[], blocks: Block[], sections: Section[]): void {
  for (const [line, idx] of owners) {
    const p = paragraphs[idx];
    if (!p || p.textbox) continue;
    let avail: number | null = null;
    if (p.cell) {
      const t = blocks.find((b): b is Table => b.kind === 'table' && b.table === p.cell?.table);
      const cell = t?.rows[p.cell.row]?.find((c) => c.col === p.cell?.col);
      if (cell?.widthMm) avail = cell.widthMm - CELL_MARGINS_MM;
    } else {
      const s = sections[p.section];
      if (s?.widthMm && s.margins.left !== null && s.margins.right !== null) avail = s.widthMm - s.margins.left - s.margins.right;
    }
    if (avail === null) continue;
    const len = avail - (p.indent.left ?? 0) - (p.indent.right ?? 0);
    if (len > 0) line.lengthMm = Math.round(len * 10) / 10;
  }
}

/** w:evenAndOddHeaders in settings.xml: without it Word never shows the "even" headers. */
function evenAndOdd(bytes: Uint8Array | undefined, part: string, ctx: ReadCtx): boolean {
  if (!bytes) return false;
  let on = false;
  parseXml(
    bytes,
    part,
    {
      open(name, a) {
        if (name === 'w:evenAndOddHeaders') on = onOff(at(a, 'w:val'));
      },
      close() {},
    },
    ctx,
  );
  return on;
}

/** Word stores the page count it last laid out in docProps/app.xml; the best a reader can do without layout. */
function pagesFromApp(bytes: Uint8Array | undefined, notes: string[]): number | null {
  if (!bytes) return null;
  const m = /<(?:\w+:)?Pages>\s*(\d+)\s*</.exec(decodeXml(bytes));
  if (!m) return null;
  notes.push('pageCount from docProps/app.xml (as last saved by the editor)');
  return Number(m[1]);
}
