// pdf.js in the panel page (main thread API, real pdf.js worker) for the preview only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

let mod: Promise<Any> | undefined;
let worker: Any;

export function pdfjsForPage(): Promise<Any> {
  mod ??= (async () => {
    const [pdfjs, workerUrl] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl.default;
    return pdfjs;
  })();
  return mod;
}

export interface RenderedPage {
  number: number;
  /** CSS pixels per PDF point. */
  scale: number;
  width: number;
  height: number;
  canvas: HTMLCanvasElement;
}

/** Renders the first `maxPages` pages at a width; pdf.js gets a copy (it detaches its input). */
export async function renderPdf(bytes: Uint8Array, width: number, maxPages = 30, onPage?: (p: RenderedPage) => void): Promise<RenderedPage[]> {
  const pdfjs = await pdfjsForPage();
  // One pdf.js worker for every preview: starting a worker parses 1.2 MB of script each time.
  worker ??= new pdfjs.PDFWorker({ name: 'nd30-preview' });
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, worker });
  const doc = await task.promise;
  const out: RenderedPage[] = [];
  try {
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const vp1 = page.getViewport({ scale: 1 });
      const scale = width / vp1.width;
      const vp = page.getViewport({ scale: scale * (globalThis.devicePixelRatio || 1) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(vp.width);
      canvas.height = Math.floor(vp.height);
      canvas.style.width = `${Math.floor(vp1.width * scale)}px`;
      canvas.style.height = `${Math.floor(vp1.height * scale)}px`;
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport: vp }).promise;
      const p = { number: n, scale, width: vp1.width * scale, height: vp1.height * scale, canvas };
      out.push(p);
      onPage?.(p);
    }
  } finally {
    await task.destroy();
  }
  return out;
}
