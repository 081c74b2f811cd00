// `npm run bench:functions`: ingest rate and stats-query latency over 1,000,000 stored summaries,
// against a bare Hono route served the same way in the same run. Loopback only; every loop bounded.
// Targets (issue 4): ingest of 50-summary batches ≥ 40% of the bare route's request rate;
// a stats query < 100× the bare route's latency.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR, openStore } from '../../functions/node.ts';
import { createToken, putUnit } from '../../functions/repo/access.ts';
import { recountStatements } from '../../functions/repo/recount.ts';
import { freePort, ROOT } from '../functions/server.ts';

const N = Number(process.env.BENCH_SUMMARIES ?? 1_000_000);
const SLICE_MS = 1000; // ingest and bare alternate in slices so machine load hits both alike
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 4;
const LATENCY_SAMPLES = 60;

// BENCH_DATA_DIR keeps a seeded database between runs (for profiling); by default a temp dir is used and removed.
const keep = process.env.BENCH_DATA_DIR;
const dataDir = keep ?? mkdtempSync(join(tmpdir(), 'fn-bench-'));
const children: ChildProcess[] = [];
const cleanup = () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

// ---- 1. Seed a million summaries with plain SQL (triggers off, then one recount) ----
const t0 = performance.now();
const { store } = await openStore(dataDir);
const reuse = (store.db.prepare('SELECT COUNT(*) AS n FROM summaries').get() as { n: number }).n >= N;
await putUnit(store, { id: 'tinh-b', parent: null, name: 'Tỉnh B' });
for (let h = 0; h < 10; h++) {
  await putUnit(store, { id: `huyen-${h}`, parent: 'tinh-b', name: '' });
}
for (let x = 0; x < 100; x++) await putUnit(store, { id: `xa-${x}`, parent: `huyen-${x % 10}`, name: '' });
const clerk = (await createToken(store, { role: 'clerk', unit: 'tinh-b', label: 'bench' })).token;
const inspector = (await createToken(store, { role: 'inspector', unit: 'tinh-b', label: 'bench' })).token;
// The current definition of each counter trigger (a later migration may redefine one).
const triggerDefs = new Map<string, string>();
for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort())
  for (const m of readFileSync(join(MIGRATIONS_DIR, f), 'utf8').matchAll(/CREATE TRIGGER (summaries_to_latest|doc_latest_added|doc_latest_replaced)[\s\S]*?\nEND;/g))
    triggerDefs.set(m[1]!, m[0]);
