// Page side of the register audit worker; runs in the page if a worker cannot start
// (the result is the same, the page is only slower to answer on big files).
import type { AuditRequest, AuditResponse } from './audit.worker.ts';
import type { RunInput, RunResult } from './run.ts';

let worker: Worker | undefined;
let broken = false;
let seq = 0;
const waiting = new Map<number, { resolve: (r: RunResult) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | undefined {
  if (broken) return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./audit.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (e: MessageEvent<AuditResponse>) => {
    const m = e.data;
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.ok) w.resolve(m.result);
    else w.reject(new Error(m.error));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    broken = true;
    worker = undefined;
    for (const w of waiting.values()) w.reject(Object.assign(new Error(e.message || 'worker error'), { workerFailed: true }));
    waiting.clear();
  };
  return worker;
}

export type Engine = 'worker' | 'page';

export async function audit(input: RunInput): Promise<{ result: RunResult; engine: Engine }> {
  const w = getWorker();
  if (w) {
    try {
      const id = ++seq;
      const result = await new Promise<RunResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        // Copies: the page keeps its bytes to re-audit when the date or calendar changes.
        const req: AuditRequest = { id, input: { ...input, bytes: input.bytes.slice(), paper: input.paper ? { ...input.paper, bytes: input.paper.bytes.slice() } : input.paper } };
        w.postMessage(req, [req.input.bytes.buffer, ...(req.input.paper ? [req.input.paper.bytes.buffer] : [])]);
      });
      return { result, engine: 'worker' };
    } catch (e) {
      if (!(e as { workerFailed?: boolean }).workerFailed) throw e;
    }
  }
  const { runAudit } = await import('./run.ts');
  return { result: await runAudit(input), engine: 'page' };
}
