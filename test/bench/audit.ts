// npm run bench:audit — 100,000 register records audited end to end, against parsing the same
// file alone (papaparse, the floor) in the same run. Target: the audit adds ≤ 50% to the parse.
// Prints medians of a few runs; no assertions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { auditRegister } from '../../rules/register/audit.ts';
import { importRegister } from '../../rules/register/import.ts';
import { CalendarData, WorkCalendar } from '../../rules/register/calendar.ts';
import { defaultCatalogue } from '../../rules/dossier/index.ts';
import { wall } from '../../rules/register/wall-time.ts';

const N = Number(process.argv.find((a) => a.startsWith('--records='))?.slice(10) ?? 100_000);
const RUNS = 7;
const dir = join(import.meta.dirname, '../fixtures/register/out');
const text = readFileSync(join(dir, 'thang-02-2026.so-theo-doi.csv'), 'utf8').replace(/^\uFEFF/, '');
const [, header, ...rows] = text.trim().split(/\r?\n/);
// Repeat the month's rows with fresh dossier codes until N records.
const lines = [header];
for (let i = 0; lines.length <= N; i++) {
  const r = rows[i % rows.length];
  lines.push(r.replace(/-(\d{4}),/, (_m, s) => `-${s}${String(Math.floor(i / rows.length)).padStart(3, '0')},`));
}
const bytes = new TextEncoder().encode(lines.join('\n'));
const calendar = new WorkCalendar(CalendarData.parse(JSON.parse(readFileSync(join(dir, 'calendar-tinh-mau-2026.json'), 'utf8'))));

// Interleaved runs, best of each: on a shared machine the minimum is the least disturbed measurement.
async function once(fn: () => unknown | Promise<unknown>) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
let findings = 0;
const parseOnly = () => Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: false });
const auditAll = async () => {
  const a = await auditRegister(bytes, { file: 'bench.csv', catalogues: [defaultCatalogue], calendar, now: wall(2026, 3, 10, 17, 0) });
  findings = a.findings.length;
};
const p: number[] = [];
const r: number[] = [];
const q: number[] = [];
for (let i = 0; i < RUNS; i++) {
  p.push(await once(parseOnly));
  r.push(await once(() => importRegister(bytes)));
  q.push(await once(auditAll));
}
const parse = Math.min(...p);
const read = Math.min(...r);
const audit = Math.min(...q);
const overhead = audit / parse - 1;
console.log(`records: ${N.toLocaleString('en')}   bytes: ${(bytes.length / 1e6).toFixed(1)} MB   findings: ${findings}`);
console.log(`parse only (papaparse, floor): ${parse.toFixed(0)} ms (best of ${RUNS}, interleaved)`);
console.log(`read into records (import):    ${read.toFixed(0)} ms   (papaparse + column mapping + dates)`);
console.log(`audit end to end:              ${audit.toFixed(0)} ms   (import + sha256 + every tthc.record.* check + summary table)`);
console.log(`the checks add ${((audit / read - 1) * 100).toFixed(0)}% to reading the file into records`);
console.log(`audit adds ${(overhead * 100).toFixed(0)}% to the parse   target ≤ 50%   ${overhead <= 0.5 ? 'OK' : 'MISSED'}`);
