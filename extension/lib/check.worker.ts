// The checking worker: reading, detection, rule evaluation and the .docx preview HTML all run
// here, off the panel's UI thread. The document's bytes never leave this machine.
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';
import type { Report } from '../../rules/report.ts';
import { loadPdfjsInWorker } from './pdfjs-worker.ts';

export interface CheckRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  enforce: Pack;
  observe?: Pack;
  /** Also make the mammoth HTML for the preview (.docx only). */
  previewHtml?: boolean;
}

export type CheckResponse =
  | { id: number; ok: true; report: Report; observeReport?: Report; html?: string; stage?: undefined }
  | { id: number; ok: false; error: string; stage?: undefined }
  | { id: number; stage: 'checking' | 'preview' };

const post = (m: CheckResponse) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<CheckRequest>) => {
  const { id, file, bytes, enforce, observe, previewHtml } = e.data;
  try {
    post({ id, stage: 'checking' });
    // Each consumer gets its own copy: pdf.js detaches the buffer it is given (stack-notes §3).
    const read = { pdfjs: loadPdfjsInWorker };
    const report = await checkDocument(bytes.slice(), enforce, { file, read });
    let observeReport: Report | undefined;
    if (observe) {
      observeReport = await checkDocument(bytes.slice(), observe, { file, read });
      observeReport = { ...observeReport, ruleSet: { ...observeReport.ruleSet, mode: 'observe' } };
    }
    let html: string | undefined;
    if (previewHtml && report.format === 'docx') {
      post({ id, stage: 'preview' });
      html = await docxHtml(bytes.slice());
    }
    post({ id, ok: true, report, observeReport, html });
  } catch (err) {
    post({ id, ok: false, error: String((err as Error)?.stack ?? err) });
  }
};

async function docxHtml(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const mammoth = (await import('mammoth')).default;
    // Empty paragraphs kept: the preview's block order must match the report's paragraph index.
    const r = await mammoth.convertToHtml({ arrayBuffer: bytes.buffer as ArrayBuffer }, { ignoreEmptyParagraphs: false });
    // Links from the document are not followed from the preview (no javascript:/remote URLs).
    return r.value.replace(/<a\b[^>]*>/gi, '<span>').replace(/<\/a>/gi, '</span>');
  } catch {
    return undefined; // a preview is a courtesy; the report stands without it
  }
}
