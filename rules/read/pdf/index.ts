// The .pdf reader: pdf.js text content + operator list per page → DocumentModel (pages, paragraphs with
// spans and geometry, rule lines, header/footer text, signature fields). pdf.js is loaded through
// ReadOptions.pdfjs (the extension passes its worker build); the Node default is ./pdfjs-node.ts.
import type { DocumentModel, HeaderFooter, InputProblem, Page, Paragraph, ReadResult, RuleLine, Section } from '../../model.ts';
import { limitsOf, type PdfjsModule, type ReadOptions } from '../options.ts';
import { splitBands } from './bands.ts';
import { extractPage, type FontInfo } from './extract.ts';
import { boxMm, mm, type BoxPt, type RawPage, type Segment } from './geometry.ts';
import { segmentsOf } from './lines.ts';
import { msg } from './messages.ts';
import { aboveOf, boxOf, columnOf, draftsOf, paragraphOf, type Draft } from './paragraphs.ts';
import { cleanBars, ruleLinesOf, takeUnderlines } from './rulelines.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

class Timeout extends Error {}

// The Node default, imported once (a dynamic import per call costs milliseconds under loader hooks).
// The specifier is a variable on purpose: bundlers (the extension's Vite build) must not pull the
// legacy build and its worker into the bundle; the extension passes ReadOptions.pdfjs instead.
const NODE_ADAPTER = './pdfjs-node.ts';
let nodeLoader: Promise<PdfjsModule> | null = null;
const nodeDefault = (): Promise<PdfjsModule> =>
  (nodeLoader ??= import(/* @vite-ignore */ NODE_ADAPTER)
    .then((m: { loadPdfjsNode: () => Promise<PdfjsModule> }) => m.loadPdfjsNode())
    .catch((e: unknown) => {
      nodeLoader = null;
      throw new Error(`pdf.js could not be loaded here; pass ReadOptions.pdfjs for this runtime (${String(e)})`);
    }));

const fail = (problem: InputProblem): ReadResult => ({ ok: false, format: 'pdf', problem });

export async function readPdf(bytes: Uint8Array, opts?: ReadOptions): Promise<ReadResult> {
  const limits = limitsOf(opts);
  if (bytes.byteLength > limits.maxBytes) {
    return fail({ ruleId: 'input.too-large', message: msg.tooBig(bytes.byteLength, limits.maxBytes), detail: 'bytes' });
  }
  const pdfjs: PdfjsModule = await (opts?.pdfjs ?? nodeDefault)();
  // The budget starts once pdf.js is loaded (a one-time cost per process, not this file's).
  const deadline = Date.now() + limits.timeMs;
  // pdf.js detaches the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    fontExtraProperties: true,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), Math.max(0, deadline - Date.now()));
  });
  timeout.catch(() => {});
  const within = <T>(p: Promise<T>): Promise<T> => Promise.race([p, timeout]);
  try {
    let doc: Any;
    try {
      doc = await within(task.promise);
    } catch (e) {
      if (e instanceof Timeout) throw e;
      const name = (e as Any)?.name;
      if (name === 'PasswordException') return fail({ ruleId: 'input.encrypted', message: msg.encrypted, recognised: 'pdf' });
      return fail({ ruleId: 'input.corrupt', message: msg.corrupt, recognised: 'pdf', detail: describe(e) });
    }
    return await within(build(doc, pdfjs, limits.maxPages, deadline));
  } catch (e) {
    if (e instanceof Timeout) {
      return fail({ ruleId: 'input.too-large', message: msg.timeout(limits.timeMs), detail: `time > ${limits.timeMs} ms` });
    }
    return fail({ ruleId: 'input.corrupt', message: msg.corrupt, recognised: 'pdf', detail: describe(e) });
  } finally {
    clearTimeout(timer);
    try {
      await task.destroy();
    } catch {
      /* already gone */
    }
  }
}

function describe(e: unknown): string {
  const m = (e as Any)?.message;
  return typeof m === 'string' && m ? m.slice(0, 200) : String(e).slice(0, 200);
}

async function build(doc: Any, pdfjs: PdfjsModule, maxPages: number, deadline: number): Promise<ReadResult> {
  const problems: InputProblem[] = [];
  const notes: string[] = [];
  const total: number = doc.numPages;
  const count = Math.min(total, maxPages);
  if (total > maxPages) {
    problems.push({ ruleId: 'input.too-large', message: msg.tooManyPages(total, maxPages), detail: `pages ${total} > ${maxPages}` });
    notes.push(`pdf: read the first ${maxPages} of ${total} pages`);
  }
  const OPS: Record<string, number> = pdfjs.OPS;
  const fonts = new Map<string, FontInfo>();
  const raws: RawPage[] = [];
  for (let n = 1; n <= count; n++) {
    if (Date.now() > deadline) throw new Timeout();
    let page: Any;
    try {
      page = await doc.getPage(n);
    } catch (e) {
      notes.push(`pdf: page ${n} unreadable (${describe(e)})`);
      continue;
    }
    // Operator list first: it resolves the page's fonts into commonObjs, where their names live.
    const opList = await page
      .getOperatorList({ annotationMode: pdfjs.AnnotationMode?.DISABLE })
      .catch(() => ({ fnArray: [], argsArray: [] }));
    const tc = await page.getTextContent().catch(() => ({ items: [], styles: {} }));
    raws.push(extractPage(n, page, tc, opList, OPS, fonts));
    page.cleanup?.();
  }
  if (!raws.length && count > 0) {
    return fail({ ruleId: 'input.corrupt', message: msg.corrupt, recognised: 'pdf', detail: 'no readable page' });
  }
  const signatureFields = await countSignatures(doc);
  const model = layout(raws, notes);
  model.pageCount = total;
  model.signatureFields = signatureFields;
  const scanned = model.pages.filter((p) => p.imageOnly).map((p) => p.number);
  if (scanned.length) {
    problems.push({ ruleId: 'input.scanned', message: msg.scanned(scanned), page: scanned[0], detail: `pages ${scanned.join(',')}` });
  }
  return { ok: true, model, problems };
}

