// The Node default for pdf.js: the legacy build (the modern build needs browser globals).
// The extension passes its own loader (worker build) through ReadOptions.pdfjs.
// Standard-font and CMap data are located through import.meta.resolve when the runtime has it;
// without them pdf.js still extracts text, it only warns about non-embedded fonts.
import type { PdfjsModule } from '../options.ts';

let cached: Promise<PdfjsModule> | null = null;

function dataDir(sub: string): string | undefined {
  try {
    const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
    if (typeof resolve !== 'function') return undefined;
    const url = new URL(sub, resolve('pdfjs-dist/package.json'));
    // pdf.js in Node reads these with fs.readFile: it needs a path, not a file: URL.
    return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : undefined;
  } catch {
    return undefined;
  }
}

// Standard-font and CMap files, read once per process: pdf.js's own Node factory reads them from disk
// again for every document (a file read per font per PDF). Bytes are handed out as copies.
type Kind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';
const files = new Map<string, Promise<Uint8Array>>();
class CachedBinaryDataFactory {
  private readonly urls: Partial<Record<Kind, string | null>>;
  constructor(urls: Partial<Record<Kind, string | null>>) {
    this.urls = urls;
  }
  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.urls[kind];
    if (!base) throw new Error(`Ensure that the \`${kind}\` API parameter is provided.`);
    const url = `${base}${filename}`;
    let p = files.get(url);
    if (!p) {
      const fs = (process as unknown as { getBuiltinModule(id: string): { readFile(p: string): Promise<Uint8Array> } }).getBuiltinModule('fs/promises');
      p = fs.readFile(url).then((b) => new Uint8Array(b));
      files.set(url, p);
      p.catch(() => files.delete(url));
    }
    return (await p).slice();
  }
}

export function loadPdfjsNode(): Promise<PdfjsModule> {
  cached ??= (async () => {
    // Load the worker code up front and hand it to pdf.js (its "fake worker" in Node): otherwise the
    // first document pays the import of pdf.worker.mjs inside its own time budget.
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })().then((mod) => {
    const standardFontDataUrl = dataDir('standard_fonts/');
    const cMapUrl = dataDir('cmaps/');
    return {
      ...mod,
      getDocument: (src: Record<string, unknown>) =>
        mod.getDocument({
          ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
          ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
          ...(typeof process.getBuiltinModule === 'function' ? { BinaryDataFactory: CachedBinaryDataFactory } : {}),
          ...src,
        }),
    };
  });
  return cached;
}
