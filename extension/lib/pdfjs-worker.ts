// pdf.js inside our checking worker. A worker has no DOM and we are already off the UI thread,
// so pdf.js runs its own worker code in-thread ("fake worker") and never touches document.fonts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

let mod: Promise<Any> | undefined;

export function loadPdfjsInWorker(): Promise<Any> {
  mod ??= (async () => {
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
    (globalThis as Any).pdfjsWorker = worker;
    return {
      ...pdfjs,
      getDocument(params: Any) {
        return pdfjs.getDocument({ ...params, disableFontFace: true, isOffscreenCanvasSupported: false, useWorkerFetch: false });
      },
    };
  })();
  return mod;
}
