// WAL checkpoints copy pages into the database file and fsync it; on the request thread that stalls
// every request behind it. A worker thread with its own connection does them instead.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const tick = setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, workerData.everyMs);
parentPort.on('message', () => { clearInterval(tick); try { db.pragma('wal_checkpoint(PASSIVE)'); db.close(); } catch {} parentPort.close(); });
`;

export function startCheckpointer(file: string, everyMs = 500): () => Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const w = new Worker(CODE, { eval: true, workerData: { file, everyMs, driver } });
  w.unref();
  return () =>
    new Promise<void>((res) => {
      w.once('exit', () => res());
      w.postMessage('stop');
      setTimeout(() => void w.terminate(), 2000).unref();
    });
}