const triggers = [...triggerDefs].map(([name, sql]) => [sql, name] as const);
if (triggers.length !== 3) throw new Error('trigger definitions not found in the migration');
if (!reuse) store.db.transaction(() => {
  for (const t of triggers) store.db.exec(`DROP TRIGGER ${t[1]}`);
  // 800,000 documents, 200,000 re-checks; type stable per document; 0–2 rules with findings per check.
  store.db.exec(`
    WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < ${N - 1}),
    d AS (SELECT i, i % 800000 AS doc, date('2025-12-01', '+' || ((i * 7 + i / 800000) % 12) || ' months', '+' || (i % 28) || ' days') AS day FROM seq)
    INSERT INTO summaries (client_id, unit, sha256, subject, doc_type, pack_id, pack_version, mode, counts, errors,
      checked_at, checked_ms, day, month, client_version, received_at, token_id)
    SELECT printf('seed-%07d', i), 'xa-' || (doc % 100), printf('%064x', doc * 2654435761), 'document',
      CASE (doc / 100) % 8 WHEN 0 THEN 'QĐ' WHEN 1 THEN 'CV' WHEN 2 THEN 'TB' WHEN 3 THEN 'BC' WHEN 4 THEN 'TTr' WHEN 5 THEN 'KH' WHEN 6 THEN 'GM' ELSE '' END,
      'nd30', '2026.1.0', CASE WHEN i % 10 = 0 THEN 'observe' ELSE 'enforce' END,
      CASE WHEN (i * 13) % 4 = 0 THEN '{}'
           ELSE json_object('nd30.r.a' || ((i * 31 + doc) % 30), json_object('fail', i % 3, 'needsReview', (i / 3) % 2),
                            'nd30.r.b' || ((i / 7) % 30), json_object('fail', 0, 'needsReview', 1)) END,
      CASE WHEN (i * 13) % 4 > 0 AND i % 3 > 0 THEN 1 ELSE 0 END,
      day || 'T09:00:00+07:00', unixepoch(day) * 1000 + 7200000 + (i % 1000), day, substr(day, 1, 7), '0.1.0', '2026-11-23T00:00:00Z', 'seed'
    FROM d`);
  for (const s of recountStatements()) store.db.exec(s.sql);
  for (const t of triggers) store.db.exec(t[0]);
})();
store.db.pragma('wal_checkpoint(TRUNCATE)');
store.db.exec('ANALYZE');
const counts = store.db.prepare('SELECT (SELECT COUNT(*) FROM summaries) s, (SELECT COUNT(*) FROM doc_latest) d, (SELECT COUNT(*) FROM agg_docs) a, (SELECT COUNT(*) FROM agg_rules) r').get() as Record<string, number>;
store.close();
console.log(`Seeded ${counts.s!.toLocaleString('en')} summaries (${counts.d!.toLocaleString('en')} documents; ${counts.a} doc counters, ${counts.r!.toLocaleString('en')} rule counters) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ---- 2. Start both servers on loopback ----
async function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<number> {
  const port = await freePort();
  const p = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(p);
  let out = '';
  await new Promise<void>((res, rej) => {
    const on = (b: Buffer) => {
      out += b;
      if (ready.test(out)) res();
    };
    p.stdout!.on('data', on);
    p.stderr!.on('data', on);
    p.once('exit', () => rej(new Error(out)));
    setTimeout(() => rej(new Error(`not ready: ${out}`)), 60_000).unref();
  });
  return port;
}
const apiPort = await start(['--import', 'tsx', 'functions/node.ts'], { DATA_DIR: dataDir, INGEST_LIMIT_PER_MIN: '100000000' }, /Dịch vụ đang chạy/);
const barePort = await start(['--import', 'tsx', 'test/bench/bare-server.ts'], {}, /bare listening/);

// ---- 3. HTTP client: keep-alive, minimal overhead ----
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
function call(port: number, method: string, path: string, body?: string, token?: string): Promise<number> {
  return new Promise((res, rej) => {
    const headers: Record<string, string | number> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    const r = request({ host: '127.0.0.1', port, method, path, headers, agent }, (resp) => {
      resp.on('data', () => {});
      resp.on('end', () => (resp.statusCode! < 300 ? res(resp.statusCode!) : rej(new Error(`${method} ${path}: ${resp.statusCode}`))));
    });
    r.on('error', rej);
    r.end(body);
  });
}

let seq = 0;
function batch(): string {
  const summaries = Array.from({ length: 50 }, (_, k) => {
    const recheck = k % 5 === 0; // every fifth summary re-checks a seeded document
    const doc = recheck ? (seq * 7919 + k) % 800000 : 1_000_000 + seq * 50 + k;
    const fail = (seq + k) % 3;
    return {
      clientId: `bench-${seq}-${k}`,
      unit: `xa-${doc % 100}`,
      sha256: (doc * 2654435761).toString(16).padStart(64, '0'),
      subject: 'document',
      docType: ['QĐ', 'CV', 'TB', 'BC'][k % 4],
      pack: { id: 'nd30', version: '2026.1.0' },
      mode: 'enforce',
      counts: { [`nd30.r.a${k % 30}`]: { fail, needsReview: k % 2 }, 'nd30.r.b1': { fail: 0, needsReview: 1 } },
      errors: fail > 0 ? 1 : 0,
      checkedAt: `2026-11-${String(1 + (seq % 20)).padStart(2, '0')}T10:00:00+07:00`,
      clientVersion: '0.1.0',
    };
  });
  seq++;
  return JSON.stringify({ summaries });
}

/** Closed loop, CONCURRENCY clients, for ms milliseconds; returns completed requests. */
async function loop(ms: number, fire: () => Promise<unknown>): Promise<number> {
  const end = performance.now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        await fire();
        done++;
      }
    }),
  );
  return done;
}

const sampleBody = batch();
// Warm both (JIT; the API server's first touches of a 600 MB database are page faults).
await loop(1000, () => call(barePort, 'POST', '/bare', sampleBody));
await loop(3000, () => call(apiPort, 'POST', '/v1/checks', batch(), clerk));

// ---- 4. Throughput: alternate slices ----
let ingested = 0, barePost = 0, bareGet = 0, tIngest = 0, tPost = 0, tGet = 0;
for (let r = 0; r < ROUNDS; r++) {
  let t = performance.now();
  ingested += await loop(SLICE_MS, () => call(apiPort, 'POST', '/v1/checks', batch(), clerk));
  tIngest += performance.now() - t;
  t = performance.now();
  barePost += await loop(SLICE_MS, () => call(barePort, 'POST', '/bare', sampleBody));
  tPost += performance.now() - t;
  t = performance.now();
  bareGet += await loop(SLICE_MS, () => call(barePort, 'GET', '/bare'));
  tGet += performance.now() - t;
}
const rate = (n: number, ms: number) => (n * 1000) / ms;
const ingestRate = rate(ingested, tIngest), postRate = rate(barePost, tPost), getRate = rate(bareGet, tGet);

// ---- 5. Latency: one request at a time, stats queries interleaved with the bare route ----
const QUERIES = [
  '/v1/stats/trend',
  '/v1/stats?groupBy=unit,month',
  '/v1/stats?groupBy=rule',
  '/v1/stats?groupBy=docType,month&unit=huyen-3',
  '/v1/stats?groupBy=unit,rule,docType,month&unit=xa-42&from=2026-01&to=2026-06',
  '/v1/stats?groupBy=unit,month&format=csv',
];
const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const bareLat: number[] = [];
const qLat = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
for (let i = 0; i < LATENCY_SAMPLES; i++) {
  for (const q of QUERIES) {
    let t = performance.now();
    await call(barePort, 'GET', '/bare');
    bareLat.push(performance.now() - t);
    t = performance.now();
    await call(apiPort, 'GET', q, undefined, inspector);
    qLat.get(q)!.push(performance.now() - t);
  }
}
const bareP50 = median(bareLat);
// Drawing an inspection sample over one commune's ~8,000 documents (informational, no target).
const drawLat: number[] = [];
for (let i = 0; i < 10; i++) {
  const body = JSON.stringify({ unit: 'xa-7', from: '2025-12-01', to: '2026-11-30', size: 30, seed: `bench-${i}`, title: 'bench' });
  const t = performance.now();
  await call(apiPort, 'POST', '/v1/inspections', body, inspector);
  drawLat.push(performance.now() - t);
}

// ---- 6. Report ----
const after = await new Promise<string>((res) => {
  request({ host: '127.0.0.1', port: apiPort, path: '/v1/stats', headers: { Authorization: `Bearer ${inspector}` }, agent }, (r) => {
    let b = '';
    r.on('data', (d) => (b += d));
    r.on('end', () => res(b));
  }).end();
});
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
console.log(`\nThroughput (${ROUNDS} × ${SLICE_MS} ms slices each, ${CONCURRENCY} keep-alive clients, 127.0.0.1):`);
console.log(`  ingest, 50-summary batches   ${ingestRate.toFixed(0).padStart(6)} batches/s  (${(ingestRate * 50).toFixed(0)} summaries/s)`);
console.log(`  bare POST, same body         ${postRate.toFixed(0).padStart(6)} req/s`);
console.log(`  bare GET                     ${getRate.toFixed(0).padStart(6)} req/s`);
const ok1 = ingestRate >= 0.4 * getRate;
console.log(`  ingest / bare GET  = ${pct(ingestRate / getRate)} (target ≥ 40%) ${ok1 ? 'PASS' : 'FAIL'}`);
console.log(`  ingest / bare POST = ${pct(ingestRate / postRate)}`);
console.log(`\nLatency, p50 of ${LATENCY_SAMPLES} sequential requests (bare GET p50 ${bareP50.toFixed(2)} ms):`);
let ok2 = true;
for (const [q, l] of qLat) {
  const ratio = median(l) / bareP50;
  ok2 &&= ratio < 100;
  console.log(`  ${q.padEnd(74)} ${median(l).toFixed(2).padStart(7)} ms  ${ratio.toFixed(1).padStart(5)}× bare (target < 100×) ${ratio < 100 ? 'PASS' : 'FAIL'}`);
}
console.log('  inspection sample of 30 from one commune (~8,000 documents)'.padEnd(77) + `${median(drawLat).toFixed(2).padStart(7)} ms  (no target)`);
console.log(`\nStored after the run: ${JSON.parse(after).rows[0].documents.toLocaleString('en')} documents counted by last check.`);
console.log(ok1 && ok2 ? 'All targets met.' : 'Some targets missed.');
agent.destroy();
process.exit(ok1 && ok2 ? 0 : 1);
