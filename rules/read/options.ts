// Options shared by the readers: limits (zip bombs, huge files, endless PDFs) and the pdf.js loader,
// which differs per runtime (legacy build in Node, worker build in the extension).

export interface Limits {
  /** Largest input file, bytes. */
  maxBytes: number;
  /** Largest total decompressed size of the zip parts we read, bytes. */
  maxUnzippedBytes: number;
  /** Largest compression ratio of one zip entry (zip bomb guard). */
  maxRatio: number;
  /** Deepest XML element nesting. */
  maxXmlDepth: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Wall-clock budget for reading one file, ms. */
  timeMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnzippedBytes: 300 * 1024 * 1024,
  maxRatio: 200,
  maxXmlDepth: 512,
  maxPages: 500,
  timeMs: 5000,
};

/** The subset of the pdfjs-dist module the PDF reader uses (typed loosely: pdfjs' own types vary by build). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PdfjsModule = any;

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** Loads pdf.js for this runtime. Node default: the legacy build; the extension passes its worker build. */
  pdfjs?: () => Promise<PdfjsModule>;
}

export function limitsOf(opts?: ReadOptions): Limits {
  return { ...DEFAULT_LIMITS, ...(opts?.limits ?? {}) };
}
