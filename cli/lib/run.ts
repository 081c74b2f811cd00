// Check a list of files on this thread plus (jobs − 1) worker threads; reports come back in input order.
// The main thread checks too, so a worker's start-up (loading modules and pdf.js: about a second) is
// not dead time, and N jobs are N busy threads, not N + 1 on N cores. Files are handed out one at a
// time from a queue sorted largest first, so a big PDF never starts last and leaves one thread
// working alone at the end.
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';
import type { Report } from '../../rules/report.ts';
import { warmUp } from './warmup.ts';

/** thread: 0 = main thread, k ≥ 1 = worker k. */
export type Progress = (done: number, total: number, file: string, thread: number) => void;

type Msg = { ready: true } | { i: number; report: Report } | { i: number; error: string };

/** Input indexes, largest file first (ties and unreadable sizes keep input order). */
export function largestFirst(files: string[]): number[] {
  const size = files.map((f) => {
    try {
      return statSync(f).size;
    } catch {
      return 0;
    }
  });
  return files.map((_, i) => i).sort((a, b) => size[b] - size[a] || a - b);
}

/**
 * Node ≥ 22.10 loads our .ts files itself (process.features.typescript). A worker started that way
 * skips the tsx loader, which otherwise runs over pdf.js's two 2 MB modules in every thread (about a
 * second each time: the worker's whole start-up). Older Node: inherit this process's flags (tsx).
 */
function workerArgv(): string[] | undefined {
  const ts = (process.features as { typescript?: string | false }).typescript;
  if (!ts) return undefined;
  // Type stripping alone refuses parameter properties (used in rules/): transform them.
  return ['--experimental-transform-types', '--disable-warning=ExperimentalWarning'];
}

const checkFile = async (path: string, pack: Pack) => checkDocument(new Uint8Array(await readFile(path)), pack, { file: path });

/** mainWorks: false leaves all files to the workers (ND30_JOBS_MAIN=0; used to prove the worker path). */
export async function runChecks(files: string[], pack: Pack, jobs: number, progress: Progress = () => {}, mainWorks = true): Promise<Report[]> {
  const reports: Report[] = new Array(files.length);
  const threads = Math.min(jobs, files.length);
  // One job: input order (progress reads naturally); several: largest first for the shortest tail.
  const order = threads > 1 ? largestFirst(files) : files.map((_, i) => i);
  let next = 0, done = 0;
  const take = () => (next < order.length ? order[next++] : -1);
  const finished = (i: number, r: Report, thread = 0) => {
    reports[i] = r;
    progress(++done, files.length, files[i], thread);
  };

  const workers: Worker[] = [];
  const idle: Promise<void>[] = [];
  let failed: Error | null = null;
  const count = threads <= 1 ? 0 : mainWorks ? threads - 1 : threads;
  for (let k = 0; k < count; k++) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { pack }, execArgv: workerArgv() });
    workers.push(w);
    idle.push(
      new Promise<void>((resolve) => {
        let inFlight = 0;
        const feed = () => {
          const i = take();
          if (i >= 0) {
            inFlight++;
            w.postMessage({ i, path: files[i] });
          } else if (inFlight === 0) resolve();
        };
        w.on('message', (m: Msg) => {
          if ('ready' in m) {
            // Two files in flight: the main thread answers only between its own files, so the
            // worker always has its next file queued and never waits for it.
            feed();
            feed();
            return;
          }
          inFlight--;
          if ('report' in m) finished(m.i, m.report, k + 1);
          else failed ??= new Error(`${files[m.i]}: ${m.error}`); // the hole is filled below
          feed();
        });
        w.on('error', (e) => {
          failed ??= e;
          resolve();
        });
        w.on('exit', () => resolve());
      }),
    );
  }

  try {
    if (mainWorks || !workers.length) {
      await warmUp(pack);
      for (let i = take(); i >= 0; i = take()) {
        finished(i, await checkFile(files[i], pack));
        if (workers.length) await yieldToEvents(); // let workers' results and requests through
      }
    }
    await Promise.all(idle);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // A worker that failed (or died mid-file) leaves holes: say so, and check those files here.
  if (failed) process.stderr.write(`Một luồng kiểm tra gặp lỗi (${(failed as Error).message}); các tệp còn lại được kiểm tra ở luồng chính.\n`);
  for (let i = 0; i < files.length; i++) {
    if (!reports[i]) finished(i, await checkFile(files[i], pack));
  }
  return reports;
}
