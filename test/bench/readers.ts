// npm run bench:readers [-- --limit N] [-- --folder docx|pdf|vi] [-- --runs R]
// Per corpus file, in the same run: our reader against its references.
//   .docx: readDocx vs mammoth.convertToHtml, and vs the floor = fflate unzip + saxes parse of the XML parts.
//   .pdf:  readPdf vs the floor = pdf.js getDocument + getOperatorList + getTextContent on the same pages.
// Each file is measured R times (interleaved: ours, reference, floor); the per-file median is kept.
// Prints per-folder medians of the per-file ratios and the ratio of summed medians, against the targets
// (docx ≤ 0.25× mammoth and ≤ 2× floor; pdf ≤ 1.2× floor). No assertions: it prints.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import mammoth from 'mammoth';
import { readDocx } from '../../rules/read/docx/index.ts';
import { readPdf } from '../../rules/read/pdf/index.ts';
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

const now = () => performance.now();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = now();
  await fn();
  return now() - t0;
}

// ---- docx references ------------------------------------------------------------------------
function docxFloor(bytes: Uint8Array): void {
  const files = unzipSync(bytes, {
    filter: (f) => (f.name.endsWith('.xml') || f.name.endsWith('.rels')) && !f.name.startsWith('customXml/') && !f.name.includes('/glossary/'),
  });
  const dec = new TextDecoder();
  let n = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith('word/') && !name.endsWith('.rels')) continue;
    const p = new SaxesParser({ xmlns: false, position: false });
    p.on('opentag', () => void n++);
    p.on('text', () => void n++);
    p.write(dec.decode(data)).close();
  }
}

// ---- pdf floor --------------------------------------------------------------------------------
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function pdfFloor(pdfjs: any, bytes: Uint8Array): Promise<void> {
  const task = pdfjs.getDocument({ data: bytes.slice(), fontExtraProperties: true, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    const doc = await task.promise;
    const n = Math.min(doc.numPages, DEFAULT_LIMITS.maxPages);
    for (let i = 1; i <= n; i++) {
      const page = await doc.getPage(i);
      await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      await page.getTextContent();
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
}

interface Row {
  folder: string;
  file: string;
  kind: 'docx' | 'pdf';
  ours: number;
  mammoth?: number;
  floor: number;
}

async function main() {
  const pdfjs = await loadPdfjsNode();
  const rows: Row[] = [];
  const skipped: string[] = [];
  // Warm up both paths once (module loading, JIT) outside the measurement.
  const warm = FOLDERS.flatMap((f) => (existsSync(`${ROOT}/${f}`) ? readdirSync(`${ROOT}/${f}`).map((n) => `${ROOT}/${f}/${n}`) : []));
  const firstPdf = warm.find((p) => p.endsWith('.pdf'));
  const firstDocx = warm.find((p) => /\.docx$/.test(p));
  if (firstPdf) {
    const b = new Uint8Array(readFileSync(firstPdf));
    await readPdf(b);
    await pdfFloor(pdfjs, b);
  }
  if (firstDocx) {
    const b = new Uint8Array(readFileSync(firstDocx));
    await readDocx(b).catch(() => {});
    await mammoth.convertToHtml({ buffer: Buffer.from(b) }).catch(() => {});
  }

  for (const folder of FOLDERS) {
    if (!existsSync(`${ROOT}/${folder}`)) continue;
    const names = readdirSync(`${ROOT}/${folder}`).filter((n) => /\.(docx|docm|dotx|dotm|pdf)$/i.test(n)).sort().slice(0, LIMIT);
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(`${ROOT}/${folder}/${name}`));
      const isPdf = /\.pdf$/i.test(name);
      // Only files our reader reads into a model count (refusals cost nothing to compare).
      const first = isPdf ? await readPdf(bytes) : await readDocx(bytes);
      if (!first.ok || first.model.format !== (isPdf ? 'pdf' : 'docx')) {
        skipped.push(`${folder}/${name}: ${first.ok ? first.model.format : first.problem.ruleId}`);
        continue;
      }
      const ours: number[] = [], ref: number[] = [], floor: number[] = [];
      let mammothFailed = false;
      for (let r = 0; r < RUNS; r++) {
        if (isPdf) {
          ours.push(await time(() => readPdf(bytes)));
          try {
            floor.push(await time(() => pdfFloor(pdfjs, bytes)));
          } catch {
            /* a page pdf.js refuses (our reader skips it): no floor for this file */
          }
        } else {
          ours.push(await time(() => readDocx(bytes)));
          try {
            ref.push(await time(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) })));
          } catch {
            mammothFailed = true;
          }
          try {
            floor.push(await time(() => docxFloor(bytes)));
          } catch {
            /* floor parse failed (malformed XML our reader tolerates): no floor for this file */
          }
        }
      }
      if (!floor.length) {
        skipped.push(`${folder}/${name}: floor failed`);
        continue;
      }
      rows.push({
        folder,
        file: name,
        kind: isPdf ? 'pdf' : 'docx',
        ours: median(ours),
        mammoth: isPdf || mammothFailed ? undefined : median(ref),
        floor: median(floor),
      });
    }
  }

  const fmt = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
  const slowest = [...rows].sort((a, b) => b.ours / b.floor - a.ours / a.floor).slice(0, 8);
  console.log(`\nreaders bench: ${rows.length} files measured (${RUNS} runs each), ${skipped.length} skipped (not read into a model)`);
  const summary: Record<string, unknown>[] = [];
  for (const kind of ['docx', 'pdf'] as const) {
    for (const folder of FOLDERS) {
      const rs = rows.filter((r) => r.kind === kind && r.folder === folder);
      if (!rs.length) continue;
      const sum = (k: 'ours' | 'floor' | 'mammoth') => rs.reduce((a, r) => a + (r[k] ?? 0), 0);
      const withMammoth = rs.filter((r) => r.mammoth !== undefined);
      const line: Record<string, unknown> = {
        set: `${folder} (${kind})`,
        files: rs.length,
        'ours median ms': fmt(median(rs.map((r) => r.ours))),
        'floor median ms': fmt(median(rs.map((r) => r.floor))),
        'ours/floor median': fmt(median(rs.map((r) => r.ours / r.floor))),
        'ours/floor total': fmt(sum('ours') / sum('floor')),
        'floor target': kind === 'pdf' ? '≤ 1.2' : '≤ 2',
      };
      if (kind === 'docx') {
        line['mammoth median ms'] = fmt(median(withMammoth.map((r) => r.mammoth!)));
        line['ours/mammoth median'] = fmt(median(withMammoth.map((r) => r.ours / r.mammoth!)));
        line['ours/mammoth total'] = fmt(withMammoth.reduce((a, r) => a + r.ours, 0) / withMammoth.reduce((a, r) => a + r.mammoth!, 0));
        line['mammoth target'] = '≤ 0.25';
      }
      summary.push(line);
    }
  }
  console.table(summary);
  console.log('largest ours/floor ratios:');
  console.table(slowest.map((r) => ({ file: `${r.folder}/${r.file}`.slice(0, 70), ours: fmt(r.ours), floor: fmt(r.floor), ratio: fmt(r.ours / r.floor), mammoth: r.mammoth ? fmt(r.mammoth) : '' })));
}

await main();
