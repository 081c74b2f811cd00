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
        mod.getDocument({ ...(standardFontDataUrl ? { standardFontDataUrl } : {}), ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}), ...src }),
    };
  });
  return cached;
}
