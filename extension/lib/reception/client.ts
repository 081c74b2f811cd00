// Page side of the reception worker: one worker per page, requests answered in order by id.
import type { ReceptionRequest, ReceptionResponse, ReceptionResult } from './worker.ts';

export type { ReceptionResult };

type Req = ReceptionRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, { resolve(r: ReceptionResponse & { ok: true }): void; reject(e: Error): void }>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ReceptionResponse>) => {
    const w = waiting.get(e.data.id);
    if (!w) return;
    waiting.delete(e.data.id);
    if (e.data.ok) w.resolve(e.data);
    else w.reject(new Error(e.data.error));
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(e.message || 'worker error'));
    waiting.clear();
    worker = undefined;
  };
  return worker;
}

function ask(req: Req, transfer: Transferable[] = []): Promise<ReceptionResponse & { ok: true }> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    getWorker().postMessage({ ...req, id }, transfer);
  });
}

export interface CheckArgs {
  procedure: string;
  answers: Record<string, string>;
  assignments: Record<string, string>;
  add?: File[];
  remove?: string[];
}

/** Check the dossier; new files are read in the worker (once), removed ones dropped. */
export async function checkReception(a: CheckArgs): Promise<ReceptionResult> {
  const add = await Promise.all((a.add ?? []).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const r = await ask({ type: 'check', procedure: a.procedure, answers: a.answers, assignments: a.assignments, add, remove: a.remove }, add.map((f) => f.bytes.buffer as ArrayBuffer));
  return r.result!;
}

/** Mẫu 02 of the last check, as .docx bytes. */
export async function mau02Docx(opts: { agency?: string; parentAgency?: string; place?: string; clerkName?: string }): Promise<Uint8Array> {
  return (await ask({ type: 'mau02', opts })).docx!;
}

export async function resetReception(): Promise<void> {
  await ask({ type: 'reset' });
}
