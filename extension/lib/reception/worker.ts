// The reception check worker: reads the dossier's files once (same readers and pdf.js loader as
// the document check), keeps the reads here (FileRead.isBlank is a function and cannot be posted),
// and re-runs the dossier logic on a changed answer or reassignment without reading again.
import { checkDossierDetailed, makeMau02, readDossierFile, type DossierResult, type FileRead, type Mau02Options } from '../../../rules/dossier/api.ts';
import { loadPdfjsInWorker } from '../pdfjs-worker.ts';

export type ReceptionRequest =
  | { id: number; type: 'check'; procedure: string; answers: Record<string, string>; assignments: Record<string, string>; add?: { name: string; bytes: Uint8Array }[]; remove?: string[]; receivedAt?: string }
  | { id: number; type: 'mau02'; opts: Omit<Mau02Options, 'date'> & { date?: string } }
  | { id: number; type: 'reset' };

/** DossierResult as posted: plain data only. */
export type ReceptionResult = Omit<DossierResult, 'procedure'> & { procedure: DossierResult['procedure'] };

export type ReceptionResponse =
  | { id: number; ok: true; result?: ReceptionResult; docx?: Uint8Array }
  | { id: number; ok: false; error: string };

const files = new Map<string, Uint8Array>();
const reads = new Map<string, FileRead>();
let last: DossierResult | undefined;
const readOptions = { pdfjs: loadPdfjsInWorker };

const post = (m: ReceptionResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

// One request at a time: a reassignment sent while files are still being read waits its turn.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<ReceptionRequest>) => {
  queue = queue.then(() => handle(e.data));
};

async function handle(m: ReceptionRequest): Promise<void> {
  try {
    if (m.type === 'reset') {
      files.clear();
      reads.clear();
      last = undefined;
      return post({ id: m.id, ok: true });
    }
    if (m.type === 'mau02') {
      if (!last) throw new Error('Chưa kiểm tra hồ sơ nào.');
      const docx = await makeMau02(last, { ...m.opts, date: m.opts.date ? new Date(m.opts.date) : undefined });
      return post({ id: m.id, ok: true, docx }, [docx.buffer as ArrayBuffer]);
    }
    for (const name of m.remove ?? []) files.delete(name), reads.delete(name);
    for (const f of m.add ?? []) {
      files.set(f.name, f.bytes);
      reads.delete(f.name);
    }
    // Each file is read once, in turn (each read has its own time budget).
    for (const [name, bytes] of files) if (!reads.has(name)) reads.set(name, await readDossierFile(name, bytes, readOptions));
    const list = [...files].map(([name, bytes]) => ({ name, bytes }));
    last = await checkDossierDetailed({
      procedure: m.procedure,
      caseAnswers: m.answers,
      assignments: m.assignments,
      files: list,
      reads: [...reads.values()],
      receivedAt: m.receivedAt,
      readOptions,
    });
    post({ id: m.id, ok: true, result: last });
  } catch (err) {
    post({ id: m.id, ok: false, error: String((err as Error)?.message ?? err) });
  }
}
