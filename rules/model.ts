// The document model: one shape for .docx and .pdf, produced by the readers in rules/read/
// and consumed by detection and rule kinds. Plain data (JSON-serialisable), no DOM, no Node.
//
// Units: lengths in millimetres (mm), font sizes and paragraph spacing in points (pt).
// A value the format does not give is `null` ("cannot observe"), never a guess: rules turn
// a null they need into `needs_review`.

export type DocFormat = 'docx' | 'pdf';

/** Rectangle in mm, origin at the top-left corner of the page. */
export interface BoxMm {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text with its effective (fully resolved) character formatting. */
export interface Span {
  text: string;
  /** Effective font family for the slot these characters use ("Times New Roman"); pdf: PostScript name without subset prefix. */
  font: string | null;
  sizePt: number | null;
  bold: boolean | null;
  italic: boolean | null;
  /** Underline of the characters themselves (not a rule line). */
  underline: boolean | null;
  /** All caps applied by formatting (w:caps); the text itself keeps its stored case. */
  caps: boolean | null;
  smallCaps?: boolean | null;
  /** 'auto', or upper-case hex 'RRGGBB'. */
  color: string | null;
  /** pdf: glyph box of the span on its page. */
  box?: BoxMm;
  /** Field result text (PAGE, NUMPAGES…): the span shows a field's value. */
  field?: string;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type LineSpacing =
  | { rule: 'auto'; lines: number } // multiple of single line (1, 1.15, 1.5, 2…)
  | { rule: 'exact'; pt: number }
  | { rule: 'atLeast'; pt: number };

/** Where a paragraph lives. Body paragraphs inside tables carry `cell`. */
export type Container = 'body' | 'textbox' | 'header' | 'footer' | 'footnote';

export interface CellRef {
  /** Index of the table among the document's tables (body order). */
  table: number;
  row: number;
  col: number;
  /** Number of grid columns of the table (helps to tell left/right columns). */
  cols: number;
}

export interface Paragraph {
  kind: 'paragraph';
  /** Index in body reading order, tables' paragraphs included (report location.paragraph). */
  index: number;
  /** Displayed text (numbering label included, deletions and hidden text dropped). */
  text: string;
  /** Numbering label as Word shows it ("1.", "a)"), already prefixed to `text`. */
  label?: string;
  spans: Span[];
  align: Align | null;
  /** Indents in mm; firstLine negative for a hanging indent. */
  indent: { left: number | null; right: number | null; firstLine: number | null };
  spacing: { beforePt: number | null; afterPt: number | null; line: LineSpacing | null };
  style: string | null;
  container: Container;
  section: number;
  cell?: CellRef;
  /** Text box / frame this paragraph sits in (docx), with its anchor box when known. */
  textbox?: { id: number; box?: BoxMm };
  /** Paragraph borders that act as rule lines. */
  border?: { top?: boolean; bottom?: boolean };
  /** pdf (and docx when positioned): page number (1-based) and box in mm. */
  page?: number;
  box?: BoxMm;
}

export interface TableCell {
  row: number;
  col: number;
  colSpan: number;
  paragraphs: Paragraph[];
  /** Visible borders of the cell (resolved from the table and cell properties). */
  borders: { top: boolean; bottom: boolean; left: boolean; right: boolean };
  widthMm: number | null;
}

export interface Table {
  kind: 'table';
  /** Index among the document's tables. */
  table: number;
  section: number;
  cols: number;
  rows: TableCell[][];
  /** True when no cell has a visible border (layout table holding header/signature). */
  borderless: boolean;
  container: Container;
}

export type Block = Paragraph | Table;

/** A horizontal rule line drawn by any means (shape, border, cell border, underlined blanks, PDF path). */
export interface RuleLine {
  source: 'shape' | 'paragraph-border' | 'cell-border' | 'underlined-blank' | 'pdf-path';
  /** The paragraph the line sits under (its index), when the reader can tell. */
  afterParagraph: number | null;
  /** Length in mm when known. */
  lengthMm: number | null;
  page?: number;
  box?: BoxMm;
  section?: number;
}

export interface HeaderFooter {
  type: 'default' | 'first' | 'even';
  paragraphs: Paragraph[];
  /** Field codes present (upper-case instruction names: 'PAGE', 'NUMPAGES'…). */
  fields: string[];
}

export interface Section {
  index: number;
  widthMm: number | null;
  heightMm: number | null;
  orientation: 'portrait' | 'landscape' | null;
  margins: { top: number | null; bottom: number | null; left: number | null; right: number | null };
  /** Different first page header/footer (w:titlePg). */
  titlePage: boolean;
  headers: HeaderFooter[];
  footers: HeaderFooter[];
  /** Index range of body paragraphs in this section [first, last]. */
  firstParagraph: number;
  lastParagraph: number;
}

/** pdf: one page as the viewer shows it. */
export interface Page {
  number: number;
  widthMm: number;
  heightMm: number;
  /** No text layer (scanned). */
  imageOnly: boolean;
  /** Text printed in the top margin / bottom margin area (page numbers). */
  headerText: string[];
  footerText: string[];
  /** Margins measured from the text extent on the page (mm). */
  textExtent: BoxMm | null;
}

export interface DocumentModel {
  format: DocFormat;
  sections: Section[];
  /** Body blocks in reading order (docx: document order; pdf: paragraphs only). */
  blocks: Block[];
  /** Every paragraph in reading order, table cells and text boxes included (convenience index). */
  paragraphs: Paragraph[];
  lines: RuleLine[];
  /** pdf: exact pages; docx: empty. */
  pages: Page[];
  pageCount: number | null;
  /** pdf: signature fields present. */
  signatureFields?: number;
  /** Things the reader noticed that are not errors (unknown parts, ignored elements). */
  notes: string[];
}

/** Why a file could not be read (becomes an `input.*` finding). */
export interface InputProblem {
  ruleId: 'input.unsupported-format' | 'input.encrypted' | 'input.corrupt' | 'input.scanned' | 'input.too-large';
  /** Vietnamese sentence: what is wrong and what to do. */
  message: string;
  /** What the bytes were recognised as ("doc", "rtf", "html", "odt", "zip", "cfb"…). */
  recognised?: string;
  /** Which part is broken, which limit was passed. */
  detail?: string;
  page?: number;
}

export type ReadResult =
  | { ok: true; model: DocumentModel; problems: InputProblem[] }
  | { ok: false; format: DocFormat | 'unknown'; problem: InputProblem };
