// Panel side of the checking worker: one worker per page, requests matched by id.
import type { Pack } from '../../rules/pack.ts';
import type { Report } from '../../rules/report.ts';
import type { CheckRequest, CheckResponse } from './check.worker.ts';

export interface CheckResult {
  report: Report;
  observeReport?: Report;
  html?: string;
}

export type Stage = 'reading' | 'checking' | 'preview';

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void; onStage?: (s: Stage) => void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<CheckResponse>) => {
    const m = e.data;
    const w = waiting.get(m.id);
    if (!w) return;
    if (m.stage) return w.onStage?.(m.stage);
    waiting.delete(m.id);
    if (m.ok) w.resolve({ report: m.report, observeReport: m.observeReport, html: m.html });
    else w.reject(new Error(m.error));
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(e.message || 'worker error'));
    waiting.clear();
    worker = undefined;
  };
  return worker;
}

export async function checkFile(
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  packs: { enforce: Pack; observe?: Pack },
  opts: { previewHtml?: boolean; onStage?: (s: Stage) => void } = {},
): Promise<CheckResult & { bytes: Uint8Array }> {
  opts.onStage?.('reading');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const id = ++seq;
  const copy = bytes.slice(); // transferred to the worker; the panel keeps `bytes` for the preview
  const res = await new Promise<CheckResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject, onStage: opts.onStage });
    const req: CheckRequest = { id, file: file.name, bytes: copy, enforce: packs.enforce, observe: packs.observe, previewHtml: opts.previewHtml };
    getWorker().postMessage(req, [copy.buffer]);
  });
  return { ...res, bytes };
}
