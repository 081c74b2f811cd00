// The one place the dossier check reads bytes: the shared readers (rules/read/index.ts) for
// .docx/.pdf, and magic bytes for images (a photo of a paper is an image-only file).
import { readDocument } from '../read/index.ts';
import type { ReadOptions } from '../read/options.ts';
import type { DocumentModel, InputProblem } from '../model.ts';
import { imageLooksBlank } from './blank.ts';

export type FileKind = 'docx' | 'pdf' | 'image' | 'other';

export interface FileRead {
  name: string;
  bytes: Uint8Array;
  kind: FileKind;
  /** The reader produced a model (docx/pdf). */
  ok: boolean;
  model: DocumentModel | null;
  /** Why it could not be read (input.* of the readers). */
  problem: InputProblem | null;
  /** Text lines in reading order (paragraphs; table cells included). */
  lines: string[];
  /** No text layer at all: a photo or a scan. */
  imageOnly: boolean;
  /**
   * An image-only file with nothing on it (a uniform image, a PDF page with no image); null = cannot
   * tell. Computed on first call (decoding a photo costs more than the rest of the dossier logic).
   */
  isBlank(): boolean | null;
  /** Time spent inside the shared reader (readDocument), ms: the bench splits reading from dossier logic. */
  readMs: number;
}

export function sniffImage(b: Uint8Array): 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'gif';
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45) return 'webp';
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a))) return 'tiff';
  return null;
}

export async function readDossierFile(name: string, bytes: Uint8Array, opts?: ReadOptions): Promise<FileRead> {
  const image = sniffImage(bytes);
  if (image) {
    return { name, bytes, kind: 'image', ok: false, model: null, problem: null, lines: [], imageOnly: true, isBlank: once(() => (image === 'png' ? imageLooksBlank(bytes) : null)), readMs: 0 };
  }
  // pdf.js detaches the buffer it is given (stack-notes): the reader gets a copy, we keep ours.
  const t0 = performance.now();
  const res = await readDocument(bytes.slice(), opts);
  const readMs = performance.now() - t0;
  if (!res.ok) {
    const kind: FileKind = res.format === 'docx' || res.format === 'pdf' ? res.format : 'other';
    return { name, bytes, kind, ok: false, model: null, problem: res.problem, lines: [], imageOnly: false, isBlank: () => null, readMs };
  }
  const model = res.model;
  const lines = model.paragraphs.map((p) => p.text).filter((t) => t.trim() !== '');
  const scanned = model.format === 'pdf' && model.pages.length > 0 && model.pages.every((p) => p.imageOnly);
  const imageOnly = scanned || (lines.length === 0 && model.format === 'pdf');
  return {
    name,
    bytes,
    kind: model.format,
    ok: true,
    model,
    problem: null,
    lines,
    imageOnly,
    isBlank: once(() => (imageOnly ? !pdfHasImage(bytes) : false)),
    readMs,
  };
}

function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) (v = f()), (done = true);
    return v;
  };
}

/** Image XObjects are never inside object streams, so their dictionaries show in the raw bytes. */
function pdfHasImage(b: Uint8Array): boolean {
  const s = new TextDecoder('latin1').decode(b);
  return /\/Subtype\s*\/Image/.test(s) || /\/BI\b[\s\S]{0,200}\/ID\b/.test(s);
}
