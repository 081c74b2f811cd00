// npm run bench:check [-- --limit N] [-- --folder docx|pdf|vi] [-- --runs R] [-- --no-jobs]
// The whole check (read + detect + every rule of the ND30 pack) per corpus file, in the same run as:
//   .docx: mammoth.convertToHtml on the same bytes          target: check ≤ 0.5× mammoth
//   .pdf:  pdf.js getTextContent + getOperatorList, same pages target: check ≤ 1.3× pdf.js
// and the whole corpus through `npm run check -- --json --jobs 1` vs `--jobs 2` (wall clock),
// target: --jobs 2 at least 1.7× faster. Per file, R interleaved runs; the per-file median is kept.
// Files either side cannot read (encrypted, broken, unsupported) are left out of the ratios.
// Prints medians and ratios against the targets; no assertions (timings depend on the machine).
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { checkDocument } from '../../rules/check.ts';
import { nd30Pack } from '../../rules/packs/index.ts';
import { warmUp } from '../../cli/lib/warmup.ts';
import { loadPdfjsNode } from '../../rules/read/pdf/pdfjs-node.ts';
import { DEFAULT_LIMITS } from '../../rules/read/options.ts';

const ROOT = process.env.CORPUS_DIR ?? '/work/shared/corpus';
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const LIMIT = Number(arg('limit') ?? Infinity);
const FOLDERS = arg('folder') ? [arg('folder')!] : ['docx', 'pdf', 'vi'];
const RUNS = Number(arg('runs') ?? 3);
const JOBS = !process.argv.includes('--no-jobs');
const MAX_PAGES = DEFAULT_LIMITS.maxPages; // the reader's page limit

const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '—');

// The floor is pdf.js loaded exactly as the reader loads it (loadPdfjsNode: standard-font and CMap
// data, preloaded worker code) with the reader's getDocument options: the same as bench:readers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function pdfjsRef(pdfjs: any, bytes: Uint8Array): Promise<boolean> {
  const task = pdfjs.getDocument({ data: bytes.slice(), fontExtraProperties: true, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    const doc = await task.promise;
    const n = Math.min(doc.numPages, MAX_PAGES);
    for (let i = 1; i <= n; i++) {
      const page = await doc.getPage(i);
      await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      await page.getTextContent();
      page.cleanup();
    }
    return true;
  } catch {
    return false;
  } finally {
    await task.destroy();
  }
}

async function mammothRef(bytes: Uint8Array): Promise<boolean> {
  try {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return true;
  } catch {
    return false;
  }
}

interface Row { file: string; ours: number; ref: number }

/** Let pending callbacks and timers of the previous measurement run before the next clock starts. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function perFile(pdfjs: unknown): Promise<Record<'docx' | 'pdf', Row[]>> {
  const rows: Record<'docx' | 'pdf', Row[]> = { docx: [], pdf: [] };
  for (const folder of FOLDERS) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => /\.(docx|pdf)$/i.test(f)).sort().slice(0, LIMIT);
    for (const [n, f] of files.entries()) {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      const kind = f.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx';
      const ours: number[] = [], ref: number[] = [];
      let usable = true;
      for (let r = 0; r < RUNS && usable; r++) {
        const runOurs = async () => {
          const t = now();
          const rep = await checkDocument(bytes, nd30Pack, { file: f, read: { limits: { timeMs: 60_000 } } });
          ours.push(now() - t);
          if (rep.findings.some((x) => x.ruleId.startsWith('input.') && x.ruleId !== 'input.scanned')) usable = false;
        };
        const runRef = async () => {
          const t = now();
          const ok = kind === 'pdf' ? await pdfjsRef(pdfjs, bytes) : await mammothRef(bytes);
          ref.push(now() - t);
          if (!ok) usable = false;
        };
        // Whichever runs first pays the previous file's leftovers (GC, pdf.js tear-down): alternate
        // the order over files and runs so neither side always pays them.
        const oursFirst = (n + r) % 2 === 0;
        await settle();
        await (oursFirst ? runOurs() : runRef());
        await settle();
        await (oursFirst ? runRef() : runOurs());
      }
      if (usable) rows[kind].push({ file: `${folder}/${f}`, ours: median(ours), ref: median(ref) });
      process.stderr.write(`\r${folder}/${f}`.slice(0, 100).padEnd(100));
    }
  }
  process.stderr.write('\r'.padEnd(101) + '\r');
  return rows;
}

function cli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = now();
    execFile(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'cli', 'check.ts'), ...args], { maxBuffer: 1 << 30 }, (err) => {
      if (err && typeof err.code !== 'number') reject(err);
      else resolve(now() - t);
    });
  });
}

async function main() {
  console.log(`bench:check — ${cpus().length} CPU, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}, ${RUNS} lần đo mỗi tệp`);
  await warmUp(nd30Pack);
  const pdfjs = await loadPdfjsNode();
  const rows = await perFile(pdfjs);
  const targets = { docx: 0.5, pdf: 1.3 } as const;
  const names = { docx: 'mammoth.convertToHtml', pdf: 'pdf.js getTextContent + getOperatorList' } as const;
  for (const kind of ['docx', 'pdf'] as const) {
    const rs = rows[kind];
    if (!rs.length) continue;
    const ratio = median(rs.map((r) => r.ours / r.ref));
    const sumRatio = rs.reduce((a, r) => a + r.ours, 0) / rs.reduce((a, r) => a + r.ref, 0);
    const ok = ratio <= targets[kind];
    console.log(`\n.${kind}: ${rs.length} tệp — kiểm tra trung vị ${fmt(median(rs.map((r) => r.ours)), 1)} ms, ${names[kind]} trung vị ${fmt(median(rs.map((r) => r.ref)), 1)} ms`);
    console.log(`  tỷ lệ (trung vị theo tệp) ${fmt(ratio)}×, tỷ lệ tổng ${fmt(sumRatio)}× — mục tiêu ≤ ${targets[kind]}× ${ok ? 'ĐẠT' : 'CHƯA ĐẠT'}`);
    const worst = [...rs].sort((a, b) => b.ours / b.ref - a.ours / a.ref).slice(0, 3);
    for (const w of worst) console.log(`  chậm nhất: ${w.file} ${fmt(w.ours, 1)} ms vs ${fmt(w.ref, 1)} ms (${fmt(w.ours / w.ref)}×)`);
  }
  if (JOBS) {
    const dirs = FOLDERS.map((f) => join(ROOT, f)).filter(existsSync);
    const one = await cli(['--json', '--jobs', '1', ...dirs]);
    const two = await cli(['--json', '--jobs', '2', ...dirs]);
    const speed = one / two;
    console.log(`\n--jobs: toàn bộ kho (${dirs.map((d) => d.split('/').pop()).join(', ')}) --jobs 1 ${fmt(one / 1000, 1)} s, --jobs 2 ${fmt(two / 1000, 1)} s`);
    console.log(`  tăng tốc ${fmt(speed)}× — mục tiêu ≥ 1.7× ${speed >= 1.7 ? 'ĐẠT' : 'CHƯA ĐẠT'}${cpus().length < 2 ? ' (máy chỉ có 1 CPU)' : ''}`);
  }
}

await main();
