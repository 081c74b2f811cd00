// npm run bench:dossier — a 10-file dossier checked end to end (checkDossier: read, recognise,
// all tthc.*/form.* rules, report) against reading the same files with the readers alone, in the
// same run, interleaved. Prints the overhead of the dossier logic (target ≤ 10 %).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDossierDetailed } from '../../rules/dossier/check.ts';
import { readDocument } from '../../rules/read/index.ts';
import { sniffImage } from '../../rules/dossier/read.ts';

const out = join(import.meta.dirname, '..', 'fixtures', 'dossier', 'out');
const pick: [string, string][] = [
  ['1.001193/unfilled', 'tep-1.docx'],
  ['1.001193/complete', 'tep-2.pdf'],
  ['1.001193/outdated', 'tep-8.pdf'],
  ['1.001193/excess', 'tep-9.pdf'],
  ['1.001193/scan', 'to-khai-khai-sinh-scan.pdf'],
  ['1.001193/present-only', 'cccd-me.png'],
  ['1.000656/complete', 'tep-2.pdf'],
  ['2.000635/complete', 'tep-2.pdf'],
  ['1.004222/complete', 'tep-2.pdf'],
  ['1.004873/complete', 'tep-2.pdf'],
];
const files = pick.map(([d, n], i) => ({ name: `${String(i + 1).padStart(2, '0')}-${n}`, bytes: new Uint8Array(readFileSync(join(out, d, n))) }));
const opts = { limits: { timeMs: 60_000 } };

async function readersAlone(): Promise<number> {
  const t = performance.now();
  for (const f of files) if (!sniffImage(f.bytes)) await readDocument(f.bytes.slice(), opts);
  return performance.now() - t;
}
/** Dossier logic inside each end-to-end run: its wall time minus the time spent in readDocument. */
const logic: number[] = [];
const inReaders: number[] = [];
async function endToEnd(): Promise<number> {
  const t = performance.now();
  const r = await checkDossierDetailed({ procedure: '1.001193', files, receivedAt: '2026-03-10', readOptions: opts });
  const ms = performance.now() - t;
  if (r.report.findings.length === 0) throw new Error('the bench dossier should have findings');
  logic.push(ms - r.readMs);
  inReaders.push(r.readMs);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = Number(process.env.ROUNDS ?? 25);
// Warm-up: pdf.js loading and JIT are not part of either side.
await readersAlone();
await endToEnd();
logic.length = inReaders.length = 0;
const a: number[] = [], b: number[] = [];
for (let i = 0; i < rounds; i++) {
  // Alternate the order so drift on a busy machine hits both sides alike.
  if (i % 2) {
    a.push(await readersAlone());
    b.push(await endToEnd());
  } else {
    b.push(await endToEnd());
    a.push(await readersAlone());
  }
}
// Paired rounds: each end-to-end run is compared with the readers-alone run next to it, so a
// busy moment on a shared machine slows both sides of the same pair; the median pair is reported.
const ra = Math.min(...a), rb = Math.min(...b);
const overhead = median(b.map((x, i) => x / a[i] - 1));
console.log(`dossier: ${files.length} files (${files.filter((f) => !sniffImage(f.bytes)).length} read by the readers), ${rounds} rounds`);
console.log(`  readers alone   fastest ${ra.toFixed(1)} ms, median ${median(a).toFixed(1)} ms`);
console.log(`  checkDossier    fastest ${rb.toFixed(1)} ms, median ${median(b).toFixed(1)} ms`);
const inside = median(logic) / median(inReaders);
console.log(`  overhead of the dossier logic (end to end vs readers alone, median of paired rounds): ${(overhead * 100).toFixed(1)} % (target ≤ 10 %) ${overhead <= 0.1 ? 'OK' : 'OVER'}`);
console.log(`  inside checkDossier: logic median ${median(logic).toFixed(1)} ms vs readers ${median(inReaders).toFixed(1)} ms = ${(inside * 100).toFixed(1)} % (less sensitive to a busy machine)`);