/** Signature fields: signed ones (getSignatures, pdf.js ≥ 6) and empty /Sig form fields; the larger count. */
async function countSignatures(doc: Any): Promise<number> {
  let signed = 0;
  let fields = 0;
  try {
    if (typeof doc.getSignatures === 'function') signed = ((await doc.getSignatures()) ?? []).length;
  } catch {
    /* no signatures readable */
  }
  try {
    const all = await doc.getFieldObjects();
    for (const list of Object.values(all ?? {}) as Any[][]) for (const f of list) if (f?.type === 'signature') fields++;
  } catch {
    /* no form */
  }
  return Math.max(signed, fields);
}

const union = (bs: BoxPt[]): BoxPt | null =>
  bs.length
    ? bs.reduce((a, b) => ({ x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) }))
    : null;
const segBox = (s: Segment): BoxPt => ({ x0: s.x0, y0: s.top, x1: s.x1, y1: s.bottom });

/** Pure layout over the extracted pages (no pdf.js from here on). */
export function layout(raws: RawPage[], notes: string[] = []): DocumentModel {
  const under = raws.map((r) => takeUnderlines(cleanBars(r.bars, r.widthPt), r.items));
  const bars = under.map((u) => u.bars);
  const segs = raws.map((r, i) => segmentsOf(r.number, under[i].items));
  const bands = splitBands(raws.map((r, i) => ({ heightPt: r.heightPt, segs: segs[i] })));
  const paragraphs: Paragraph[] = [];
  const lines: RuleLine[] = [];
  const pages: Page[] = [];
  const sections: Section[] = [];
  const hf = (b: Segment[], i: number, container: 'header' | 'footer'): HeaderFooter[] => {
    if (!b.length) return [];
    const r = raws[i];
    const col = columnOf(b) ?? { L: 0, R: r.widthPt };
    const ds = draftsOf(b, col);
    const ps = ds.map((d, k) => ({ ...paragraphOf(d, k, i, col, null), container }));
    const text = ps.map((p) => p.text).join(' ');
    return [{ type: 'default', paragraphs: ps, fields: /^[\s\-–—]*(trang\s*)?\d+/i.test(text) ? ['PAGE'] : [] }];
  };
  const hasHeader = bands.map((b) => b.header.length > 0);
  // Left/right margins come from lines of the text column (not from header-table cells, which may
  // overhang); a page with a few such lines (the signature page) uses the document's extent instead.
  const plainOf = (i: number) => bands[i].body.filter((s) => !s.items[0].rotated && !s.split);
  const docX = new Map<number, { x0: number; x1: number }>();
  raws.forEach((r, i) => {
    const k = Math.round(r.widthPt);
    for (const s of plainOf(i)) {
      const e = docX.get(k) ?? { x0: Infinity, x1: -Infinity };
      docX.set(k, { x0: Math.min(e.x0, s.x0), x1: Math.max(e.x1, s.x1) });
    }
  });
  raws.forEach((r, i) => {
    const { header, footer, body } = bands[i];
    const flat = body.filter((s) => !s.items[0].rotated);
    const extent = union(flat.map(segBox));
    const imageOnly = r.items.length === 0 && r.hasImage;
    pages.push({
      number: r.number,
      widthMm: mm(r.widthPt),
      heightMm: mm(r.heightPt),
      imageOnly,
      headerText: header.map((s) => s.text),
      footerText: footer.map((s) => s.text),
      textExtent: extent ? boxMm(extent) : null,
    });
    const first = paragraphs.length;
    const col = columnOf(body);
    const drafts: Draft[] = col ? draftsOf(body, col) : [];
    const placed: { index: number; page: number; box: BoxPt }[] = [];
    drafts.forEach((d) => {
      const index = paragraphs.length;
      paragraphs.push(paragraphOf(d, index, i, col!, aboveOf(d, drafts)));
      placed.push({ index, page: r.number, box: boxOf(d) });
    });
    lines.push(...ruleLinesOf(r.number, i, bars[i], placed));
    const w = mm(r.widthPt), h = mm(r.heightPt);
    sections.push({
      index: i,
      widthMm: w,
      heightMm: h,
      orientation: r.widthPt > r.heightPt ? 'landscape' : 'portrait',
      margins: extent
        ? (() => {
            const plain = plainOf(i);
            const own = plain.length >= 5 ? { x0: Math.min(...plain.map((s) => s.x0)), x1: Math.max(...plain.map((s) => s.x1)) } : null;
            const x = own ?? docX.get(Math.round(r.widthPt)) ?? extent;
            return { top: mm(extent.y0), bottom: mm(r.heightPt - extent.y1), left: mm(x.x0), right: mm(r.widthPt - x.x1) };
          })()
        : { top: null, bottom: null, left: null, right: null },
      // First page without the header text the following pages carry.
      titlePage: raws.length > 1 && !hasHeader[0] && hasHeader.slice(1).some(Boolean),
      headers: hf(header, i, 'header'),
      footers: hf(footer, i, 'footer'),
      firstParagraph: first,
      lastParagraph: paragraphs.length - 1,
    });
  });
  return {
    format: 'pdf',
    sections,
    blocks: paragraphs,
    paragraphs,
    lines,
    pages,
    pageCount: raws.length,
    notes,
  };
}
