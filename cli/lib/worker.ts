// A checking worker for `--jobs N`: warms up, says ready, then answers file paths with reports.
import { parentPort, workerData } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { checkDocument } from '../../rules/check.ts';
import type { Pack } from '../../rules/pack.ts';
import { warmUp } from './warmup.ts';

const pack = workerData.pack as Pack;

parentPort!.on('message', async (m: { i: number; path: string }) => {
  try {
    const bytes = new Uint8Array(await readFile(m.path));
    parentPort!.postMessage({ i: m.i, report: await checkDocument(bytes, pack, { file: m.path }) });
  } catch (e) {
    parentPort!.postMessage({ i: m.i, error: e instanceof Error ? e.message : String(e) });
  }
});

await warmUp(pack);
parentPort!.postMessage({ ready: true });
