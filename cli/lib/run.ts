// Check a list of files on this thread plus (jobs − 1) worker threads; reports come back in input order.
// The main thread checks too, so a worker's start-up (loading modules and pdf.js: seconds) is not
// dead time; a worker takes files only once it says it is ready.
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';
import type { Report } from '../../rules/report.ts';
import { warmUp } from './warmup.ts';

/** thread: 0 = main thread, k ≥ 1 = worker k. */
export type Progress = (done: number, total: number, file: string, thread: number) => void;

type Msg = { ready: true } | { i: number; report: Report } | { i: number; error: string };

/** mainWorks: false leaves all files to the workers (ND30_JOBS_MAIN=0; used to prove the worker path). */
export async function runChecks(files: string[], pack: Pack, jobs: number, progress: Progress = () => {}, mainWorks = true): Promise<Report[]> {
  const reports: Report[] = new Array(files.length);
  let next = 0, done = 0;
  const take = () => (next < files.length ? next++ : -1);
  const finished = (i: number, r: Report, thread = 0) => {
    reports[i] = r;
    progress(++done, files.length, files[i], thread);
  };

  const workers: Worker[] = [];
  const idle: Promise<void>[] = [];
  let failed: Error | null = null;
  const extra = Math.min(jobs, files.length) - 1;
  for (let k = 0; k < (mainWorks ? extra : Math.max(1, extra + 1)); k++) {
    // Workers inherit this process's execArgv, so under tsx they load .ts files the same way.
    const w = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { pack } });
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
          if (!('ready' in m)) inFlight--;
          if ('report' in m) finished(m.i, m.report, k + 1);
          else if ('error' in m) failed ??= new Error(`${files[m.i]}: ${m.error}`); // the hole is filled below
          // Two files in flight: the main thread answers only between its own files, so the worker
          // always has the next file queued and never waits for it.
          if ('ready' in m) feed();
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
    await warmUp(pack);
    for (let i = mainWorks || !workers.length ? take() : -1; i >= 0; i = take()) {
      finished(i, await checkDocument(new Uint8Array(await readFile(files[i])), pack, { file: files[i] }));
      if (workers.length) await yieldToEvents(); // let workers' results and requests through
    }
    await Promise.all(idle);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  // A worker that failed (or died mid-file) leaves holes: say so, and check those files here.
  if (failed) process.stderr.write(`Một luồng kiểm tra gặp lỗi (${(failed as Error).message}); các tệp còn lại được kiểm tra ở luồng chính.\n`);
  for (let i = 0; i < files.length; i++) {
    if (!reports[i]) finished(i, await checkDocument(new Uint8Array(await readFile(files[i])), pack, { file: files[i] }));
  }
  return reports;
}
